"""Schema steps: fresh files, every upgrade path, newer databases and failed steps."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from followup.errors import StoreError
from followup.store import open_store
from followup.store.migrations import MIGRATIONS, Migration, applied_names, migrate

# Representative rows each schema version can hold, written with plain SQL as an old
# followup would have written them.
ROWS_BY_STEP = {
    "0001_initial": [
        "INSERT INTO settings VALUES ('timezone', 'Europe/London'), ('policy', 'extended')",
        "INSERT INTO applications VALUES ('acme', 'Acme', 'Analyst', 'active', '', 'n', 1, "
        "'2026-12-04')",
        "INSERT INTO contacts VALUES ('acme', 0, 'kim', 'Kim O''Neil', 'CTO', 'k@acme.example', "
        "'', '')",
        "INSERT INTO contacts VALUES ('acme', 1, 'bo', 'Bo', '', '', '', '')",
        "INSERT INTO interviews VALUES ('acme', 0, 'r1', 'first_round', "
        "'2026-11-10T10:00:00-05:00', 45, '[\"kim\"]', '{\"kim\": [\"pipelines\"]}', "
        "'by Friday', NULL, '[]', '[]', '[\"why us\"]', '[]', 'good')",
        "INSERT INTO messages VALUES ('acme', 0, 'thank_you', '[\"kim\"]', "
        "'2026-11-10T17:00:00-05:00', 'Thanks', 'Hi Kim')",
        "INSERT INTO replies VALUES ('acme', 0, 'kim', '2026-11-12T09:00:00-05:00', 'Soon', "
        "'update', '2026-11-20')",
    ],
    "0002_drafts": [
        "INSERT INTO drafts VALUES ('acme', 0, 'check_in', '[\"kim\"]', 'Hello', 'Body', "
        "'2026-11-21T08:00:00-05:00', 'r1')",
    ],
    "0003_holiday_cache": [
        "INSERT INTO holiday_cache VALUES ('US', 2026, '{\"2026-11-26\": \"Thanksgiving\"}')",
    ],
    "0004_child_order": [
        "INSERT INTO contacts VALUES ('acme', 2, 'al', 'Al', '', '', '', '')",
    ],
    "0005_plan_cache": [
        "INSERT INTO plan_cache VALUES ('acme', 'old-code', NULL, NULL, '[]')",
    ],
}


def schema(path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        conn.close()


def connect(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_steps_are_named_in_order_and_split():
    names = [m.name for m in MIGRATIONS]
    assert len(names) >= 3
    assert names == sorted(names)
    assert len(set(names)) == len(names)
    assert set(ROWS_BY_STEP) == set(names)


def test_migrate_empty_file(tmp_path):
    conn = connect(tmp_path / "empty.db")
    assert migrate(conn) == [m.name for m in MIGRATIONS]
    assert applied_names(conn) == [m.name for m in MIGRATIONS]
    assert migrate(conn) == []
    conn.close()


@pytest.mark.parametrize("k", range(len(MIGRATIONS) + 1))
def test_upgrade_from_every_version(tmp_path, k):
    old = tmp_path / "old.db"
    conn = connect(old)
    migrate(conn, upto=k)
    for step in MIGRATIONS[:k]:
        for sql in ROWS_BY_STEP[step.name]:
            conn.execute(sql)
    conn.close()

    with open_store(old) as store:
        if k >= 1:
            app = store.get_application("acme")
            extra = ["Al"] if k >= 4 else []
            assert [c.name for c in app.contacts] == ["Kim O'Neil", "Bo", *extra]
            assert app.offer_deadline == date(2026, 12, 4) and app.salary_raised
            assert app.interviews[0].starts_at.isoformat() == "2026-11-10T10:00:00-05:00"
            assert app.interviews[0].topics == {"kim": ["pipelines"]}
            assert app.replies[0].new_date == date(2026, 11, 20)
            assert store.get_settings().timezone == "Europe/London"
            assert len(app.drafts) == (1 if k >= 2 else 0)
        if k >= 5:
            # A plan cached by other code is never reused: the fingerprint differs.
            assert store.agenda_index("new-code")[0][2:] == (None, None, None)
        cached = store.get_holidays("US", 2026)
        assert cached == ({date(2026, 11, 26): "Thanksgiving"} if k >= 3 else None)

    with open_store(tmp_path / "fresh.db"):
        pass
    assert schema(old) == schema(tmp_path / "fresh.db")


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    conn = connect(path)
    migrate(conn)
    conn.execute("INSERT INTO schema_migrations (name) VALUES ('0099_from_the_future')")
    conn.close()
    with pytest.raises(StoreError, match=r"newer.db was written by a newer followup"):
        open_store(path)


def test_damaged_history_is_refused(tmp_path):
    path = tmp_path / "odd.db"
    conn = connect(path)
    migrate(conn)
    conn.execute("DELETE FROM schema_migrations WHERE name = '0001_initial'")
    conn.close()
    with pytest.raises(StoreError, match="damaged schema history"):
        open_store(path)


def test_failing_step_rolls_back_only_itself(tmp_path):
    steps = [
        *MIGRATIONS[:1],
        Migration("0002_broken", ("CREATE TABLE half (x)", "CREATE TABLE settings (y)")),
    ]
    conn = connect(tmp_path / "f.db")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, migrations=steps)
    assert applied_names(conn) == ["0001_initial"]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half" not in tables
    assert not conn.in_transaction
    conn.close()
