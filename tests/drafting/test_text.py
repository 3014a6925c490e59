"""Text helpers: header safety, stable choices, paragraph tidying, dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from followup.drafting.details import as_clause
from followup.drafting.render import OFFER_THINKING_DAYS, render_draft
from followup.drafting.text import join_names, long_day, one_line, stable_index, tidy_body
from followup.model import MessageKind, ReplyKind
from followup.schedule.workdays import BusinessCalendar


@given(st.text())
def test_one_line_never_keeps_a_line_break(text):
    cleaned = one_line(text)
    assert "\n" not in cleaned and "\r" not in cleaned
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in cleaned)
    assert cleaned == cleaned.strip()


@given(st.text(), st.integers(min_value=1, max_value=50))
def test_stable_index_is_in_range_and_repeatable(seed, count):
    index = stable_index(seed, count)
    assert 0 <= index < count
    assert stable_index(seed, count) == index


def test_stable_index_spreads_over_choices():
    seen = {stable_index(f"app-{n}|thanks", 4) for n in range(40)}
    assert seen == {0, 1, 2, 3}


def test_tidy_body_joins_sentence_lines_but_keeps_greeting_and_sign_off():
    text = "\n\nHi Dana,\n\nFirst one.\n  Second one.\n\n\n\nBest regards,\nJordan\n"
    assert tidy_body(text) == "Hi Dana,\n\nFirst one. Second one.\n\nBest regards,\nJordan"


def test_tidy_body_keeps_list_items_and_fixes_spacing():
    assert tidy_body("Points:\n- one\n- two") == "Points:\n- one\n- two"
    assert tidy_body("A  word , then .") == "A word, then."


def test_join_names():
    assert join_names([]) == ""
    assert join_names(["Priya"]) == "Priya"
    assert join_names(["Priya", "Sam"]) == "Priya and Sam"
    assert join_names(["Priya", "Sam", "Lee"]) == "Priya, Sam and Lee"


def test_long_day_has_no_leading_zero():
    assert long_day(date(2026, 12, 4)) == "Friday, December 4"


def test_strengths_read_as_clauses():
    assert as_clause("rebuilt a pipeline.") == "I rebuilt a pipeline"
    assert as_clause("Led a team of five") == "I led a team of five"
    assert as_clause("I ran the on-call rota") == "I ran the on-call rota"
    assert as_clause("five years of SQL") == "I bring five years of SQL"
    assert as_clause("") == ""


@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    st.sets(st.dates(min_value=date(2024, 1, 1), max_value=date(2031, 1, 31)), max_size=20),
)
def test_offer_time_always_names_a_later_business_day(day, holidays):
    from zoneinfo import ZoneInfo

    from followup.model import Application, Contact, Reply, Settings

    zone = ZoneInfo("America/New_York")
    now = datetime(day.year, day.month, day.day, 12, tzinfo=zone)
    app = Application(
        "acme", "Acme", "Analyst", contacts=[Contact("dana", "Dana Whitfield", email="d@a.example")]
    )
    app.replies = [
        Reply("dana", now - timedelta(hours=2), "We'd like to offer you", ReplyKind.OFFER)
    ]
    calendar = BusinessCalendar(dict.fromkeys(holidays, "holiday"))
    draft = render_draft(app, MessageKind.OFFER_TIME, Settings(), now, calendar=calendar)
    expected = calendar.add_business_days(day, OFFER_THINKING_DAYS)
    assert calendar.is_business_day(expected) and expected > day
    assert long_day(expected) in draft.body
