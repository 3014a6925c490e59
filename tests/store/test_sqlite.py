"""The SQLite store against real files: aggregates, settings, the holiday cache, bad input."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import ConflictError, NotFoundError, StoreError
from followup.model import Contact, Policy, Settings
from followup.store import default_db_path, open_store


def test_fresh_store_is_empty_with_default_settings(store):
    assert store.list_applications() == []
    assert store.application_keys() == []
    assert store.get_settings() == Settings()


def test_pragmas(store):
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_aggregate_round_trips(store, app_factory):
    app = app_factory("northwind")
    store.add_application(app)
    loaded = store.get_application("northwind")
    assert loaded == app
    assert store.list_applications() == [app]


def test_datetimes_keep_their_offset(store, app_factory):
    store.add_application(app_factory("northwind"))
    loaded = store.get_application("northwind")
    assert loaded.interviews[0].starts_at.isoformat() == "2026-11-10T10:00:00-05:00"
    assert loaded.interviews[1].starts_at.isoformat() == "2026-11-24T09:30:00+05:30"


def test_applications_ordered_by_key_children_in_insertion_order(store, app_factory):
    for key in ("zeta", "alpha", "mid"):
        store.add_application(app_factory(key))
    assert store.application_keys() == ["alpha", "mid", "zeta"]
    apps = store.list_applications()
    assert store.companies() == {a.key: a.company for a in apps}
    assert [a.key for a in apps] == ["alpha", "mid", "zeta"]
    assert [c.key for c in apps[0].contacts] == ["dana", "lee", "ana"]
    assert [d.interview for d in apps[2].drafts] == ["r1", None]


def test_add_existing_key_conflicts(store, app_factory):
    store.add_application(app_factory("northwind"))
    with pytest.raises(ConflictError, match="'northwind' already exists"):
        store.add_application(app_factory("northwind"))


def test_get_missing_is_not_found(store):
    with pytest.raises(NotFoundError, match="no application 'nope'; see `followup show`"):
        store.get_application("nope")


def test_save_replaces_the_whole_aggregate(store, app_factory):
    app = app_factory("northwind")
    store.add_application(app)
    app.contacts = app.contacts[:1]
    app.interviews = []
    app.messages.pop()
    app.company = "Northwind Ltd"
    store.save_application(app)
    assert store.get_application("northwind") == app
    count = store._conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    assert count == 1


def test_save_creates_a_missing_application(store, app_factory):
    store.save_application(app_factory("fresh"))
    assert store.application_keys() == ["fresh"]


def test_failed_save_leaves_previous_aggregate(store, app_factory):
    app = app_factory("northwind")
    store.add_application(app)
    broken = app_factory("northwind")
    broken.company = "changed"
    broken.contacts.append(Contact("dana", "Another Dana"))  # duplicate contact key
    with pytest.raises(ConflictError):
        store.save_application(broken)
    assert store.get_application("northwind") == app


def test_naive_datetime_is_refused_and_nothing_changes(store, app_factory):
    app = app_factory("northwind")
    store.add_application(app)
    broken = app_factory("northwind")
    broken.messages[0].sent_at = datetime(2026, 11, 10, 17, 30)
    with pytest.raises(StoreError, match="no UTC offset"):
        store.save_application(broken)
    assert store.get_application("northwind") == app


def test_delete_removes_children(store, app_factory):
    store.add_application(app_factory("northwind"))
    store.add_application(app_factory("other"))
    store.delete_application("northwind")
    assert store.application_keys() == ["other"]
    rows = store._conn.execute("SELECT count(*) FROM interviews WHERE app_key = 'northwind'")
    assert rows.fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.delete_application("northwind")


def test_settings_round_trip(store):
    wanted = Settings("Europe/Berlin", "DE", Policy.PERSISTENT, "Jördis O'Hara")
    store.save_settings(wanted)
    assert store.get_settings() == wanted
    store.save_settings(Settings(holidays=""))
    assert store.get_settings().holidays == ""


def test_holiday_cache(store):
    assert store.get_holidays("US", 2026) is None
    days = {date(2026, 11, 26): "Thanksgiving", date(2026, 12, 25): "Christmas Day"}
    store.put_holidays("US", 2026, days)
    assert store.get_holidays("US", 2026) == days
    assert store.get_holidays("US", 2027) is None
    store.put_holidays("US", 2026, {})
    assert store.get_holidays("US", 2026) == {}


def test_import_upserts_and_replace_deletes(store, app_factory):
    store.add_application(app_factory("old"))
    store.add_application(app_factory("kept"))
    changed = app_factory("kept")
    changed.role = "Lead Analyst"
    store.import_document(Settings(policy=Policy.EXTENDED), [changed, app_factory("new")])
    assert store.application_keys() == ["kept", "new", "old"]
    assert store.get_application("kept").role == "Lead Analyst"
    assert store.get_settings().policy is Policy.EXTENDED
    store.import_document(None, [app_factory("only")], replace=True)
    assert store.application_keys() == ["only"]
    assert store.get_settings().policy is Policy.EXTENDED


def test_failed_import_changes_nothing(store, app_factory):
    store.add_application(app_factory("old"))
    before = store.list_applications()
    bad = app_factory("bad")
    bad.interviews[1].key = "r1"  # duplicate interview key fails half-way through the document
    with pytest.raises(ConflictError):
        store.import_document(Settings(timezone="Asia/Tokyo"), [app_factory("good"), bad], True)
    assert store.list_applications() == before
    assert store.get_settings() == Settings()


def test_reopen_keeps_data(db_path, app_factory):
    with open_store(db_path) as first:
        first.add_application(app_factory("northwind"))
    with open_store(db_path) as second:
        assert second.get_application("northwind") == app_factory("northwind")


nasty_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
) | st.sampled_from(["'; DROP TABLE applications; --", 'say "hi"', "line\nbreak", "Zoë Ødegård", "王小明", "[]", "{}"])  # fmt: skip


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(company=nasty_text, name=nasty_text, topic=nasty_text, body=nasty_text)
def test_hostile_strings_round_trip(store, app_factory, company, name, topic, body):
    app = app_factory("northwind")
    app.company, app.notes = company, body
    app.contacts[0].name = name
    app.interviews[0].topics = {"dana": [topic]}
    app.interviews[0].concerns = [topic, body]
    app.messages[0].body = body
    app.replies[0].body = body
    store.save_application(app)
    assert store.get_application("northwind") == app
    assert store.application_keys() == ["northwind"]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    minutes=st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_any_offset_round_trips_exactly(store, app_factory, moment, minutes):
    app = app_factory("northwind")
    when = moment.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    app.interviews[0].starts_at = when
    store.save_application(app)
    loaded = store.get_application("northwind").interviews[0].starts_at
    assert loaded.isoformat() == when.isoformat()


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is a text file, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"notes.db is not a followup database"):
        open_store(path)


def test_foreign_sqlite_file(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a followup database: it holds other tables"):
        open_store(path)


def test_directory_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


def test_open_store_creates_parent_folders(tmp_path):
    path = tmp_path / "a" / "b" / "f.db"
    with open_store(path) as opened:
        assert opened.path == str(path)
    assert path.exists()


def test_default_path_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "env.db"))
    assert default_db_path() == tmp_path / "env.db"
    with open_store() as opened:
        assert opened.path == str(tmp_path / "env.db")
    monkeypatch.delenv("FOLLOWUP_DB")
    assert default_db_path().name == "followup.db"


def test_damaged_row_is_a_store_error(store, app_factory):
    store.add_application(app_factory("northwind"))
    store._conn.execute("UPDATE interviews SET stage = 'fifth_round' WHERE key = 'r1'")
    with pytest.raises(StoreError, match="damaged row"):
        store.list_applications()


def test_equal_apps_are_distinct_objects(store, app_factory):
    app = app_factory("northwind")
    store.add_application(app)
    loaded = store.get_application("northwind")
    loaded.contacts.clear()
    assert store.get_application("northwind") == app


def test_locked_database_is_a_store_error(db_path, app_factory):
    from followup.store.sqlite import SQLiteStore

    open_store(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with SQLiteStore(db_path, busy_timeout_ms=0) as impatient:
            with pytest.raises(StoreError, match="database is locked"):
                impatient.add_application(app_factory("northwind"))
            assert impatient.application_keys() == []  # readers are not blocked in WAL mode
    finally:
        holder.execute("ROLLBACK")
        holder.close()
