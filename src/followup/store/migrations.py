"""The schema as an ordered list of named steps, applied once each when a store opens."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from followup.errors import StoreError
from followup.record import FrozenRecord


class Migration(FrozenRecord):
    """One schema step: its stable name and the statements it runs, in order."""

    _fields = ("name", "statements")
    name: str
    statements: tuple[str, ...]

    def __init__(self, name: str, statements: tuple[str, ...]) -> None:
        self._set(name=name, statements=statements)


def _forget_plan(table: str, event: str, row: str, key: str = "app_key") -> str:
    """A trigger that drops the cached plan of the application a changed row belongs to."""
    name = f"{table}_{event}_{row}_forgets_plan".lower()
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} "
        f"BEGIN DELETE FROM plan_cache WHERE app_key = {row}.{key}; END"
    )


_CHILD_TABLES = ("contacts", "interviews", "messages", "replies")

# The agenda caches each application's plan (see followup.agenda). Triggers drop a cached
# plan whenever anything it was computed from changes, whichever code path writes, so no
# writer has to remember the cache; settings and holidays drop every cached plan.
PLAN_CACHE_STEPS: tuple[str, ...] = (
    """CREATE TABLE plan_cache (
        app_key TEXT PRIMARY KEY REFERENCES applications(key) ON DELETE CASCADE,
        fingerprint TEXT NOT NULL,
        stable_after REAL,
        stable_before REAL,
        actions TEXT NOT NULL
    )""",
    *(_forget_plan(table, "INSERT", "NEW") for table in _CHILD_TABLES),
    *(_forget_plan(table, "DELETE", "OLD") for table in _CHILD_TABLES),
    *(_forget_plan(table, "UPDATE", row) for table in _CHILD_TABLES for row in ("OLD", "NEW")),
    *(_forget_plan("applications", "UPDATE", row, "key") for row in ("OLD", "NEW")),
    _forget_plan("applications", "DELETE", "OLD", "key"),
    *(
        f"CREATE TRIGGER {table}_{event.lower()}_forgets_plans AFTER {event} ON {table} "
        "BEGIN DELETE FROM plan_cache; END"
        for table in ("settings", "holiday_cache")
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
)

# Child rows carry a `position` so lists come back in the order the user built them.
MIGRATIONS: list[Migration] = [
    Migration(
        "0001_initial",
        (
            "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE TABLE applications (
                key TEXT PRIMARY KEY,
                company TEXT NOT NULL,
                role TEXT NOT NULL,
                status TEXT NOT NULL,
                link TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                salary_raised INTEGER NOT NULL DEFAULT 0,
                offer_deadline TEXT
            )""",
            """CREATE TABLE contacts (
                app_key TEXT NOT NULL REFERENCES applications(key) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                key TEXT NOT NULL,
                name TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                linkedin TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (app_key, key)
            )""",
            """CREATE TABLE interviews (
                app_key TEXT NOT NULL REFERENCES applications(key) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                key TEXT NOT NULL,
                stage TEXT NOT NULL,
                starts_at TEXT NOT NULL,
                duration_minutes INTEGER NOT NULL,
                interviewers TEXT NOT NULL DEFAULT '[]',
                topics TEXT NOT NULL DEFAULT '{}',
                timeline TEXT NOT NULL DEFAULT '',
                decision_date TEXT,
                concerns TEXT NOT NULL DEFAULT '[]',
                wish_i_said TEXT NOT NULL DEFAULT '[]',
                questions TEXT NOT NULL DEFAULT '[]',
                strengths TEXT NOT NULL DEFAULT '[]',
                notes TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (app_key, key)
            )""",
            """CREATE TABLE messages (
                app_key TEXT NOT NULL REFERENCES applications(key) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                recipients TEXT NOT NULL,
                sent_at TEXT NOT NULL,
                subject TEXT NOT NULL DEFAULT '',
                body TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (app_key, position)
            )""",
            """CREATE TABLE replies (
                app_key TEXT NOT NULL REFERENCES applications(key) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                sender TEXT NOT NULL,
                received_at TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL,
                new_date TEXT,
                PRIMARY KEY (app_key, position)
            )""",
        ),
    ),
    Migration(
        "0002_drafts",
        (
            """CREATE TABLE drafts (
                app_key TEXT NOT NULL REFERENCES applications(key) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                recipients TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                interview TEXT,
                PRIMARY KEY (app_key, position)
            )""",
        ),
    ),
    Migration(
        "0003_holiday_cache",
        (
            """CREATE TABLE holiday_cache (
                region TEXT NOT NULL,
                year INTEGER NOT NULL,
                days TEXT NOT NULL,
                PRIMARY KEY (region, year)
            )""",
        ),
    ),
    # Loading reads children ORDER BY app_key, position; messages, replies and drafts have
    # that as their primary key, contacts and interviews need an index to skip a sort.
    Migration(
        "0004_child_order",
        (
            "CREATE INDEX contacts_in_order ON contacts (app_key, position)",
            "CREATE INDEX interviews_in_order ON interviews (app_key, position)",
        ),
    ),
    Migration("0005_plan_cache", PLAN_CACHE_STEPS),
]

_BOOKKEEPING = """CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)"""


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The migration names recorded in the database, in the order they were applied."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY rowid")]


def _check_known(applied: list[str], path: str, migrations: Sequence[Migration]) -> None:
    known = [m.name for m in migrations]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer followup (schema step {unknown[0]!r} is unknown "
            "here); upgrade followup to open it"
        )
    if applied != known[: len(applied)]:
        raise StoreError(f"{path} has a damaged schema history: {', '.join(applied)}")


def migrate(
    conn: sqlite3.Connection,
    path: str = "database",
    upto: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[str]:
    """Apply every pending step (or the first `upto`), each in its own transaction.

    `conn` must be in autocommit mode (isolation_level=None). Returns the names applied now.
    """
    steps = list(migrations if upto is None else migrations[:upto])
    applied = applied_names(conn)
    _check_known(applied, path, migrations)
    if len(applied) >= len(steps):
        return []
    conn.execute(_BOOKKEEPING)
    done: list[str] = []
    for step in steps:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if conn.execute(
                "SELECT 1 FROM schema_migrations WHERE name = ?", (step.name,)
            ).fetchone():
                conn.execute("ROLLBACK")
                continue
            for statement in step.statements:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (name) VALUES (?)", (step.name,))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        done.append(step.name)
    return done
