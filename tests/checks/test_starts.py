"""The phrase scanner's prefixes: every match of a fragment begins with one of them."""

from __future__ import annotations

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from followup.checks.starts import candidates, known, prefix_index, prefixes, trie
from followup.checks.text import compile_phrases, phrase_pattern

from .test_prefilter import FRAGMENTS, TEXT

USER_FRAGMENTS = [phrase_pattern([p]) for p in ("answer me now", "a|b", "c'mon", "ok ok", "pay")]


@given(
    st.sampled_from(FRAGMENTS + USER_FRAGMENTS).flatmap(
        lambda f: st.tuples(st.just(f), st.from_regex(f, fullmatch=True))
    )
)
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_text_a_fragment_matches_begins_with_a_prefix(case):
    fragment, text = case
    if known(fragment):
        assert any(text.startswith(p) for p in prefixes(fragment)), (fragment, text)


@given(st.sampled_from(FRAGMENTS + USER_FRAGMENTS), TEXT)
@hypothesis_settings(suppress_health_check=[HealthCheck.too_slow])
def test_matches_in_running_text_begin_with_a_prefix(fragment, text):
    lowered = text.lower()
    pattern = compile_phrases([fragment], flags=0)
    assert pattern is not None
    if known(fragment):
        for match in pattern.finditer(lowered):
            assert lowered.startswith(tuple(prefixes(fragment)), match.start()), fragment


def test_most_built_in_fragments_have_known_prefixes():
    assert sum(known(f) for f in FRAGMENTS) > len(FRAGMENTS) * 3 // 4


def test_unknown_syntax_gives_no_prefixes():
    assert prefixes(r"\s+x") == frozenset({""})
    assert prefixes(r"(?i)ab") == frozenset({""})
    assert prefixes(r"[^a]b") == frozenset({""})


def test_prefixes_follow_groups_branches_and_optional_parts():
    assert prefixes("(?:ab|cd)e") == {"abe", "cde"}
    assert prefixes("x?yz") == {"xyz", "yz"}
    assert prefixes("(?<!no )yes") == {"yes"}
    assert prefixes("a+b") == {"a"}
    assert prefixes("[ab]c") == {"ac", "bc"}


def test_trie_matches_exactly_its_strings():
    import re

    pattern = re.compile("(?:" + trie({"abc", "abd", "b", "a.c"}) + ")$")
    assert [s for s in ("abc", "abd", "b", "a.c", "axc", "ab", "c") if pattern.match(s)] == [
        "abc",
        "abd",
        "b",
        "a.c",
    ]


def test_trie_finds_the_longest_of_its_strings_a_text_begins_with():
    import re

    pattern = re.compile("(" + trie({"u", "ur", "urgent", "up", "b"}) + ")")
    found = [
        m.group(1) for t in ("u ", "urge", "urgently", "upon", "bu") if (m := pattern.match(t))
    ]
    assert found == ["u", "ur", "urgent", "up", "b"]


@given(st.sets(st.text(alphabet="ab|.", min_size=1, max_size=4), min_size=1, max_size=8))
def test_trie_matches_its_strings_and_takes_the_longest(strings):
    import re

    pattern = re.compile("(?:" + trie(strings) + ")")
    for text in {s + tail for s in strings for tail in ("", "a", "b|")}:
        longest = max((s for s in strings if text.startswith(s)), key=len)
        assert pattern.match(text).group() == longest  # type: ignore[union-attr]
        assert (pattern.fullmatch(text) is not None) == (text in strings)


def test_candidates_are_the_fragments_with_a_prefix_beginning_the_key():
    fragments = ["u", "ur", "urgent(?:ly)?", "up to", "(?i)x"]
    index, unknown = prefix_index(fragments)
    assert unknown == [4]
    assert candidates(index, unknown, "urgent") == [0, 1, 2, 4]
    assert candidates(index, unknown, "u") == [0, 4]
    assert candidates(index, unknown, None) == [4]


def test_without_pythons_parser_every_fragment_is_scanned_whole(monkeypatch):
    from followup.checks import starts

    monkeypatch.setattr(starts, "_sre_parse", None)
    monkeypatch.setattr(starts, "_KNOWN", {})
    assert starts.prefixes("let me know") == frozenset({""})
