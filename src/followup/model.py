"""The domain model: plain records shared by the planner, store, drafts and checker.

They behave like dataclasses (equality, repr, `vars()`, `replace()`; Action is frozen and
hashable) but are written out by hand: every command imports this module, and building eight
dataclasses at import cost more than some commands' own work (see followup.record).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from enum import StrEnum

from followup.errors import InputError
from followup.record import FrozenRecord, Record


class Stage(StrEnum):
    PHONE_SCREEN = "phone_screen"
    FIRST_ROUND = "first_round"
    SECOND_ROUND = "second_round"
    FINAL_ROUND = "final_round"
    OTHER = "other"


class AppStatus(StrEnum):
    ACTIVE = "active"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"


#: Statuses after which nothing more is planned except answering a final reply.
FINISHED_STATUSES = frozenset(
    {AppStatus.ACCEPTED, AppStatus.REJECTED, AppStatus.WITHDRAWN, AppStatus.CLOSED}
)


class MessageKind(StrEnum):
    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    FINAL_CHECK_IN = "final_check_in"
    CLOSING_NOTE = "closing_note"
    REPLY_UPDATE = "reply_update"
    REPLY_REJECTION = "reply_rejection"
    REPLY_REQUEST = "reply_request"
    OFFER_ACCEPT = "offer_accept"
    OFFER_TIME = "offer_time"
    EXPEDITE = "expedite"
    WITHDRAWAL = "withdrawal"
    VALUE_ADD = "value_add"
    LINKEDIN = "linkedin"
    OTHER = "other"


#: Messages that count against the policy's limit of unanswered follow-ups.
FOLLOW_UP_KINDS = frozenset(
    {MessageKind.CHECK_IN, MessageKind.FINAL_CHECK_IN, MessageKind.VALUE_ADD}
)


class ReplyKind(StrEnum):
    UPDATE = "update"
    REJECTION = "rejection"
    OFFER = "offer"
    REQUEST_INFO = "request_info"
    INTERVIEW_INVITE = "interview_invite"
    OTHER = "other"


class ActionKind(StrEnum):
    DEBRIEF = "debrief"
    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"
    MOVE_ON = "move_on"
    REPLY_UPDATE = "reply_update"
    REPLY_REJECTION = "reply_rejection"
    REPLY_OFFER = "reply_offer"
    REPLY_REQUEST = "reply_request"


class ActionStatus(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


class Policy(StrEnum):
    STANDARD = "standard"
    EXTENDED = "extended"
    PERSISTENT = "persistent"


KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def check_key(value: str, what: str) -> str:
    """Return `value` if it is a valid key, else raise an InputError naming `what`."""
    if not KEY_PATTERN.match(value):
        raise InputError(
            f"{what} {value!r} is not a valid key: use 1-64 lowercase letters, digits, '-' or '_'"
        )
    return value


def slugify(text: str, fallback: str = "item") -> str:
    """Turn free text such as a company name into a key."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:64].strip("-") or fallback


class Contact(Record):
    """Someone at the employer: an interviewer, a recruiter."""

    _fields = ("key", "name", "title", "email", "phone", "linkedin")

    def __init__(
        self,
        key: str,
        name: str,
        title: str = "",
        email: str = "",
        phone: str = "",
        linkedin: str = "",
    ) -> None:
        self.key = key
        self.name = name
        self.title = title
        self.email = email
        self.phone = phone
        self.linkedin = linkedin

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


class Interview(Record):
    """One conversation, and what the user wrote down about it."""

    _fields = (
        "key",
        "stage",
        "starts_at",
        "duration_minutes",
        "interviewers",
        "topics",
        "timeline",
        "decision_date",
        "concerns",
        "wish_i_said",
        "questions",
        "strengths",
        "notes",
    )

    def __init__(
        self,
        key: str,
        stage: Stage,
        starts_at: datetime,  # always timezone-aware
        duration_minutes: int = 60,
        interviewers: list[str] | None = None,  # contact keys
        topics: dict[str, list[str]] | None = None,  # contact key -> topics
        timeline: str = "",  # the decision timeline as it was said
        decision_date: date | None = None,  # the user's correction of how `timeline` reads
        concerns: list[str] | None = None,
        wish_i_said: list[str] | None = None,
        questions: list[str] | None = None,
        strengths: list[str] | None = None,  # the user's matching experience
        notes: str = "",
    ) -> None:
        self.key = key
        self.stage = stage
        self.starts_at = starts_at
        self.duration_minutes = duration_minutes
        self.interviewers: list[str] = [] if interviewers is None else interviewers
        self.topics: dict[str, list[str]] = {} if topics is None else topics
        self.timeline = timeline
        self.decision_date = decision_date
        self.concerns: list[str] = [] if concerns is None else concerns
        self.wish_i_said: list[str] = [] if wish_i_said is None else wish_i_said
        self.questions: list[str] = [] if questions is None else questions
        self.strengths: list[str] = [] if strengths is None else strengths
        self.notes = notes

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def has_debrief(self) -> bool:
        """True once the user has written down what the conversation was about.

        The timeline alone does not count: it is often logged with the interview itself.
        """
        return bool(
            any(self.topics.values())
            or self.questions
            or self.concerns
            or self.wish_i_said
            or self.strengths
            or self.notes
        )


