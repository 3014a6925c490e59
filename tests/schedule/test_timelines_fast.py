"""Skipping rules by their words, and the cheaper normalisation, read every phrase as before.

The reference below is the implementation before the speed work: every substitution always
runs, and every rule's pattern is compiled and tried in order. parse_timeline does nothing
else with the normalised text and the first matching rule, so equal results here mean equal
readings.
"""

from __future__ import annotations

import re
from itertools import islice

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from followup.schedule import timelines
from followup.schedule.timelines import _MONTHS, _NUMBER_WORDS, _RULES, _WEEKDAYS


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def old_normalize(text: str) -> str:
    """_normalize as it was: every pattern, every time."""
    s = text.lower().replace("\u2019", "").replace("'", "")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"[^a-z0-9/\- ]", " ", s)
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\bfortnight\b", "2 weeks", s)
    s = re.sub(rf"\b({_alternation(_NUMBER_WORDS)})\b", lambda m: str(_NUMBER_WORDS[m[1]]), s)
    s = re.sub(r"\b(?:a )?couple(?: of)?\b", "2", s)
    s = re.sub(r"\ba few\b|\bfew\b", "3", s)
    s = re.sub(
        r"\b(?:a|an|another)\s(?=(?:business |working |work )?(?:day|week|month)s?\b)", "1 ", s
    )
    s = re.sub(r"\b([0-9]{1,4}) (day|week|month)s? or ([0-9]{1,4})\b", r"\1 or \3 \2s", s)
    return s


def old_first_rule(normalized: str) -> tuple[object, str, tuple[int, int], dict] | None:
    """The first rule whose pattern matches, trying every rule in order."""
    for pattern, _needs, handler in _RULES:
        match = re.compile(pattern).search(normalized)
        if match is not None:
            return handler, match[0], match.span(), match.groupdict()
    return None


def new_first_rule(normalized: str) -> tuple[object, str, tuple[int, int], dict] | None:
    for pattern, handler in timelines._candidates(normalized):
        match = pattern.search(normalized)
        if match is not None:
            return handler, match[0], match.span(), match.groupdict()
    return None


GRAMMAR = [
    "by", "next", "end", "of", "the", "this", "week", "weeks", "month", "months", "day", "days",
    "hour", "hours", "year", "quarter", "q1", "q4", "q5", "early", "mid", "middle", "late", "in",
    "within", "until", "before", "after", "holidays", "holiday", "season", "new", "thanksgiving",
    "christmas", "first", "last", "a", "an", "another", "couple", "few", "fortnight", "or", "to",
    "business", "working", "work", "more", "extra", "additional", "tomorrow", "today", "tonight",
    "eod", "cob", "following", "st", "nd", "rd", "th", "0", "1", "4", "12", "29", "31", "45",
    "2026", "12/4", "12/04/2026", "4/31", "2026-12-04", "4th", "21st", "3-5", "mid-december",
    "end-of-week", "-", "/", ",", ".", "!", "’", "'", "sometime", "we", "will", "decide", "phone",
    "done", "someone", "market", "maybe",
]  # fmt: skip
VOCAB = [*GRAMMAR, *_WEEKDAYS, *_MONTHS, *_NUMBER_WORDS, "\u2013", "\u2014", "\u2011", "É", "İ"]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "-", "  ", "\t", "\n", ", "])


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """Grammar words in any order and case, joined by spaces, dashes and punctuation."""
    words = draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7))
    text = words[0]
    for word in words[1:]:
        text += draw(SEPARATORS) + word
    return draw(st.sampled_from([text, text.upper(), text.title()]))


@given(st.one_of(phrases(), st.text(max_size=80)))
def test_normalisation_is_unchanged(text):
    assert timelines._normalize(text) == old_normalize(text)


@given(phrases())
def test_the_same_rule_matches_the_same_words(text):
    normalized = old_normalize(text)
    assert new_first_rule(normalized) == old_first_rule(normalized)


#: What _normalize leaves: the only characters a rule ever sees.
NORMALIZED = "abcdefghijklmnopqrstuvwxyz0123456789/- "


@given(st.text(alphabet=NORMALIZED, max_size=60))
def test_the_same_rule_matches_in_arbitrary_text(text):
    normalized = old_normalize(text)
    assert new_first_rule(normalized) == old_first_rule(normalized)


@pytest.mark.parametrize("index", range(len(_RULES)), ids=[r[2].__name__ for r in _RULES])
@settings(max_examples=25)
@given(data=st.data())
def test_every_match_contains_its_rule_words(index, data):
    pattern, needs, _handler = _RULES[index]
    text = data.draw(st.from_regex(pattern, alphabet=NORMALIZED))
    match = re.search(pattern, text)
    assume(match is not None)
    for group in needs:
        assert any(word in match[0] for word in group), (pattern, match[0], group)


def test_a_common_phrase_skips_every_rule_before_its_own():
    first = next(islice(timelines._candidates("by the end of next week"), 1))
    assert first[1] is timelines._next_week
