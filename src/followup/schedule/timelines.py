"""Read a stated decision timeline ("by the end of next week") as the date it ends on.

The grammar is small, pure and documented; every reading is relative to `said_on`, the day
the timeline was stated (normally the interview day). The result is the LAST day the employer
said they would decide by. Readings (also in docs/timelines.md):

- A bare weekday, "by <weekday>", "this <weekday>" or "end of day <weekday>" is the next such
  day strictly after said_on: said on a Friday, "by Friday" is the Friday a week later.
- "next <weekday>" (or "<weekday> next week") is that weekday in the following Monday-Sunday
  week. Said on Monday 2026-11-09, "next Friday" is Fri 2026-11-20 (11 days on), not the 13th.
- "end of (this) week" / "end of week" / "this week" is the Friday of said_on's week, or the
  coming Friday when said on a weekend. "next week" and "end of next week" are the Friday of
  the following week; "early next week" is its Tuesday.
- "in N weeks" is said_on + 7N days, "in/within N days" is said_on + N days, "in N months"
  is the same day N months on (clamped to the month's end). "N business/working days" counts
  business days on the calendar (weekends only without one). A range ("2-3 weeks", "3 to 5
  days", "a week or two") takes its upper bound. Words one..twenty and thirty are numbers,
  "a couple" is 2, "a few" is 3, "a"/"an" before a unit is 1, "a fortnight" is 2 weeks.
- "end of the month" is the last day of said_on's month, "end of next month" / "next month"
  the last day of the following month, "early next month" the 10th of it, "mid next month"
  the 15th. "mid-<month>" is the 15th, "early <month>" the 10th, "late <month>", "end of
  <month>" and "in <month>" the last day, each in the next such month on or after said_on.
- "<month> <day>", "<day> <month>", "12/4" (US month/day) and "2026-12-04" are that date;
  without a year, the next occurrence on or after said_on. "the 4th" is the next 4th on or
  after said_on (this month, or the next month that has one).
- "after the holidays" said in November or December is the first business day on or after
  January 2 of the new year; said in any other month it is said_on + 14 days. "after the new
  year" is the first business day on or after the next January 2. "after Thanksgiving" is the
  Monday after US Thanksgiving (fourth Thursday of November), rolled to a business day.
  "after Christmas" is the first business day after December 25.
- "mid-month" is the 15th (next month's once past it); "first week of <month>" ends on the
  7th, "last week of <month>" with the month; "end of the quarter" / "Q1".."Q4" / "next
  quarter" are a quarter's last day; "N hours" rounds up to whole days.
- "end of the year" is December 31; "tomorrow" is said_on + 1; "today" and "end of day" are
  said_on.

Rules are tried from the most specific to the least, so a phrase embedded in a sentence
("We hope to decide by the end of next week.") is found wherever it sits. Each rule also
names words its pattern cannot match without; a rule whose words are absent is skipped
without compiling its pattern, so a draft or agenda compiles the few patterns it needs
(compiling all of them cost more than the rest of reading a timeline).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from followup.errors import TimelineError
from followup.schedule.workdays import BusinessCalendar

MAX_TEXT_LENGTH = 400
# Employers do not announce decisions years out; bigger numbers are typos or hostile input.
MAX_DAYS_AHEAD = 400

_HINT = (
    "try a phrase such as 'by Friday', 'in two weeks', 'by December 4' "
    "or set the date with `followup timeline KEY DATE`"
)


@dataclass(frozen=True)
class TimelineReading:
    """The decision date a timeline gives and how it was read."""

    decision_date: date  # the last day the employer said they would decide by
    reading: str  # one line, e.g. "end of next week -> Fri 2026-11-20"


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


def _fmt(d: date) -> str:
    return d.strftime("%a %Y-%m-%d")


def _days_in(year: int, month: int) -> int:
    # Not calendar.monthrange: importing `calendar` costs the agenda a few milliseconds.
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _last_day(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, _days_in(year, month + 1)))


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _next_weekday_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday() - 1) % 7 + 1)


def _this_friday(d: date) -> date:
    return _next_weekday_after(d, 4) if d.weekday() > 4 else d + timedelta(days=4 - d.weekday())


def _next_month_start(d: date) -> date:
    return _add_months(d.replace(day=1), 1)


def _date_on_or_after(said_on: date, month: int, day: int, year: int | None) -> date:
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


def _first_business_day_from_jan2(year: int, cal: BusinessCalendar) -> date:
    return cal.roll_forward(date(year, 1, 2))


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


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
    d = _date_on_or_after(said_on, int(m["month"]), int(m["day"]), year)
    return d, "month/day (US order)"


@_rule(rf"\b{_MON} (?:the )?{_DAY}{_YEAR}\b", [_DIGIT, _MONTH_STEMS])
@_rule(rf"\b{_DAY} (?:of )?{_MON}{_YEAR}\b", [_DIGIT, _MONTH_STEMS])
def _month_day(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    year = int(m["year"]) if m["year"] else None
    d = _date_on_or_after(said_on, _MONTHS[m["mon"]], int(m["day"]), year)
    return d, "the date given" if year else "the next such date"


@_rule(
    r"\bafter (?:the )?(?P<what>holidays|holiday season|new year|thanksgiving|christmas)\b",
    ("after ",),
)
def _after_holiday(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    what = m["what"]
    if what in ("holidays", "holiday season"):
        if said_on.month >= 11:
            d = _first_business_day_from_jan2(said_on.year + 1, cal)
            return d, "said in Nov/Dec, so the first business day from January 2"
        return said_on + timedelta(days=14), "said outside Nov/Dec, so 14 days on"
    if what == "new year":
        year = said_on.year if said_on < date(said_on.year, 1, 2) else said_on.year + 1
        return _first_business_day_from_jan2(year, cal), "the first business day from January 2"
    if what == "thanksgiving":
        day = _thanksgiving(said_on.year)
        if said_on >= day:
            day = _thanksgiving(said_on.year + 1)
        return cal.roll_forward(day + timedelta(days=4)), "the Monday after US Thanksgiving"
    christmas = date(said_on.year, 12, 25)
    if said_on >= christmas:
        christmas = date(said_on.year + 1, 12, 25)
    return cal.next_business_day(christmas), "the first business day after December 25"


@_rule(r"\b(?:mid|middle of the|middle of) month\b", (" month",))
def _mid_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    if said_on.day <= 15:
        return said_on.replace(day=15), "the 15th of this month"
    return _next_month_start(said_on).replace(day=15), "past the 15th, so next month's"


@_rule(r"\bfirst week of (?P<which>the |this |next )?month\b", ("first week of ",))
def _first_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    if m["which"] != "next " and said_on.day <= 7:
        return said_on.replace(day=7), "the first week of this month ends on the 7th"
    return _next_month_start(said_on).replace(day=7), "the first week of next month ends on the 7th"


@_rule(rf"\b(?P<which>first|last) week of (?:the )?{_MON}\b", [(" week of ",), _MONTH_STEMS])
def _week_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    month = _MONTHS[m["mon"]]
    for year in (said_on.year, said_on.year + 1):
        day = 7 if m["which"] == "first" else _days_in(year, month)
        if date(year, month, day) >= said_on:
            note = "ends on the 7th" if m["which"] == "first" else "ends with the month"
            return date(year, month, day), f"the {m['which']} week {note}"
    raise ValueError(month)  # unreachable: next year's month is always ahead


@_rule(r"\bend of (?:the |this )?month\b|\bmonth end\b", ("month",))
def _month_end(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return _last_day(said_on.year, said_on.month), "the last day of this month"


@_rule(r"\b(?P<when>early|mid|middle of|late) next month\b", (" next month",))
def _part_of_next_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    start = _next_month_start(said_on)
    when = m["when"]
    if when == "early":
        return start.replace(day=10), "early next month = the 10th"
    if when == "late":
        return _last_day(start.year, start.month), "late next month = its last day"
    return start.replace(day=15), "mid next month = the 15th"


@_rule(r"\bend of next month\b|\bnext month\b", ("next month",))
def _next_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    start = _next_month_start(said_on)
    return _last_day(start.year, start.month), "the last day of next month"


@_rule(
    rf"\b(?P<when>early|mid|middle of|late|end of|in|by|until|before) (?:the )?{_MON}\b(?! [0-9])",
    _MONTH_STEMS,
)
def _part_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    month = _MONTHS[m["mon"]]
    when = m["when"]
    if when in ("by", "until", "before"):
        if month == said_on.month:
            return _last_day(said_on.year, month), "said in that month, so its last day"
        day, note = 1, "the first day of that month"
    elif when == "early":
        day, note = 10, "early in the month = the 10th"
    elif when in ("mid", "middle of"):
        day, note = 15, "mid-month = the 15th"
    else:
        day, note = 31, "the last day of that month"
    for year in (said_on.year, said_on.year + 1):
        candidate = date(year, month, min(day, _days_in(year, month)))
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
    return _last_day(year, quarter * 3), f"the last day of Q{quarter} {year}"


@_rule(r"\bend of (?:the |this )?year\b|\byear end\b", ("year",))
def _year_end(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return date(said_on.year, 12, 31), "December 31"


@_rule(rf"\bnext (?:week )?{_WD}\b", [("next ",), _WEEKDAY_STEMS])
@_rule(rf"\b{_WD} (?:of )?next week\b", [(" next week",), _WEEKDAY_STEMS])
def _next_weekday(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    weekday = _WEEKDAYS[m["wd"]]
    return _monday(said_on) + timedelta(days=7 + weekday), "that day in the following week"


@_rule(r"\bearly next week\b", ("early next week",))
def _early_next_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return _monday(said_on) + timedelta(days=8), "the Tuesday of next week"


@_rule(r"\b(?:end of )?next week\b|\bby next week\b", ("next week",))
def _next_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    return _monday(said_on) + timedelta(days=11), "the Friday of next week"


@_rule(r"\bend of (?:the |this )?(?:work )?week\b|\bthis week\b|\bweek end\b", ("week",))
def _this_week(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    note = "the coming Friday" if said_on.weekday() > 4 else "the Friday of this week"
    return _this_friday(said_on), note


@_rule(rf"\b{_RANGE} (?:more |extra |additional )?{_UNIT}\b", _DIGIT)
def _duration(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    count = int(m["hi"] or m["lo"])
    unit = m["unit"]
    ranged = " (upper bound)" if m["hi"] else ""
    if unit == "month":
        if count > 12:
            raise _TooFar
        return _add_months(said_on, count), f"{count} month(s) on{ranged}"
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
    return _next_weekday_after(said_on, _WEEKDAYS[m["wd"]]), "the next such day after"


@_rule(r"\bthe (?P<day>[0-9]{1,2})(?:st|nd|rd|th)\b", [("the ",), _DIGIT])
def _day_of_month(m: re.Match[str], said_on: date, cal: BusinessCalendar) -> _Result:
    day = int(m["day"])
    if not 1 <= day <= 31:
        raise ValueError(day)
    month_start = said_on.replace(day=1)
    for step in range(3):
        start = _add_months(month_start, step)
        if day <= _days_in(start.year, start.month):
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
                f"the timeline {shown!r} gives {_fmt(decision)}, before it was said "
                f"({_fmt(said_on)}): set the date with `followup timeline KEY DATE`"
            )
        return TimelineReading(decision, f"{match[0]} -> {_fmt(decision)} ({note})")
    raise unreadable
