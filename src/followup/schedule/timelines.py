"""Read a stated decision timeline ("by the end of next week") as the date it ends on.

The grammar is small, pure and documented in docs/timelines.md, which lists every reading;
keep the two in step. Every reading is relative to `said_on`, the day the timeline was stated
(normally the interview day), and gives the LAST day the employer said they would decide by.

Rules are tried from the most specific to the least, so a phrase embedded in a sentence
("We hope to decide by the end of next week.") is found wherever it sits. Each rule also
names words its pattern cannot match without; a rule whose words are absent is skipped
without compiling its pattern, so a draft or agenda compiles the few patterns it needs
(compiling all of them cost more than the rest of reading a timeline).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from followup.errors import TimelineError
from followup.record import FrozenRecord
from followup.schedule.dates import (
    add_months,
    date_on_or_after,
    day_label,
    days_in,
    first_business_day_from_jan2,
    last_day,
    monday_of,
    next_month_start,
    next_weekday_after,
    thanksgiving,
    this_friday,
)
from followup.schedule.workdays import BusinessCalendar

MAX_TEXT_LENGTH = 400
# Employers do not announce decisions years out; bigger numbers are typos or hostile input.
MAX_DAYS_AHEAD = 400

_HINT = (
    "try a phrase such as 'by Friday', 'in two weeks', 'by December 4' "
    "or set the date with `followup timeline KEY DATE`"
)


class TimelineReading(FrozenRecord):
    """The decision date a timeline gives and how it was read."""

    _fields = ("decision_date", "reading")
    decision_date: date  # the last day the employer said they would decide by
    reading: str  # one line, e.g. "end of next week -> Fri 2026-11-20"

    def __init__(self, decision_date: date, reading: str) -> None:
        self._set(decision_date=decision_date, reading=reading)


_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30,
}  # fmt: skip


def _alternation(words: dict[str, int]) -> str:
    # Longest first so "tues" wins over "tue" and "september" over "sep".
    return "|".join(sorted(words, key=len, reverse=True))


_WD = rf"(?P<wd>{_alternation(_WEEKDAYS)})"
_MON = rf"(?P<mon>{_alternation(_MONTHS)})"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:\s(?P<year>[0-9]{4}))?"
_UNIT = r"(?P<biz>business |working |work )?(?P<unit>hour|day|week|month)s?"
_RANGE = r"(?P<lo>[0-9]{1,4})(?:\s?(?:-|to|or)\s?(?P<hi>[0-9]{1,4}))?"


_KEPT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789/- ")


def _normalize(text: str) -> str:
    """Lowercase, plain punctuation, number words as digits, single spaces."""
    s = text.lower().replace("\u2019", "").replace("'", "")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    # Each substitution runs (and its pattern compiles) only when its words are present;
    # most phrases need none of them.
    if not _KEPT.issuperset(s):
        s = "".join(ch if ch in _KEPT else " " for ch in s)  # as re.sub(r"[^a-z0-9/\- ]", " ")
    if "-" in s:
        s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)  # "mid-december", "end-of-week"
    s = " ".join(s.split())  # only spaces are left, so this is re.sub(r"\s+", " ").strip()
    if "fortnight" in s:
        s = re.sub(r"\bfortnight\b", "2 weeks", s)
    if any(word in s for word in _NUMBER_WORDS):
        words = rf"\b({_alternation(_NUMBER_WORDS)})\b"
        s = re.sub(words, lambda m: str(_NUMBER_WORDS[m[1]]), s)
    if "couple" in s:
        s = re.sub(r"\b(?:a )?couple(?: of)?\b", "2", s)
    if "few" in s:
        s = re.sub(r"\ba few\b|\bfew\b", "3", s)
    if "a " in s or "an " in s or "another " in s:
        unit = r"(?=(?:business |working |work )?(?:day|week|month)s?\b)"
        s = re.sub(rf"\b(?:a|an|another)\s{unit}", "1 ", s)
    if " or " in s:
        # "a week or two" -> "1 or 2 weeks" so the range rule sees both bounds.
        s = re.sub(r"\b([0-9]{1,4}) (day|week|month)s? or ([0-9]{1,4})\b", r"\1 or \3 \2s", s)
    return s


_Result = tuple[date, str]
_Rule = Callable[[re.Match[str], date, BusinessCalendar], _Result]
#: Words that any match of a rule contains: a tuple means one of them, a list all of those.
_Needs = tuple[str, ...] | list[tuple[str, ...]]
_RULES: list[tuple[str, list[tuple[str, ...]], _Rule]] = []

_DIGIT = tuple("0123456789")
# Every spelling in _MONTHS and _WEEKDAYS contains one of these.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _rule(pattern: str, needs: _Needs) -> Callable[[_Rule], _Rule]:
    def register(func: _Rule) -> _Rule:
        _RULES.append((pattern, needs if isinstance(needs, list) else [needs], func))
        return func

    return register


def _candidates(normalized: str) -> Iterator[tuple[re.Pattern[str], _Rule]]:
    """The rules, in order, whose words `normalized` holds; patterns compile here, once."""
    for pattern, needs, handler in _RULES:
        if all(any(word in normalized for word in group) for group in needs):
            yield re.compile(pattern), handler  # re keeps compiled patterns for reuse


@_rule(r"\b(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})\b", ("-",))
def _iso(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return date(int(m["year"]), int(m["month"]), int(m["day"])), "the date given"


@_rule(
    r"(?<![0-9/])(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})(?:/(?P<year>[0-9]{2}|[0-9]{4}))?\b",
    ("/",),
)
def _us_numeric(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    year = int(m["year"]) if m["year"] else None
    if year is not None and year < 100:
        year += 2000
    d = date_on_or_after(said_on, int(m["month"]), int(m["day"]), year)
    return d, "month/day (US order)"


@_rule(rf"\b{_MON} (?:the )?{_DAY}{_YEAR}\b", [_DIGIT, _MONTH_STEMS])
@_rule(rf"\b{_DAY} (?:of )?{_MON}{_YEAR}\b", [_DIGIT, _MONTH_STEMS])
def _month_day(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    year = int(m["year"]) if m["year"] else None
    d = date_on_or_after(said_on, _MONTHS[m["mon"]], int(m["day"]), year)
    return d, "the date given" if year else "the next such date"


@_rule(
    r"\bafter (?:the )?(?P<what>holidays|holiday season|new year|thanksgiving|christmas)\b",
    ("after ",),
)
def _after_holiday(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    what = m["what"]
    if what in ("holidays", "holiday season"):
        if said_on.month >= 11:
            d = first_business_day_from_jan2(said_on.year + 1, cal)
            return d, "said in Nov/Dec, so the first business day from January 2"
        return said_on + timedelta(days=14), "said outside Nov/Dec, so 14 days on"
    if what == "new year":
        year = said_on.year if said_on < date(said_on.year, 1, 2) else said_on.year + 1
        return first_business_day_from_jan2(year, cal), "the first business day from January 2"
    if what == "thanksgiving":
        day = thanksgiving(said_on.year)
        if said_on >= day:
            day = thanksgiving(said_on.year + 1)
        return cal.roll_forward(day + timedelta(days=4)), "the Monday after US Thanksgiving"
    christmas = date(said_on.year, 12, 25)
    if said_on >= christmas:
        christmas = date(said_on.year + 1, 12, 25)
    return cal.next_business_day(christmas), "the first business day after December 25"


@_rule(r"\b(?:mid|middle of the|middle of) month\b", (" month",))
def _mid_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    if said_on.day <= 15:
        return said_on.replace(day=15), "the 15th of this month"
    return next_month_start(said_on).replace(day=15), "past the 15th, so next month's"


@_rule(r"\bfirst week of (?P<which>the |this |next )?month\b", ("first week of ",))
def _first_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    if m["which"] != "next " and said_on.day <= 7:
        return said_on.replace(day=7), "the first week of this month ends on the 7th"
    return next_month_start(said_on).replace(day=7), "the first week of next month ends on the 7th"


@_rule(rf"\b(?P<which>first|last) week of (?:the )?{_MON}\b", [(" week of ",), _MONTH_STEMS])
def _week_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    month = _MONTHS[m["mon"]]
    for year in (said_on.year, said_on.year + 1):
        day = 7 if m["which"] == "first" else days_in(year, month)
        if date(year, month, day) >= said_on:
            note = "ends on the 7th" if m["which"] == "first" else "ends with the month"
            return date(year, month, day), f"the {m['which']} week {note}"
    raise ValueError(month)  # unreachable: next year's month is always ahead


@_rule(r"\bend of (?:the |this )?month\b|\bmonth end\b", ("month",))
def _month_end(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return last_day(said_on.year, said_on.month), "the last day of this month"


@_rule(r"\b(?P<when>early|mid|middle of|late) next month\b", (" next month",))
def _part_of_next_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    start = next_month_start(said_on)
    when = m["when"]
    if when == "early":
        return start.replace(day=10), "early next month = the 10th"
    if when == "late":
        return last_day(start.year, start.month), "late next month = its last day"
    return start.replace(day=15), "mid next month = the 15th"


@_rule(r"\bend of next month\b|\bnext month\b", ("next month",))
def _next_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    start = next_month_start(said_on)
    return last_day(start.year, start.month), "the last day of next month"


@_rule(
    rf"\b(?P<when>early|mid|middle of|late|end of|in|by|until|before) (?:the )?{_MON}\b(?! [0-9])",
    _MONTH_STEMS,
)
def _part_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    month = _MONTHS[m["mon"]]
    when = m["when"]
    if when in ("by", "until", "before"):
        if month == said_on.month:
            return last_day(said_on.year, month), "said in that month, so its last day"
        day, note = 1, "the first day of that month"
    elif when == "early":
        day, note = 10, "early in the month = the 10th"
    elif when in ("mid", "middle of"):
        day, note = 15, "mid-month = the 15th"
    else:
        day, note = 31, "the last day of that month"
    for year in (said_on.year, said_on.year + 1):
        candidate = date(year, month, min(day, days_in(year, month)))
        if candidate >= said_on:
            return candidate, note
    raise ValueError(month)  # unreachable: next year's month is always ahead


@_rule(r"\b(?P<next>next |following )?quarter\b|\bq(?P<q>[1-4])\b", ("q",))
def _quarter(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    this_quarter = (said_on.month - 1) // 3 + 1
    if m["q"]:
        quarter = int(m["q"])
        year = said_on.year if quarter >= this_quarter else said_on.year + 1
    else:
        quarter = this_quarter + (1 if m["next"] else 0)
        year = said_on.year + (quarter - 1) // 4
        quarter = (quarter - 1) % 4 + 1
    return last_day(year, quarter * 3), f"the last day of Q{quarter} {year}"


@_rule(r"\bend of (?:the |this )?year\b|\byear end\b", ("year",))
def _year_end(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return date(said_on.year, 12, 31), "December 31"


@_rule(rf"\bnext (?:week )?{_WD}\b", [("next ",), _WEEKDAY_STEMS])
@_rule(rf"\b{_WD} (?:of )?next week\b", [(" next week",), _WEEKDAY_STEMS])
def _next_weekday(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    weekday = _WEEKDAYS[m["wd"]]
    return monday_of(said_on) + timedelta(days=7 + weekday), "that day in the following week"


@_rule(r"\bearly next week\b", ("early next week",))
def _early_next_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return monday_of(said_on) + timedelta(days=8), "the Tuesday of next week"


@_rule(r"\b(?:end of )?next week\b|\bby next week\b", ("next week",))
def _next_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return monday_of(said_on) + timedelta(days=11), "the Friday of next week"


@_rule(r"\bend of (?:the |this )?(?:work )?week\b|\bthis week\b|\bweek end\b", ("week",))
def _this_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    note = "the coming Friday" if said_on.weekday() > 4 else "the Friday of this week"
    return this_friday(said_on), note


@_rule(rf"\b{_RANGE} (?:more |extra |additional )?{_UNIT}\b", _DIGIT)
def _duration(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    count = int(m["hi"] or m["lo"])
    unit = m["unit"]
    ranged = " (upper bound)" if m["hi"] else ""
    if unit == "month":
        if count > 12:
            raise _TooFar
        return add_months(said_on, count), f"{count} month(s) on{ranged}"
    if m["biz"] and unit == "day":
        if count > 260:
            raise _TooFar
        return cal.add_business_days(said_on, count), f"{count} business days on{ranged}"
    if unit == "hour":
        days = -(-count // 24)  # round up: "48 hours" is two days, "36 hours" too
        if days > MAX_DAYS_AHEAD:
            raise _TooFar
        return said_on + timedelta(days=days), f"{count} hours, so {days} day(s) on"
    days = count * (7 if unit == "week" else 1)
    if days > MAX_DAYS_AHEAD:
        raise _TooFar
    return said_on + timedelta(days=days), f"{days} days on{ranged}"


@_rule(rf"\b{_WD}\b", _WEEKDAY_STEMS)
def _weekday(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return next_weekday_after(said_on, _WEEKDAYS[m["wd"]]), "the next such day after"


@_rule(r"\bthe (?P<day>[0-9]{1,2})(?:st|nd|rd|th)\b", [("the ",), _DIGIT])
def _day_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    day = int(m["day"])
    if not 1 <= day <= 31:
        raise ValueError(day)
    month_start = said_on.replace(day=1)
    for step in range(3):
        start = add_months(month_start, step)
        if day <= days_in(start.year, start.month):
            candidate = start.replace(day=day)
            if candidate >= said_on:
                return candidate, "the next such day of a month"
    raise ValueError(day)


@_rule(r"\btomorrow\b", ("tomorrow",))
def _tomorrow(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return said_on + timedelta(days=1), "the next day"


@_rule(
    r"\btoday\b|\bend of (?:the )?(?:business )?day\b|\beod\b|\bcob\b|\btonight\b",
    ("day", "eod", "cob", "tonight"),
)
def _today(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return said_on, "the same day"


class _TooFar(Exception):
    """A duration beyond MAX_DAYS_AHEAD."""


def parse_timeline(
    text: str, said_on: date, calendar: BusinessCalendar | None = None
) -> TimelineReading:
    """Read `text`, stated on `said_on`, as the last day of the decision window."""
    shown = text.strip()[:60] + ("..." if len(text.strip()) > 60 else "")
    unreadable = TimelineError(f"could not read the timeline {shown!r}: {_HINT}")
    if not text.strip() or len(text) > MAX_TEXT_LENGTH:
        raise unreadable
    cal = calendar or BusinessCalendar()
    normalized = _normalize(text)
    for pattern, handler in _candidates(normalized):
        match = pattern.search(normalized)
        if match is None:
            continue
        try:
            decision, note = handler(match, said_on, cal)
        except _TooFar:
            raise TimelineError(
                f"the timeline {shown!r} is more than a year away: {_HINT}"
            ) from None
        except (ValueError, OverflowError):
            raise unreadable from None
        if decision < said_on:
            raise TimelineError(
                f"the timeline {shown!r} gives {day_label(decision)}, before it was said "
                f"({day_label(said_on)}): set the date with `followup timeline KEY DATE`"
            )
        return TimelineReading(decision, f"{match[0]} -> {day_label(decision)} ({note})")
    raise unreadable
