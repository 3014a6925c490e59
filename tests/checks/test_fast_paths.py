"""The shortcuts taken for speed give the same answers as the plain ways they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.checks import CheckContext, check, spelling
from followup.checks.context import CheckConfig
from followup.checks.document import parse
from followup.checks.engine import check_document
from followup.checks.phrases import PhraseRule, word_starts
from followup.checks.registry import all_rules
from followup.checks.rules.fu503_misspelling import _TOKEN, _occurrences
from followup.checks.scope import Scope
from followup.checks.similarity import THRESHOLD, core_text, jaccard, peers_for, shingles
from followup.checks.spots import cased_finder
from followup.checks.starts import has_top_level_bar
from followup.checks.text import _last_lines, lines_with_offsets

CORPUS = Path(__file__).parent / "corpus" / "good"
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


_PHRASE_RULES = [r for r in all_rules() if isinstance(r, PhraseRule)]
#: Words from the phrase patterns themselves, so random text often nearly matches them.
_PHRASE_WORDS = sorted(
    {w for r in _PHRASE_RULES for p in r.patterns for w in re.findall(r"[a-z']+", p) if len(w) > 1}
)
PHRASE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_PHRASE_WORDS),
        st.sampled_from([" ", " ", ", ", ". ", "\n", "-", "'", "’", "!", "?", "$5k ", "x"]),
    ),
    max_size=40,
).map("".join)


def _spans_old_way(rule: PhraseRule, scope: Scope, part: str) -> list[tuple[int, int]]:
    matcher = rule.matcher(scope)
    lowered = scope.doc.lowered(part)  # type: ignore[arg-type]
    return list(matcher.spans(scope.doc.part(part), lowered, None))  # type: ignore[arg-type]


def _assert_scan_finds_what_a_full_scan_finds(body: str) -> None:
    doc = parse("Subject: " + body.replace("\n", " ") + "\n\n" + body)
    scope = Scope(doc, CheckContext())
    for part in ("subject", "body"):
        lowered = doc.lowered(part)
        if lowered is None:
            continue
        starts = word_starts(doc, part, scope, always=True)
        for rule in _PHRASE_RULES:
            fast = list(rule.matcher(scope).spans(doc.part(part), lowered, starts))
            assert fast == _spans_old_way(rule, scope, part), (rule.code, part)


@given(PHRASE_TEXT)
def test_phrase_rules_at_word_starts_find_what_a_full_scan_finds(body):
    _assert_scan_finds_what_a_full_scan_finds(body)


def test_phrase_rules_fast_path_on_the_corpus_and_user_phrases():
    config = CheckConfig(phrases={"pushy": ("answer me now", "a|b"), "casual": ("ok ok",)})
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts.append("Hi,\n\nok ok, answer me now. A|B? Let me know by Friday ASAP, lol.\n")
    for text in texts:
        doc = parse(text)
        scope = Scope(doc, CheckContext(config=config))
        starts = word_starts(doc, "body", scope, always=True)
        for rule in _PHRASE_RULES:
            fast = list(rule.matcher(scope).spans(doc.body, doc.lowered("body"), starts))
            assert fast == _spans_old_way(rule, scope, "body"), rule.code


#: FU301's cased words in every casing, words they begin, and what may stand around them.
CASED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["u", "U", "ur", "Ur", "uR", "r", "R", "ya", "Ya", "YA", "yay", "up"]),
        st.sampled_from([" ", ", ", ". ", "\n", "-", "'", "’", "!", "x", "_", "é", "Σ", "ǅ"]),
    ),
    max_size=40,
).map("".join)


@given(CASED_TEXT)
def test_cased_phrases_at_the_scanned_places_are_what_a_full_scan_finds(body):
    _assert_scan_finds_what_a_full_scan_finds(body)


def test_a_draft_checked_again_with_other_phrases_finds_them():
    doc = parse("Subject: Zebra\n\nHi Dana,\n\nThe zebra crossing is near us.\n\nBest,\nJo\n")
    for part in ("subject", "body"):  # the shared scan's places, kept with the draft
        word_starts(doc, part, Scope(doc, CheckContext()), always=True)
    config = CheckConfig(phrases={"pushy": ("zebra crossing",)})
    found = check_document(doc, CheckContext(config=config))
    assert [(f.code, f.text) for f in found if f.code == "FU303"] == [("FU303", "zebra crossing")]


def test_the_shared_scan_places_only_cased_words_it_can_see_lowered():
    casual = next(r for r in _PHRASE_RULES if r.code == "FU301")
    assert casual.matcher(Scope(parse("Hi\n"), CheckContext())).cased_finder is not None
    assert cased_finder(["U"]) is None and cased_finder(["[uU]x"]) is None
    assert cased_finder([r"\w+"]) is None and cased_finder([]) is None


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [("a|b", True), ("(?:a|b)", False), ("[|]x", False), ("[]|]x", False), (r"\|x", False)],
)
def test_top_level_bar(fragment, expected):
    assert has_top_level_bar(fragment) is expected
