"""Recording what happened: contacts, interviews, debriefs, messages and replies."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.errors import ConflictError, InputError, NotFoundError
from followup.model import AppStatus, ReplyKind, Stage
from followup.tracking import (
    add_contact,
    apply_debrief,
    clean_line,
    log_interview,
    new_application,
    parse_contact,
    record_reply,
    require_interview,
)

NY = ZoneInfo("America/New_York")


def app_with_dana():
    app = new_application("Northwind Analytics", "Senior Data Analyst", None, [])
    add_contact(app, parse_contact("Dana Whitfield <dana@northwind.example> (Analytics Manager)"))
    return app


def test_keys_come_from_company_and_role_and_stay_unique():
    assert (
        new_application("Northwind Analytics", "Data Analyst", None, []).key
        == "northwind-analytics-data-analyst"
    )
    taken = ["northwind-analytics-data-analyst"]
    assert new_application("Northwind Analytics", "Data Analyst", None, taken).key.endswith("-2")
    with pytest.raises(ConflictError):
        new_application("A", "B", "taken", ["taken"])


def test_contact_specs():
    dana = parse_contact("Dana Whitfield <dana@northwind.example> (Analytics Manager)")
    assert (dana.key, dana.name, dana.email, dana.title) == (
        "dana",
        "Dana Whitfield",
        "dana@northwind.example",
        "Analytics Manager",
    )
    assert parse_contact("Zoë O'Brien").name == "Zoë O'Brien"
    assert parse_contact("Dana Other", taken=["dana"]).key == "dana-2"
    with pytest.raises(InputError):
        parse_contact("<only@email.example>")


@given(st.text())
def test_clean_line_never_keeps_a_line_break(text):
    assert "\n" not in clean_line(text) and "\r" not in clean_line(text)


def test_interviews_need_known_contacts_and_an_aware_time():
    app = app_with_dana()
    when = datetime(2026, 11, 10, 10, tzinfo=NY)
    with pytest.raises(NotFoundError, match="dana"):
        log_interview(app, Stage.FIRST_ROUND, when, 45, ["zed"])
    with pytest.raises(InputError):
        log_interview(app, Stage.FIRST_ROUND, when.replace(tzinfo=None), 45, ["dana"])
    with pytest.raises(InputError):
        log_interview(app, Stage.FIRST_ROUND, when, 0, ["dana"])
    assert log_interview(app, Stage.FIRST_ROUND, when, 45, ["dana"]).key == "r1"
    assert log_interview(app, Stage.SECOND_ROUND, when, 45, ["dana"]).key == "r2"
    assert require_interview(app, None).key in {"r1", "r2"}


def test_debrief_merges_without_duplicates_and_resets_a_correction():
    app = app_with_dana()
    interview = log_interview(app, Stage.FIRST_ROUND, datetime(2026, 11, 10, 10, tzinfo=NY), 45, [])
    interview.decision_date = datetime(2026, 11, 20).date()
    apply_debrief(
        app, interview, {"dana": ["dbt", "dbt"]}, timeline="in two weeks", questions=["Why us?"]
    )
    apply_debrief(app, interview, {"dana": ["dbt", "Looker"]})
    assert interview.topics == {"dana": ["dbt", "Looker"]}
    assert interview.interviewers == ["dana"]
    assert interview.timeline == "in two weeks" and interview.decision_date is None


def test_replies_are_classified_and_move_the_status():
    app = app_with_dana()
    when = datetime(2026, 11, 24, 11, tzinfo=NY)
    reply = record_reply(
        app, "dana", when, "We have decided to move forward with another candidate."
    )
    assert reply.kind is ReplyKind.REJECTION and app.status is AppStatus.REJECTED
    other = app_with_dana()
    record_reply(other, "dana", when, "Anything", kind=ReplyKind.OFFER)
    assert other.status is AppStatus.OFFER


def test_keys_for_accented_and_non_latin_names():
    assert parse_contact("Zoë O'Brien").key == "zoe"
    assert parse_contact("王芳 <wang@x.example>").key == "contact"
