"""Helpers every command shares: opening the store, reading times, building the calendar."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.errors import InputError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.cli.framework import Context
    from followup.model import Application, Settings
    from followup.schedule.workdays import BusinessCalendar
    from followup.store.interface import Store


@contextmanager
def open_store_for(ctx: Context) -> Iterator[Store]:
    """Open the store named by --db / FOLLOWUP_DB (or the default) for one command."""
    from followup.store import open_store

    store = open_store(ctx.db)
    try:
        yield store
    finally:
        store.close()


def zone(settings: Settings) -> ZoneInfo:
    """The user's time zone."""
    try:
        return ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise InputError(
            f"unknown time zone {settings.timezone!r}: use an IANA name such as America/New_York"
        ) from err


def parse_datetime(text: str, settings: Settings, what: str = "date-time") -> datetime:
    """Read an ISO 8601 date or date-time; a missing offset means the user's time zone."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as err:
        raise InputError(
            f"{what} {text!r} is not an ISO 8601 date-time such as 2026-11-10T10:00 or "
            "2026-11-10T10:00-05:00"
        ) from err
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(settings))
    return value


def parse_date(text: str, what: str = "date") -> date:
    """Read an ISO 8601 calendar date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise InputError(f"{what} {text!r} is not a date such as 2026-12-04") from err


def now_or(as_of: str | None, settings: Settings) -> datetime:
    """`--as-of` if given, else the clock; always in the user's time zone."""
    tz = zone(settings)
    if as_of:
        return parse_datetime(as_of, settings, "--as-of").astimezone(tz)
    return datetime.now(tz)


def calendar_for(
    store: Store, settings: Settings, apps: Iterable[Application], now: datetime
) -> BusinessCalendar:
    """The business-day calendar of the user's holiday region, read through the store's cache."""
    from followup.schedule.holidays import calendar_for as build

    return build(settings.holidays, apps, now, store)
