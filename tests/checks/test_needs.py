"""`needs`: the words a pattern cannot match without, read from the pattern's text."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from followup.checks.needs import needs, present
from followup.checks.phrases import first_matches
from followup.checks.text import compile_phrases


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("thx", [("thx",)]),
        ("heyy*", [("hey",)]),
        ("colou?r", [("colo",), ("r",)]),
        ("ab+c", [("ab",), ("c",)]),
        ("x{2,}y", [("x",), ("y",)]),
        ("a{,3}b", [("b",)]),
        ("a(?:b|cd)e", [("a",), ("b", "cd"), ("e",)]),
        ("(?:a|b?)c", [("c",)]),
        ("(?:ab)?c", [("c",)]),
        ("(?:ab)+c", [("ab",), ("c",)]),
        ("a|bc", [("a", "bc")]),
        ("a|b*", []),
        ("[abc]d", [("d",)]),
        ("[]x]y", [("y",)]),
        ("[^]x]y", [("y",)]),
        (r"[\]x]y", [("y",)]),
        ("(?=abc)d", [("d",)]),
        ("(?<!no )go", [("go",)]),
        ("(?P<n>ab)c", [("ab",), ("c",)]),
        (r"\.com\b", [(".com",)]),
        (r"\$\s?\d+", [("$",)]),
        (r"sup\b(?=\s*[?!,])", [("sup",)]),
        # What this reader does not model gives no words: the pattern always runs.
        (r"a\nb", []),
        (r"\x41b", []),
        (r"(a)\1", []),
        ("(?i)abc", []),
        ("(?>ab)c", []),
        ("a{b", []),
        ("a)", []),
        ("(ab", []),
        ("[ab", []),
        ("*a", []),
    ],
)
def test_needs_of_fragments(fragment, expected):
    assert needs(fragment) == expected


#: Bits of regex syntax; most combinations are valid patterns over the letters a, b and c.
_LETTERS = ["a", "b", "c", "ab", " ", ".", r"\.", "[ab]", "[^a]", r"\b", r"\s"]
_GROUPS = ["(?:", "(", "|", ")", "(?=a)", "(?!b)", "(?<=a)", "(?<!c)"]
_REPEATS = ["?", "*", "+", "*?", "{2}", "{1,2}", "{,2}"]
SYNTAX = st.lists(
    st.sampled_from([*_LETTERS, *_GROUPS, *_REPEATS]),
    min_size=1,
    max_size=10,
).map("".join)


@given(SYNTAX, st.text(alphabet="abc .", max_size=20))
def test_a_pattern_matches_only_text_holding_its_words(fragment, text):
    try:
        pattern = re.compile(fragment)
    except re.error:
        assume(False)
        return
    if pattern.search(text) is not None:
        assert present(needs(fragment), text), (fragment, needs(fragment))


@pytest.mark.parametrize(
    ("alternatives", "text"),
    [
        # Two alternatives match at the same place with different ends: the first one wins.
        (["respond[^.]{0,30}?as soon as possible", "respond by (?:friday|monday)"], "x"),
        (["respond by (?:friday|monday)", "respond[^.]{0,30}?as soon as possible"], "x"),
        (["ab", "abc", "a"], "ab abc a abcd"),
        (["abc", "ab", "a"], "ab abc a abcd"),
        (["a b", "b c"], "a b c b c a b"),
    ],
)
def test_first_alternative_wins_where_two_start_together(alternatives, text):
    if text == "x":
        text = "please respond by friday as soon as possible. respond by monday."
    whole = compile_phrases(alternatives, flags=0)
    assert whole is not None
    assert first_matches(alternatives, text) == [m.span() for m in whole.finditer(text)]
