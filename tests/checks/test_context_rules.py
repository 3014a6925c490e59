"""Rules that read the application's history: timing, panel duplicates and group notes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followup.checks import CheckContext, Peer, check
from followup.model import Draft, Message, MessageKind, Policy, Reply, ReplyKind

CHECK_IN = (
    "Subject: Data Analyst role - checking in\n\nHi Dana,\n\nI wanted to check in on the Data "
    "Analyst role; the demand forecasting work we discussed still excites me.\n\nBest regards,\nJordan\n"
)


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


def codes(text, application, settings, now, **extra) -> list[str]:
    context = CheckContext(application=application, settings=settings, now=now, **extra)
    return [f.code for f in check(text, context)]


@pytest.fixture
def thanked(application):
    application.messages.append(Message(MessageKind.THANK_YOU, ["dana"], at(10, 20)))
    return application


def test_check_in_before_the_window_is_too_soon(thanked, settings):
    found = codes(CHECK_IN, thanked, settings, at(12))
    assert "FU601" in found
    message = next(
        f.message
        for f in check(CHECK_IN, CheckContext(application=thanked, settings=settings, now=at(12)))
        if f.code == "FU601"
    )
    assert "17 Nov 2026" in message


def test_check_in_once_due_is_fine(thanked, settings):
    assert not {"FU601", "FU602", "FU603"} & set(codes(CHECK_IN, thanked, settings, at(20)))


def test_timing_rules_skip_without_application(settings):
    context = CheckContext(settings=settings, now=at(12))
    assert not {"FU601", "FU602", "FU603"} & {f.code for f in check(CHECK_IN, context)}


def test_thank_you_is_not_judged_by_timing(thanked, settings, draft):
    text = draft("Thank you for explaining the demand forecasting plan in such detail.")
    assert not {"FU601", "FU602", "FU603"} & set(
        codes(text, thanked, settings, at(11), kind=MessageKind.THANK_YOU)
    )


def test_follow_up_within_a_week_is_too_frequent(thanked, settings):
    thanked.messages.append(Message(MessageKind.CHECK_IN, ["dana"], at(18)))
    settings.policy = Policy.EXTENDED  # two check-ins allowed, so only the spacing is wrong
    found = codes(CHECK_IN, thanked, settings, at(21))
    assert "FU602" in found and "FU603" not in found


def test_a_reply_resets_spacing_and_count(thanked, settings):
    thanked.messages.append(Message(MessageKind.CHECK_IN, ["dana"], at(18)))
    thanked.replies.append(Reply("dana", at(19), "We need one more week.", ReplyKind.UPDATE))
    found = codes(CHECK_IN, thanked, settings, at(27))
    assert "FU602" not in found and "FU603" not in found


def test_beyond_the_policy_is_over_limit(thanked, settings):
    thanked.messages.append(Message(MessageKind.CHECK_IN, ["dana"], at(18)))
    assert "FU603" in codes(CHECK_IN, thanked, settings, at(30))
    settings.policy = Policy.EXTENDED
    assert "FU603" not in codes(CHECK_IN, thanked, settings, at(30))


PANEL_BODY = (
    "Thank you for walking me through the plan to rebuild the weekly demand forecast. "
    "I enjoyed hearing how the planners use it every Monday, and I would love to help "
    "make it faster.\n\nBest regards,\nJordan\n"
)


def test_same_note_as_a_saved_draft_to_another_panelist(application, settings):
    application.drafts.append(
        Draft(
            MessageKind.THANK_YOU, ["sam"], "Thanks", "Hi Sam,\n\n" + PANEL_BODY, at(10, 18), "r1"
        )
    )
    text = "Subject: The forecast rebuild\n\nHi Dana,\n\n" + PANEL_BODY
    context = CheckContext(
        application=application, settings=settings, to=application.contact("dana"), now=at(10, 19)
    )
    found = [f for f in check(text, context) if f.code == "FU604"]
    assert found and "Sam Okafor" in found[0].message


def test_own_earlier_draft_and_different_notes_are_fine(application, settings):
    application.drafts.append(
        Draft(
            MessageKind.THANK_YOU, ["dana"], "Thanks", "Hi Dana,\n\n" + PANEL_BODY, at(10, 18), "r1"
        )
    )
    application.messages.append(
        Message(
            MessageKind.THANK_YOU,
            ["sam"],
            at(10, 18),
            "Dashboards",
            "Hi Sam,\n\nYour account of why the old sales dashboards went unused was candid and useful.",
        )
    )
    text = "Subject: The forecast rebuild\n\nHi Dana,\n\n" + PANEL_BODY
    context = CheckContext(
        application=application, settings=settings, to=application.contact("dana")
    )
    assert "FU604" not in [f.code for f in check(text, context)]


def test_peers_in_the_same_call(settings):
    text = "To: Dana <dana@x.example>\nSubject: The forecast\n\nHi Dana,\n\n" + PANEL_BODY
    same = Peer("sam.txt", "Hi Sam,\n\n" + PANEL_BODY, ("sam", "sam@x.example"))
    to_dana = Peer("dana-v2.txt", "Hi Dana,\n\n" + PANEL_BODY, ("dana", "dana@x.example"))
    assert "FU604" in [f.code for f in check(text, CheckContext(peers=(same,)))]
    assert "FU604" not in [f.code for f in check(text, CheckContext(peers=(to_dana,)))]


def test_one_thank_you_to_two_interviewers(application, settings, draft):
    text = draft(
        "Thank you both for explaining the demand forecasting plan.",
        to="Dana Whitfield <dana@northwind.example>",
    ).replace("\nSubject:", "\nCc: Sam Okafor <sam@northwind.example>\nSubject:")
    context = CheckContext(application=application, settings=settings, kind=MessageKind.THANK_YOU)
    found = [f for f in check(text, context) if f.code == "FU605"]
    assert found and found[0].line == 2 and "2 interviewers" in found[0].message


def test_recruiter_in_cc_is_not_a_panel(application, settings, draft):
    text = draft(
        "Thank you for explaining the demand forecasting plan.",
        to="Dana Whitfield <dana@northwind.example>",
    ).replace("\nSubject:", "\nCc: Priya Raman <priya@northwind.example>\nSubject:")
    context = CheckContext(application=application, settings=settings, kind=MessageKind.THANK_YOU)
    assert "FU605" not in [f.code for f in check(text, context)]


def test_recipient_comes_from_the_to_line(application, settings, draft):
    text = draft(
        "Thank you for explaining the dbt migration.",
        greeting="Hi Sam,",
        to="Dana Whitfield <dana@northwind.example>",
    )
    context = CheckContext(application=application, settings=settings)
    assert "FU501" in [f.code for f in check(text, context)]
