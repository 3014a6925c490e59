"""Reply classification against realistic employer emails, including near misses."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.model import ReplyKind
from followup.replies import Classification, classify_reply, find_date

RECEIVED = date(2026, 11, 16)  # a Monday

UPDATE, REJECTION, OFFER = ReplyKind.UPDATE, ReplyKind.REJECTION, ReplyKind.OFFER
REQUEST, INVITE, OTHER = ReplyKind.REQUEST_INFO, ReplyKind.INTERVIEW_INVITE, ReplyKind.OTHER

FIXTURES = [
    # --- rejections
    (
        "Hi Jordan, thank you for the time you spent with us. After a lot of thought we've "
        "decided to move forward with another candidate for this role.",
        REJECTION,
        None,
    ),
    (
        "Thanks for your interest in Northwind. We have decided not to proceed with your "
        "application at this stage.",
        REJECTION,
        None,
    ),
    (
        "Hello, I wanted to let you know that the position has been filled. We will keep your "
        "details on file.",
        REJECTION,
        None,
    ),
    (
        "Unfortunately, the team chose to go ahead with other candidates whose backgrounds "
        "line up more closely with the brief.",
        REJECTION,
        None,
    ),
    (
        "We regret to inform you that we won't be moving forward with your candidacy.",
        REJECTION,
        None,
    ),
    (
        "Thank you for interviewing. We will not be moving you to the next round, but we "
        "enjoyed meeting you.",
        REJECTION,
        None,
    ),
    (
        "After careful review you were not selected for the analyst opening. We wish you the "
        "best in your search.",
        REJECTION,
        None,
    ),
    (
        "We've decided to go in a different direction for this position.",
        REJECTION,
        None,
    ),
    (
        "Sadly we are unable to offer you the role, as the headcount was frozen this week.",
        REJECTION,
        None,
    ),
    # --- offers
    (
        "Jordan, we are delighted to offer you the Senior Data Analyst position! Details "
        "follow below.",
        OFFER,
        None,
    ),
    (
        "Great news: please find your offer letter attached. Let us know your decision by "
        "December 4.",
        OFFER,
        date(2026, 12, 4),
    ),
    (
        "The panel loved meeting you and we would like to extend an offer. Can we talk "
        "tomorrow about the details?",
        OFFER,
        None,
    ),
    (
        "Hi Jordan, we'd love to offer you the job. I'll call you to walk through it.",
        OFFER,
        None,
    ),
    # --- interview invitations
    (
        "Hi Jordan, we'd like to move forward with you and schedule a final round with our "
        "CTO next week.",
        INVITE,
        date(2026, 11, 27),
    ),
    (
        "Good news, we want to move you forward to the next round! What does your week look like?",
        INVITE,
        None,
    ),
    (
        "Could you share your availability for a second interview with the hiring manager?",
        INVITE,
        None,
    ),
    (
        "The team enjoyed talking with you. We'd like you to come back and meet the team on "
        "Thursday.",
        INVITE,
        date(2026, 11, 19),
    ),
    (
        "We would like to invite you to an onsite interview. Please pick a slot by Friday.",
        INVITE,
        date(2026, 11, 20),
    ),
    # --- requests
    (
        "Thanks again for coming in. Could you send over the names of two references?",
        REQUEST,
        None,
    ),
    (
        "Before we can extend an offer, could you please provide two professional references?",
        REQUEST,
        None,
    ),
    (
        "One more thing: please provide a link to your portfolio by Wednesday.",
        REQUEST,
        date(2026, 11, 18),
    ),
    (
        "Would you be able to send us a short writing sample? It helps the panel compare notes.",
        REQUEST,
        None,
    ),
    (
        "Hi Jordan, HR needs your salary expectations and your earliest start date.",
        REQUEST,
        None,
    ),
    # --- updates
    (
        "We are still reviewing candidates and expect to decide by Dec 4.",
        UPDATE,
        date(2026, 12, 4),
    ),
    (
        "Quick update on timeline: the hiring manager is travelling, so we need another week.",
        UPDATE,
        date(2026, 11, 23),
    ),
    (
        "Thank you for your patience. We hope to make a decision by the end of next week.",
        UPDATE,
        date(2026, 11, 27),
    ),
    (
        "Unfortunately we are still interviewing other candidates, so it will be a few more "
        "days before we can share news.",
        UPDATE,
        date(2026, 11, 19),
    ),
    (
        "The process is taking longer than planned. You remain under consideration and we "
        "will get back to you in two weeks.",
        UPDATE,
        date(2026, 11, 30),
    ),
    (
        "Just a quick note: we haven't made a decision yet but expect to get back to you "
        "next week.",
        UPDATE,
        date(2026, 11, 27),
    ),
    (
        "We can't move forward until the budget is signed off, which we expect by the end of "
        "the month.",
        UPDATE,
        date(2026, 11, 30),
    ),
    (
        "We are finishing the final round of interviews with other candidates this week and "
        "will be in touch after Thanksgiving.",
        UPDATE,
        date(2026, 11, 30),
    ),
    # --- near misses
    ("We're excited to move forward with you! More details soon.", UPDATE, None),
    (
        "We have decided to move forward with your application and will share next steps "
        "by Friday.",
        UPDATE,
        date(2026, 11, 20),
    ),
    ("Unfortunately we are not able to give you an update yet.", UPDATE, None),
    ("The role has been put on hold until January.", UPDATE, date(2027, 1, 1)),
    ("We'd like to offer you a second interview with the VP.", INVITE, None),
    ("Another candidate has accepted our offer, so the search is closed.", REJECTION, None),
    ("We have extended an offer to an internal candidate.", REJECTION, None),
    (
        "Could you let us know your availability for a call with the VP next Tuesday?",
        INVITE,
        date(2026, 11, 24),
    ),
    ("Please send your references and we'll finalise the offer paperwork.", REQUEST, None),
    (
        "We're pleased to tell you that you've been selected for a final round interview.",
        INVITE,
        None,
    ),
    # --- other
    ("Thanks for the note, Jordan!", OTHER, None),
    ("Received, thank you. Have a good weekend.", OTHER, None),
    ("", OTHER, None),
]


@pytest.mark.parametrize(("text", "kind", "new_date"), FIXTURES)
def test_fixture(text, kind, new_date):
    found = classify_reply(text, RECEIVED)
    assert found.kind is kind, found.evidence
    assert found.new_date == new_date
    if kind is not OTHER:
        assert found.evidence


def test_there_are_enough_fixtures_of_every_kind():
    assert len(FIXTURES) >= 30
    assert {kind for _, kind, _ in FIXTURES} == set(ReplyKind)


def test_evidence_is_from_the_text():
    found = classify_reply("We are STILL REVIEWING applications.", RECEIVED)
    assert found == Classification(UPDATE, None, "still reviewing")


def test_rejections_never_carry_a_date():
    text = "We decided to move forward with another candidate; we will reopen the role in March."
    assert classify_reply(text, RECEIVED).new_date is None


def test_find_date_ignores_days_mentioned_in_passing():
    assert find_date("Thanks for coming in on Monday. Lovely to meet you.", RECEIVED) is None
    assert find_date("We'll be in touch by Friday.", RECEIVED) == date(2026, 11, 20)


@given(st.text(max_size=400), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_any_text_gets_a_kind(text, received_on):
    found = classify_reply(text, received_on)
    assert found.kind in set(ReplyKind)
    if found.new_date is not None:
        assert found.new_date >= received_on


POSITIVE_FORWARD = [
    "we'd like to move forward with you",
    "we are moving forward with your application",
    "we want to move you forward to the next round",
    "we're keen to move ahead with you",
]


@given(
    st.sampled_from(POSITIVE_FORWARD),
    st.sampled_from(["Hi Jordan, ", "Great news! ", "", "Thanks for your time. "]),
    st.sampled_from([".", "!", " and will share more soon.", ", details to follow."]),
)
def test_moving_forward_with_you_is_never_a_rejection(core, opening, ending):
    found = classify_reply(opening + core + ending, RECEIVED)
    assert found.kind in (UPDATE, INVITE)


REJECTION_CORES = [
    "we have decided to move forward with another candidate",
    "the role has been filled",
    "we have decided not to proceed with your application",
    "unfortunately we have selected other candidates for this role",
]


@given(
    st.sampled_from(REJECTION_CORES),
    st.sampled_from(["Thank you for meeting the team last week. ", "Hi Jordan, ", ""]),
    st.sampled_from([" We will keep your CV on file.", " Best of luck.", ""]),
)
def test_rejections_win_over_friendly_boilerplate(core, opening, ending):
    found = classify_reply(f"{opening}{core}.{ending}", RECEIVED)
    assert found.kind is REJECTION
    assert found.new_date is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We expect to decide by Dec 4.", date(2026, 12, 4)),
        ("You should hear from us within 5 business days.", date(2026, 11, 23)),
        ("We will get back to you early next week.", date(2026, 11, 24)),
        ("Expect a decision in a couple of weeks.", date(2026, 11, 30)),
        ("The panel meets again on the 20th; we'll update you after that.", None),
        ("No date was given.", None),
    ],
)
def test_find_date(text, expected):
    assert find_date(text, RECEIVED) == expected
