"""The pure core: choosing, filling and tidying a draft."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from followup.drafting import draft_for_action, format_draft, render_draft
from followup.drafting.environment import TEMPLATES
from followup.drafting.render import choose_template, parse_edited
from followup.errors import InputError, NotFoundError
from followup.model import (
    Action,
    ActionKind,
    ActionStatus,
    MessageKind,
    ReplyKind,
    Stage,
)


def _action(kind: ActionKind, to: tuple[str, ...] = ("dana",), final: bool = False) -> Action:
    start = datetime(2026, 11, 30, 9)
    return Action(
        "northwind",
        "r1",
        kind,
        to,
        start,
        start + timedelta(days=2),
        ActionStatus.DUE,
        "test",
        final,
    )


def test_thank_you_names_the_topic_strength_and_missed_point(settings, now, make_app):
    draft = render_draft(make_app(), MessageKind.THANK_YOU, settings, now)
    assert draft.template == "thank_you_round"
    assert "moving the weekly revenue reports to dbt" in draft.body
    assert "I rebuilt a reporting pipeline in dbt" in draft.body
    assert "I used Looker daily" in draft.body
    assert draft.missing == ()
    assert draft.body.rstrip().endswith("Jordan Lee")
    assert draft.to[0].key == "dana"


@pytest.mark.parametrize(
    ("stage", "template"),
    [
        (Stage.PHONE_SCREEN, "thank_you_phone_screen"),
        (Stage.FIRST_ROUND, "thank_you_round"),
        (Stage.SECOND_ROUND, "thank_you_round"),
        (Stage.OTHER, "thank_you_round"),
        (Stage.FINAL_ROUND, "thank_you_final"),
    ],
)
def test_thank_you_template_follows_the_stage(settings, now, stage, template, make_app):
    assert render_draft(make_app(stage), MessageKind.THANK_YOU, settings, now).template == template


def test_panel_members_each_get_their_own_note(settings, now, make_app):
    app = make_app(panel=True)
    drafts = [
        render_draft(app, MessageKind.THANK_YOU, settings, now, to=key)
        for key in ("dana", "elena", "ravi")
    ]
    assert {d.template for d in drafts} == {"thank_you_panel"}
    assert "dbt" in drafts[0].body and "monolith" in drafts[1].body
    assert "Denver" in drafts[2].body
    # No sentence of one note appears in another, beyond greeting and sign-off.
    bodies = [set(_sentences(d.body)) for d in drafts]
    for i, one in enumerate(bodies):
        for other in bodies[i + 1 :]:
            assert not one & other
    assert len({d.subject for d in drafts}) == 3


def test_same_input_same_draft(settings, now, make_app):
    first = render_draft(make_app(), MessageKind.CHECK_IN, settings, now)
    again = render_draft(make_app(), MessageKind.CHECK_IN, settings, now)
    assert first == again


def test_missing_topics_are_said_in_words_and_listed(settings, now, make_app):
    app = make_app()
    app.interviews[0].topics = {}
    app.interviews[0].strengths = []
    draft = render_draft(app, MessageKind.THANK_YOU, settings, now)
    assert "(Still to add: a topic you discussed with Dana.)" in draft.body
    assert any("followup debrief northwind r1 --topic dana:TEXT" in m for m in draft.missing)
    assert not re.search(r"[\[\]{}<>]", draft.body)


def test_missing_name_is_listed(settings, now, make_app):
    draft = render_draft(make_app(), MessageKind.WITHDRAWAL, settings.replace(your_name=""), now)
    assert any("followup settings --name" in m for m in draft.missing)


def test_check_in_after_a_stated_date_names_it(settings, now, make_app):
    draft = render_draft(make_app(), MessageKind.CHECK_IN, settings, now)
    assert draft.template == "check_in_after_date"
    assert "November 27" in draft.body or "November 27" in draft.subject
    early = render_draft(make_app(), MessageKind.CHECK_IN, settings, now - timedelta(days=5))
    assert early.template == "check_in_after_week"  # the date has not passed yet


def test_check_in_without_a_timeline_waits_a_week(settings, now, make_app):
    app = make_app()
    app.interviews[0].timeline = ""
    draft = render_draft(app, MessageKind.CHECK_IN, settings, now)
    assert draft.template == "check_in_after_week"


def test_reply_update_repeats_the_new_date(settings, now, make_app, with_reply):
    app = with_reply(make_app(), ReplyKind.UPDATE, date(2026, 12, 8))
    draft = render_draft(app, MessageKind.REPLY_UPDATE, settings, now)
    assert "December 8" in draft.body
    assert draft.in_reply_to is app.replies[0]


def test_reply_request_asks_the_user_for_the_answer(settings, now, make_app, with_reply):
    app = with_reply(make_app(), ReplyKind.REQUEST_INFO)
    draft = render_draft(app, MessageKind.REPLY_REQUEST, settings, now)
    assert "(Still to add: what Dana asked you for.)" in draft.body
    assert draft.missing


def test_offer_time_asks_for_three_business_days(settings, now, make_app, with_reply):
    app = with_reply(make_app(), ReplyKind.OFFER)
    draft = render_draft(app, MessageKind.OFFER_TIME, settings, now)
    assert "Thursday, December 3" in draft.body  # Mon 30 Nov + 3 business days


def test_offer_time_skips_holidays_from_the_calendar(settings, make_app, with_reply, zone):
    from followup.schedule.workdays import BusinessCalendar

    app = with_reply(make_app(), ReplyKind.OFFER)
    wednesday = datetime(2026, 12, 23, 12, tzinfo=zone)
    calendar = BusinessCalendar({date(2026, 12, 25): "Christmas Day"})
    draft = render_draft(app, MessageKind.OFFER_TIME, settings, wednesday, calendar=calendar)
    assert "Tuesday, December 29" in draft.body


def test_expedite_needs_a_recorded_deadline(settings, now, make_app):
    with pytest.raises(InputError, match="real deadline"):
        render_draft(make_app(), MessageKind.EXPEDITE, settings, now)
    app = make_app(offer_deadline=date(2026, 12, 4))
    draft = render_draft(app, MessageKind.EXPEDITE, settings, now)
    assert "Friday, December 4" in draft.body


def test_value_add_uses_the_article_and_a_topic(settings, now, make_app):
    draft = render_draft(
        make_app(), MessageKind.VALUE_ADD, settings, now, about="a dbt Labs post on metrics layers"
    )
    assert "dbt Labs post on metrics layers" in draft.body
    missing = render_draft(make_app(), MessageKind.VALUE_ADD, settings, now).missing
    assert any("--about TEXT" in m for m in missing)


def test_linkedin_note_is_short_and_has_no_subject(settings, now, make_app):
    draft = render_draft(make_app(), MessageKind.LINKEDIN, settings, now)
    assert draft.subject == ""
    assert len(draft.body) <= 300
    assert "Subject:" not in format_draft(draft)


def test_other_kind_has_no_template(settings, now, make_app):
    with pytest.raises(InputError):
        render_draft(make_app(), MessageKind.OTHER, settings, now)


def test_unknown_contact_and_interview_are_named(settings, now, make_app):
    with pytest.raises(NotFoundError, match="no contact 'zoe'"):
        render_draft(make_app(), MessageKind.THANK_YOU, settings, now, to="zoe")
    with pytest.raises(NotFoundError, match="no interview 'r9'"):
        render_draft(make_app(), MessageKind.THANK_YOU, settings, now, interview="r9")


def test_thank_you_without_any_interview_says_what_to_do(settings, now, make_app):
    with pytest.raises(InputError, match="followup interview northwind"):
        render_draft(make_app(interviews=[]), MessageKind.THANK_YOU, settings, now)


def test_no_contact_still_drafts(settings, now, make_app):
    app = make_app(contacts=[])
    app.interviews[0].interviewers = []
    draft = render_draft(app, MessageKind.CHECK_IN, settings, now)
    assert draft.to == ()
    assert draft.body.startswith("Hello,")


@pytest.mark.parametrize(
    ("kind", "template"),
    [
        (ActionKind.THANK_YOU, "thank_you_round"),
        (ActionKind.CHECK_IN, "check_in_after_date"),
        (ActionKind.MOVE_ON, "closing_note"),
        (ActionKind.REPLY_UPDATE, "reply_update"),
        (ActionKind.REPLY_REJECTION, "reply_rejection"),
        (ActionKind.REPLY_REQUEST, "reply_request"),
        (ActionKind.REPLY_OFFER, "offer_time"),
    ],
)
def test_every_action_maps_to_a_draft(settings, now, kind, template, make_app):
    draft = draft_for_action(make_app(), _action(kind), settings, now)
    assert draft.template == template


def test_final_check_in_action_uses_the_final_template(settings, now, make_app):
    action = _action(ActionKind.CHECK_IN, final=True)
    assert draft_for_action(make_app(), action, settings, now).kind is MessageKind.FINAL_CHECK_IN
    assert draft_for_action(make_app(), action, settings, now).template == "final_check_in"


def test_offer_action_can_draft_an_acceptance(settings, now, make_app):
    draft = draft_for_action(
        make_app(), _action(ActionKind.REPLY_OFFER), settings, now, kind=MessageKind.OFFER_ACCEPT
    )
    assert draft.template == "offer_accept"


def test_debrief_action_is_not_a_message(settings, now, make_app):
    with pytest.raises(InputError, match="debrief is notes for you"):
        draft_for_action(make_app(), _action(ActionKind.DEBRIEF), settings, now)


def test_every_message_kind_but_other_has_a_template(zone):
    names = set(TEMPLATES)
    for kind in MessageKind:
        if kind in (MessageKind.OTHER, MessageKind.THANK_YOU, MessageKind.CHECK_IN):
            continue
        assert choose_template(kind, None, False, None, None, datetime.now(zone)) in names


def test_format_draft_shape(settings, now, make_app):
    text = format_draft(render_draft(make_app(), MessageKind.THANK_YOU, settings, now))
    head, body = text.split("\n\n", 1)
    assert head.splitlines()[0] == "To: Dana Whitfield <dana@northwind.example>"
    assert head.splitlines()[1].startswith("Subject: ")
    assert body.startswith(("Dear Dana,", "Hello Dana,", "Hi Dana,"))


def test_contact_without_email_gets_no_to_line(settings, now, make_app):
    app = make_app()
    app.contacts[0].email = ""
    text = format_draft(render_draft(app, MessageKind.THANK_YOU, settings, now))
    assert not text.startswith("To:")
    assert text.startswith("Subject: ")


@pytest.mark.parametrize(
    "name",
    [
        "Marcus O'Neill",
        "Elena Kovač",
        "Tomás Álvarez",
        "王伟",
        "Zoë d'Arcy-Ngata",
        "Dr. Amara Okafor",
    ],
)
def test_names_render_as_written(settings, now, name, make_app):
    app = make_app()
    app.contacts[0].name = name
    text = format_draft(render_draft(app, MessageKind.THANK_YOU, settings, now))
    greeting = text.split("\n\n")[1]
    expected = "Dr. Okafor" if name.startswith("Dr.") else name.split()[0]
    assert greeting.endswith(f" {expected},")
    assert name in text.splitlines()[0]


def test_display_name_with_comma_is_quoted(settings, now, make_app):
    app = make_app()
    app.contacts[0].name = "Whitfield, Dana"
    text = format_draft(render_draft(app, MessageKind.THANK_YOU, settings, now))
    assert text.splitlines()[0] == 'To: "Whitfield, Dana" <dana@northwind.example>'


def test_newlines_in_names_cannot_add_headers(settings, now, make_app):
    app = make_app()
    app.contacts[0].name = "Dana\r\nBcc: everyone@example.com"
    app.contacts[0].email = "dana@northwind.example\nCc: x@example.com"
    app.role = "Analyst\nBcc: spy@example.com"
    text = format_draft(render_draft(app, MessageKind.THANK_YOU, settings, now))
    head = text.split("\n\n", 1)[0]
    assert len(head.splitlines()) == 2
    assert not any(line.startswith(("Bcc", "Cc")) for line in text.splitlines())


def test_parse_edited_reads_subject_and_body():
    subject, body = parse_edited("To: a <a@b.c>\nSubject: New words\n\nHi Dana,\n\nBody.\n", "Old")
    assert subject == "New words"
    assert body == "Hi Dana,\n\nBody."
    assert parse_edited("Just a body.\n", "Old") == ("Old", "Just a body.")


def test_contact_defaults_to_reply_sender_for_answers(settings, now, make_app, with_reply):
    app = with_reply(make_app(panel=True), ReplyKind.REJECTION)
    app.replies[0].sender = "ravi"
    draft = render_draft(app, MessageKind.REPLY_REJECTION, settings, now)
    assert draft.to[0].key == "ravi"


def test_contact_object_is_not_mutated(settings, now, make_app):
    app = make_app()
    before = app.contacts[0].replace()
    render_draft(app, MessageKind.THANK_YOU, settings, now)
    assert app.contacts[0] == before


def _sentences(body: str) -> list[str]:
    core = body.split("\n\n")[1:-1]
    return [s for p in core for s in re.split(r"(?<=[.?!])\s+", p) if s]


@settings_(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    name=st.text(max_size=30),
    topic=st.text(max_size=60),
    role=st.text(max_size=30),
    kind=st.sampled_from(
        [k for k in MessageKind if k not in (MessageKind.OTHER, MessageKind.EXPEDITE)]
    ),
)
def test_any_text_renders_without_breaking_the_shape(
    settings, now, make_app, name, topic, role, kind
):
    app = make_app(role=role)
    app.contacts[0].name = name
    app.interviews[0].topics["dana"] = [topic]
    text = format_draft(render_draft(app, kind, settings, now, to="dana"))
    head, _, body = text.partition("\n\n")
    assert all(line.startswith(("To: ", "Subject: ")) for line in head.splitlines()) or not head
    assert body.endswith("\n")
