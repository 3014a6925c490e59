"""Holiday regions, computing holidays, and the cache that spares the library import."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from followup.errors import InputError
from followup.schedule.holidays import (
    compute_holidays,
    load_calendar,
    parse_region,
    region_key,
)


class DictCache:
    """An in-memory HolidayCache that counts what it is asked."""

    def __init__(self) -> None:
        self.days: dict[tuple[str, int], dict[date, str]] = {}
        self.gets: list[tuple[str, int]] = []
        self.puts: list[tuple[str, int]] = []

    def get_holidays(self, region: str, year: int) -> dict[date, str] | None:
        self.gets.append((region, year))
        found = self.days.get((region, year))
        return dict(found) if found is not None else None

    def put_holidays(self, region: str, year: int, days: dict[date, str]) -> None:
        self.puts.append((region, year))
        self.days[(region, year)] = dict(days)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US", ("US", None)),
        ("us", ("US", None)),
        ("US-CA", ("US", "CA")),
        ("us-ca", ("US", "CA")),
        (" GB ", ("GB", None)),
        ("DE", ("DE", None)),
        ("de-by", ("DE", "BY")),
    ],
)
def test_parse_region(text, expected):
    assert parse_region(text) == expected


@pytest.mark.parametrize("text", ["XX", "US-ZZ", "", "U", "United States", "US-CA-SF", "1"])
def test_unknown_regions_are_input_errors_with_a_hint(text):
    with pytest.raises(InputError) as caught:
        parse_region(text)
    message = str(caught.value)
    assert repr(text.strip()) in message
    assert "US-CA" in message
    assert "\n" not in message


def test_unknown_subdivision_names_the_country():
    with pytest.raises(InputError, match="US has no subdivision 'ZZ'"):
        parse_region("US-ZZ")


def test_region_key_is_canonical_without_the_library():
    assert region_key("us-ca") == "US-CA"
    assert region_key("gb") == "GB"
    assert region_key("none") == ""
    assert region_key("  ") == ""
    with pytest.raises(InputError):
        region_key("not a region")


def test_compute_us_2026():
    days = compute_holidays("US", 2026)
    assert "Thanksgiving" in days[date(2026, 11, 26)]
    assert "Christmas" in days[date(2026, 12, 25)]
    assert date(2026, 11, 27) not in days  # the Friday after is not a federal holiday
    assert all(isinstance(name, str) for name in days.values())


def test_compute_subdivision_adds_local_days():
    bavaria = compute_holidays("DE-BY", 2026)
    germany = compute_holidays("DE", 2026)
    assert set(germany) < set(bavaria)  # e.g. Epiphany is Bavarian, not national
    assert date(2026, 1, 6) in bavaria


def test_compute_with_no_region_is_empty():
    assert compute_holidays("", 2026) == {}
    assert compute_holidays("none", 2026) == {}


def test_load_calendar_merges_years():
    cal = load_calendar("us", [2026, 2027])
    assert cal.region == "US"
    assert not cal.is_business_day(date(2026, 12, 25))
    assert not cal.is_business_day(date(2027, 1, 1))
    assert cal.next_business_day(date(2026, 12, 31)) == date(2027, 1, 4)


@pytest.mark.parametrize("region", ["", "none", "NONE", " None "])
def test_load_calendar_without_region_is_weekends_only(region):
    cache = DictCache()
    cal = load_calendar(region, [2026], cache)
    assert cal.region == ""
    assert cal.is_business_day(date(2026, 12, 25))
    assert not cal.is_business_day(date(2026, 12, 26))
    assert cache.gets == [] and cache.puts == []


def test_load_calendar_computes_only_missing_years():
    cache = DictCache()
    first = load_calendar("US", [2026], cache)
    assert cache.puts == [("US", 2026)]
    second = load_calendar("us", [2026, 2027, 2027], cache)
    assert cache.puts == [("US", 2026), ("US", 2027)]
    third = load_calendar("US", [2027, 2026], cache)
    assert cache.puts == [("US", 2026), ("US", 2027)]
    assert second == third
    assert first.holiday_name(date(2026, 11, 26)) == third.holiday_name(date(2026, 11, 26))


def test_cached_values_are_used_as_given():
    cache = DictCache()
    cache.days[("US", 2026)] = {date(2026, 11, 27): "Office closed"}
    cal = load_calendar("US", [2026], cache)
    assert not cal.is_business_day(date(2026, 11, 27))
    assert cal.is_business_day(date(2026, 11, 26))  # the cache is trusted, not recomputed


def test_an_empty_cached_year_counts_as_cached():
    cache = DictCache()
    cache.days[("US", 2026)] = {}
    load_calendar("US", [2026], cache)
    assert cache.puts == []


def test_unknown_region_fails_before_touching_the_cache():
    cache = DictCache()
    with pytest.raises(InputError):
        load_calendar("XX", [2026], cache)
    assert cache.puts == []


def test_a_warm_cache_never_imports_the_library():
    cache = DictCache()
    cold = load_calendar("US-CA", [2026, 2027], cache)
    stored = {
        f"{region}|{year}": {d.isoformat(): name for d, name in days.items()}
        for (region, year), days in cache.days.items()
    }
    script = textwrap.dedent(
        """
        import json, sys
        from datetime import date
        from followup.schedule.holidays import load_calendar

        stored = json.loads(sys.stdin.read())

        class Warm:
            def get_holidays(self, region, year):
                days = stored.get(f"{region}|{year}")
                if days is None:
                    return None
                return {date.fromisoformat(d): n for d, n in days.items()}

            def put_holidays(self, region, year, days):
                raise AssertionError("a warm cache must not be written")

        cal = load_calendar("us-ca", [2027, 2026], Warm())
        print(json.dumps({
            "imported": "holidays" in sys.modules,
            "region": cal.region,
            "days": {d.isoformat(): n for d, n in sorted(cal.holidays.items())},
        }))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(stored),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    assert result["imported"] is False
    assert result["region"] == "US-CA"
    assert result["days"] == {d.isoformat(): n for d, n in sorted(cold.holidays.items())}
