"""Every built-in template, rendered with realistic data at every stage, meets the guides' bars."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest

from followup.drafting import format_draft, render_draft
from followup.drafting.environment import TEMPLATES
from followup.drafting.text import one_line
from followup.model import MessageKind, ReplyKind, Stage

ANSWERS = {
    MessageKind.REPLY_UPDATE: ReplyKind.UPDATE,
    MessageKind.REPLY_REJECTION: ReplyKind.REJECTION,
    MessageKind.REPLY_REQUEST: ReplyKind.REQUEST_INFO,
    MessageKind.OFFER_ACCEPT: ReplyKind.OFFER,
    MessageKind.OFFER_TIME: ReplyKind.OFFER,
}
KINDS = [k for k in MessageKind if k is not MessageKind.OTHER]
VAGUE = {"thank you", "thanks", "checking in", "following up", "follow up", "update", "interview"}
WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+")


def _core(body: str) -> str:
    """The body without greeting and sign-off, as the length rules count it."""
    paragraphs = body.split("\n\n")
    return "\n\n".join(paragraphs[1:-1]) if len(paragraphs) > 2 else body


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.?!])\s+|(?<=[.?!]\))\s+", text.replace("\n", " "))
    return [p for p in parts if p.strip()]


def _renders(make_app, with_reply, settings, now):
    """(label, kind, app, draft) for every kind, stage, and panel seat."""
    for stage in Stage:
        for panel in (False, True):
            seats = ("dana", "elena", "ravi") if panel else ("dana",)
            for kind in KINDS:
                app = make_app(stage, panel=panel, offer_deadline=date(2026, 12, 4))
                if kind in ANSWERS:
                    with_reply(app, ANSWERS[kind], date(2026, 12, 8))
                for seat in seats if kind is MessageKind.THANK_YOU else seats[:1]:
                    draft = render_draft(
                        app,
                        kind,
                        settings,
                        now,
                        to=seat,
                        about="a dbt Labs post on semantic layers",
                    )
                    yield f"{kind.value}/{stage.value}/{seat}/{panel}", kind, app, draft
                if kind is MessageKind.CHECK_IN:
                    app.interviews[0].timeline = ""  # no date given: the after-a-week note
                    draft = render_draft(app, kind, settings, now)
                    yield f"{kind.value}/{stage.value}/no-date/{panel}", kind, app, draft


@pytest.fixture
def renders(make_app, with_reply, settings, now):
    return list(_renders(make_app, with_reply, settings, now))


def test_every_render_is_complete_and_plain(renders):
    assert {draft.template for *_, draft in renders} == set(TEMPLATES)
    for label, kind, _app, draft in renders:
        text = format_draft(draft)
        assert not re.search(r"[\[\]{}<>]", draft.body), label
        if kind is not MessageKind.REPLY_REQUEST:  # only the user knows what was asked
            assert "Still to add" not in draft.body, label
            assert draft.missing == (), label
        assert "  " not in draft.body and " ." not in draft.body, label
        if kind is not MessageKind.LINKEDIN:
            assert draft.subject and draft.subject == one_line(draft.subject), label
            assert draft.subject.lower().strip(" .!") not in VAGUE, label
            assert text.startswith("To: "), label


def test_lengths_follow_the_guides(renders):
    for label, kind, app, draft in renders:
        core = _core(draft.body)
        words = len(WORD.findall(core))
        sentences = len(_sentences(core))
        if kind is MessageKind.THANK_YOU:
            assert sentences <= 7 and words <= 200, (label, sentences, words)
            if app.interviews[0].stage is Stage.PHONE_SCREEN:
                assert sentences <= 3, (label, draft.body)
        elif kind in (MessageKind.CHECK_IN, MessageKind.FINAL_CHECK_IN):
            assert words <= 120, (label, words)
        elif kind is MessageKind.LINKEDIN:
            assert len(draft.body) <= 300, label
        else:
            assert words <= 150, (label, words)


def test_no_error_from_the_checker(renders, settings, now):
    checks = pytest.importorskip("followup.checks", reason="the draft checker is not installed")
    for label, kind, app, draft in renders:
        context = checks.CheckContext(
            kind=kind,
            stage=app.interviews[0].stage,
            application=app,
            to=draft.to[0] if draft.to else None,
            settings=settings,
            interview=draft.interview,
        )
        errors = [f for f in checks.check(format_draft(draft), context) if f.severity == "error"]
        if kind is MessageKind.REPLY_REQUEST:
            # Only the user knows what was asked: the draft's gap note must stop it being sent.
            gaps = [f for f in errors if f.code == "FU103" and f.text.startswith("(Still to add:")]
            assert gaps, label
            errors = [f for f in errors if f not in gaps]
        assert not errors, (label, [(f.code, f.message) for f in errors], format_draft(draft))


def test_variety_bar_over_fifty_applications():
    path = Path(__file__).parents[2] / "benchmarks" / "draft_variety.py"
    spec = importlib.util.spec_from_file_location("draft_variety", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    settings = module.Settings(your_name="Jordan Lee")
    now = module.datetime(2026, 11, 30, 12, tzinfo=module.ZONE)
    words, sentence = module.longest_shared(module.generate_applications(50, 7), settings, now)
    assert words <= module.BAR_WORDS, sentence
