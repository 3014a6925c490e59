"""The SQLite backend: one file, WAL mode, whole aggregates written in one transaction."""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from types import TracebackType

from followup.errors import ConflictError, NotFoundError, StoreError
from followup.model import (
    Application,
    Policy,
    Settings,
)
from followup.store.migrations import applied_names, migrate
from followup.store.reading import Selection, load_applications
from followup.store.rows import dumps, insert_application

BUSY_TIMEOUT_MS = 5000
#: How long `followup agenda` waits to store its plans before giving up on caching them.
PLAN_WAIT_MS = 100

#: A row of `agenda_index`: key, company, stable_after, stable_before, cached actions.
IndexRow = tuple[str, str, float | None, float | None, str | None]
#: A row for `save_plans`: key, stable_after, stable_before, actions as JSON text.
PlanRow = tuple[str, float | None, float | None, str]

_SETTING_FIELDS = ("timezone", "holidays", "policy", "your_name")


def _conflict_message(err: sqlite3.IntegrityError) -> str:
    """Say which kind of key clashed, e.g. two contacts of one application sharing a key."""
    text = str(err)
    for table in ("contacts", "interviews", "applications"):
        if f"{table}." in text:
            return f"cannot save: two {table} share a key ({text})"
    return f"cannot save: {text}"


