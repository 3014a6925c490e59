"""The followup/v1 JSON document: a public, stable contract (see docs/interchange.md)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from followup.errors import ImportFormatError
from followup.interchange.fields import FieldReader
from followup.model import (
    Application,
    AppStatus,
    Contact,
    Draft,
    Interview,
    Message,
    MessageKind,
    Policy,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT = "followup/v1"


_REGION = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,4})?$")
MAX_DURATION_MINUTES = 24 * 60


# -- writing ---------------------------------------------------------------------------------


def _drop_empty(fields: dict[str, Any], keep: tuple[str, ...]) -> dict[str, Any]:
    """Omit empty optional values; `keep` names fields that are always written."""
    return {k: v for k, v in fields.items() if k in keep or v not in ("", None, [], {}, False)}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _contact_json(c: Contact) -> dict[str, Any]:
    fields = {
        "key": c.key,
        "name": c.name,
        "title": c.title,
        "email": c.email,
        "phone": c.phone,
        "linkedin": c.linkedin,
    }
    return _drop_empty(fields, ("key", "name"))


def _interview_json(i: Interview) -> dict[str, Any]:
    fields = {
        "key": i.key,
        "stage": i.stage.value,
        "starts_at": i.starts_at.isoformat(),
        "duration_minutes": i.duration_minutes,
        "interviewers": list(i.interviewers),
        "topics": {k: list(v) for k, v in i.topics.items()},
        "timeline": i.timeline,
        "decision_date": _day(i.decision_date),
        "concerns": list(i.concerns),
        "wish_i_said": list(i.wish_i_said),
        "questions": list(i.questions),
        "strengths": list(i.strengths),
        "notes": i.notes,
    }
    return _drop_empty(fields, ("key", "stage", "starts_at", "duration_minutes", "interviewers"))


def _message_json(m: Message) -> dict[str, Any]:
    fields = {
        "kind": m.kind.value,
        "to": list(m.to),
        "sent_at": m.sent_at.isoformat(),
        "subject": m.subject,
        "body": m.body,
    }
    return _drop_empty(fields, ("kind", "to", "sent_at"))


def _reply_json(r: Reply) -> dict[str, Any]:
    fields = {
        "from": r.sender,
        "received_at": r.received_at.isoformat(),
        "body": r.body,
        "kind": r.kind.value,
        "new_date": _day(r.new_date),
    }
    # new_date is written even when null: on import, an absent new_date asks the classifier.
    return _drop_empty(fields, ("from", "received_at", "body", "kind", "new_date"))


def _draft_json(d: Draft) -> dict[str, Any]:
    fields = {
        "kind": d.kind.value,
        "to": list(d.to),
        "subject": d.subject,
        "body": d.body,
        "created_at": d.created_at.isoformat(),
        "interview": d.interview,
    }
    return _drop_empty(fields, ("kind", "to", "subject", "body", "created_at"))


def application_json(app: Application) -> dict[str, Any]:
    """One application as the document shapes it."""
    fields = {
        "key": app.key,
        "company": app.company,
        "role": app.role,
        "status": app.status.value,
        "link": app.link,
        "notes": app.notes,
        "salary_raised": app.salary_raised,
        "offer_deadline": _day(app.offer_deadline),
        "contacts": [_contact_json(c) for c in app.contacts],
        "interviews": [_interview_json(i) for i in app.interviews],
        "messages": [_message_json(m) for m in app.messages],
        "replies": [_reply_json(r) for r in app.replies],
        "drafts": [_draft_json(d) for d in app.drafts],
    }
    always = ("key", "company", "role", "status", "contacts", "interviews", "messages", "replies")
    return _drop_empty(fields, always)


def dump_document(settings: Settings, apps: list[Application]) -> dict[str, Any]:
    """The whole document for `settings` and `apps`, ready for json.dumps."""
    return {
        "format": FORMAT,
        "settings": {
            "timezone": settings.timezone,
            "holidays": settings.holidays,
            "policy": settings.policy.value,
            "your_name": settings.your_name,
        },
        "applications": [application_json(app) for app in apps],
    }


# -- reading ---------------------------------------------------------------------------------


_SETTINGS_FIELDS = ("timezone", "holidays", "policy", "your_name")
_APP_FIELDS = (
    "key", "company", "role", "status", "link", "notes", "salary_raised", "offer_deadline",
    "contacts", "interviews", "messages", "replies", "drafts",
)  # fmt: skip
_CONTACT_FIELDS = ("key", "name", "title", "email", "phone", "linkedin")
_INTERVIEW_FIELDS = (
    "key", "stage", "starts_at", "duration_minutes", "interviewers", "topics", "timeline",
    "decision_date", "concerns", "wish_i_said", "questions", "strengths", "notes",
)  # fmt: skip
_MESSAGE_FIELDS = ("kind", "to", "sent_at", "subject", "body")
_REPLY_FIELDS = ("from", "received_at", "body", "kind", "new_date")
_DRAFT_FIELDS = ("kind", "to", "subject", "body", "created_at", "interview")


def _settings(obj: object) -> Settings:
    r = FieldReader(obj, "settings", "", _SETTINGS_FIELDS)
    defaults = Settings()
    timezone = r.text("timezone").strip() or defaults.timezone
    _check_timezone(r, timezone)
    holidays = defaults.holidays if "holidays" not in r.obj else r.text("holidays").strip()
    if holidays.lower() == "none":
        holidays = ""
    if holidays and not _REGION.match(holidays):
        raise r.error("holidays", f"{holidays!r} is not a region such as US, GB, DE or US-CA")
    return Settings(
        timezone=timezone,
        holidays=holidays.upper(),
        policy=r.enum("policy", Policy, defaults.policy),
        your_name=r.text("your_name"),
    )


def _check_timezone(r: FieldReader, name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise r.error("timezone", f"unknown time zone {name!r}") from err


class _Contacts:
    """The contact keys of one application, for checking references to them."""

    def __init__(self, keys: list[str], prefix: str) -> None:
        self.keys = keys
        self.prefix = prefix

    def check(self, key: str, where: str) -> str:
        if key not in self.keys:
            known = ", ".join(self.keys) or "none"
            raise ImportFormatError(
                f"{self.prefix}{where}: unknown contact {key!r} (known: {known})"
            )
        return key

    def check_all(self, keys: list[str], where: str) -> list[str]:
        return [self.check(k, f"{where}[{n}]") for n, k in enumerate(keys)]


def _unique(keys: list[str], what: str, prefix: str) -> None:
    seen: set[str] = set()
    for n, key in enumerate(keys):
        if key in seen:
            raise ImportFormatError(f"{prefix}{what}[{n}].key: duplicate key {key!r}")
        seen.add(key)


def _contact(path: str, obj: object, prefix: str) -> Contact:
    r = FieldReader(obj, path, prefix, _CONTACT_FIELDS)
    return Contact(
        key=r.key("key"),
        name=r.text("name", required=True, nonblank=True),
        title=r.text("title"),
        email=r.text("email"),
        phone=r.text("phone"),
        linkedin=r.text("linkedin"),
    )


def _interview(path: str, obj: object, prefix: str, contacts: _Contacts) -> Interview:
    r = FieldReader(obj, path, prefix, _INTERVIEW_FIELDS)
    topics = r.string_map("topics")
    for who in topics:
        contacts.check(who, r.where(f"topics.{who}"))
    return Interview(
        key=r.key("key"),
        stage=r.enum("stage", Stage),
        starts_at=r.moment("starts_at"),
        duration_minutes=r.integer("duration_minutes", 60, 1, MAX_DURATION_MINUTES),
        interviewers=contacts.check_all(r.strings("interviewers"), r.where("interviewers")),
        topics=topics,
        timeline=r.text("timeline"),
        decision_date=r.day("decision_date"),
        concerns=r.strings("concerns"),
        wish_i_said=r.strings("wish_i_said"),
        questions=r.strings("questions"),
        strengths=r.strings("strengths"),
        notes=r.text("notes"),
    )


def _recipients(r: FieldReader, contacts: _Contacts) -> list[str]:
    to = contacts.check_all(r.strings("to", required=True), r.where("to"))
    if not to:
        raise r.error("to", "must name at least one contact")
    return to


def _message(path: str, obj: object, prefix: str, contacts: _Contacts) -> Message:
    r = FieldReader(obj, path, prefix, _MESSAGE_FIELDS)
    return Message(
        kind=r.enum("kind", MessageKind),
        to=_recipients(r, contacts),
        sent_at=r.moment("sent_at"),
        subject=r.text("subject"),
        body=r.text("body"),
    )


def _reply(path: str, obj: object, prefix: str, contacts: _Contacts) -> Reply:
    r = FieldReader(obj, path, prefix, _REPLY_FIELDS)
    sender = contacts.check(r.text("from", required=True), r.where("from"))
    received_at = r.moment("received_at")
    body = r.text("body")
    kind = r.enum("kind", ReplyKind) if r.raw("kind", False) is not None else None
    new_date = r.day("new_date")
    # An explicit "new_date": null means "no date" (export writes it so); absent means "find it".
    if kind is None or "new_date" not in r.obj:
        found = _classifier()(body, received_at.date())
        kind = kind or found.kind
        if "new_date" not in r.obj:
            new_date = found.new_date
    return Reply(sender=sender, received_at=received_at, body=body, kind=kind, new_date=new_date)


def _classifier() -> Callable[[str, date], Any]:
    # Imported on demand: most documents carry the kind, and the classifier has its own cost.
    from followup.replies import classify_reply

    return classify_reply


def _draft(
    path: str, obj: object, prefix: str, contacts: _Contacts, interviews: list[str]
) -> Draft:
    r = FieldReader(obj, path, prefix, _DRAFT_FIELDS)
    interview = r.text("interview") or None
    if interview is not None and interview not in interviews:
        known = ", ".join(interviews) or "none"
        raise r.error("interview", f"unknown interview {interview!r} (known: {known})")
    return Draft(
        kind=r.enum("kind", MessageKind),
        to=_recipients(r, contacts),
        subject=r.text("subject"),
        body=r.text("body"),
        created_at=r.moment("created_at"),
        interview=interview,
    )


def _application(path: str, obj: object) -> Application:
    # Read the key first so every later error can name the application.
    if isinstance(obj, dict) and isinstance(obj.get("key"), str):
        prefix = f"application {obj['key']!r}: "
        r = FieldReader(obj, "", prefix, _APP_FIELDS)
    else:
        prefix = ""
        r = FieldReader(obj, path, prefix, _APP_FIELDS)
    key = r.key("key")
    contacts = [_contact(p, o, prefix) for p, o in r.items("contacts")]
    _unique([c.key for c in contacts], "contacts", prefix)
    known = _Contacts([c.key for c in contacts], prefix)
    interviews = [_interview(p, o, prefix, known) for p, o in r.items("interviews")]
    _unique([i.key for i in interviews], "interviews", prefix)
    return Application(
        key=key,
        company=r.text("company", required=True, nonblank=True),
        role=r.text("role", required=True, nonblank=True),
        status=r.enum("status", AppStatus, AppStatus.ACTIVE),
        link=r.text("link"),
        notes=r.text("notes"),
        salary_raised=r.flag("salary_raised"),
        offer_deadline=r.day("offer_deadline"),
        contacts=contacts,
        interviews=interviews,
        messages=[_message(p, o, prefix, known) for p, o in r.items("messages")],
        replies=[_reply(p, o, prefix, known) for p, o in r.items("replies")],
        drafts=[
            _draft(p, o, prefix, known, [i.key for i in interviews]) for p, o in r.items("drafts")
        ],
    )


def load_document(doc: object) -> tuple[Settings | None, list[Application]]:
    """Validate a parsed document whole; ImportFormatError on the first problem found."""
    r = FieldReader(doc, "", "", ("format", "settings", "applications"))
    tag = r.raw("format", True)
    if tag != FORMAT:
        raise r.error("format", f"{tag!r} is not a supported format (expected {FORMAT!r})")
    settings = None if r.raw("settings", False) is None else _settings(r.obj["settings"])
    apps = [_application(p, o) for p, o in r.items("applications")]
    seen: dict[str, int] = {}
    for n, app in enumerate(apps):
        if app.key in seen:
            raise ImportFormatError(
                f"applications[{n}].key: duplicate application key {app.key!r} "
                f"(also applications[{seen[app.key]}])"
            )
        seen[app.key] = n
    return settings, apps


def read_document_file(path: str | Path) -> tuple[Settings | None, list[Application]]:
    """Read and validate a document from a file, or from stdin when `path` is '-'."""
    name = "stdin" if str(path) == "-" else str(path)
    try:
        text = sys.stdin.read() if str(path) == "-" else Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise ImportFormatError(f"{name}: no such file") from err
    except UnicodeDecodeError as err:
        raise ImportFormatError(f"{name}: not UTF-8 text ({err.reason})") from err
    except OSError as err:
        raise ImportFormatError(f"{name}: cannot read it ({err.strerror})") from err
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportFormatError(
            f"{name}: not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}"
        ) from err
    return load_document(doc)
