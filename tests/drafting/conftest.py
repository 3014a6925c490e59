"""Realistic applications to draft from, built in code (no store needed for the pure core)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from followup.cli.testing import invoke
from followup.model import (
    Application,
    Contact,
    Interview,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)

ZONE = ZoneInfo("America/New_York")


@pytest.fixture
def settings() -> Settings:
    return Settings(timezone="America/New_York", holidays="US", your_name="Jordan Lee")


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 30, 12, 0, tzinfo=ZONE)


def make_app(
    stage: Stage = Stage.FIRST_ROUND, panel: bool = False, **changes: object
) -> Application:
    """A first-round (or any stage) application with a full debrief."""
    contacts = [
        Contact("dana", "Dana Whitfield", "Analytics Manager", "dana@northwind.example"),
        Contact("ravi", "Ravi Menon", "Recruiter", "ravi@northwind.example"),
        Contact("elena", "Elena Kovač", "Engineering Lead", "elena@northwind.example"),
    ]
    interviewers = ["dana", "elena", "ravi"] if panel else ["dana"]
    interview = Interview(
        key="r1",
        stage=stage,
        starts_at=datetime(2026, 11, 17, 10, 0, tzinfo=ZONE),
        duration_minutes=45,
        interviewers=interviewers,
        topics={
            "dana": ["moving the weekly revenue reports to dbt", "ad-hoc requests from sales"],
            "elena": ["splitting the shipment-routing monolith"],
            "ravi": ["the relocation plans for the Denver office"],
        },
        timeline="by the end of next week",
        strengths=[
            "rebuilt a reporting pipeline in dbt, cutting refresh time from hours to minutes",
            "five years of SQL reporting for finance teams",
            "led the migration of 40 dashboards to Looker",
        ],
        concerns=["whether I have worked with Looker"],
        wish_i_said=["I used Looker daily for two years before switching to Metabase"],
    )
    app = Application(
        key="northwind",
        company="Northwind Analytics",
        role="Senior Data Analyst",
        contacts=contacts,
        interviews=[interview],
    )
    for name, value in changes.items():
        setattr(app, name, value)
    return app


def with_reply(app: Application, kind: ReplyKind, new_date: date | None = None) -> Application:
    app.replies = [
        Reply(
            "dana",
            datetime(2026, 11, 27, 9, 30, tzinfo=ZONE),
            "Thanks for your patience; we expect to decide by December 8.",
            kind,
            new_date,
        )
    ]
    return app


@pytest.fixture(name="make_app")
def make_app_fixture() -> Callable[..., Application]:
    return make_app


@pytest.fixture(name="with_reply")
def with_reply_fixture() -> Callable[..., Application]:
    return with_reply


@pytest.fixture
def zone() -> ZoneInfo:
    return ZONE


@pytest.fixture
def cli_run(tmp_path):
    """Run the real CLI against the test's own SQLite file; returns its Result."""

    def run(*args: str, code: int = 0, input: str | None = None):
        result = invoke(args, input=input)
        assert result.exit_code == code, (result.output, result.exit_code)
        return result

    return run


@pytest.fixture
def northwind_store(cli_run):
    """A store with one application, two contacts and a debriefed two-person panel."""
    cli_run(
        "settings", "--timezone", "America/New_York", "--holidays", "US", "--name", "Jordan Lee"
    )
    cli_run(
        "add",
        "--company",
        "Northwind Analytics",
        "--role",
        "Senior Data Analyst",
        "--key",
        "northwind",
        "--contact",
        "Dana Whitfield <dana@northwind.example> (Analytics Manager)",
        "--contact",
        "Lee Park <lee@northwind.example>",
    )
    cli_run(
        "interview",
        "northwind",
        "--stage",
        "first_round",
        "--at",
        "2026-11-10T10:00",
        "--with",
        "dana",
        "--with",
        "lee",
        "--timeline",
        "by the end of next week",
    )
    cli_run(
        "debrief",
        "northwind",
        "r1",
        "--topic",
        "dana:moving the weekly revenue reports to dbt",
        "--topic",
        "lee:the on-call rota for the data platform",
        "--strength",
        "rebuilt a reporting pipeline in dbt",
        "--no-input",
    )
    return cli_run
