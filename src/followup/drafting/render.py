"""Turning an application and a moment into a draft: pick the template, fill it, tidy it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, tzinfo

from followup.drafting.details import Facts, template_context
from followup.drafting.environment import render_source
from followup.drafting.text import one_line, tidy_body
from followup.errors import InputError, NotFoundError
from followup.model import (
    Action,
    ActionKind,
    Application,
    Contact,
    Interview,
    MessageKind,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.schedule.workdays import BusinessCalendar

#: The message each planner action calls for; a debrief is notes, not a message.
ACTION_MESSAGES: dict[ActionKind, MessageKind] = {
    ActionKind.THANK_YOU: MessageKind.THANK_YOU,
    ActionKind.CHECK_IN: MessageKind.CHECK_IN,
    ActionKind.MOVE_ON: MessageKind.CLOSING_NOTE,
    ActionKind.REPLY_UPDATE: MessageKind.REPLY_UPDATE,
    ActionKind.REPLY_REJECTION: MessageKind.REPLY_REJECTION,
    ActionKind.REPLY_REQUEST: MessageKind.REPLY_REQUEST,
    ActionKind.REPLY_OFFER: MessageKind.OFFER_TIME,
}

#: The reply each answering kind answers, most fitting first.
_ANSWERS: dict[MessageKind, tuple[ReplyKind, ...]] = {
    MessageKind.REPLY_UPDATE: (ReplyKind.UPDATE,),
    MessageKind.REPLY_REJECTION: (ReplyKind.REJECTION,),
    MessageKind.REPLY_REQUEST: (ReplyKind.REQUEST_INFO, ReplyKind.INTERVIEW_INVITE),
    MessageKind.OFFER_ACCEPT: (ReplyKind.OFFER,),
    MessageKind.OFFER_TIME: (ReplyKind.OFFER,),
}

#: Business days asked for when an offer needs thinking over (the guides say three to five).
OFFER_THINKING_DAYS = 3
LINKEDIN_LIMIT = 300
_HEADER = re.compile(r"^(?:To|Cc|Subject):", re.IGNORECASE)


#: RenderedDraft's fields in the order its constructor takes them.
_FIELDS = (
    "kind", "to", "subject", "body", "missing", "interview", "in_reply_to", "template",
    "own_template",
)  # fmt: skip


class RenderedDraft:
    """A finished draft and what the user still has to add to it."""

    # A plain class rather than a frozen dataclass: building a dataclass at import costs a
    # draft a few milliseconds of start-up, a tenth of what the whole command may take.
    __slots__ = _FIELDS
    kind: MessageKind
    to: tuple[Contact, ...]
    subject: str
    body: str
    missing: tuple[str, ...]
    interview: str | None
    in_reply_to: Reply | None
    template: str
    own_template: bool

    def __init__(
        self,
        kind: MessageKind,
        to: tuple[Contact, ...],
        subject: str,
        body: str,
        missing: tuple[str, ...],
        interview: str | None,
        in_reply_to: Reply | None,
        template: str = "",
        own_template: bool = False,
    ) -> None:
        values = (kind, to, subject, body, missing, interview, in_reply_to, template, own_template)
        for name, value in zip(_FIELDS, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def replace(self, **changes: object) -> RenderedDraft:
        """A copy with `changes` applied, as dataclasses.replace would make it."""
        values = dict(zip(_FIELDS, self._values(), strict=True))
        return RenderedDraft(**{**values, **changes})  # type: ignore[arg-type]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"RenderedDraft is immutable: cannot set {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RenderedDraft):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self._values(), strict=True))
        return f"RenderedDraft({fields})"


def render_draft(
    app: Application,
    kind: MessageKind,
    settings: Settings,
    now: datetime,
    to: str | None = None,
    interview: str | None = None,
    action: Action | None = None,
    user_templates: Mapping[str, str] | None = None,
    *,
    about: str | None = None,
    calendar: BusinessCalendar | None = None,
) -> RenderedDraft:
    """A draft of `kind` for `app`, personalised from what the store holds."""
    kind = MessageKind(kind)
    if kind is MessageKind.OTHER:
        raise InputError("there is no template for kind 'other': pick a specific --kind")
    if kind is MessageKind.EXPEDITE and app.offer_deadline is None:
        raise InputError(
            f"an expedite request needs the real deadline of your other offer: record it with "
            f"`followup deadline {app.key} YYYY-MM-DD` and draft again"
        )
    cal = calendar or _weekdays()
    iv = _interview(app, kind, now, interview or (action.interview if action else None))
    contact = _contact(app, kind, iv, to or (action.to[0] if action and action.to else None))
    reply = _reply(app, kind)
    facts = Facts(app, kind, settings, now, contact, iv, reply, about=about or "")
    facts.decision = _decision(app, iv, reply, settings, cal)
    if kind is MessageKind.OFFER_TIME:
        facts.answer_day = cal.add_business_days(now.date(), OFFER_THINKING_DAYS)
    name = choose_template(kind, iv, facts.panel, action, facts.decision, now)
    context = template_context(facts)
    text, own = render_source(name, context, user_templates)
    subject, body = _split(text)
    if not subject:
        subject = default_subject(app, kind)
    if kind is MessageKind.LINKEDIN:
        subject = ""
        body = _fit(body, LINKEDIN_LIMIT)
    return RenderedDraft(
        kind=kind,
        to=(contact,) if contact else (),
        subject=subject,
        body=body,
        missing=tuple(g.listed() for g in facts.gaps),
        interview=iv.key if iv else None,
        in_reply_to=reply if kind in _ANSWERS else None,
        template=name,
        own_template=own,
    )


def draft_for_action(
    app: Application,
    action: Action,
    settings: Settings,
    now: datetime,
    user_templates: Mapping[str, str] | None = None,
    *,
    kind: MessageKind | None = None,
    calendar: BusinessCalendar | None = None,
) -> RenderedDraft:
    """The draft an agenda action calls for; `kind` overrides, e.g. offer_accept."""
    if action.kind is ActionKind.DEBRIEF:
        raise InputError(
            f"debrief is notes for you, not a message: run followup debrief {action.application} "
            f"{action.interview or ''}".rstrip()
        )
    if kind is None:
        kind = ACTION_MESSAGES[action.kind]
        if action.kind is ActionKind.CHECK_IN and action.final:
            kind = MessageKind.FINAL_CHECK_IN
    return render_draft(
        app, kind, settings, now, action=action, user_templates=user_templates, calendar=calendar
    )


def format_draft(d: RenderedDraft) -> str:
    """The draft as `followup check` reads it: header lines, a blank line, the body."""
    lines = []
    addressed = [c for c in d.to if one_line(c.email)]
    if addressed:
        lines.append("To: " + ", ".join(display_address(c) for c in addressed))
    if d.subject:
        lines.append(f"Subject: {one_line(d.subject)}")
    head = "\n".join(lines)
    return f"{head}\n\n{d.body}\n" if head else f"{d.body}\n"


def parse_edited(text: str, subject: str) -> tuple[str, str]:
    """Subject and body back from an edited draft; header lines other than Subject are dropped."""
    lines = text.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines) and _HEADER.match(lines[index]):
        name, _, value = lines[index].partition(":")
        if name.strip().lower() == "subject":
            subject = one_line(value)
        index += 1
    if index and index < len(lines) and not lines[index].strip():
        index += 1
    return subject, "\n".join(lines[index:]).strip("\n")


def display_address(contact: Contact) -> str:
    """'Dana Whitfield <dana@x.example>', quoting names that carry commas or dots."""
    name, email = one_line(contact.name), one_line(contact.email).replace(" ", "")
    if not name:
        return email
    if any(ch in name for ch in ',.;:@<>()[]"\\'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def default_subject(app: Application, kind: MessageKind) -> str:
    """A subject for a user template that gives none: the role and what the note is."""
    words = kind.value.replace("_", " ")
    return one_line(f"{app.role} at {app.company}: {words}")


def choose_template(
    kind: MessageKind,
    interview: Interview | None,
    panel: bool,
    action: Action | None,
    decision: date | None,
    now: datetime,
) -> str:
    """The built-in template name for this kind and moment."""
    if kind is MessageKind.THANK_YOU:
        if panel:
            return "thank_you_panel"
        stage = interview.stage if interview else Stage.OTHER
        if stage is Stage.PHONE_SCREEN:
            return "thank_you_phone_screen"
        return "thank_you_final" if stage is Stage.FINAL_ROUND else "thank_you_round"
    if kind is MessageKind.CHECK_IN:
        if action is not None and action.final:
            return "final_check_in"
        passed = decision is not None and decision < now.date()
        return "check_in_after_date" if passed else "check_in_after_week"
    return kind.value


def _weekdays() -> BusinessCalendar:
    from followup.schedule.workdays import BusinessCalendar

    return BusinessCalendar()


def _interview(
    app: Application, kind: MessageKind, now: datetime, key: str | None
) -> Interview | None:
    if key is not None:
        found = app.interview(key)
        if found is None:
            known = ", ".join(i.key for i in app.interviews) or "none yet"
            raise NotFoundError(f"{app.key} has no interview {key!r} (interviews: {known})")
        return found
    ordered = sorted(app.interviews, key=lambda i: i.starts_at)
    held = [i for i in ordered if i.starts_at <= now]
    chosen = held[-1] if held else (ordered[-1] if ordered else None)
    if chosen is None and kind in (MessageKind.THANK_YOU, MessageKind.LINKEDIN):
        raise InputError(
            f"{app.key} has no interview recorded to thank anyone for: add it with "
            f"followup interview {app.key} ..."
        )
    return chosen


def _contact(
    app: Application, kind: MessageKind, interview: Interview | None, key: str | None
) -> Contact | None:
    if key is not None:
        found = app.contact(key)
        if found is None:
            known = ", ".join(c.key for c in app.contacts) or "none yet"
            raise NotFoundError(f"{app.key} has no contact {key!r} (contacts: {known})")
        return found
    replies = sorted(app.replies, key=lambda r: r.received_at)
    if kind in _ANSWERS and replies:
        return app.contact(replies[-1].sender)
    since = interview.starts_at if interview else None
    later = [r for r in replies if since is None or r.received_at >= since]
    thanking = kind in (MessageKind.THANK_YOU, MessageKind.LINKEDIN)
    if later and not thanking and app.contact(later[-1].sender):
        return app.contact(later[-1].sender)
    if interview is not None:
        for k in interview.interviewers:
            if app.contact(k):
                return app.contact(k)
    return app.contacts[0] if app.contacts else None


def _reply(app: Application, kind: MessageKind) -> Reply | None:
    wanted = _ANSWERS.get(kind)
    replies = sorted(app.replies, key=lambda r: r.received_at)
    if not replies:
        return None
    if wanted:
        fitting = [r for r in replies if r.kind in wanted]
        return fitting[-1] if fitting else replies[-1]
    return replies[-1]


def _decision(
    app: Application,
    interview: Interview | None,
    reply: Reply | None,
    settings: Settings,
    calendar: BusinessCalendar,
) -> date | None:
    """The date the employer last named: a reply's new date, else the interview timeline."""
    answered_later = interview is None or (
        reply is not None and reply.received_at >= interview.starts_at
    )
    if reply is not None and reply.new_date is not None and answered_later:
        return reply.new_date
    if interview is None:
        return None
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(settings.timezone)
    except (ValueError, KeyError):
        return interview.decision_date
    return timeline_day(interview, zone, calendar)


