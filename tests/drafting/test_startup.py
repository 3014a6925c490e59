"""What a draft leaves unimported, and the shortcut that lets it skip the planner."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.drafting.render import timeline_day
from followup.model import Interview, Stage
from followup.schedule.planner import read_timeline
from followup.schedule.workdays import BusinessCalendar

AS_OF = ["--as-of", "2026-11-20T12:00"]
#: Modules a draft from built-in templates must never load: each costs start-up time.
#: Jinja2 is for the user's own templates only; the rest cost a millisecond or more each.
NEVER = (
    "jinja2",
    "markupsafe",
    "importlib.resources",
    "typing",
    "dataclasses",
    "inspect",
    "shutil",
)


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("startup")
    db = str(folder / "demo.db")
    env = {"FOLLOWUP_DB": db, "FOLLOWUP_CONFIG_DIR": str(folder / "cfg"), "TZ": "UTC"}
    demo = [sys.executable, "-m", "followup", "demo", *AS_OF, "--keep", db]
    subprocess.run(demo, env=env, check=True, capture_output=True)
    return env


def _modules_after(env: dict[str, str], *argv: str) -> tuple[set[str], str]:
    """Run `followup draft ARGV` in a fresh interpreter; the modules it loaded, and stdout."""
    probe = (
        "import sys\nfrom followup.cli import run\n"
        "run(['draft', *sys.argv[1:]])\n"
        "print('--modules--', *sys.modules, sep='\\n')\n"
    )
    run = [sys.executable, "-c", probe, *argv, *AS_OF]
    out = subprocess.run(run, env=env, check=True, capture_output=True, text=True).stdout
    draft, _, listed = out.partition("--modules--\n")
    modules = set(listed.splitlines())
    assert "followup.drafting._compiled" in modules  # the list is real, and built-ins compiled
    return modules, draft


def _loaded(modules: set[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_a_draft_by_action_loads_no_jinja2(demo_env):
    modules, out = _modules_after(demo_env, "bluefin-pm/final/thank_you/elena")
    assert "Subject:" in out
    assert [n for n in NEVER if _loaded(modules, n)] == []


def test_a_draft_by_kind_loads_no_jinja2_and_no_planner(demo_env):
    modules, out = _modules_after(demo_env, "northwind-analyst", "--kind", "check_in")
    assert "Subject:" in out
    assert [n for n in (*NEVER, "followup.schedule.planner") if _loaded(modules, n)] == []


CAL = BusinessCalendar({date(2026, 11, 26): "Thanksgiving Day"}, region="US")
PHRASES = ["", "  ", "by the end of next week", "in two weeks", "by Friday", "soon", "in 999 weeks"]
ZONES = [ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo"), UTC]


@given(
    st.sampled_from(PHRASES),
    st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
    st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31), timezones=st.sampled_from(ZONES)),
    st.sampled_from(ZONES),
)
def test_timeline_day_reads_as_the_planner_does(phrase, corrected, starts_at, zone):
    interview = Interview("r1", Stage.FIRST_ROUND, starts_at, timeline=phrase)
    interview.decision_date = corrected
    assert timeline_day(interview, zone, CAL) == read_timeline(interview, zone, CAL)[0]


def test_timeline_day_handles_a_late_evening_interview():
    late = datetime(2026, 11, 13, 23, 30, tzinfo=ZoneInfo("America/New_York"))  # Sat in Tokyo
    interview = Interview("r1", Stage.FIRST_ROUND, late, timeline="by Friday")
    tokyo = ZoneInfo("Asia/Tokyo")
    assert timeline_day(interview, tokyo, CAL) == late.date() + timedelta(days=7)
    assert timeline_day(interview, tokyo, CAL) == read_timeline(interview, tokyo, CAL)[0]
