"""The timeline grammar: a table of phrases and dates, then properties on arbitrary text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.errors import TimelineError
from followup.schedule.timelines import parse_timeline
from followup.schedule.workdays import BusinessCalendar

CAL = BusinessCalendar(
    {
        date(2026, 11, 26): "Thanksgiving Day",
        date(2026, 12, 25): "Christmas Day",
        date(2027, 1, 1): "New Year's Day",
    },
    region="US",
)

MON = date(2026, 11, 9)
FRI = date(2026, 11, 13)
SAT = date(2026, 11, 14)
SUN = date(2026, 11, 15)
LATE_DEC = date(2026, 12, 28)  # a Monday
JAN_31 = date(2027, 1, 31)  # a Sunday

TABLE = [
    # weekdays
    (MON, "by Friday", date(2026, 11, 13)),
    (MON, "Friday", date(2026, 11, 13)),
    (MON, "by next Friday", date(2026, 11, 20)),  # the following calendar week: 11 days on
    (MON, "friday next week", date(2026, 11, 20)),
    (MON, "Monday", date(2026, 11, 16)),  # a bare weekday is strictly after said_on
    (MON, "by Mon", date(2026, 11, 16)),
    (MON, "end of day Thursday", date(2026, 11, 12)),
    (MON, "by Wed.", date(2026, 11, 11)),
    (FRI, "by Friday", date(2026, 11, 20)),  # said on a Friday: the Friday after
    (FRI, "next Friday", date(2026, 11, 20)),
    (SAT, "Monday", date(2026, 11, 16)),
    (SAT, "next Monday", date(2026, 11, 16)),  # Saturday belongs to the week of the 9th
    (SUN, "by next Friday", date(2026, 11, 20)),
    # weeks
    (MON, "by the end of next week", date(2026, 11, 20)),
    (MON, "end of the week", date(2026, 11, 13)),
    (MON, "end of this week", date(2026, 11, 13)),
    (MON, "by end of week", date(2026, 11, 13)),
    (MON, "next week", date(2026, 11, 20)),
    (MON, "early next week", date(2026, 11, 17)),
    (FRI, "end of this week", date(2026, 11, 13)),  # the same day
    (FRI, "next week", date(2026, 11, 20)),
    (SAT, "end of the week", date(2026, 11, 20)),  # weekend: the coming Friday
    (SUN, "end of this week", date(2026, 11, 20)),
    (SUN, "next week", date(2026, 11, 20)),
    (LATE_DEC, "next week", date(2027, 1, 8)),
    # durations
    (MON, "in two weeks", date(2026, 11, 23)),
    (MON, "in a couple of weeks", date(2026, 11, 23)),
    (MON, "in a few days", date(2026, 11, 12)),
    (MON, "within 10 days", date(2026, 11, 19)),
    (MON, "in 3 days", date(2026, 11, 12)),
    (MON, "within twelve days", date(2026, 11, 21)),
    (MON, "within 3-5 business days", date(2026, 11, 16)),
    (MON, "within 5 working days", date(2026, 11, 16)),
    (MON, "in a week", date(2026, 11, 16)),
    (MON, "in 2-3 weeks", date(2026, 11, 30)),
    (MON, "in 2 to 3 weeks", date(2026, 11, 30)),
    (MON, "in a week or two", date(2026, 11, 23)),
    (MON, "within a fortnight", date(2026, 11, 23)),
    (MON, "In Three Weeks.", date(2026, 11, 30)),
    (MON, "in a month", date(2026, 12, 9)),
    (MON, "within the next 48 hours", date(2026, 11, 11)),
    (MON, "in 36 hours", date(2026, 11, 11)),  # partial days round up
    (MON, "another week", date(2026, 11, 16)),
    (FRI, "3 business days", date(2026, 11, 18)),
    (date(2026, 11, 24), "2 business days", date(2026, 11, 27)),  # skips Thanksgiving only
    (LATE_DEC, "within 5 business days", date(2027, 1, 5)),  # skips New Year's Day
    (JAN_31, "in a month", date(2027, 2, 28)),
    # months
    (MON, "by the end of the month", date(2026, 11, 30)),
    (MON, "end of next month", date(2026, 12, 31)),
    (MON, "early next month", date(2026, 12, 10)),
    (MON, "mid next month", date(2026, 12, 15)),
    (MON, "mid-December", date(2026, 12, 15)),
    (MON, "next month", date(2026, 12, 31)),
    (MON, "late December", date(2026, 12, 31)),
    (MON, "early January", date(2027, 1, 10)),
    (MON, "sometime in February", date(2027, 2, 28)),
    (MON, "by January", date(2027, 1, 1)),  # the month's start
    (MON, "until November", date(2026, 11, 30)),  # said in that month: its end
    (LATE_DEC, "end of next month", date(2027, 1, 31)),
    (LATE_DEC, "end of the year", date(2026, 12, 31)),
    (LATE_DEC, "mid-December", date(2027, 12, 15)),  # already past: next year's
    (JAN_31, "end of next month", date(2027, 2, 28)),
    (JAN_31, "end of the month", date(2027, 1, 31)),
    (JAN_31, "early next month", date(2027, 2, 10)),
    (date(2028, 1, 31), "end of next month", date(2028, 2, 29)),
    (MON, "by mid-month", date(2026, 11, 15)),
    (date(2026, 11, 20), "by mid-month", date(2026, 12, 15)),  # past the 15th: next month's
    (MON, "first week of December", date(2026, 12, 7)),
    (MON, "last week of January", date(2027, 1, 31)),
    (MON, "the first week of next month", date(2026, 12, 7)),
    (date(2026, 11, 2), "first week of the month", date(2026, 11, 7)),
    (MON, "by the end of the quarter", date(2026, 12, 31)),
    (MON, "next quarter", date(2027, 3, 31)),
    (MON, "end of Q1", date(2027, 3, 31)),
    # dates
    (MON, "by December 4", date(2026, 12, 4)),
    (MON, "by Dec 4th", date(2026, 12, 4)),
    (MON, "4 December", date(2026, 12, 4)),
    (MON, "the 4th of December", date(2026, 12, 4)),
    (MON, "December 4, 2026", date(2026, 12, 4)),
    (MON, "12/4", date(2026, 12, 4)),
    (MON, "12/04/2026", date(2026, 12, 4)),
    (MON, "2026-12-04", date(2026, 12, 4)),
    (MON, "by the 4th", date(2026, 12, 4)),
    (MON, "by the 9th", date(2026, 11, 9)),  # on or after said_on: the same day
    (MON, "by the 20th", date(2026, 11, 20)),
    (LATE_DEC, "by Jan 8", date(2027, 1, 8)),
    (LATE_DEC, "12/4", date(2027, 12, 4)),  # already past: next year
    (LATE_DEC, "by the 4th", date(2027, 1, 4)),
    (date(2027, 1, 31), "by the 30th", date(2027, 3, 30)),  # February has no 30th
    # holidays
    (MON, "after the holidays", date(2027, 1, 4)),  # Jan 2 2027 is a Saturday
    (LATE_DEC, "after the holidays", date(2027, 1, 4)),
    (JAN_31, "after the holidays", date(2027, 2, 14)),  # not Nov/Dec: 14 days on
    (MON, "after Thanksgiving", date(2026, 11, 30)),
    (date(2026, 11, 27), "after Thanksgiving", date(2027, 11, 29)),  # next year's
    (MON, "after the new year", date(2027, 1, 4)),
    (MON, "after Christmas", date(2026, 12, 28)),
    # days
    (MON, "tomorrow", date(2026, 11, 10)),
    (MON, "end of day", date(2026, 11, 9)),
    # embedded and decorated
    (MON, "We hope to make a decision by the end of next week.", date(2026, 11, 20)),
    (MON, "We'll decide by Friday!", date(2026, 11, 13)),
    (MON, "we will get back to you in two weeks", date(2026, 11, 23)),
    (MON, "Expect to hear from us within a few days.", date(2026, 11, 12)),
    (MON, "We will decide by the end of the month, hopefully sooner.", date(2026, 11, 30)),
    (MON, "  BY NEXT FRIDAY  ", date(2026, 11, 20)),
    (MON, "by the end\u2011of\u2011next\u2011week", date(2026, 11, 20)),
]


@pytest.mark.parametrize(("said_on", "phrase", "expected"), TABLE)
def test_phrase_table(said_on, phrase, expected):
    reading = parse_timeline(phrase, said_on, CAL)
    assert reading.decision_date == expected
    assert expected.isoformat() in reading.reading
    assert "\n" not in reading.reading


def test_the_table_is_large_enough():
    assert len(TABLE) >= 40


def test_without_a_calendar_business_days_skip_weekends_only():
    said = date(2026, 11, 24)
    assert parse_timeline("2 business days", said).decision_date == date(2026, 11, 26)
    assert parse_timeline("2 business days", said, CAL).decision_date == date(2026, 11, 27)


def test_reading_names_the_phrase_and_the_weekday():
    reading = parse_timeline("by the end of next week", MON)
    assert reading.reading.startswith("end of next week -> Fri 2026-11-20")


def test_after_the_holidays_says_which_reading():
    assert "January 2" in parse_timeline("after the holidays", MON).reading
    assert "14 days" in parse_timeline("after the holidays", JAN_31).reading


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "   ",
        "xyz",
        "soon",
        "ASAP",
        "we will be in touch",
        "in 999 weeks",
        "within 500 days",
        "2020-01-01",
        "2026-02-30",
        "13/45",
        "by the 45th",
        "a" * 1000,
        "'; DROP TABLE applications; --",
        "\x00\x01\x02",
    ],
)
def test_unreadable_phrases_raise_timeline_error(phrase):
    with pytest.raises(TimelineError) as caught:
        parse_timeline(phrase, MON)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 300
    assert "followup timeline" in message


def test_unknown_message_names_the_phrase_and_suggests_forms():
    with pytest.raises(TimelineError, match=r"could not read the timeline 'xyz': try a phrase"):
        parse_timeline("xyz", MON)


def test_timeline_error_is_an_input_error():
    from followup.errors import InputError

    assert issubclass(TimelineError, InputError)


said_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(st.text(max_size=120), said_days)
def test_arbitrary_text_only_ever_raises_timeline_error(text, said_on):
    try:
        reading = parse_timeline(text, said_on, CAL)
    except TimelineError:
        return
    assert reading.decision_date >= said_on


@given(st.text(max_size=40), st.dates())
def test_extreme_dates_only_ever_raise_timeline_error(text, said_on):
    try:
        reading = parse_timeline(text + " next month", said_on)
    except TimelineError:
        return
    assert reading.decision_date >= said_on


WORDS = st.sampled_from(
    ["by", "next", "end", "of", "the", "week", "month", "friday", "in", "within", "a", "few",
     "couple", "days", "business", "2-3", "12/4", "dec", "4th", "mid", "early", "after",
     "holidays", "new", "year", "two", "weeks", "13", "0", "31", "feb", "29", "-", "/"]
)  # fmt: skip


@given(st.lists(WORDS, max_size=8).map(" ".join), said_days)
def test_grammar_words_in_any_order_are_safe(text, said_on):
    try:
        reading = parse_timeline(text, said_on, CAL)
    except TimelineError:
        return
    assert reading.decision_date >= said_on
    assert (reading.decision_date - said_on).days <= 4 * 366  # Feb 29 may be years off


@given(said_days, st.integers(min_value=0, max_value=52))
def test_in_n_weeks_is_seven_n_days(said_on, n):
    reading = parse_timeline(f"in {n} weeks", said_on)
    assert (reading.decision_date - said_on).days == 7 * n


@given(said_days, st.integers(min_value=1, max_value=60))
def test_business_days_land_on_business_days(said_on, n):
    reading = parse_timeline(f"within {n} business days", said_on, CAL)
    assert CAL.is_business_day(reading.decision_date)
    assert CAL.business_days_between(said_on, reading.decision_date) == n


@given(said_days, st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday"]))
def test_by_weekday_is_within_the_next_seven_days(said_on, weekday):
    reading = parse_timeline(f"by {weekday}", said_on)
    assert 1 <= (reading.decision_date - said_on).days <= 7
    assert reading.decision_date.strftime("%A").lower() == weekday


@given(said_days, st.sampled_from(["monday", "tuesday", "wednesday", "thursday", "friday"]))
def test_next_weekday_is_in_the_following_calendar_week(said_on, weekday):
    reading = parse_timeline(f"next {weekday}", said_on)
    said_week = said_on.isocalendar()
    decided_week = reading.decision_date.isocalendar()
    assert (reading.decision_date - said_on).days <= 13
    assert decided_week[:2] != said_week[:2]
    assert (reading.decision_date.toordinal() - said_on.toordinal() + said_on.weekday()) // 7 == 1


@given(said_days)
def test_month_end_phrases_end_a_month(said_on):
    this_end = parse_timeline("end of the month", said_on).decision_date
    next_end = parse_timeline("end of next month", said_on).decision_date
    assert (this_end.year, this_end.month) == (said_on.year, said_on.month)
    assert next_end.month == said_on.month % 12 + 1
    for d in (this_end, next_end):
        assert (d + timedelta(days=1)).day == 1
