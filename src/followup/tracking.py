"""Recording what happened: pure edits of an Application that validate as they go."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from followup.errors import ConflictError, InputError, NotFoundError
from followup.model import (
    Application,
    AppStatus,
    Contact,
    Interview,
    Message,
    MessageKind,
    Reply,
    ReplyKind,
    Stage,
    check_key,
    slugify,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    E = TypeVar("E", bound=StrEnum)

_CONTACT_SPEC = re.compile(
    r"^\s*(?P<name>[^<(]+?)\s*(?:<(?P<email>[^>]*)>)?\s*(?:\((?P<title>[^)]*)\))?\s*$"
)
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def clean_line(text: str) -> str:
    """One line of text: control characters, which could forge mail headers, become spaces."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text).strip()


def enum_value(enum: type[E], value: str, what: str) -> E:
    """Convert `value` to a member of `enum` or say which values are allowed."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise InputError(f"unknown {what} {value!r}: use one of {allowed}") from None


def parse_contact(spec: str, taken: Iterable[str] = ()) -> Contact:
    """Read 'Dana Whitfield <dana@northwind.example> (Analytics Manager)' into a Contact."""
    match = _CONTACT_SPEC.match(spec)
    if not match or not clean_line(match["name"]):
        raise InputError(
            f"cannot read contact {spec!r}: write it as 'Full Name <email> (Title)', "
            "email and title optional"
        )
    email = (match["email"] or "").strip()
    validate_email(email)
    name = clean_line(match["name"])
    return Contact(
        key=unique_key(slugify(name.split()[0], "contact"), taken),
        name=name,
        email=email,
        title=clean_line(match["title"] or ""),
    )


def validate_email(email: str) -> str:
    """Return `email` if it looks like an address (or is empty)."""
    if email and not _EMAIL.match(email):
        raise InputError(f"{email!r} is not an email address such as dana@example.com")
    return email


def unique_key(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is free."""
    used = set(taken)
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    return key


def new_application(
    company: str, role: str, key: str | None, taken: Iterable[str], link: str = ""
) -> Application:
    """A fresh active application, keyed by `key` or by the company and role."""
    company, role = clean_line(company), clean_line(role)
    if not company or not role:
        raise InputError("an application needs both --company and --role")
    if key:
        check_key(key, "application key")
        if key in set(taken):
            raise ConflictError(f"application {key!r} already exists; see `followup show {key}`")
    else:
        key = unique_key(slugify(f"{company} {role}")[:40].strip("-"), taken)
    return Application(key=key, company=company, role=role, link=clean_line(link))


def add_contact(app: Application, contact: Contact) -> Contact:
    """Add `contact` to `app`, refusing a duplicate key."""
    check_key(contact.key, "contact key")
    if app.contact(contact.key):
        raise ConflictError(f"application {app.key!r} already has a contact {contact.key!r}")
    app.contacts.append(contact)
    return contact


def require_contact(app: Application, key: str) -> Contact:
    """The contact `key` of `app`, or a message listing the known ones."""
    contact = app.contact(key)
    if contact is None:
        known = (
            ", ".join(c.key for c in app.contacts) or "none yet; add one with `followup contact`"
        )
        raise NotFoundError(f"application {app.key!r} has no contact {key!r} (known: {known})")
    return contact


def require_interview(app: Application, key: str | None) -> Interview:
    """The interview `key`, or the latest one when `key` is None."""
    if not app.interviews:
        raise NotFoundError(
            f"application {app.key!r} has no interviews; log one with `followup interview`"
        )
    if key is None:
        return max(app.interviews, key=lambda i: i.starts_at)
    found = app.interview(key)
    if found is None:
        known = ", ".join(i.key for i in app.interviews)
        raise NotFoundError(f"application {app.key!r} has no interview {key!r} (known: {known})")
    return found


def log_interview(
    app: Application,
    stage: Stage,
    starts_at: datetime,
    duration_minutes: int,
    interviewers: list[str],
    key: str | None = None,
    timeline: str = "",
) -> Interview:
    """Add an interview with contacts that already exist on `app`."""
    if starts_at.tzinfo is None:
        raise InputError("the interview time needs a time zone")
    if not 0 < duration_minutes <= 24 * 60:
        raise InputError(
            f"duration {duration_minutes} is not a number of minutes between 1 and 1440"
        )
    for contact in interviewers:
        require_contact(app, contact)
    taken = [i.key for i in app.interviews]
    if key:
        check_key(key, "interview key")
        if key in taken:
            raise ConflictError(f"application {app.key!r} already has an interview {key!r}")
    else:
        key = unique_key(f"r{len(taken) + 1}", taken)
    interview = Interview(
        key=key,
        stage=stage,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        interviewers=list(dict.fromkeys(interviewers)),
        timeline=clean_line(timeline),
    )
    app.interviews.append(interview)
    return interview


def apply_debrief(
    app: Application,
    interview: Interview,
    topics: dict[str, list[str]],
    timeline: str | None = None,
    concerns: Iterable[str] = (),
    wish_i_said: Iterable[str] = (),
    questions: Iterable[str] = (),
    strengths: Iterable[str] = (),
    notes: str = "",
) -> Interview:
    """Merge debrief notes into `interview`; a topic's contact joins the interviewers."""
    for contact, items in topics.items():
        require_contact(app, contact)
        if contact not in interview.interviewers:
            interview.interviewers.append(contact)
        _extend(interview.topics.setdefault(contact, []), items)
    if timeline is not None:
        interview.timeline = clean_line(timeline)
        interview.decision_date = None  # a new phrase replaces the old correction
    _extend(interview.concerns, concerns)
    _extend(interview.wish_i_said, wish_i_said)
    _extend(interview.questions, questions)
    _extend(interview.strengths, strengths)
    if notes.strip():
        interview.notes = f"{interview.notes}\n{notes.strip()}".strip()
    return interview


def _extend(target: list[str], items: Iterable[str]) -> None:
    for item in items:
        item = clean_line(item)
        if item and item not in target:
            target.append(item)


def record_message(
    app: Application,
    kind: MessageKind,
    to: list[str],
    sent_at: datetime,
    subject: str = "",
    body: str = "",
) -> Message:
    """Record a message the user sent."""
    for contact in to:
        require_contact(app, contact)
    message = Message(
        kind=kind, to=list(to), sent_at=sent_at, subject=clean_line(subject), body=body
    )
    app.messages.append(message)
    return message


def record_reply(
    app: Application, sender: str, received_at: datetime, body: str, kind: ReplyKind | None = None
) -> Reply:
    """Record a reply, classifying it unless `kind` is given, and follow it in the status."""
    from followup.replies import classify_reply, find_date

    require_contact(app, sender)
    said_on = received_at.date()
    found = classify_reply(body, said_on)
    # The classifier keeps no date for a rejection; a user who says it is an update wants one.
    new_date = found.new_date if kind is None or kind is found.kind else find_date(body, said_on)
    reply = Reply(
        sender=sender,
        received_at=received_at,
        body=body,
        kind=kind or found.kind,
        new_date=new_date,
    )
    app.replies.append(reply)
    if reply.kind is ReplyKind.OFFER and app.status is AppStatus.ACTIVE:
        app.status = AppStatus.OFFER
    elif reply.kind is ReplyKind.REJECTION and app.status in (AppStatus.ACTIVE, AppStatus.OFFER):
        app.status = AppStatus.REJECTED
    return reply
