"""FU604's faster word split and tuple shingles agree with the regex and the joined shingles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks.similarity import _WORD, jaccard, shingle_keys, shingles, words

#: Letters, digits, apostrophes both ways, punctuation, whitespace and some non-ASCII.
TEXT = st.text(alphabet="abAB09'’ -.,\n\t_é\u212a!?", max_size=80)
WORDS = st.lists(st.sampled_from(["we", "met", "Dana", "on", "the", "forecast", "it's"]))


@given(TEXT)
def test_words_are_the_regex_words_of_the_lowered_text(text):
    assert words(text) == _WORD.findall(text.lower().replace("’", "'"))


@given(TEXT)
def test_keys_are_the_shingles_unjoined(text):
    assert {" ".join(key) for key in shingle_keys(text)} == shingles(text)
    assert len(shingle_keys(text)) == len(shingles(text))


@given(WORDS, WORDS)
def test_keys_give_the_same_similarity(first, second):
    a, b = " ".join(first), " ".join(second)
    assert jaccard(shingle_keys(a), shingle_keys(b)) == jaccard(shingles(a), shingles(b))
