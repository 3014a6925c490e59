"""Rows back into model objects, fast: `followup agenda` loads every application on each run.

The loops below are written out by hand (tuple unpacking, positional constructor arguments,
dict lookups for enums, no helper call per row) because this is the hottest path of the CLI;
benchmarks/bench_store_load.py measures it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime

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

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    #: How rows are fetched: SQL and parameters in, rows out.
    Read = Callable[[str, tuple[object, ...]], Sequence[Any]]


class Unloaded(str):
    """The empty text a lean load puts where a subject or body was not read.

    It equals "" everywhere, but `insert_application` recognises it and refuses to store it,
    so a lean object written back cannot silently wipe the real text.
    """

    __slots__ = ()


NOT_LOADED = Unloaded()

_APPLICATIONS = "key, company, role, status, link, notes, salary_raised, offer_deadline"
_CONTACTS = "app_key, key, name, title, email, phone, linkedin"
_INTERVIEWS = (
    "app_key, key, stage, starts_at, duration_minutes, interviewers, topics, timeline, "
    "decision_date, concerns, wish_i_said, questions, strengths, notes"
)
# (with bodies, lean): a lean load does not even fetch the long text columns.
_MESSAGES = (
    "app_key, kind, recipients, sent_at, subject, body",
    "app_key, kind, recipients, sent_at",
)
_REPLIES = (
    "app_key, sender, received_at, kind, new_date, body",
    "app_key, sender, received_at, kind, new_date",
)
_DRAFTS = (
    "app_key, kind, recipients, created_at, interview, subject, body",
    "app_key, kind, recipients, created_at, interview",
)

_STATUS = {m.value: m for m in AppStatus}
_STAGE = {m.value: m for m in Stage}
_MESSAGE_KIND = {m.value: m for m in MessageKind}
_REPLY_KIND = {m.value: m for m in ReplyKind}


class _JsonColumns:
    """JSON list/object columns decoded once per distinct text (they repeat a lot), copied per use."""

    def __init__(self) -> None:
        self._lists: dict[str, list[Any]] = {}
        self._maps: dict[str, dict[str, list[Any]]] = {}

    def strings(self, text: str) -> list[Any]:
        found = self._lists.get(text)
        if found is None:
            found = self._lists[text] = json.loads(text)
            if not isinstance(found, list):
                raise TypeError(f"expected a JSON list, got {text[:40]!r}")
        return found[:]

    def topics(self, text: str) -> dict[str, list[Any]]:
        found = self._maps.get(text)
        if found is None:
            found = self._maps[text] = json.loads(text)
            if not isinstance(found, dict):
                raise TypeError(f"expected a JSON object, got {text[:40]!r}")
        return {who: list(items) for who, items in found.items()}


#: Which applications to load: all (None), one key, or a list of keys.
Selection = str | Sequence[str] | None


def _where(selection: Selection, column: str) -> str:
    if selection is None:
        return ""
    if isinstance(selection, str):
        return f"WHERE {column} = ? "
    return f"WHERE {column} IN (SELECT value FROM json_each(?)) "


def _query(table: str, columns: str, selection: Selection) -> str:
    where = _where(selection, "app_key")
    return f"SELECT {columns} FROM {table} {where}ORDER BY app_key, position"


def load_applications(read: Read, key: Selection, bodies: bool) -> list[Application]:
    """Every application (or the selected ones), ordered by key, with one query per table.

    With `bodies=False` message, reply and draft subjects and bodies are left as NOT_LOADED.
    Raises ValueError, TypeError or KeyError on a damaged row.
    """
    params: tuple[object, ...] = ()
    if isinstance(key, str):
        params = (key,)
    elif key is not None:
        params = (json.dumps(list(key)),)
    app_where = _where(key, "key")
    app_rows = read(f"SELECT {_APPLICATIONS} FROM applications {app_where}ORDER BY key", params)
    if not app_rows:
        return []
    lean = 0 if bodies else 1
    json_columns = _JsonColumns()
    strings, topic_map = json_columns.strings, json_columns.topics
    parse_dt, parse_date = datetime.fromisoformat, date.fromisoformat
    stages, message_kinds, reply_kinds = _STAGE, _MESSAGE_KIND, _REPLY_KIND

    contacts: dict[str, list[Contact]] = {}
    for a, k, name, title, email, phone, linkedin in read(
        _query("contacts", _CONTACTS, key), params
    ):
        contact = Contact(k, name, title, email, phone, linkedin)
        found_c = contacts.get(a)
        if found_c is None:
            contacts[a] = [contact]
        else:
            found_c.append(contact)

    interviews: dict[str, list[Interview]] = {}
    for (
        a,
        k,
        stage,
        starts,
        minutes,
        who,
        topics,
        timeline,
        decided,
        concerns,
        wish,
        questions,
        strengths,
        notes,
    ) in read(_query("interviews", _INTERVIEWS, key), params):
        # Most list columns hold "[]": skip the cache lookup for them.
        interview = Interview(
            k,
            stages[stage],
            parse_dt(starts),
            minutes,
            [] if who == "[]" else strings(who),
            {} if topics == "{}" else topic_map(topics),
            timeline,
            parse_date(decided) if decided else None,
            [] if concerns == "[]" else strings(concerns),
            [] if wish == "[]" else strings(wish),
            [] if questions == "[]" else strings(questions),
            [] if strengths == "[]" else strings(strengths),
            notes,
        )
        found_i = interviews.get(a)
        if found_i is None:
            interviews[a] = [interview]
        else:
            found_i.append(interview)

    messages: dict[str, list[Message]] = {}
    for row in read(_query("messages", _MESSAGES[lean], key), params):
        message = Message(
            message_kinds[row[1]],
            strings(row[2]),
            parse_dt(row[3]),
            row[4] if bodies else NOT_LOADED,
            row[5] if bodies else NOT_LOADED,
        )
        found_m = messages.get(row[0])
        if found_m is None:
            messages[row[0]] = [message]
        else:
            found_m.append(message)

    replies: dict[str, list[Reply]] = {}
    for row in read(_query("replies", _REPLIES[lean], key), params):
        reply = Reply(
            row[1],
            parse_dt(row[2]),
            row[5] if bodies else NOT_LOADED,
            reply_kinds[row[3]],
            parse_date(row[4]) if row[4] else None,
        )
        found_r = replies.get(row[0])
        if found_r is None:
            replies[row[0]] = [reply]
        else:
            found_r.append(reply)

    drafts: dict[str, list[Draft]] = {}
    for row in read(_query("drafts", _DRAFTS[lean], key), params):
        draft = Draft(
            message_kinds[row[1]],
            strings(row[2]),
            row[5] if bodies else NOT_LOADED,
            row[6] if bodies else NOT_LOADED,
            parse_dt(row[3]),
            row[4],
        )
        found_d = drafts.get(row[0])
        if found_d is None:
            drafts[row[0]] = [draft]
        else:
            found_d.append(draft)

    # `or []` gives an application without children a list of its own, never a shared one.
    statuses = _STATUS
    return [
        Application(
            k,
            company,
            role,
            statuses[status],
            link,
            notes,
            bool(salary),
            parse_date(deadline) if deadline else None,
            contacts.get(k) or [],
            interviews.get(k) or [],
            messages.get(k) or [],
            replies.get(k) or [],
            drafts.get(k) or [],
        )
        for k, company, role, status, link, notes, salary, deadline in app_rows
    ]


def has_unloaded_text(app: Application) -> bool:
    """True if any subject or body of `app` comes from a lean load and was never read."""
    return (
        any(isinstance(m.subject, Unloaded) or isinstance(m.body, Unloaded) for m in app.messages)
        or any(isinstance(r.body, Unloaded) for r in app.replies)
        or any(isinstance(d.subject, Unloaded) or isinstance(d.body, Unloaded) for d in app.drafts)
    )
