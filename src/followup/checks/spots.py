"""The places one scan finds for every phrase rule, and trying each rule's fragments there.

One scan of a draft's lowered text finds where any phrase rule's fragment may begin (see
`starts`); each rule then tries only its fragments that may begin at each such place.
A rule's cased fragments, matched against the original text, are looked for by the
same scan when the lowered text shows where they may begin: a match of a fragment
whose prefixes are all lower case begins where the lowered text holds such a prefix.
"""

from __future__ import annotations

import re

from followup.checks.starts import (
    Places,
    by_first_letter,
    candidates,
    known,
    prefix_index,
    prefixes,
)
from followup.checks.text import compile_phrases

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Protocol

    class _Matcher(Protocol):
        alternatives: list[str]
        cased_alternatives: list[str]
        finder: Finder
        cased_finder: Finder | None


#: (offset, numbers of the alternatives to try there), in text order.
Tried = list[tuple[int, tuple[int, ...]]]
#: What `Spots` answers for a finder with no place in the text.
_NOWHERE: Tried = []


class Finder:
    """One list of alternatives, tried one by one where their prefixes say they may match.

    Where several could match, the alternation tries them in order and takes the first
    that does; trying the candidates in that order does the same, and compiles only the
    alternatives that some text gets as far as trying.
    """

    def __init__(self, alternatives: list[str]) -> None:
        self.alternatives = alternatives
        self._patterns: list[re.Pattern[str] | None] = [None] * len(alternatives)
        self._index: tuple[dict[str, list[int]], list[int]] | None = None
        self._tried: dict[str | None, tuple[int, ...]] = {}

    def candidates(self, key: str | None) -> tuple[int, ...]:
        """The alternatives that may match where the longest known prefix is `key`."""
        found = self._tried.get(key)
        if found is None:
            if self._index is None:
                self._index = prefix_index(self.alternatives)
            found = self._tried[key] = tuple(candidates(*self._index, key))
        return found

    def at(
        self, text: str, places: Sequence[tuple[int, tuple[int, ...]]]
    ) -> Iterator[tuple[int, int]]:
        """The matches beginning at `places`, each given with the alternatives to try."""
        patterns = self._patterns
        after = 0
        for start, tried in places:
            if start < after:
                continue
            for number in tried:
                pattern = patterns[number]
                if pattern is None:
                    pattern = patterns[number] = one(self.alternatives[number])
                match = pattern.match(text, start)
                if match is not None:
                    yield match.span()
                    after = match.end()
                    break


def one(fragment: str) -> re.Pattern[str]:
    """`fragment` alone as a whole-word, case-sensitive pattern, compiled once per process."""
    pattern = _ONE.get(fragment)
    if pattern is None:
        pattern = compile_phrases([fragment], flags=0)
        assert pattern is not None
        _ONE[fragment] = pattern
    return pattern


#: Each alternative compiled on its own (case-sensitive, whole words).
_ONE: dict[str, re.Pattern[str]] = {}


def cased_finder(cased: list[str]) -> Finder | None:
    """A finder for cased fragments the shared scan can place, else None (scanned in full)."""
    # The scan reads the lowered text, so it finds where a cased fragment begins only when
    # every prefix of the fragment is known and reads the same lowered.
    if not cased or not all(known(f) for f in cased):
        return None
    if any(p.lower().replace("’", "'") != p for f in cased for p in prefixes(f)):
        return None
    return Finder(cased)


class Scanner:
    """One scan for the beginnings of every phrase rule's alternatives."""

    def __init__(self, matchers: tuple[_Matcher, ...]) -> None:
        self.matchers = matchers
        self.scanned = frozenset(matchers)
        finders = [m.finder for m in matchers]
        finders += [m.cased_finder for m in matchers if m.cased_finder is not None]
        self.finders = finders
        alternatives = [a for finder in finders for a in finder.alternatives]
        # Fragments whose beginnings are unknown are scanned for in full.
        exact = by_first_letter([a for a in alternatives if not known(a)])
        self.places = Places([a for a in alternatives if known(a)], exact)
        self._at: dict[str | None, list[tuple[Finder, tuple[int, ...]]]] = {}

    def at(self, key: str | None) -> list[tuple[Finder, tuple[int, ...]]]:
        """The finders that may match where the prefix `key` is, and their candidates."""
        found = self._at.get(key)
        if found is None:
            found = self._at[key] = [
                (f, tried) for f in self.finders if (tried := f.candidates(key))
            ]
        return found


class Spots:
    """The places in one lowered part where phrases may begin, sorted out per finder."""

    def __init__(self, places: list[tuple[int, str | None]], scanner: Scanner) -> None:
        self.places = places
        self._scanned = scanner.scanned
        # Only finders with a place get a list: most drafts hold a few phrases' beginnings.
        by: dict[Finder, Tried] = {}
        for start, key in places:
            for finder, tried in scanner.at(key):
                found = by.get(finder)
                if found is None:
                    by[finder] = [(start, tried)]
                else:
                    found.append((start, tried))
        self._by = by

    def of(self, matcher: _Matcher) -> Tried | None:
        """(offset, alternatives to try there) for a matcher; None: scan for it in full."""
        # A matcher the scan was not built for (a draft checked again with other phrases)
        # may begin where the scan did not look.
        if matcher not in self._scanned:
            return None
        return self._by.get(matcher.finder, _NOWHERE)

    def cased(self, matcher: _Matcher) -> Tried | None:
        """The same for its cased alternatives; None when the scan did not look for them."""
        finder = matcher.cased_finder
        if finder is None or matcher not in self._scanned:
            return None
        return self._by.get(finder, _NOWHERE)

    def may_match(self, matcher: _Matcher) -> bool:
        """False when none of the matcher's phrases, cased or not, can begin in the part."""
        if matcher not in self._scanned:
            return True
        if matcher.finder in self._by:
            return True
        return bool(matcher.cased_alternatives) and (
            matcher.cased_finder is None or matcher.cased_finder in self._by
        )
