"""How long a plan holds: `plan_with_window` must never claim a plan that a later `now` breaks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from followup.model import (
    Action,
    Application,
    AppStatus,
    Contact,
    Interview,
    Message,
    MessageKind,
    Policy,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)
from followup.schedule.planner import plan_application, plan_with_window
from followup.schedule.urgency import status_at
from followup.schedule.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
CAL = BusinessCalendar(
    {date(2026, 11, 26): "Thanksgiving", date(2026, 12, 25): "Christmas Day"}, region="US"
)
START = datetime(2026, 11, 10, 10, 0, tzinfo=NY)
PEOPLE = ["dana", "lee", "sam"]


@st.composite
def histories(draw) -> Application:
    """One to three rounds, some debriefed, with messages and replies scattered after them."""
    app = Application(
        "acme",
        "Acme",
        "Analyst",
        draw(st.sampled_from([AppStatus.ACTIVE, AppStatus.ACTIVE, AppStatus.OFFER])),
        contacts=[Contact(k, k.title()) for k in PEOPLE],
    )
    start = START + timedelta(hours=draw(st.integers(0, 24 * 30)))
    for n in range(draw(st.integers(1, 3))):
        start += timedelta(days=draw(st.integers(1, 15)), hours=draw(st.integers(0, 8)))
        panel = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
        app.interviews.append(
            Interview(
                f"r{n + 1}",
                draw(st.sampled_from(list(Stage))),
                start,
                draw(st.sampled_from([30, 45, 60])),
                panel,
                {panel[0]: ["pipelines"]} if draw(st.booleans()) else {},
                draw(st.sampled_from(["", "by Friday", "in two weeks", "end of the month"])),
            )
        )
    first = app.interviews[0].starts_at
    for _ in range(draw(st.integers(0, 4))):
        when = first + timedelta(hours=draw(st.integers(1, 24 * 50)))
        kind = draw(st.sampled_from([MessageKind.THANK_YOU, MessageKind.CHECK_IN]))
        app.messages.append(Message(kind, [draw(st.sampled_from(PEOPLE))], when))
    for _ in range(draw(st.integers(0, 2))):
        when = first + timedelta(hours=draw(st.integers(1, 24 * 50)))
        app.replies.append(Reply("dana", when, "", draw(st.sampled_from(list(ReplyKind)))))
    return app


def restated(actions: list[Action], now: datetime) -> list[Action]:
    return [a.replace(status=status_at(a.due_from, a.due_by, now)) for a in actions]


@hsettings(max_examples=300, deadline=None)
@given(
    histories(),
    st.integers(-24 * 5, 24 * 70),
    st.integers(-24 * 60, 24 * 60),
    st.sampled_from(list(Policy)),
)
def test_a_plan_holds_everywhere_its_window_says(app, hours, shift_minutes, policy):
    settings = Settings(policy=policy)
    now = app.interviews[0].starts_at + timedelta(hours=hours)
    planned = plan_with_window(app, settings, now, CAL)
    assert planned.actions == plan_application(app, settings, now, CAL)
    later = now + timedelta(minutes=shift_minutes)
    if planned.holds_at(later):
        assert restated(planned.actions, later) == plan_application(app, settings, later, CAL)


@hsettings(max_examples=150, deadline=None)
@given(histories(), st.integers(-24 * 5, 24 * 70))
def test_the_window_ends_where_the_plan_changes(app, hours):
    now = app.interviews[0].starts_at + timedelta(hours=hours)
    planned = plan_with_window(app, Settings(), now, CAL)
    if planned.stable_after is not None:
        assert planned.stable_after <= now and not planned.holds_at(planned.stable_after)
    if planned.stable_before is not None:
        assert planned.stable_before >= now and not planned.holds_at(planned.stable_before)


def test_a_thank_you_window_closing_ends_the_plan():
    app = Application("acme", "Acme", "Analyst", contacts=[Contact("dana", "Dana")])
    app.interviews.append(Interview("r1", Stage.FIRST_ROUND, START, 60, ["dana"], {"dana": ["x"]}))
    planned = plan_with_window(app, Settings(), START + timedelta(hours=3), CAL)
    end = START + timedelta(hours=1)
    # The thank-you's reason turns to "late, but still worth it" once 24 hours have passed.
    assert planned.stable_after == START
    assert planned.stable_before == end + timedelta(hours=24)
    late = plan_application(app, Settings(), end + timedelta(hours=25), CAL)
    assert any(a.reason.startswith("late") for a in late)


def test_a_plan_made_exactly_at_a_turning_point_is_never_reused():
    app = Application("acme", "Acme", "Analyst", contacts=[Contact("dana", "Dana")])
    app.interviews.append(Interview("r1", Stage.FIRST_ROUND, START, 60, ["dana"], {"dana": ["x"]}))
    planned = plan_with_window(app, Settings(), START, CAL)
    assert planned.stable_after == planned.stable_before == START
    assert not planned.holds_at(START)
