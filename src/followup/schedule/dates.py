"""Calendar arithmetic the timeline grammar needs: month ends, weekdays, fixed holidays."""

from __future__ import annotations

from datetime import date, timedelta

from followup.schedule.workdays import BusinessCalendar


def day_label(d: date) -> str:
    return d.strftime("%a %Y-%m-%d")


def days_in(year: int, month: int) -> int:
    # Not calendar.monthrange: importing `calendar` costs the agenda a few milliseconds.
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def last_day(year: int, month: int) -> date:
    return date(year, month, days_in(year, month))


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, days_in(year, month + 1)))


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def next_weekday_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday() - 1) % 7 + 1)


def this_friday(d: date) -> date:
    return next_weekday_after(d, 4) if d.weekday() > 4 else d + timedelta(days=4 - d.weekday())


def next_month_start(d: date) -> date:
    return add_months(d.replace(day=1), 1)


def date_on_or_after(said_on: date, month: int, day: int, year: int | None) -> date:
    if year is not None:
        return date(year, month, day)
    # Feb 29 may be missing this year; walk forward to a year that has it.
    for candidate_year in range(said_on.year, said_on.year + 9):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate >= said_on:
            return candidate
    raise ValueError(f"no {month}/{day} ahead")


def first_business_day_from_jan2(year: int, cal: BusinessCalendar) -> date:
    return cal.roll_forward(date(year, 1, 2))


def thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
