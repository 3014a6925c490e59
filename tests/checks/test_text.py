"""Text helpers and statistics: sentences, greetings, sign-offs, syllables and the grade."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks.document import parse
from followup.checks.stats import draft_stats, reading_grade, syllables
from followup.checks.text import edit_distance, find_greeting, find_sign_off, sentence_spans

SENTENCE = st.text(alphabet="abcdefgh ", min_size=1, max_size=20).filter(
    lambda s: len(s.split()[-1:][0] if s.split() else "") >= 2  # "a." reads as an initial
)


def test_sentences_split_on_marks_but_not_abbreviations():
    text = "I met Dr. Okafor at 10 a.m. today. It went well! Did it? Yes."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "I met Dr. Okafor at 10 a.m. today.",
        "It went well!",
        "Did it?",
        "Yes.",
    ]


def test_bullets_and_blank_lines_split_sentences():
    text = "Here they are:\n- one item\n- two item\n\nLast line"
    assert len(sentence_spans(text)) == 4


@given(st.lists(SENTENCE, min_size=1, max_size=6))
def test_sentence_count_matches_joined_sentences(parts):
    text = " ".join(p.strip().capitalize() + "." for p in parts)
    spans = sentence_spans(text)
    assert len(spans) == len(parts)
    assert all(text[s:e].endswith(".") for s, e in spans)


def test_greeting_and_sign_off():
    body = "Hi Dana,\n\nThanks.\n\nBest regards,\nJordan Lee\n"
    greeting = find_greeting(body)
    assert greeting is not None and greeting.name == "Dana" and greeting.names_person
    assert find_sign_off(body) == body.index("Best")
    assert find_greeting("To whom it may concern,\nText") is not None
    assert not find_greeting("Dear Hiring Manager,\n").names_person  # type: ignore[union-attr]


@given(st.text(alphabet="abcd", max_size=8), st.text(alphabet="abcd", max_size=8))
def test_edit_distance_is_symmetric_and_zero_only_for_equal(a, b):
    assert edit_distance(a, b, 10) == edit_distance(b, a, 10)
    assert (edit_distance(a, b, 10) == 0) == (a == b)


def test_edit_distance_counts_a_swap_once():
    assert edit_distance("dnaa", "dana") == 1
    assert edit_distance("diana", "dana") == 1


def test_syllables_heuristic():
    assert [syllables(w) for w in ("cat", "water", "table", "interview", "the")] == [1, 2, 2, 3, 1]


@given(st.integers(min_value=1, max_value=50), st.integers(min_value=1, max_value=10))
def test_grade_never_negative_and_grows_with_long_words(count, sentences):
    short = reading_grade(["cat"] * count, sentences)
    long = reading_grade(["responsibility"] * count, sentences)
    assert 0 <= short <= long


def test_stats_of_a_draft():
    doc = parse(
        "Subject: The forecast rebuild\n\nHi Dana,\n\nThanks for the chat. Could we talk again? "
        "What time suits you?\n\nBest,\nJordan\n"
    )
    figures = draft_stats(doc)
    assert (figures.sentences, figures.questions, figures.subject_words) == (3, 2, 3)
    assert figures.verdicts()["questions"] == "ok"
    assert figures.verdicts()["words"] == "low"
