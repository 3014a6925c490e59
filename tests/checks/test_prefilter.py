"""The phrase rules' pre-filter: skipping alternatives whose words are absent changes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from followup.checks import CheckContext, check, phrases, spots
from followup.checks.context import CheckConfig
from followup.checks.needs import needs, present
from followup.checks.phrases import PhraseRule, first_matches
from followup.checks.registry import all_rules
from followup.checks.text import compile_phrases, phrase_pattern

from .conftest import make_draft
from .test_rules import FIRES, QUIET, _findings

_RULES = [r for r in all_rules() if isinstance(r, PhraseRule)]
FRAGMENTS = sorted({f for r in _RULES for f in (*r.patterns, *r.cased_patterns)})
#: Every string the fragments' needs name, and the plain words of the fragments.
VOCABULARY = sorted(
    {w for f in FRAGMENTS for group in needs(f) for w in group}
    | {w for f in FRAGMENTS for w in re.findall(r"[a-z']+", f)}
)
#: Text that comes close to the phrases: their own words, and strings their patterns match.
PIECES = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(FRAGMENTS).flatmap(lambda f: st.from_regex(f, fullmatch=True)),
    st.sampled_from([" ", " ", ", ", ". ", "\n", "-", "'", "’", "!", "?", "U", "İ", "x"]),
)
TEXT = st.lists(PIECES, max_size=12).map("".join)
USER_PHRASES = CheckConfig(
    phrases={"pushy": ("answer me now", "a|b"), "casual": ("ok ok", "c'mon"), "salary": ("pay",)}
)


@contextmanager
def _first_drafts(prefilter: bool) -> Iterator[None]:
    """Every part goes the way a process's first drafts go, with or without the pre-filter."""
    saved = phrases.WARM_UP, phrases.PREFILTER
    phrases.WARM_UP, phrases.PREFILTER = 10**9, prefilter
    try:
        yield
    finally:
        phrases.WARM_UP, phrases.PREFILTER = saved


def _both_ways(text: str, context: CheckContext | None = None) -> tuple[list, list]:
    with _first_drafts(True):
        filtered = check(text, context)
    with _first_drafts(False):
        plain = check(text, context)
    return filtered, plain


@given(st.sampled_from(FRAGMENTS), TEXT)
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_a_fragment_matches_only_text_holding_its_words(fragment, text):
    for haystack in (text, text.lower()):
        if compile_phrases([fragment], flags=0).search(haystack):  # type: ignore[union-attr]
            assert present(needs(fragment), haystack), (fragment, needs(fragment), haystack)


@given(st.sampled_from(_RULES), TEXT)
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_merged_alternatives_find_what_the_alternation_finds(rule, text):
    for alternatives, haystack in (
        (list(rule.patterns), text.lower()),
        (list(rule.cased_patterns), text),
        ([*rule.patterns, phrase_pattern(["answer me now", "a|b", "ok ok"])], text.lower()),
    ):
        whole = compile_phrases(alternatives, flags=0)
        if whole is None:
            continue
        assert first_matches(alternatives, haystack) == [m.span() for m in whole.finditer(haystack)]


@given(TEXT, st.booleans())
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_generated_drafts_get_the_same_findings_with_the_pre_filter(body, own_phrases):
    context = CheckContext(config=USER_PHRASES) if own_phrases else None
    text = make_draft(body, subject=body.replace("\n", " ")[:80] or "The forecast")
    filtered, plain = _both_ways(text, context)
    assert filtered == plain


def test_rule_fixtures_get_the_same_findings_with_the_pre_filter(application, settings):
    for code, body, opts in FIRES + QUIET:
        with _first_drafts(True):
            filtered = _findings(code, body, opts, make_draft, application, settings)
        with _first_drafts(False):
            plain = _findings(code, body, opts, make_draft, application, settings)
        assert filtered == plain, (code, body)


def test_a_clean_draft_compiles_almost_nothing():
    text = make_draft(
        "Thank you for walking me through the plan to rebuild the weekly demand forecast. "
        "Your point about late shipments stayed with me."
    )
    spots._ONE.clear()
    with _first_drafts(True):
        assert check(text) == []
    # Only the lower-case "u" and "ur" of FU301 are words such a draft can hold.
    assert len(spots._ONE) <= 4
