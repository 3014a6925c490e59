"""Fixtures for the checker tests: a draft builder, an application and a CLI runner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followup.model import Application, Contact, Interview, Settings, Stage

SIGN_OFF = "\n\nBest regards,\nJordan Lee\n"


def make_draft(
    body: str,
    subject: str | None = "Data Analyst interview - the forecasting rebuild",
    to: str | None = None,
    greeting: str | None = "Hi Dana,",
    sign_off: bool = True,
) -> str:
    """A plain-text draft: headers, blank line, greeting, body, sign-off."""
    headers = []
    if to is not None:
        headers.append(f"To: {to}")
    if subject is not None:
        headers.append(f"Subject: {subject}")
    parts = "\n".join(headers) + ("\n\n" if headers else "")
    if greeting:
        parts += greeting + "\n\n"
    parts += body
    if sign_off:
        parts += SIGN_OFF
    return parts


@pytest.fixture
def draft():
    return make_draft


@pytest.fixture
def application() -> Application:
    """Northwind Labs, a first round with Dana and Sam on the panel and recorded topics."""
    return Application(
        key="northwind",
        company="Northwind Labs",
        role="Data Analyst",
        contacts=[
            Contact("dana", "Dana Whitfield", "Analytics Manager", "dana@northwind.example"),
            Contact("sam", "Sam Okafor", "Senior Analyst", "sam@northwind.example"),
            Contact("priya", "Priya Raman", "Recruiter", "priya@northwind.example"),
        ],
        interviews=[
            Interview(
                "r1",
                Stage.FIRST_ROUND,
                datetime(2026, 11, 10, 15, 0, tzinfo=UTC),
                interviewers=["dana", "sam"],
                topics={
                    "dana": ["demand forecasting", "dbt migration"],
                    "sam": ["dashboard adoption"],
                },
            )
        ],
    )


@pytest.fixture
def settings() -> Settings:
    return Settings(timezone="UTC", holidays="", your_name="Jordan Lee")


@pytest.fixture
def run():
    """Invoke the followup CLI; returns its Result (stdout and stderr apart)."""
    from followup.cli.testing import invoke

    def run_cli(*args: str, input: str | None = None):
        return invoke(args, input=input)

    return run_cli
