"""How model objects become table rows and back; shared by every SQL backend's queries."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from typing import Any

from followup.errors import StoreError
from followup.model import (
    Application,
    AppStatus,
    Contact,
    Draft,
    Interview,
    Message,
    MessageKind,
    Reply,
    ReplyKind,
    Stage,
)

APPLICATION_COLUMNS = "key, company, role, status, link, notes, salary_raised, offer_deadline"

#: The columns each child table is read with, after its app_key; order matters to the builder.
CHILD_COLUMNS = {
    "contacts": "key, name, title, email, phone, linkedin",
    "interviews": "key, stage, starts_at, duration_minutes, interviewers, topics, timeline, "
    "decision_date, concerns, wish_i_said, questions, strengths, notes",
    "messages": "kind, recipients, sent_at, subject, body",
    "replies": "sender, received_at, body, kind, new_date",
    "drafts": "kind, recipients, subject, body, created_at, interview",
}


def _opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _aware(value: datetime, what: str) -> str:
    # A naive value would read back as "some unknown zone"; refuse it before it is stored.
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"{what} {value.isoformat()} has no UTC offset and cannot be stored")
    return value.isoformat()


_STATUS = {m.value: m for m in AppStatus}
_STAGE = {m.value: m for m in Stage}
_MESSAGE_KIND = {m.value: m for m in MessageKind}
_REPLY_KIND = {m.value: m for m in ReplyKind}


class RowDecoder:
    """JSON columns decoded once per distinct text (they repeat a lot), copied per use."""

    def __init__(self) -> None:
        self._lists: dict[str, list[Any]] = {}
        self._maps: dict[str, dict[str, list[Any]]] = {}

    def strings(self, text: str) -> list[Any]:
        if text == "[]":
            return []
        found = self._lists.get(text)
        if found is None:
            found = self._lists[text] = json.loads(text)
            if not isinstance(found, list):
                raise TypeError(f"expected a JSON list, got {text[:40]!r}")
        return list(found)

    def topics(self, text: str) -> dict[str, list[Any]]:
        if text == "{}":
            return {}
        found = self._maps.get(text)
        if found is None:
            found = self._maps[text] = json.loads(text)
            if not isinstance(found, dict):
                raise TypeError(f"expected a JSON object, got {text[:40]!r}")
        return {who: list(items) for who, items in found.items()}


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def build_application(
    row: Any,
    children: dict[str, dict[str, list[Any]]],
    decode: RowDecoder,
) -> Application:
    """One application from its row and its children's rows, grouped by application key."""
    key = row[0]
    contacts, interviews, messages = (
        children["contacts"],
        children["interviews"],
        children["messages"],
    )
    replies, drafts = children["replies"], children["drafts"]
    parse_dt = datetime.fromisoformat
    strings = decode.strings
    # Positional arguments and dict lookups for enums: this runs ~10,000 times per agenda.
    return Application(
        key,
        row[1],
        row[2],
        _STATUS[row[3]],
        row[4],
        row[5],
        bool(row[6]),
        _opt_date(row[7]),
        [Contact(*c[1:]) for c in contacts.get(key, ())],
        [
            Interview(
                i[1],
                _STAGE[i[2]],
                parse_dt(i[3]),
                i[4],
                strings(i[5]),
                decode.topics(i[6]),
                i[7],
                _opt_date(i[8]),
                strings(i[9]),
                strings(i[10]),
                strings(i[11]),
                strings(i[12]),
                i[13],
            )
            for i in interviews.get(key, ())
        ],
        [
            Message(_MESSAGE_KIND[m[1]], strings(m[2]), parse_dt(m[3]), m[4], m[5])
            for m in messages.get(key, ())
        ],
        [
            Reply(r[1], parse_dt(r[2]), r[3], _REPLY_KIND[r[4]], _opt_date(r[5]))
            for r in replies.get(key, ())
        ],
        [
            Draft(_MESSAGE_KIND[d[1]], strings(d[2]), d[3], d[4], parse_dt(d[5]), d[6])
            for d in drafts.get(key, ())
        ],
    )


def insert_application(conn: sqlite3.Connection, app: Application) -> None:
    """Insert one aggregate; the caller owns the transaction."""
    where = f"application {app.key!r}"
    conn.execute(
        "INSERT INTO applications (key, company, role, status, link, notes, salary_raised, "
        "offer_deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            app.key,
            app.company,
            app.role,
            AppStatus(app.status).value,
            app.link,
            app.notes,
            int(app.salary_raised),
            _iso(app.offer_deadline),
        ),
    )
    conn.executemany(
        "INSERT INTO contacts (app_key, position, key, name, title, email, phone, linkedin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (app.key, n, c.key, c.name, c.title, c.email, c.phone, c.linkedin)
            for n, c in enumerate(app.contacts)
        ],
    )
    conn.executemany(
        "INSERT INTO interviews (app_key, position, key, stage, starts_at, duration_minutes, "
        "interviewers, topics, timeline, decision_date, concerns, wish_i_said, questions, "
        "strengths, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                app.key,
                n,
                i.key,
                Stage(i.stage).value,
                _aware(i.starts_at, f"{where}: interview {i.key!r} start"),
                int(i.duration_minutes),
                dumps(i.interviewers),
                dumps(i.topics),
                i.timeline,
                _iso(i.decision_date),
                dumps(i.concerns),
                dumps(i.wish_i_said),
                dumps(i.questions),
                dumps(i.strengths),
                i.notes,
            )
            for n, i in enumerate(app.interviews)
        ],
    )
    conn.executemany(
        "INSERT INTO messages (app_key, position, kind, recipients, sent_at, subject, body) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                app.key,
                n,
                MessageKind(m.kind).value,
                dumps(m.to),
                _aware(m.sent_at, f"{where}: message sent time"),
                m.subject,
                m.body,
            )
            for n, m in enumerate(app.messages)
        ],
    )
    conn.executemany(
        "INSERT INTO replies (app_key, position, sender, received_at, body, kind, new_date) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                app.key,
                n,
                r.sender,
                _aware(r.received_at, f"{where}: reply received time"),
                r.body,
                ReplyKind(r.kind).value,
                _iso(r.new_date),
            )
            for n, r in enumerate(app.replies)
        ],
    )
    conn.executemany(
        "INSERT INTO drafts (app_key, position, kind, recipients, subject, body, created_at, "
        "interview) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                app.key,
                n,
                MessageKind(d.kind).value,
                dumps(d.to),
                d.subject,
                d.body,
                _aware(d.created_at, f"{where}: draft creation time"),
                d.interview,
            )
            for n, d in enumerate(app.drafts)
        ],
    )
