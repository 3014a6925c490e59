"""The agenda over a real SQLite store: cached plans must always equal a fresh plan."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.agenda import build_agenda, decode_plan, encode_plan, plan_fingerprint
from followup.demo import load_demo, shift_application, week_shift
from followup.errors import NotFoundError
from followup.model import AppStatus, Message, MessageKind, Policy, Settings
from followup.schedule.holidays import calendar_for
from followup.schedule.planner import plan
from followup.store import open_store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=NY)


@pytest.fixture
def store(tmp_path):
    settings, apps = load_demo()
    delta = week_shift(NOW)
    with open_store(tmp_path / "agenda.db") as opened:
        opened.import_document(settings, [shift_application(a, delta) for a in apps])
        yield opened


def fresh(store, now: datetime, settings: Settings | None = None):
    settings = settings or store.get_settings()
    apps = store.list_applications(bodies=False)
    return plan(apps, settings, now, calendar_for(settings.holidays, apps, now, store))


def agenda(store, now: datetime):
    return build_agenda(store, store.get_settings(), now).actions


def test_the_agenda_equals_a_fresh_plan_hour_by_hour(store):
    for step in range(0, 24 * 21, 5):
        now = NOW - timedelta(days=7) + timedelta(hours=step)
        assert agenda(store, now) == fresh(store, now), now


def test_a_warm_agenda_reads_no_application(store, monkeypatch):
    later = NOW + timedelta(minutes=1)
    expected = fresh(store, later)
    agenda(store, NOW)
    index = store.agenda_index(plan_fingerprint(store.get_settings()))
    assert index and all(row[4] is not None for row in index)

    def refuse(**_):
        raise AssertionError("the cached plans should have been enough")

    monkeypatch.setattr(store, "list_applications", refuse)
    assert agenda(store, later) == expected


def record_message(store, key: str, kind: MessageKind, when: datetime) -> None:
    app = store.get_application(key)
    contact = app.interviews[-1].interviewers[0] if app.interviews else app.contacts[0].key
    app.messages.append(Message(kind, [contact], when, "Subject", "Body"))
    store.save_application(app)


def test_every_kind_of_write_drops_the_cached_plan(store, tmp_path):
    keys = store.application_keys()
    target = next(a.application for a in agenda(store, NOW) if a.kind == "thank_you")

    record_message(store, target, MessageKind.THANK_YOU, NOW - timedelta(hours=1))
    assert agenda(store, NOW) == fresh(store, NOW)

    app = store.get_application(keys[0])
    store.save_application(app.replace(status=AppStatus.WITHDRAWN))
    assert not [a for a in agenda(store, NOW) if a.application == keys[0]]
    assert agenda(store, NOW) == fresh(store, NOW)

    # Another program changing a row behind our back is caught by the triggers too.
    raw = sqlite3.connect(store.path)
    raw.execute("UPDATE interviews SET timeline = 'in two weeks', decision_date = NULL")
    raw.execute("UPDATE replies SET kind = 'other'")
    raw.commit()
    raw.close()
    assert agenda(store, NOW) == fresh(store, NOW)

    settings = store.get_settings()
    store.save_settings(settings.replace(policy=Policy.PERSISTENT))
    assert agenda(store, NOW) == fresh(store, NOW)

    store.delete_application(keys[-1])
    assert agenda(store, NOW) == fresh(store, NOW)


def test_one_application_only(store):
    whole = agenda(store, NOW)
    key = whole[0].application
    only = build_agenda(store, store.get_settings(), NOW, only=key).actions
    assert only == [a for a in whole if a.application == key]
    with pytest.raises(NotFoundError, match="no application 'nope'"):
        build_agenda(store, store.get_settings(), NOW, only="nope")


def test_a_plan_read_before_another_process_wrote_is_not_stored(store):
    token = store.plan_cache_token()
    with open_store(store.path) as other:
        record_message(other, other.application_keys()[0], MessageKind.CHECK_IN, NOW)
    assert not store.save_plans(token, "fp", [(store.application_keys()[0], None, None, "[]")])
    assert store.agenda_index("fp")[0][4] is None


def test_a_locked_database_still_gives_the_agenda(store):
    expected = fresh(store, NOW)
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with open_store(store.path) as patient:
            assert build_agenda(patient, patient.get_settings(), NOW).actions == expected
            assert patient.agenda_index(plan_fingerprint(patient.get_settings()))[0][4] is None
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_actions_survive_their_stored_form():
    settings, apps = load_demo()
    apps = [shift_application(a, week_shift(NOW)) for a in apps]
    for action in plan(apps, settings or Settings(), NOW, calendar_for("", apps, NOW, None)):
        text = encode_plan([action], {"dana": "Dana Ó'Brien"})
        (back,), names = decode_plan(action.application, text, NOW, NY)
        assert back == action and back.due_from.tzinfo == NY and back.reason == action.reason
        assert names == {"dana": "Dana Ó'Brien"}


@pytest.mark.parametrize(
    "damage",
    [
        "not json",
        "[[1, 2]]",
        '[{}, [["r1", "no_such_kind", [], "x", "y", "", false]]]',
        '[[], [["r1", "thank_you", [], "2026-11-22T09:00:00-05:00", "2026-11-22", "", false]]]',
    ],
)
def test_a_damaged_cached_plan_is_planned_again(store, damage):
    agenda(store, NOW)
    raw = sqlite3.connect(store.path)
    raw.execute("UPDATE plan_cache SET actions = ?", (damage,))
    raw.commit()
    raw.close()
    assert agenda(store, NOW) == fresh(store, NOW)


def test_recipients_are_named_on_cold_and_warm_runs(store):
    expected = {(a.key, c.key): c.name for a in store.list_applications() for c in a.contacts}
    for _ in range(2):  # the first run plans, the second reads the stored plans
        built = build_agenda(store, store.get_settings(), NOW)
        wanted = {(a.application, k) for a in built.actions for k in a.to}
        assert wanted and {pair: built.names[pair] for pair in wanted} == {
            pair: expected[pair] for pair in wanted
        }