def timeline_day(interview: Interview, zone: tzinfo, calendar: BusinessCalendar) -> date | None:
    """The decision date planner.read_timeline reads from `interview` (a test keeps them equal).

    Read here rather than through the planner, whose import a draft by --kind can skip.
    """
    from followup.errors import TimelineError
    from followup.schedule.timelines import parse_timeline

    if interview.decision_date is not None:
        return interview.decision_date
    if not interview.timeline.strip():
        return None
    said_on = interview.starts_at.astimezone(zone).date()
    try:
        return parse_timeline(interview.timeline, said_on, calendar).decision_date
    except TimelineError:
        return None


def _split(text: str) -> tuple[str, str]:
    """Take a leading 'Subject:' line off the rendered text."""
    lines = text.strip("\n").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    subject = ""
    if lines and lines[0].lower().startswith("subject:"):
        subject = one_line(lines.pop(0).split(":", 1)[1])
    return subject, tidy_body("\n".join(lines))


def _fit(body: str, limit: int) -> str:
    """Shorten a note to `limit` characters at a sentence end, never mid-word."""
    if len(body) <= limit:
        return body
    cut = body[:limit]
    end = max(cut.rfind(". "), cut.rfind(".\n"), cut.rfind("\n"))
    if end > limit // 2:
        return cut[: end + 1].rstrip()
    return cut[: cut.rfind(" ")].rstrip()
