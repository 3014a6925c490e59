"""Work shared between rules, and cheap early tests, give what the plain ways gave."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks.document import Document
from followup.checks.rules.fu103_unfilled_placeholder import _MARKERS, has_marker
from followup.checks.rules.fu302_emoji import _EMOTICON_MARKS, _may_hold_emoticon
from followup.checks.text import ASCII_TOKEN, TOKEN, WORD

#: Letters, digits, "_", apostrophes and hyphens, which the word patterns treat differently.
WORDY = st.text(alphabet="ab9_'’- .\nÄß", max_size=40)


@given(WORDY, st.integers(0, 40), st.integers(0, 40))
def test_token_and_word_count_the_same_words(text, start, end):
    assert len(TOKEN.findall(text, start, end)) == len(WORD.findall(text, start, end))


MARKER_TEXT = st.lists(
    st.sampled_from(
        [
            "[",
            "{",
            "<",
            "_",
            "TODO",
            "TBD",
            "FIXME",
            "TKTK",
            "X",
            "Lorem",
            "INSERT",
            "YOUR ",
            "NAME",
            "still",
            "STILL",
            " to ",
            "add",
            "ſtill",
            "ADD",
            "a",
            " ",
            "ı",
            "İ",
            "K",
        ]
    ),
    max_size=8,
).map("".join)


@given(MARKER_TEXT)
def test_marker_test_agrees_with_the_marker_scan(text):
    assert has_marker(text) == (_MARKERS.search(text) is not None)
    lowered = Document(body=text).lowered("body")
    if lowered is not None:  # the body's lowered text, as the rule passes it
        assert has_marker(text, lowered=lowered) == has_marker(text)


@given(st.text(alphabet=":;=<3^_xXD) a", max_size=12))
def test_emoticon_marks_are_looked_for_one_by_one(text):
    assert _may_hold_emoticon(text) == any(m in text for m in _EMOTICON_MARKS)


@given(st.text(alphabet="aZ9_'- .\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_ascii_token_finds_what_token_finds_in_ascii_text(text, start, end):
    assert ASCII_TOKEN.findall(text, start, end) == TOKEN.findall(text, start, end)


def test_ascii_token_covers_every_ascii_character():
    text = "".join(map(chr, range(128))) * 2 + " a_b9'c-d x9_ _y"
    assert ASCII_TOKEN.findall(text) == TOKEN.findall(text)
