"""The planner as a pure function of (history, settings, now)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from followup.model import (
    ActionKind,
    ActionStatus,
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
from followup.schedule.planner import plan, plan_application
from followup.schedule.workdays import BusinessCalendar

NY = ZoneInfo("America/New_York")
US_HOLIDAYS = {
    date(2026, 11, 26): "Thanksgiving",
    date(2026, 12, 25): "Christmas Day",
    date(2027, 1, 1): "New Year's Day",
}
CAL = BusinessCalendar(US_HOLIDAYS, region="US")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=NY)


def make_app(
    start: str = "2026-11-10T10:00",
    interviewers: tuple[str, ...] = ("dana",),
    timeline: str = "",
    stage: Stage = Stage.FIRST_ROUND,
    status: AppStatus = AppStatus.ACTIVE,
    debriefed: bool = True,
) -> Application:
    contacts = [Contact(k, f"{k.title()} Example", email=f"{k}@x.example") for k in interviewers]
    interview = Interview(
        key="r1",
        stage=stage,
        starts_at=at(start),
        duration_minutes=60,
        interviewers=list(interviewers),
        topics={k: ["the data platform"] for k in interviewers} if debriefed else {},
        timeline=timeline,
    )
    return Application(
        "acme", "Acme", "Analyst", status=status, contacts=contacts, interviews=[interview]
    )


def send(app: Application, kind: MessageKind, when: str, to: str = "dana") -> None:
    app.messages.append(Message(kind, [to], at(when)))


def receive(app: Application, kind: ReplyKind, when: str, new_date: date | None = None) -> None:
    app.replies.append(Reply("dana", at(when), "...", kind, new_date))


def actions(app: Application, now: str, policy: Policy = Policy.STANDARD):
    return plan_application(app, Settings(policy=policy), at(now), CAL)


def only(app: Application, now: str, kind: ActionKind, policy: Policy = Policy.STANDARD):
    found = [a for a in actions(app, now, policy) if a.kind is kind]
    assert len(found) == 1, found
    return found[0]


def kinds(app: Application, now: str, policy: Policy = Policy.STANDARD) -> list[ActionKind]:
    return [a.kind for a in actions(app, now, policy)]


# -- thank-you ------------------------------------------------------------------------------


def test_thank_you_is_due_from_the_end_of_the_interview_for_24_hours():
    app = make_app()
    action = only(app, "2026-11-10T12:00", ActionKind.THANK_YOU)
    assert action.due_from == at("2026-11-10T11:00")
    assert action.due_by == at("2026-11-11T11:00")
    assert action.status is ActionStatus.DUE
    assert "[thank-you-24h]" in action.reason
    assert action.id == "acme/r1/thank_you/dana"


def test_thank_you_is_upcoming_before_the_interview_ends():
    assert (
        only(make_app(), "2026-11-10T10:30", ActionKind.THANK_YOU).status is ActionStatus.UPCOMING
    )


def test_a_late_thank_you_stays_listed_as_overdue():
    action = only(make_app(), "2026-11-13T09:00", ActionKind.THANK_YOU)
    assert action.status is ActionStatus.OVERDUE
    assert action.reason.startswith("late, but still worth it")


def test_a_sent_thank_you_leaves_the_agenda():
    app = make_app()
    send(app, MessageKind.THANK_YOU, "2026-11-10T17:00")
    assert ActionKind.THANK_YOU not in kinds(app, "2026-11-10T18:00")


def test_a_panel_gets_one_thank_you_per_interviewer():
    app = make_app(interviewers=("dana", "lee", "sam"))
    send(app, MessageKind.THANK_YOU, "2026-11-10T17:00", to="lee")
    found = [a for a in actions(app, "2026-11-10T18:00") if a.kind is ActionKind.THANK_YOU]
    assert [a.to for a in found] == [("dana",), ("sam",)]
    assert all("[thank-each-panelist]" in a.reason for a in found)


# -- debrief --------------------------------------------------------------------------------


def test_debrief_is_due_on_the_day_of_the_interview():
    app = make_app(debriefed=False)
    action = only(app, "2026-11-10T12:00", ActionKind.DEBRIEF)
    assert action.due_by == at("2026-11-10T23:59")
    assert action.status is ActionStatus.DUE


def test_notes_clear_the_debrief():
    assert ActionKind.DEBRIEF not in kinds(make_app(debriefed=True), "2026-11-10T12:00")


# -- check-in -------------------------------------------------------------------------------


def thanked(start: str = "2026-11-10T10:00", timeline: str = "", **kw) -> Application:
    app = make_app(start=start, timeline=timeline, **kw)
    end = at(start) + timedelta(hours=5)
    app.messages.append(Message(MessageKind.THANK_YOU, ["dana"], end))
    return app


def test_check_in_waits_for_the_business_day_after_the_stated_timeline():
    app = thanked(timeline="by the end of next week")  # said Tue 10 Nov: Fri 20 Nov
    action = only(app, "2026-11-12T09:00", ActionKind.CHECK_IN)
    assert action.due_from == at("2026-11-23T09:00")
    assert action.status is ActionStatus.UPCOMING
    assert "[check-in-after-timeline]" in action.reason
    assert "2026-11-20" in action.reason


def test_without_a_timeline_check_in_after_five_business_days_across_thanksgiving():
    app = thanked(start="2026-11-20T10:00")  # Fri; Thu 26 Nov is a holiday
    action = only(app, "2026-11-21T09:00", ActionKind.CHECK_IN)
    assert action.due_from == at("2026-11-30T09:00")
    assert "[check-in-after-week]" in action.reason


def test_a_timeline_ending_before_thanksgiving_moves_past_the_holiday():
    app = thanked(start="2026-11-23T10:00", timeline="by Wednesday")  # Wed 25 Nov
    assert only(app, "2026-11-24T09:00", ActionKind.CHECK_IN).due_from == at("2026-11-27T09:00")


def test_a_timeline_ending_on_christmas_eve_moves_past_christmas():
    app = thanked(start="2026-12-14T10:00")
    app.interviews[0].decision_date = date(2026, 12, 24)
    action = only(app, "2026-12-15T09:00", ActionKind.CHECK_IN)
    assert action.due_from == at("2026-12-28T09:00")
    assert "set by you" in action.reason


def test_check_in_becomes_due_then_overdue():
    app = thanked(start="2026-11-20T10:00")
    assert only(app, "2026-11-30T10:00", ActionKind.CHECK_IN).status is ActionStatus.DUE
    assert only(app, "2026-12-03T09:00", ActionKind.CHECK_IN).status is ActionStatus.OVERDUE


def test_an_unreadable_timeline_falls_back_to_a_week_and_says_so():
    app = thanked(timeline="when the stars align")
    action = only(app, "2026-11-11T09:00", ActionKind.CHECK_IN)
    assert "could not be read" in action.reason
    assert action.due_from == at("2026-11-17T09:00")


def test_no_check_in_while_a_next_round_is_scheduled():
    app = thanked()
    app.interviews.append(Interview("r2", Stage.SECOND_ROUND, at("2026-11-30T10:00"), 60, ["dana"]))
    assert ActionKind.CHECK_IN not in kinds(app, "2026-11-20T09:00")


def test_standard_policy_moves_on_a_week_after_one_unanswered_check_in():
    app = thanked(start="2026-11-02T10:00")
    send(app, MessageKind.CHECK_IN, "2026-11-09T09:30")
    found = actions(app, "2026-11-12T09:00")
    assert [a.kind for a in found] == [ActionKind.MOVE_ON]
    assert found[0].due_from == at("2026-11-16T09:00")
    assert "[policy-limit]" in found[0].reason


def test_extended_policy_allows_a_second_check_in_a_week_later():
    app = thanked(start="2026-11-02T10:00")
    send(app, MessageKind.CHECK_IN, "2026-11-09T09:30")
    action = only(app, "2026-11-10T09:00", ActionKind.CHECK_IN, Policy.EXTENDED)
    assert action.due_from >= at("2026-11-16T09:00")
    assert "check-in 2 of 2" in action.reason
    send(app, MessageKind.CHECK_IN, "2026-11-16T09:30")
    assert kinds(app, "2026-11-17T09:00", Policy.EXTENDED) == [ActionKind.MOVE_ON]


def test_persistent_policy_labels_the_third_check_in_final():
    app = thanked(start="2026-11-02T10:00")
    send(app, MessageKind.CHECK_IN, "2026-11-09T09:30")
    assert not only(app, "2026-11-10T09:00", ActionKind.CHECK_IN, Policy.PERSISTENT).final
    send(app, MessageKind.CHECK_IN, "2026-11-16T09:30")
    third = only(app, "2026-11-17T09:00", ActionKind.CHECK_IN, Policy.PERSISTENT)
    assert third.final and "final check-in" in third.reason
    assert third.due_from == at("2026-11-23T09:00")


def test_a_reply_resets_the_count_and_a_new_date_moves_the_check_in():
    app = thanked(start="2026-11-02T10:00")
    send(app, MessageKind.CHECK_IN, "2026-11-09T09:30")
    receive(app, ReplyKind.UPDATE, "2026-11-10T12:00", new_date=date(2026, 12, 4))
    send(app, MessageKind.REPLY_UPDATE, "2026-11-10T13:00")
    action = only(app, "2026-11-11T09:00", ActionKind.CHECK_IN)
    assert action.due_from == at("2026-12-07T09:00")
    assert "[update-new-date]" in action.reason


def test_weekly_cadence_holds_even_when_an_update_names_an_early_date():
    app = thanked(start="2026-11-02T10:00")
    send(app, MessageKind.CHECK_IN, "2026-11-09T09:30")
    receive(app, ReplyKind.UPDATE, "2026-11-10T12:00", new_date=date(2026, 11, 11))
    send(app, MessageKind.REPLY_UPDATE, "2026-11-10T13:00")
    action = only(app, "2026-11-10T14:00", ActionKind.CHECK_IN)
    assert action.due_from == at("2026-11-16T09:00")
    assert "[weekly-cadence]" in action.reason


# -- replies --------------------------------------------------------------------------------


def test_an_offer_gets_an_answer_within_24_hours_and_nothing_else():
    app = thanked()
    receive(app, ReplyKind.OFFER, "2026-11-18T10:00")
    found = actions(app, "2026-11-18T11:00")
    assert [a.kind for a in found] == [ActionKind.REPLY_OFFER]
    assert found[0].due_by == at("2026-11-19T10:00")


def test_a_rejection_gets_a_gracious_answer_then_nothing():
    app = thanked()
    receive(app, ReplyKind.REJECTION, "2026-11-24T16:00")
    found = actions(app, "2026-11-25T09:00")
    assert [a.kind for a in found] == [ActionKind.REPLY_REJECTION]
    assert found[0].due_by == at("2026-11-27T17:00")  # Wed, then Fri: Thanksgiving skipped
    send(app, MessageKind.REPLY_REJECTION, "2026-11-25T10:00")
    assert actions(app, "2026-11-25T11:00") == []


def test_a_request_is_answered_by_the_next_business_day():
    app = thanked()
    receive(app, ReplyKind.REQUEST_INFO, "2026-11-25T16:00")
    assert only(app, "2026-11-25T17:00", ActionKind.REPLY_REQUEST).due_by == at("2026-11-27T17:00")


@pytest.mark.parametrize(
    "status", [AppStatus.WITHDRAWN, AppStatus.CLOSED, AppStatus.ACCEPTED, AppStatus.REJECTED]
)
def test_finished_applications_get_no_follow_ups(status):
    assert actions(make_app(status=status, debriefed=False), "2026-11-10T12:00") == []


# -- properties -----------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2026, 1, 5), max_value=datetime(2027, 12, 20)).map(
    lambda d: d.replace(tzinfo=NY)
)


@st.composite
def histories(draw):
    start = draw(moments)
    app = make_app(
        start=start.replace(tzinfo=None).isoformat(timespec="minutes"),
        interviewers=tuple(
            draw(
                st.lists(
                    st.sampled_from(["dana", "lee", "sam"]), min_size=1, max_size=3, unique=True
                )
            )
        ),
        timeline=draw(
            st.sampled_from(
                ["", "by Friday", "in two weeks", "by the end of the month", "gibberish"]
            )
        ),
        debriefed=draw(st.booleans()),
    )
    for _ in range(draw(st.integers(0, 4))):
        when = start + timedelta(hours=draw(st.integers(1, 24 * 40)))
        kind = draw(st.sampled_from([MessageKind.THANK_YOU, MessageKind.CHECK_IN]))
        app.messages.append(Message(kind, [app.interviews[0].interviewers[0]], when))
    if draw(st.booleans()):
        when = start + timedelta(hours=draw(st.integers(1, 24 * 40)))
        app.replies.append(
            Reply(
                "dana" if app.contact("dana") else app.contacts[0].key,
                when,
                "",
                draw(st.sampled_from(list(ReplyKind))),
            )
        )
    return app


@hsettings(max_examples=150, deadline=None)
@given(histories(), st.integers(-24 * 10, 24 * 60), st.sampled_from(list(Policy)))
def test_every_action_is_well_formed(app, hours_after, policy):
    now = app.interviews[0].starts_at + timedelta(hours=hours_after)
    for action in plan_application(app, Settings(policy=policy), now, CAL):
        assert action.due_from <= action.due_by
        expected = (
            ActionStatus.UPCOMING
            if now < action.due_from
            else ActionStatus.DUE
            if now <= action.due_by
            else ActionStatus.OVERDUE
        )
        assert action.status is expected
        assert action.reason.rstrip().endswith("]") or "[" in action.reason
        assert action.due_from.utcoffset() is not None


@hsettings(max_examples=100, deadline=None)
@given(histories(), st.integers(0, 24 * 60))
def test_plans_are_deterministic_and_check_ins_fall_on_business_days(app, hours_after):
    now = app.interviews[0].starts_at + timedelta(hours=hours_after)
    first = plan([app], Settings(), now, CAL)
    assert first == plan([app], Settings(), now, CAL)
    kinds_seen = [a.kind for a in first]
    assert kinds_seen.count(ActionKind.CHECK_IN) <= 1
    assert not (ActionKind.CHECK_IN in kinds_seen and ActionKind.MOVE_ON in kinds_seen)
    for action in first:
        if action.kind in (ActionKind.CHECK_IN, ActionKind.MOVE_ON):
            assert CAL.is_business_day(action.due_from.date())


@hsettings(max_examples=100, deadline=None)
@given(histories())
def test_check_ins_keep_a_week_after_the_last_follow_up(app):
    now = app.interviews[0].starts_at + timedelta(days=70)
    sent = [m.sent_at for m in app.messages if m.kind is MessageKind.CHECK_IN]
    for action in plan_application(app, Settings(policy=Policy.PERSISTENT), now, CAL):
        if action.kind is ActionKind.CHECK_IN and sent:
            assert action.due_from.date() >= max(sent).astimezone(NY).date() + timedelta(days=7)
