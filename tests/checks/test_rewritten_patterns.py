"""Patterns rewritten so the regex engine can skip ahead find what the plain ones find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from followup.checks.phrases import PhraseRule, _Finder
from followup.checks.registry import all_rules
from followup.checks.rules.fu103_unfilled_placeholder import _PLACEHOLDER, has_marker
from followup.checks.scope import _THANKS, ORG_NAME, ORG_SUFFIXES, _thanks
from followup.checks.starts import Places, known
from followup.checks.text import (
    _BOUNDARY,
    SIGN_OFF,
    _last_lines,
    _may_sign_off,
    compile_phrases,
    find_sign_off,
    literal_first,
)

from .test_shared_work import MARKER_TEXT

_CASED = [f for r in all_rules() if isinstance(r, PhraseRule) for f in r.cased_patterns]
#: Text made of the cased words, their letters and what may stand around them.
NEAR_WORDS = st.lists(
    st.sampled_from(
        [*_CASED, "u", "r", "y", "a", "U", "ya", "you", " ", " ", ",", "'", "’", "_", "\n", "é"]
    ),
    max_size=30,
).map("".join)
WORDS = st.lists(st.text(alphabet="abuyr A9", min_size=1, max_size=4), min_size=1, max_size=6)


def _spans(pattern, text):
    return [m.span() for m in pattern.finditer(text)]


@given(NEAR_WORDS)
def test_cased_words_letter_first_match_as_the_plain_alternation(text):
    plain = compile_phrases(_CASED, flags=0)
    assert _spans(literal_first(_CASED), text) == _spans(plain, text)


@given(WORDS, NEAR_WORDS)
def test_any_plain_words_letter_first_match_as_the_plain_alternation(words, text):
    assert _spans(literal_first(words), text) == _spans(compile_phrases(words, flags=0), text)


def test_words_with_regex_syntax_are_compiled_plainly():
    pattern = literal_first(["a.b", "c"])
    assert pattern is not None and pattern.pattern == compile_phrases(["a.b", "c"], flags=0).pattern


@given(NEAR_WORDS)
def test_places_are_where_the_look_behind_scanner_finds_them(text):
    fragments = [f for f in _CASED if known(f)]
    places = Places(fragments, "")
    old = re.compile(r"(?<![\w'’])(?=(?:" + "|".join(fragments) + "))")
    assert [start for start, _ in places.find(text)] == [m.start() for m in old.finditer(text)]


@given(NEAR_WORDS)
def test_trying_each_candidate_finds_what_the_alternation_finds(text):
    finder = _Finder(_CASED)
    places = Places(_CASED, "")
    tried = [(start, finder.candidates(key)) for start, key in places.find(text)]
    whole = compile_phrases(_CASED, flags=0)
    assert list(finder.at(text, tried)) == _spans(whole, text)


#: The patterns as they were written before being rewritten to begin with a character.
OLD_BOUNDARY = re.compile(
    r"[.!?]+[\"')\]’”]*(?:\s+|$)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)"
)
OLD_THANKS = re.compile(
    r"(?:thank you|thanks)\b[^.!?\n]{0,30}\b(?:for|again)\b"
    r"|\benjoyed (?:meeting|speaking|talking|our)\b"
)
OLD_ORG_NAME = re.compile(r"\b(?:[A-Z][\w&'’.-]*[ \t]+){1,3}(?:" + ORG_SUFFIXES + r")(?![\w])")
PROSE = st.lists(
    st.sampled_from(
        [
            "thank you",
            "thanks",
            " for",
            " again",
            "enjoyed",
            "xenjoyed",
            " meeting",
            " our",
            "Acme",
            "Blue",
            "Labs",
            "Inc.",
            "Group",
            "_",
            "é",
            "Ünited",
            " ",
            "\t",
            "\n",
            "\n\n",
            ".",
            "!",
            "?",
            "...",
            "'",
            "’",
            "”",
            ")",
            "-",
            "* ",
            "•",
            "2.",
            "2) ",
            "a",
            "B",
            "9",
        ]
    ),
    max_size=25,
).map("".join)


@given(PROSE, st.integers(0, 30), st.integers(0, 30))
def test_sentence_boundaries_as_before(text, start, end):
    new = [m.span() for m in _BOUNDARY.finditer(text, start, end)]
    assert new == [m.span() for m in OLD_BOUNDARY.finditer(text, start, end)]


@given(PROSE)
def test_thanks_and_company_names_as_before(text):
    assert _spans(_THANKS, text.lower()) == _spans(OLD_THANKS, text.lower())
    assert _spans(ORG_NAME.compiled, text) == _spans(OLD_ORG_NAME, text)


@given(PROSE)
def test_thanks_searched_from_its_first_possible_start_finds_the_same(text):
    lowered = text.lower()
    found, plain = _thanks(lowered), _THANKS.search(lowered)
    assert (found and found.span()) == (plain and plain.span())


@given(st.one_of(PROSE.map(lambda s: s.replace("a", "<").replace("9", "[")), MARKER_TEXT))
def test_address_lines_without_other_markers_need_no_scan(text):
    if not has_marker(text, angles=False):
        assert not [m for m in _PLACEHOLDER.finditer(text) if not m.group().startswith("<")]


_SIGN_OFF_WORDS = re.findall(
    r"[a-z][a-z ]*[a-z]", SIGN_OFF.pattern.split("|(?:", 1)[1].split(")")[0]
)
CLOSING_LINES = st.lists(
    st.sampled_from(
        [*_SIGN_OFF_WORDS, "Best", "THANKS", " ", "\t", ",", "!", "-", "—", "Jordan", "Lee", "x"]
    ),
    max_size=6,
).map("".join)


@given(CLOSING_LINES)
def test_lines_ruled_out_before_the_sign_off_scan_cannot_match_it(line):
    if not _may_sign_off(line):
        assert SIGN_OFF.fullmatch(line) is None


@given(st.lists(st.one_of(CLOSING_LINES, st.just("")), max_size=9), st.sampled_from(["", "Jo Lee"]))
def test_sign_off_found_as_by_trying_the_last_six_lines(lines, name):
    body = "\n".join(lines)
    expected = next(
        (
            offset
            for offset, line in _last_lines(body, 6)
            if SIGN_OFF.fullmatch(line) or (name and line.strip().lower() == name.lower())
        ),
        None,
    )
    assert find_sign_off(body, name) == expected


def test_every_sign_off_word_passes_the_pre_test():
    assert len(_SIGN_OFF_WORDS) > 20
    assert all(_may_sign_off(f" {word.title()},") for word in _SIGN_OFF_WORDS)
