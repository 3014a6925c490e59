"""Business-day arithmetic: concrete weeks around US holidays plus properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.schedule.workdays import BusinessCalendar

US_LATE_2026 = {
    date(2026, 11, 26): "Thanksgiving Day",
    date(2026, 12, 25): "Christmas Day",
    date(2027, 1, 1): "New Year's Day",
    date(2027, 1, 18): "Martin Luther King Jr. Day",
}
US = BusinessCalendar(US_LATE_2026, region="US")
PLAIN = BusinessCalendar()

days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
counts = st.integers(min_value=1, max_value=60)
calendars = st.sampled_from([US, PLAIN])


def test_weekends_and_holidays_are_not_business_days():
    assert US.is_business_day(date(2026, 11, 25))  # Wed
    assert not US.is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert US.is_business_day(date(2026, 11, 27))  # the Friday after is a normal working day
    assert not US.is_business_day(date(2026, 11, 28))  # Sat
    assert not US.is_business_day(date(2026, 11, 29))  # Sun
    assert PLAIN.is_business_day(date(2026, 11, 26))


def test_holiday_name():
    assert US.holiday_name(date(2026, 12, 25)) == "Christmas Day"
    assert US.holiday_name(date(2026, 12, 24)) is None
    assert PLAIN.holiday_name(date(2026, 12, 25)) is None


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 11, 20), date(2026, 11, 23)),  # Fri -> Mon
        (date(2026, 11, 21), date(2026, 11, 23)),  # Sat -> Mon
        (date(2026, 11, 25), date(2026, 11, 27)),  # Wed -> skips Thanksgiving -> Fri
        (date(2026, 12, 24), date(2026, 12, 28)),  # Thu -> skips Christmas and the weekend
        (date(2026, 12, 31), date(2027, 1, 4)),  # Thu -> skips New Year and the weekend
    ],
)
def test_next_business_day(start, expected):
    assert US.next_business_day(start) == expected


def test_roll_forward_keeps_a_business_day_and_moves_the_rest():
    assert US.roll_forward(date(2026, 11, 25)) == date(2026, 11, 25)
    assert US.roll_forward(date(2026, 11, 26)) == date(2026, 11, 27)
    assert US.roll_forward(date(2026, 12, 26)) == date(2026, 12, 28)
    assert US.roll_forward(date(2027, 1, 1)) == date(2027, 1, 4)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 11, 24), 2, date(2026, 11, 27)),  # Tue + 2 over Thanksgiving
        (date(2026, 11, 24), 3, date(2026, 11, 30)),
        (date(2026, 11, 20), 5, date(2026, 11, 30)),  # Fri + 5 loses Thu 26 to the holiday
        (date(2026, 12, 22), 3, date(2026, 12, 28)),  # Tue + 3 over Christmas
        (date(2026, 12, 28), 5, date(2027, 1, 5)),  # over New Year
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # start on a Saturday
        (date(2026, 11, 28), 0, date(2026, 11, 30)),  # n == 0 rolls forward
        (date(2026, 11, 30), 0, date(2026, 11, 30)),
    ],
)
def test_add_business_days_concrete(start, n, expected):
    assert US.add_business_days(start, n) == expected


def test_add_business_days_without_holidays_counts_weekends_only():
    assert PLAIN.add_business_days(date(2026, 11, 25), 1) == date(2026, 11, 26)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        US.add_business_days(date(2026, 11, 25), -1)


def test_business_days_between_concrete():
    assert US.business_days_between(date(2026, 11, 20), date(2026, 11, 30)) == 5
    assert US.business_days_between(date(2026, 12, 24), date(2027, 1, 4)) == 5
    assert US.business_days_between(date(2026, 11, 30), date(2026, 11, 30)) == 0
    assert US.business_days_between(date(2026, 11, 30), date(2026, 11, 20)) == 0


def test_equality_and_copy_of_holidays():
    assert BusinessCalendar(US_LATE_2026, region="US") == US
    assert BusinessCalendar(region="US") != US
    copy = US.holidays
    copy.clear()
    assert US.holiday_name(date(2026, 12, 25)) == "Christmas Day"


@given(calendars, days, st.integers(min_value=0, max_value=60))
def test_added_days_are_business_days_after_the_start(cal, d, n):
    result = cal.add_business_days(d, n)
    assert cal.is_business_day(result)
    assert result >= d
    if n >= 1:
        assert result > d


@given(calendars, days, counts, counts)
def test_adding_composes(cal, d, a, b):
    assert cal.add_business_days(d, a + b) == cal.add_business_days(cal.add_business_days(d, a), b)


@given(calendars, days, counts, counts)
def test_adding_is_monotonic(cal, d, a, b):
    low, high = sorted((a, b))
    assert cal.add_business_days(d, low) <= cal.add_business_days(d, high)


@given(calendars, days, st.integers(min_value=0, max_value=60))
def test_between_inverts_adding(cal, d, n):
    result = cal.add_business_days(d, n)
    # n == 0 only rolls forward, which crosses one business day when d was not one.
    expected = n if n >= 1 else int(result > d)
    assert cal.business_days_between(d, result) == expected


@given(calendars, days, st.integers(min_value=0, max_value=400))
def test_between_matches_a_day_by_day_count(cal, start, span):
    end = start + timedelta(days=span)
    slow = sum(cal.is_business_day(start + timedelta(days=i)) for i in range(1, span + 1))
    assert cal.business_days_between(start, end) == slow


@given(calendars, days)
def test_next_business_day_is_the_first_one_after(cal, d):
    nxt = cal.next_business_day(d)
    assert nxt > d
    assert cal.is_business_day(nxt)
    assert all(not cal.is_business_day(d + timedelta(days=i)) for i in range(1, (nxt - d).days))


@given(calendars, days)
def test_roll_forward_is_idempotent(cal, d):
    rolled = cal.roll_forward(d)
    assert cal.roll_forward(rolled) == rolled
    assert rolled >= d
