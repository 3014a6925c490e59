"""The agenda as an iCalendar feed, read back with the icalendar library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from followup.agenda import Agenda
from followup.interchange.ics import agenda_calendar, fold
from followup.model import Action, ActionKind, ActionStatus, Application, Contact

EST = timezone(timedelta(hours=-5))


def action(kind=ActionKind.THANK_YOU, hours=24, to=("dana",)):
    start = datetime(2026, 11, 10, 10, 45, tzinfo=EST)
    return Action(
        "northwind",
        "r1",
        kind,
        to,
        start,
        start + timedelta(hours=hours),
        ActionStatus.DUE,
        "why; because, [rule]",
    )


APP = Application(
    "northwind", "Northwind, Inc.", "Analyst", contacts=[Contact("dana", "Dana Żółć-Whitfield")]
)


def test_feed_parses_and_keeps_names_times_and_ids():
    agenda = Agenda(
        datetime(2026, 11, 10, tzinfo=EST),
        [action(), action(ActionKind.CHECK_IN, hours=80)],
        {"northwind": APP.company},
        {("northwind", c.key): c.name for c in APP.contacts},
    )
    text = agenda_calendar(agenda)
    assert text.endswith("\r\n") and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [
        "northwind/r1/thank_you/dana@followup",
        "northwind/r1/check_in@followup",
    ]
    thank_you, check_in = events
    assert str(thank_you["SUMMARY"]) == "Send thank-you: Northwind, Inc. (Dana Żółć-Whitfield)"
    assert thank_you.decoded("DTSTART") == datetime(2026, 11, 10, 15, 45, tzinfo=UTC)
    assert thank_you.decoded("DTEND") - thank_you.decoded("DTSTART") == timedelta(hours=24)
    assert check_in.decoded("DTEND") - check_in.decoded("DTSTART") == timedelta(minutes=30)
    assert "why; because, [rule]" in str(thank_you["DESCRIPTION"])


@given(st.text(min_size=0, max_size=300))
def test_folding_round_trips_any_text(text):
    folded = fold("SUMMARY:" + text.replace("\r", "").replace("\n", ""))
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + text.replace("\r", "").replace("\n", "")


def test_agenda_command_writes_ics(tmp_path):
    from followup.cli.testing import invoke

    invoke(["add", "--company", "Acme", "--role", "QA", "--key", "acme", "--contact", "Al Bo"])
    invoke(
        ["interview", "acme", "--stage", "other", "--at", "2026-11-10T10:00-05:00", "--with", "al"]
    )
    result = invoke(["agenda", "--as-of", "2026-11-10T12:00-05:00", "--format", "ics"])
    events = icalendar.Calendar.from_ical(result.stdout).walk("VEVENT")
    assert {str(e["UID"]).split("@")[0] for e in events} >= {
        "acme/r1/thank_you/al",
        "acme/r1/debrief",
    }
