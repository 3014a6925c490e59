"""The domain model: plain dataclasses shared by the planner, store, drafts and checker."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from followup.errors import InputError


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


@dataclass
class Contact:
    key: str
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass
class Interview:
    key: str
    stage: Stage
    starts_at: datetime  # always timezone-aware
    duration_minutes: int = 60
    interviewers: list[str] = field(default_factory=list)  # contact keys
    topics: dict[str, list[str]] = field(default_factory=dict)  # contact key -> topics
    timeline: str = ""  # the decision timeline as it was said
    decision_date: date | None = None  # the user's correction of how `timeline` reads
    concerns: list[str] = field(default_factory=list)
    wish_i_said: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)  # the user's matching experience
    notes: str = ""

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


@dataclass
class Message:
    kind: MessageKind
    to: list[str]  # contact keys
    sent_at: datetime
    subject: str = ""
    body: str = ""


@dataclass
class Reply:
    sender: str  # contact key; "from" in the interchange format
    received_at: datetime
    body: str = ""
    kind: ReplyKind = ReplyKind.OTHER
    new_date: date | None = None  # a date the employer named, e.g. "we'll decide by Dec 4"


@dataclass
class Draft:
    kind: MessageKind
    to: list[str]
    subject: str
    body: str
    created_at: datetime
    interview: str | None = None


@dataclass
class Application:
    key: str
    company: str
    role: str
    status: AppStatus = AppStatus.ACTIVE
    link: str = ""
    notes: str = ""
    salary_raised: bool = False  # the employer brought up pay, so talking about it is fine
    offer_deadline: date | None = None  # a real competing-offer deadline the user recorded
    contacts: list[Contact] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    replies: list[Reply] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)

    def contact(self, key: str) -> Contact | None:
        return next((c for c in self.contacts if c.key == key), None)

    def interview(self, key: str) -> Interview | None:
        return next((i for i in self.interviews if i.key == key), None)


@dataclass
class Settings:
    timezone: str = "America/New_York"
    holidays: str = "US"
    policy: Policy = Policy.STANDARD
    your_name: str = ""  # used to sign drafts


@dataclass(frozen=True)
class Action:
    """One thing the planner says to do, with its window and the rule behind it."""

    application: str
    interview: str | None
    kind: ActionKind
    to: tuple[str, ...]
    due_from: datetime
    due_by: datetime
    status: ActionStatus
    reason: str
    final: bool = False  # the last check-in the policy allows

    @property
    def id(self) -> str:
        """A stable handle such as `northwind/r1/thank_you/dana` for `followup draft`."""
        parts = [self.application, self.interview or "-", str(self.kind)]
        if self.kind is ActionKind.THANK_YOU and self.to:
            parts.append(self.to[0])
        return "/".join(parts)
