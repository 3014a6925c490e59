"""The good-draft corpus stays free of errors, and known false positives stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.checks import CheckContext, check
from followup.model import MessageKind

CORPUS = Path(__file__).parent / "corpus" / "good"
DRAFTS = sorted(CORPUS.iterdir())


def _context(path: Path) -> CheckContext:
    # A LinkedIn note has no subject by nature; the CLI would be told with --kind linkedin.
    return CheckContext(kind=MessageKind.LINKEDIN) if "linkedin" in path.name else CheckContext()


def test_corpus_is_big_and_varied():
    assert len(DRAFTS) >= 25
    text = " ".join(p.read_text(encoding="utf-8") for p in DRAFTS).lower()
    for kind_marker in ("offer", "withdraw", "letting me know", "check in", "thank you"):
        assert kind_marker in text


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_good_draft_has_no_error(path):
    findings = check(path.read_text(encoding="utf-8"), _context(path), eml=path.suffix == ".eml")
    errors = [f"{f.line}:{f.column} {f.code} {f.text!r}" for f in findings if f.severity == "error"]
    assert errors == []


def test_good_corpus_has_few_warnings():
    warnings = [
        f
        for p in DRAFTS
        for f in check(p.read_text(encoding="utf-8"), _context(p), eml=p.suffix == ".eml")
    ]
    assert len(warnings) <= 3, [(w.code, w.text) for w in warnings]


FALSE_POSITIVES = [
    "I'd love to hear about next steps.",
    "Small checks benefit from early tests.",
    "Thank you for teaching me to pay attention to the edge cases.",
    "The migration paid off within a quarter.",
    "I met Mr. Heyward and his team on Friday.",
    "They explained how the rota works.",
    "The U.S. office leads the rollout.",
    "We discussed the 10:30 stand-up and the 9:00 review.",
    "See https://example.com/case-study:part-2 for the write-up.",
    "I can start as soon as my notice period ends.",
    "Sorry to hear that the launch slipped.",
    "The benefits of a tested pipeline were clear.",
    "Pay close attention to the seasonal spike.",
    "I'm happy to wait for the team's decision.",
    "Their playbook for hiring analysts impressed me.",
]


@pytest.mark.parametrize("sentence", FALSE_POSITIVES)
def test_false_positive_sentences_stay_clean(sentence, draft):
    text = draft(
        "Thank you for walking me through the plan to rebuild the demand forecast. " + sentence
    )
    assert [(f.code, f.text) for f in check(text)] == []


def test_company_called_lol_labs_is_not_slang(draft, application, settings):
    application.company = "Lol Labs"
    text = draft("Thank you for explaining the dbt migration at Lol Labs.")
    context = CheckContext(
        application=application, settings=settings, to=application.contact("dana")
    )
    assert [(f.code, f.text) for f in check(text, context)] == []


def test_hi_dana_is_a_proper_greeting(draft, application, settings):
    text = draft("Thank you for explaining the dbt migration.", greeting="Hi Dana,")
    context = CheckContext(
        application=application, settings=settings, to=application.contact("dana")
    )
    assert check(text, context) == []
