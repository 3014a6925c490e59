"""FU403 weighs each sentence as it did when it scanned the draft's words in place."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks.rules import fu403_generic
from followup.checks.rules.fu403_generic import _CONTENT_WORDS_FOR_DETAIL, has_detail
from followup.checks.text import WORD

SENTENCE = st.lists(
    st.sampled_from(
        [
            "thank",
            "you",
            "for",
            "the",
            "time",
            "forecast",
            "Northwind",
            "dbt",
            "rebuild",
            "Dana",
            "İstanbul",
            "it’s",
            "ok",
            "9",
            " ",
            " ",
            ", ",
            ".",
            "-",
            "_",
            "’",
            "é",
        ]
    ),
    max_size=14,
).map("".join)
IGNORE = st.sampled_from([frozenset(), frozenset({"northwind", "dana"}), frozenset({"forecast"})])


def _in_place(body: str, start: int, end: int, ignore: frozenset[str]) -> bool:
    weight = 0.0
    for found in WORD.findall(body, start, end):
        word = found.lower().replace("’", "'")
        if len(word) > 2 and word not in fu403_generic._STOCK_WORDS and word not in ignore:
            weight += 0.5 if found[0].isupper() else 1.0
    return weight >= _CONTENT_WORDS_FOR_DETAIL or fu403_generic._DIGIT.search(body, start, end)


@given(SENTENCE, SENTENCE, SENTENCE, IGNORE)
def test_a_sentence_weighs_the_same_cut_out_and_remembered(before, sentence, after, ignore):
    body = before + sentence + after
    start, end = len(before), len(before) + len(sentence)
    expected = bool(_in_place(body, start, end, ignore))
    assert has_detail(body[start:end], ignore) is expected
    assert has_detail(body[start:end], ignore) is expected  # now from memory


def test_memory_is_bounded(monkeypatch):
    monkeypatch.setattr(fu403_generic, "_REMEMBER", 3)
    monkeypatch.setattr(fu403_generic, "_DETAILED", {})
    for n in range(10):
        has_detail(f"sentence {n}", frozenset())
    assert len(fu403_generic._DETAILED) <= 3