class Message(Record):
    """A note the user sent."""

    _fields = ("kind", "to", "sent_at", "subject", "body")

    def __init__(
        self,
        kind: MessageKind,
        to: list[str],  # contact keys
        sent_at: datetime,
        subject: str = "",
        body: str = "",
    ) -> None:
        self.kind = kind
        self.to = to
        self.sent_at = sent_at
        self.subject = subject
        self.body = body


class Reply(Record):
    """What the employer wrote back."""

    _fields = ("sender", "received_at", "body", "kind", "new_date")

    def __init__(
        self,
        sender: str,  # contact key; "from" in the interchange format
        received_at: datetime,
        body: str = "",
        kind: ReplyKind = ReplyKind.OTHER,
        new_date: date | None = None,  # a date the employer named, e.g. "by Dec 4"
    ) -> None:
        self.sender = sender
        self.received_at = received_at
        self.body = body
        self.kind = kind
        self.new_date = new_date


class Draft(Record):
    """A draft the user kept with `followup draft --save`."""

    _fields = ("kind", "to", "subject", "body", "created_at", "interview")

    def __init__(
        self,
        kind: MessageKind,
        to: list[str],
        subject: str,
        body: str,
        created_at: datetime,
        interview: str | None = None,
    ) -> None:
        self.kind = kind
        self.to = to
        self.subject = subject
        self.body = body
        self.created_at = created_at
        self.interview = interview


class Application(Record):
    """One job applied for, with everything that happened since."""

    _fields = (
        "key",
        "company",
        "role",
        "status",
        "link",
        "notes",
        "salary_raised",
        "offer_deadline",
        "contacts",
        "interviews",
        "messages",
        "replies",
        "drafts",
    )

    def __init__(
        self,
        key: str,
        company: str,
        role: str,
        status: AppStatus = AppStatus.ACTIVE,
        link: str = "",
        notes: str = "",
        salary_raised: bool = False,  # the employer brought up pay, so talking about it is fine
        offer_deadline: date | None = None,  # a real competing-offer deadline the user recorded
        contacts: list[Contact] | None = None,
        interviews: list[Interview] | None = None,
        messages: list[Message] | None = None,
        replies: list[Reply] | None = None,
        drafts: list[Draft] | None = None,
    ) -> None:
        self.key = key
        self.company = company
        self.role = role
        self.status = status
        self.link = link
        self.notes = notes
        self.salary_raised = salary_raised
        self.offer_deadline = offer_deadline
        self.contacts: list[Contact] = [] if contacts is None else contacts
        self.interviews: list[Interview] = [] if interviews is None else interviews
        self.messages: list[Message] = [] if messages is None else messages
        self.replies: list[Reply] = [] if replies is None else replies
        self.drafts: list[Draft] = [] if drafts is None else drafts

    def contact(self, key: str) -> Contact | None:
        return next((c for c in self.contacts if c.key == key), None)

    def interview(self, key: str) -> Interview | None:
        return next((i for i in self.interviews if i.key == key), None)


class Settings(Record):
    """The user's time zone, holiday region, follow-up policy and name."""

    _fields = ("timezone", "holidays", "policy", "your_name")

    def __init__(
        self,
        timezone: str = "America/New_York",
        holidays: str = "US",
        policy: Policy = Policy.STANDARD,
        your_name: str = "",  # used to sign drafts
    ) -> None:
        self.timezone = timezone
        self.holidays = holidays
        self.policy = policy
        self.your_name = your_name


class Action(FrozenRecord):
    """One thing the planner says to do, with its window and the rule behind it."""

    _fields = (
        "application",
        "interview",
        "kind",
        "to",
        "due_from",
        "due_by",
        "status",
        "reason",
        "final",
    )
    application: str
    interview: str | None
    kind: ActionKind
    to: tuple[str, ...]
    due_from: datetime
    due_by: datetime
    status: ActionStatus
    reason: str
    final: bool  # the last check-in the policy allows

    def __init__(
        self,
        application: str,
        interview: str | None,
        kind: ActionKind,
        to: tuple[str, ...],
        due_from: datetime,
        due_by: datetime,
        status: ActionStatus,
        reason: str,
        final: bool = False,
    ) -> None:
        # One dict update: the agenda builds a thousand of these on every run.
        vars(self).update(
            application=application,
            interview=interview,
            kind=kind,
            to=to,
            due_from=due_from,
            due_by=due_by,
            status=status,
            reason=reason,
            final=final,
        )

    @property
    def id(self) -> str:
        """A stable handle such as `northwind/r1/thank_you/dana` for `followup draft`."""
        parts = [self.application, self.interview or "-", str(self.kind)]
        if self.kind is ActionKind.THANK_YOU and self.to:
            parts.append(self.to[0])
        return "/".join(parts)
