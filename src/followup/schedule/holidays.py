"""Holiday regions, their public holidays, and a cache so each region-year is computed once.

The `holidays` package is imported only inside the functions that need it: importing it and
its first lookup cost a few hundred milliseconds, which a warm cache should never pay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from followup.errors import InputError
from followup.schedule.workdays import BusinessCalendar

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    from followup.model import Application

    class HolidayCache(Protocol):
        """Somewhere computed holidays can be kept between runs (the SQLite store is one)."""

        def get_holidays(self, region: str, year: int) -> dict[date, str] | None: ...

        def put_holidays(self, region: str, year: int, days: dict[date, str]) -> None: ...


#: Region values that mean "weekends only".
NO_REGION = frozenset({"", "none"})

_REGION_FORM = re.compile(r"^([A-Za-z]{2,3})(?:[-_ ]([A-Za-z0-9]{1,4}))?$")
_HINT = "use a country code such as US, GB, DE or US-CA"


def _supported() -> dict[str, list[str]]:
    import holidays  # deferred: see the module docstring

    return holidays.list_supported_countries()


def parse_region(text: str) -> tuple[str, str | None]:
    """Split "US-CA" into ("US", "CA"); raise InputError for a region the library lacks."""
    cleaned = text.strip()
    match = _REGION_FORM.match(cleaned)
    if match is None:
        raise InputError(f"unknown holiday region {cleaned!r}: {_HINT}")
    country, subdivision = match[1].upper(), match[2].upper() if match[2] else None
    supported = _supported()
    if country not in supported:
        raise InputError(f"unknown holiday region {cleaned!r}: {_HINT}")
    if subdivision is not None and subdivision not in {s.upper() for s in supported[country]}:
        raise InputError(
            f"unknown holiday region {cleaned!r}: {country} has no subdivision "
            f"{subdivision!r}; {_HINT}"
        )
    return country, subdivision


def region_key(text: str) -> str:
    """The canonical spelling of a region ("us-ca" -> "US-CA", "none" -> ""), unvalidated.

    Only the form is checked, so a warm cache never needs the library; compute_holidays
    validates the region against the library when it has to compute anyway.
    """
    cleaned = text.strip()
    if cleaned.lower() in NO_REGION:
        return ""
    match = _REGION_FORM.match(cleaned)
    if match is None:
        raise InputError(f"unknown holiday region {cleaned!r}: {_HINT}")
    return f"{match[1]}-{match[2]}".upper() if match[2] else match[1].upper()


def compute_holidays(region: str, year: int) -> dict[date, str]:
    """The public holidays of `region` in `year`, including observed days off."""
    if region.strip().lower() in NO_REGION:
        return {}
    country, subdivision = parse_region(region)
    import holidays  # deferred: see the module docstring

    found = holidays.country_holidays(country, subdiv=subdivision, years=year)
    return {day: str(name) for day, name in sorted(found.items())}


def load_calendar(
    region: str, years: Iterable[int], cache: HolidayCache | None = None
) -> BusinessCalendar:
    """A calendar with the holidays of `region` in `years`, computing only uncached years."""
    key = region_key(region)
    if not key:
        return BusinessCalendar(region="")
    merged: dict[date, str] = {}
    for year in sorted(set(years)):
        days = cache.get_holidays(key, year) if cache is not None else None
        if days is None:
            days = compute_holidays(key, year)
            if cache is not None:
                cache.put_holidays(key, year, days)
        merged.update(days)
    return BusinessCalendar(merged, region=key)


def years_of(apps: Iterable[Application], now: datetime) -> set[int]:
    """The calendar years a plan over `apps` can touch, so only those holidays are loaded.

    A date in the data can push a deadline into the next year, so that year counts too; the
    years kept depend on each application alone, so planning one application or all of them
    sees the same holidays for it.
    """
    years = {now.year, now.year + 1}
    for app in apps:
        for interview in app.interviews:
            years.add(interview.starts_at.year)
            years.add(interview.starts_at.year + 1)
        for reply in app.replies:
            years.add(reply.received_at.year)
            years.add(reply.received_at.year + 1)
        for message in app.messages:
            years.add(message.sent_at.year + 1)
    return {y for y in years if now.year - 2 <= y <= now.year + 2}


def calendar_for(
    region: str, apps: Iterable[Application], now: datetime, cache: HolidayCache | None
) -> BusinessCalendar:
    """The business-day calendar a plan of `apps` at `now` needs."""
    return load_calendar(region, sorted(years_of(apps, now)), cache=cache)
