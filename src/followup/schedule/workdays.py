"""Business-day arithmetic over weekends and a fixed set of holidays (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

_ONE_DAY = timedelta(days=1)


class BusinessCalendar:
    """Mon-Fri working days minus the holidays it was given."""

    def __init__(self, holidays: Mapping[date, str] | None = None, region: str = "") -> None:
        self._holidays: dict[date, str] = dict(holidays or {})
        self.region = region

    def __repr__(self) -> str:
        return f"BusinessCalendar(region={self.region!r}, holidays={len(self._holidays)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return self.region == other.region and self._holidays == other._holidays

    def __hash__(self) -> int:
        return hash((self.region, frozenset(self._holidays.items())))

    @property
    def holidays(self) -> dict[date, str]:
        """A copy of the holidays this calendar skips."""
        return dict(self._holidays)

    def is_business_day(self, d: date) -> bool:
        """True on Monday to Friday unless the day is a holiday."""
        return d.weekday() < 5 and d not in self._holidays

    def holiday_name(self, d: date) -> str | None:
        """The name of the holiday on `d`, or None."""
        return self._holidays.get(d)

    def next_business_day(self, d: date) -> date:
        """The first business day strictly after `d`."""
        d += _ONE_DAY
        while not self.is_business_day(d):
            d += _ONE_DAY
        return d

    def roll_forward(self, d: date) -> date:
        """`d` itself when it is a business day, else the next one."""
        return d if self.is_business_day(d) else self.next_business_day(d)

    def add_business_days(self, d: date, n: int) -> date:
        """The n-th business day after `d`; `d` need not be one, and n == 0 rolls forward."""
        if n < 0:
            raise ValueError(f"cannot add a negative number of business days ({n})")
        if n == 0:
            return self.roll_forward(d)
        for _ in range(n):
            d = self.next_business_day(d)
        return d

    def business_days_between(self, start: date, end: date) -> int:
        """How many business days fall in (start, end]; 0 when end <= start."""
        if end <= start:
            return 0
        days = (end - start).days
        weeks, rest = divmod(days, 7)
        count = weeks * 5
        d = start + timedelta(days=weeks * 7)
        for _ in range(rest):
            d += _ONE_DAY
            if d.weekday() < 5:
                count += 1
        count -= sum(1 for h in self._holidays if start < h <= end and h.weekday() < 5)
        return count