class SQLiteStore:
    """A `Store` over one SQLite file."""

    def __init__(self, path: str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = path
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open {path}: {err}") from err
        try:
            self._busy_timeout_ms = int(busy_timeout_ms)
            self._conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._refuse_foreign_file()
            migrate(self._conn, path)
        except sqlite3.DatabaseError as err:
            self._conn.close()
            if "not a database" in str(err) or "malformed" in str(err):
                raise StoreError(f"{path} is not a followup database: {err}") from err
            raise StoreError(f"cannot open {path}: {err}") from err
        except BaseException:
            self._conn.close()
            raise

    def _refuse_foreign_file(self) -> None:
        """A SQLite file with tables but no migration history belongs to another program."""
        if applied_names(self._conn):
            return
        other = self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
        if other:
            raise StoreError(
                f"{self.path} is not a followup database: it holds other tables ({other[0]})"
            )

    # -- plumbing ----------------------------------------------------------------------------

    def close(self) -> None:
        """Release the connection."""
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error, sqlite errors made readable."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise self._write_error(err) from err
        try:
            yield conn
        except BaseException as err:
            conn.execute("ROLLBACK")
            if isinstance(err, sqlite3.IntegrityError):
                raise ConflictError(_conflict_message(err)) from err
            if isinstance(err, sqlite3.Error):
                raise self._write_error(err) from err
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            raise self._write_error(err) from err

    def _write_error(self, err: sqlite3.Error) -> StoreError:
        hint = "; is another followup command still running?" if "locked" in str(err) else ""
        return StoreError(f"cannot write {self.path}: {err}{hint}")

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self.path}: {err}") from err

    # -- settings ----------------------------------------------------------------------------

    def get_settings(self) -> Settings:
        """The stored settings over the model's defaults."""
        stored: dict[str, str] = {k: v for k, v in self._read("SELECT key, value FROM settings")}
        settings = Settings()
        try:
            if "timezone" in stored:
                settings.timezone = stored["timezone"]
            if "holidays" in stored:
                settings.holidays = stored["holidays"]
            if "policy" in stored:
                settings.policy = Policy(stored["policy"])
            if "your_name" in stored:
                settings.your_name = stored["your_name"]
        except ValueError as err:
            raise StoreError(f"{self.path} holds a damaged setting: {err}") from err
        return settings

    def save_settings(self, settings: Settings) -> None:
        """Replace the stored settings."""
        with self._transaction() as conn:
            self._write_settings(conn, settings)

    @staticmethod
    def _write_settings(conn: sqlite3.Connection, settings: Settings) -> None:
        values = {
            "timezone": settings.timezone,
            "holidays": settings.holidays,
            "policy": Policy(settings.policy).value,
            "your_name": settings.your_name,
        }
        conn.executemany(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [(k, values[k]) for k in _SETTING_FIELDS],
        )

    # -- applications: reading ---------------------------------------------------------------

    def application_keys(self) -> list[str]:
        """Every application key, sorted."""
        return [row[0] for row in self._read("SELECT key FROM applications ORDER BY key")]

    def companies(self) -> dict[str, str]:
        """{application key: company} for every application, without loading them."""
        return {
            key: company for key, company in self._read("SELECT key, company FROM applications")
        }

    def list_applications(
        self, *, bodies: bool = True, keys: Sequence[str] | None = None
    ) -> list[Application]:
        """Every application (or those in `keys`), with one query per table.

        `bodies=False` skips the subjects and bodies of messages, replies and drafts (they read
        as ""): the planner never looks at them. Such lean objects cannot be saved back.
        """
        return self._load(None if keys is None else list(keys), bodies)

    def get_application(self, key: str) -> Application:
        """One application, fully loaded."""
        found = self._load(key, True)
        if not found:
            raise NotFoundError(f"no application {key!r}; see `followup show`")
        return found[0]

    def _load(self, key: Selection, bodies: bool) -> list[Application]:
        # Building ~10,000 small objects would trigger several full GC passes for nothing.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return load_applications(self._read, key, bodies)
        except (ValueError, TypeError, KeyError) as err:
            raise StoreError(f"{self.path} holds a damaged row: {err}") from err
        finally:
            if collecting:
                gc.enable()

    # -- applications: writing ---------------------------------------------------------------

    def add_application(self, app: Application) -> None:
        """Store a new application; its key must be free."""
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM applications WHERE key = ?", (app.key,)).fetchone():
                raise ConflictError(
                    f"an application with key {app.key!r} already exists; choose another --key"
                )
            insert_application(conn, app)

    def save_application(self, app: Application) -> None:
        """Replace (or create) the whole aggregate in one transaction."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM applications WHERE key = ?", (app.key,))
            insert_application(conn, app)

    def delete_application(self, key: str) -> None:
        """Remove an application and its children."""
        with self._transaction() as conn:
            if not conn.execute("DELETE FROM applications WHERE key = ?", (key,)).rowcount:
                raise NotFoundError(f"no application {key!r}; see `followup show`")

    def import_document(
        self, settings: Settings | None, apps: list[Application], replace: bool = False
    ) -> None:
        """Write a whole document: all of it or nothing (see the Store protocol)."""
        with self._transaction() as conn:
            if replace:
                conn.execute("DELETE FROM applications")
            if settings is not None:
                self._write_settings(conn, settings)
            for app in apps:
                conn.execute("DELETE FROM applications WHERE key = ?", (app.key,))
                insert_application(conn, app)

    # -- plan cache --------------------------------------------------------------------------

    def plan_cache_token(self) -> int:
        """A token that changes whenever another connection commits (SQLite's data_version)."""
        return int(self._read("PRAGMA data_version")[0][0])

    def agenda_index(self, fingerprint: str, only: str | None = None) -> list[IndexRow]:
        """(key, company, stable_after, stable_before, actions) per application, by key.

        The last three come from the plan cache and are None when no plan with this
        `fingerprint` is cached. Times are POSIX seconds; `actions` is the cached JSON text.
        """
        where = "" if only is None else "WHERE a.key = ? "
        rows = self._read(
            "SELECT a.key, a.company, p.stable_after, p.stable_before, p.actions "
            "FROM applications a LEFT JOIN plan_cache p "
            f"ON p.app_key = a.key AND p.fingerprint = ? {where}ORDER BY a.key",
            (fingerprint,) if only is None else (fingerprint, only),
        )
        return [tuple(row) for row in rows]

    def save_plans(self, token: int, fingerprint: str, entries: Sequence[PlanRow]) -> bool:
        """Cache plans computed from a read made at `token`; False, writing nothing, if stale.

        The check and the write happen under one write lock, so a plan read before another
        process changed the data is never stored. A locked or read-only file also gives False:
        the cache is an optimisation and the agenda was already computed.
        """
        conn = self._conn
        # Waiting seconds for another writer would cost more than planning again next time.
        conn.execute(f"PRAGMA busy_timeout = {min(self._busy_timeout_ms, PLAN_WAIT_MS)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {self._busy_timeout_ms}")
        try:
            if self.plan_cache_token() != token:
                conn.execute("ROLLBACK")
                return False
            conn.executemany(
                "INSERT OR REPLACE INTO plan_cache "
                "(app_key, fingerprint, stable_after, stable_before, actions) "
                "VALUES (?, ?, ?, ?, ?)",
                [(key, fingerprint, after, before, text) for key, after, before, text in entries],
            )
            conn.execute("COMMIT")
        except (sqlite3.Error, StoreError):
            conn.execute("ROLLBACK")
            return False
        return True

    # -- holiday cache -----------------------------------------------------------------------

    def get_holidays(self, region: str, year: int) -> dict[date, str] | None:
        """The cached holidays, or None when this region and year were never cached."""
        rows = self._read(
            "SELECT days FROM holiday_cache WHERE region = ? AND year = ?", (region, year)
        )
        if not rows:
            return None
        try:
            return {date.fromisoformat(d): name for d, name in json.loads(rows[0][0]).items()}
        except (ValueError, AttributeError) as err:
            raise StoreError(f"{self.path} holds a damaged holiday cache: {err}") from err

    def put_holidays(self, region: str, year: int, days: dict[date, str]) -> None:
        """Cache the holidays of one region and year, replacing what was there."""
        payload = dumps({d.isoformat(): name for d, name in sorted(days.items())})
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO holiday_cache (region, year, days) VALUES (?, ?, ?)",
                (region, year, payload),
            )
