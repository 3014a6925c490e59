"""Plain-text rendering for the terminal; no colour library, to keep start-up fast."""

from __future__ import annotations

from datetime import datetime

from followup.model import ActionKind, ActionStatus, Application, Interview, Settings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.agenda import Agenda

_HEADINGS = {
    ActionStatus.OVERDUE: "OVERDUE",
    ActionStatus.DUE: "DUE NOW",
    ActionStatus.UPCOMING: "UPCOMING",
}


# English names, as strftime gives them in the C locale, without its per-call cost.
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when(moment: datetime) -> str:
    """A short local time such as 'Tue 10 Nov 17:30'."""
    return (
        f"{_DAYS[moment.weekday()]} {moment.day:02d} {_MONTHS[moment.month - 1]} "
        f"{moment.hour:02d}:{moment.minute:02d}"
    )


def render_agenda(agenda: Agenda, settings: Settings) -> str:
    """The agenda grouped as overdue, due and upcoming, each action with its reason and id."""
    actions, now = agenda.actions, agenda.now
    lines = [
        f"Agenda as of {now.strftime('%a %d %b %Y %H:%M %Z')} "
        f"({settings.timezone}, holidays: {settings.holidays or 'none'}, policy: {settings.policy})"
    ]
    if not actions:
        lines.append("\nNothing to do: no follow-ups are planned.")
        return "\n".join(lines)
    for status in (ActionStatus.OVERDUE, ActionStatus.DUE, ActionStatus.UPCOMING):
        group = [a for a in actions if a.status is status]
        if not group:
            continue
        lines.append(f"\n{_HEADINGS[status]} ({len(group)})")
        for action in group:
            people = ", ".join(agenda.contact_name(action.application, k) for k in action.to)
            target = f" -> {people}" if people else ""
            window = (
                f"from {when(action.due_from)}"
                if status is ActionStatus.UPCOMING
                else f"by {when(action.due_by)}"
            )
            where = action.application + (f" {action.interview}" if action.interview else "")
            kind = action.kind
            lines.append(f"  {window:<22} {kind:<15} {where}{target}")
            lines.append(f"      {action.reason}")
            if kind is ActionKind.DEBRIEF:
                lines.append(f"      followup debrief {action.application} {action.interview}")
            elif kind is ActionKind.MOVE_ON:
                lines.append(f"      followup status {action.application} closed")
            else:
                lines.append(f"      followup draft {action.id}")
    return "\n".join(lines)


def render_application_list(apps: list[Application]) -> str:
    """One line per application."""
    if not apps:
        return (
            "No applications yet: add one with `followup add` or load some with `followup import`."
        )
    width = max(len(a.key) for a in apps)
    return "\n".join(
        f"{a.key:<{width}}  {a.status.value:<9} {a.role} at {a.company} "
        f"({len(a.interviews)} interviews, {len(a.messages)} sent, {len(a.replies)} replies)"
        for a in apps
    )


def render_application(app: Application, settings: Settings) -> str:
    """Everything recorded for one application."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(settings.timezone)
    out = [f"{app.key}: {app.role} at {app.company} [{app.status.value}]"]
    if app.link:
        out.append(f"  posting: {app.link}")
    out.append("Contacts:")
    for c in app.contacts:
        extra = ", ".join(x for x in (c.title, c.email, c.phone, c.linkedin) if x)
        out.append(f"  {c.key}: {c.name}" + (f" ({extra})" if extra else ""))
    for i in sorted(app.interviews, key=lambda i: i.starts_at):
        local = i.starts_at.astimezone(tz)
        out.append(
            f"Interview {i.key}: {i.stage.value}, {local:%a %d %b %Y %H:%M} for {i.duration_minutes} min"
        )
        out.append(f"  with: {', '.join(i.interviewers) or 'nobody recorded'}")
        for contact, topics in i.topics.items():
            out.append(f"  topics with {contact}: {'; '.join(topics)}")
        if i.timeline or i.decision_date:
            out.append(f"  {render_timeline(i, settings)}")
        for label, items in (
            ("concerns", i.concerns),
            ("wish I had said", i.wish_i_said),
            ("questions asked", i.questions),
            ("strengths", i.strengths),
        ):
            if items:
                out.append(f"  {label}: {'; '.join(items)}")
        if i.notes:
            out.append(f"  notes: {i.notes}")
    for m in sorted(app.messages, key=lambda m: m.sent_at):
        out.append(
            f"Sent {m.kind.value} to {', '.join(m.to)} on {m.sent_at.astimezone(tz):%a %d %b %H:%M}: {m.subject}"
        )
    for r in sorted(app.replies, key=lambda r: r.received_at):
        extra = f", names {r.new_date.isoformat()}" if r.new_date else ""
        out.append(
            f"Reply ({r.kind.value}{extra}) from {r.sender} on {r.received_at.astimezone(tz):%a %d %b %H:%M}"
        )
    for n, d in enumerate(app.drafts, 1):
        out.append(f"Draft {n}: {d.kind.value} to {', '.join(d.to)}: {d.subject}")
    return "\n".join(out)


def render_timeline(interview: Interview, settings: Settings) -> str:
    """How the interview's stated timeline reads now."""
    from zoneinfo import ZoneInfo

    from followup.schedule.planner import read_timeline
    from followup.schedule.workdays import BusinessCalendar

    _, reading = read_timeline(interview, ZoneInfo(settings.timezone), BusinessCalendar())
    return f"timeline {reading}" if reading else "no timeline recorded"
