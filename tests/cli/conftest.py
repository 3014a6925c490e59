"""Run the real command line against a real SQLite file."""

from __future__ import annotations

import json

import pytest

from followup.cli.testing import invoke


class Runner:
    def __call__(self, *args: str, input: str | None = None, code: int = 0):
        result = invoke(args, input=input)
        assert result.exit_code == code, (result.output, result.exit_code)
        return result

    def json(self, *args: str):
        return json.loads(self(*args).stdout)


@pytest.fixture
def run() -> Runner:
    return Runner()


@pytest.fixture
def northwind(run: Runner) -> Runner:
    """A store with one application, two contacts and a first-round interview."""
    run("settings", "--timezone", "America/New_York", "--holidays", "US", "--name", "Jordan Lee")
    run(
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
    run(
        "interview",
        "northwind",
        "--stage",
        "first_round",
        "--at",
        "2026-11-10T10:00",
        "--duration",
        "45",
        "--with",
        "dana",
        "--with",
        "lee",
        "--timeline",
        "by the end of next week",
    )
    return run
