"""The shortcuts taken for speed give the same answers as the plain ways they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.checks import check, spelling
from followup.checks.document import parse
from followup.checks.rules.fu503_misspelling import _TOKEN, _occurrences
from followup.checks.similarity import THRESHOLD, core_text, jaccard, peers_for, shingles
from followup.checks.text import _last_lines, lines_with_offsets

TEXT = st.text(alphabet="ab Ab-'’_9.\n\t", max_size=60)


def _plain_last_lines(body: str, count: int) -> list[tuple[int, str]]:
    lines = [(o, line) for o, line in lines_with_offsets(body) if line.strip()]
    return list(reversed(lines[-count:] if len(lines) > 1 else []))


@given(TEXT)
def test_last_lines_walks_back_like_splitting_every_line(body):
    assert _last_lines(body, 6) == _plain_last_lines(body, 6)


@given(TEXT, st.sets(st.sampled_from(["ab", "Ab", "a", "b", "ab-b", "a'b", "bab"]), max_size=4))
def test_occurrences_match_the_token_walk(text, wanted):
    walk = [m.span() for m in _TOKEN.finditer(text, 0, len(text)) if m.group() in wanted]
    assert [m.span() for m in _occurrences(text, 0, len(text), set(wanted))] == walk


@given(st.lists(st.sampled_from(["we", "met", "dana", "on", "the", "forecast"]), max_size=12))
def test_shingles_are_word_three_grams(words):
    tokens = [w for w in words]
    expected = (
        {" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)}
        if len(tokens) >= 3
        else ({" ".join(tokens)} if tokens else set())
    )
    assert shingles(" ".join(words)) == expected


def test_peers_carry_the_same_similarity_as_jaccard():
    body = (
        "Hi {name},\n\nThank you for walking me through the {topic} and the plan for the next "
        "quarter. I keep thinking about how the team reviews each change before it ships, and "
        "I would enjoy helping with that work.\n\nBest regards,\nJordan\n"
    )
    texts = [
        body.format(name=n, topic=t)
        for n in ("Dana", "Sam", "Priya")
        for t in ("forecast rebuild", "checkout redesign")
    ]
    texts.append(
        "Hi Lena,\n\nA completely different note about supplier scorecards.\n\nBest,\nJo\n"
    )
    docs = [(f"d{i}.txt", parse(t)) for i, t in enumerate(texts)]
    peers = peers_for(docs)
    sets = [shingles(core_text(doc.body)) for _, doc in docs]
    for index, found in peers.items():
        for peer in found:
            other = next(i for i, (path, _) in enumerate(docs) if path == peer.path)
            assert peer.similarity == jaccard(sets[index], sets[other]) >= THRESHOLD
    assert len(peers[0]) == 5 and len(docs) - 1 not in peers


@pytest.mark.parametrize("ending", ["\n", "  \n\n", "\t\n", "\u00a0\n", "\u00a0"])
def test_sign_off_is_found_whatever_trails_it(ending):
    text = "Subject: Thanks for the forecast chat\n\nHi Dana,\n\nThanks again.\n\nBest,\nJordan"
    codes = {f.code for f in check(text + ending)}
    assert "FU105" not in codes


def test_rejected_words_are_cached_so_the_dictionary_need_not_load(tmp_path):
    if spelling.speller("en_US") is None:
        pytest.skip("no en_US hunspell dictionary here")
    text = "Subject: The forecast rebuild\n\nHi Dana,\n\nI recieved the brief.\n\nBest,\nJordan\n"
    first = check(text)
    spelling.save_word_cache(str(tmp_path))
    assert (tmp_path / "misses-en_US.txt").read_text(encoding="utf-8").count("recieved") == 1
    spelling._LOADED.clear()  # a new process, as far as the speller knows
    spelling.load_word_cache(str(tmp_path))
    assert check(text) == first
    fresh = spelling.speller("en_US")
    assert fresh is not None and fresh._engine is None  # answered from the cache alone
    assert any(re.search(r"'received'", f.message) for f in first if f.code == "FU503")
