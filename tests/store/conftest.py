"""Fixtures for the store tests: a real SQLite file and a fully populated application."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from followup.model import (
    Application,
    AppStatus,
    Contact,
    Draft,
    Interview,
    Message,
    MessageKind,
    Reply,
    ReplyKind,
    Stage,
)
from followup.store import open_store
from followup.store.sqlite import SQLiteStore

EST = timezone(timedelta(hours=-5))
IST = timezone(timedelta(hours=5, minutes=30))


def make_app(key: str = "northwind") -> Application:
    """An application with every field and child list filled in."""
    return Application(
        key=key,
        company="Northwind Analytics",
        role="Senior Data Analyst",
        status=AppStatus.OFFER,
        link="https://jobs.example/1",
        notes="met at a meetup",
        salary_raised=True,
        offer_deadline=date(2026, 12, 4),
        contacts=[
            Contact("dana", "Dana Whitfield", "Analytics Manager", "dana@example.com"),
            Contact("lee", "Lee Park", phone="+1 555 0100", linkedin="https://li.example/lee"),
            Contact("ana", "Ana Ruiz"),
        ],
        interviews=[
            Interview(
                key="r1",
                stage=Stage.FIRST_ROUND,
                starts_at=datetime(2026, 11, 10, 10, 0, tzinfo=EST),
                duration_minutes=45,
                interviewers=["dana", "lee"],
                topics={"dana": ["dbt migration", "ad-hoc requests"], "lee": []},
                timeline="by the end of next week",
                decision_date=date(2026, 11, 20),
                concerns=["Looker"],
                wish_i_said=["two years of Looker"],
                questions=["a disagreement about numbers"],
                strengths=["rebuilt a pipeline"],
                notes="team grows to six",
            ),
            Interview("r2", Stage.FINAL_ROUND, datetime(2026, 11, 24, 9, 30, tzinfo=IST)),
        ],
        messages=[
            Message(MessageKind.THANK_YOU, ["dana"], datetime(2026, 11, 10, 17, 30, tzinfo=EST),
                    "Thanks", "Hi Dana,\n\nThank you."),
            Message(MessageKind.THANK_YOU, ["lee"], datetime(2026, 11, 10, 18, 0, tzinfo=EST)),
        ],
        replies=[
            Reply("dana", datetime(2026, 11, 24, 11, 0, tzinfo=EST), "We decide by Dec 4.",
                  ReplyKind.UPDATE, date(2026, 12, 4)),
        ],
        drafts=[
            Draft(MessageKind.CHECK_IN, ["dana"], "Checking in", "Hi Dana",
                  datetime(2026, 11, 30, 8, 0, tzinfo=EST), "r1"),
            Draft(MessageKind.LINKEDIN, ["ana"], "", "", datetime(2026, 12, 1, 8, 0, tzinfo=EST)),
        ],
    )  # fmt: skip


@pytest.fixture
def app_factory() -> Callable[[str], Application]:
    return make_app


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "store.db")


@pytest.fixture
def store(db_path) -> Iterator[SQLiteStore]:
    opened = open_store(db_path)
    assert isinstance(opened, SQLiteStore)
    with opened:
        yield opened
