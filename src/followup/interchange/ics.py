"""The agenda as an iCalendar feed (RFC 5545), for calendar apps that subscribe to a file.

Each action becomes a VEVENT that starts when the action opens. Actions with a short window
(thank-yous, answers to replies) span their whole window; longer ones are a 30-minute slot so
they do not flood the day view. The UID is stable for the same action, so a refreshed feed
updates events instead of duplicating them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.agenda import Agenda

_SLOT = timedelta(minutes=30)
_LABELS = {
    "debrief": "Write interview notes",
    "thank_you": "Send thank-you",
    "check_in": "Check in",
    "move_on": "Close the application",
    "reply_update": "Answer the update",
    "reply_rejection": "Answer the decision",
    "reply_offer": "Answer the offer",
    "reply_request": "Answer the request",
}


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def agenda_calendar(agenda: Agenda) -> str:
    """The whole feed as text with CRLF line endings."""
    now = agenda.now
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followup//agenda//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Interview follow-ups",
    ]
    for action in agenda.actions:
        names = [agenda.contact_name(action.application, k) for k in action.to]
        where = agenda.companies.get(action.application, action.application)
        summary = f"{_LABELS.get(action.kind, action.kind)}: {where}"
        if names:
            summary += f" ({', '.join(names)})"
        end = (
            action.due_by
            if action.due_by - action.due_from <= timedelta(days=1)
            else action.due_from + _SLOT
        )
        description = (
            f"{action.reason}\nDue by {action.due_by.isoformat()}\nfollowup draft {action.id}"
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{escape_text(action.id)}@followup",
            f"DTSTAMP:{_utc(now)}",
            f"DTSTART:{_utc(action.due_from)}",
            f"DTEND:{_utc(max(end, action.due_from + timedelta(minutes=1)))}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(description)}",
            "STATUS:CONFIRMED",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
