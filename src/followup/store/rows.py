"""How model objects become table rows; store/reading.py turns them back."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from followup.errors import StoreError
from followup.model import Application, AppStatus, MessageKind, ReplyKind, Stage
from followup.store.reading import has_unloaded_text


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _aware(value: datetime, what: str) -> str:
    # A naive value would read back as "some unknown zone"; refuse it before it is stored.
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"{what} {value.isoformat()} has no UTC offset and cannot be stored")
    return value.isoformat()


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def insert_application(conn: sqlite3.Connection, app: Application) -> None:
    """Insert one aggregate; the caller owns the transaction."""
    where = f"application {app.key!r}"
    if has_unloaded_text(app):
        raise StoreError(
            f"cannot save {where}: it was loaded without message, reply and draft texts "
            "(list_applications(bodies=False)); load it with get_application to change it"
        )
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
