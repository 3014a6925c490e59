"""The shared engine of the phrase rules: built-in patterns plus the user's own phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar

from followup.checks.base import Hit, Part, Rule, Severity
from followup.checks.document import Document
from followup.checks.needs import Needs, needs, present
from followup.checks.scope import Scope
from followup.checks.starts import known, start_scanner
from followup.checks.text import compile_phrases, phrase_pattern


class PhraseRule(Rule):
    """Flags every match of its patterns that is not part of a name."""

    #: Regex fragments in lower case, matched case-insensitively as whole words.
    patterns: ClassVar[tuple[str, ...]] = ()
    #: Fragments matched with case, e.g. lower-case "u" but not "U".
    cased_patterns: ClassVar[tuple[str, ...]] = ()
    #: Message with {text} for the matched words.
    message: ClassVar[str] = "{text!r}"
    parts: ClassVar[tuple[Part, ...]] = ("subject", "body")
    _compiled: ClassVar[dict[tuple[str, ...], _Matcher]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = {}

    def matcher(self, scope: Scope) -> _Matcher:
        """The compiled patterns, with the user's phrases for this rule's list added."""
        extra = scope.phrases(self.phrase_key) if self.phrase_key else ()
        found = self._compiled.get(extra)
        if found is None:
            found = _Matcher(
                [*self.patterns, phrase_pattern(p.lower() for p in extra)], self.cased_patterns
            )
            self._compiled[extra] = found
        return found

    def allowed(self, scope: Scope) -> bool:
        """True when the draft's kind or context makes these phrases acceptable."""
        return False

    def skip(self, match: re.Match[str], text: str, scope: Scope) -> bool:
        """True for a match that is fine where it stands."""
        return False

    def describe(self, match: re.Match[str], scope: Scope) -> str:
        return self.message.format(text=match.group())

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if self.allowed(scope):
            return
        matcher = self.matcher(scope)
        for part in self.parts:
            text = doc.part(part)
            if not text:
                continue
            lowered = doc.lowered(part)
            starts = word_starts(doc, part, scope) if lowered is not None else None
            for start, end in matcher.spans(text, lowered, starts, PREFILTER):
                if scope.is_protected(part, start, end):
                    continue
                match = _span_match(text, start, end)
                if self.skip(match, text, scope):
                    continue
                yield Hit(
                    start,
                    end,
                    self.describe(match, scope),
                    part=part,
                    severity=self.severity_for(scope),
                )

    def severity_for(self, scope: Scope) -> Severity | None:
        """A per-draft severity; None keeps the rule's own."""
        return None


class _Matcher:
    """Patterns compiled for lower-cased text, each compiled on first use."""

    def __init__(self, patterns: list[str], cased: tuple[str, ...]) -> None:
        self.alternatives = [p for p in patterns if p]
        self.cased_alternatives = [p for p in cased if p]
        self._lower: re.Pattern[str] | None = None
        self._anycase: re.Pattern[str] | None = None
        self._cased: re.Pattern[str] | None = None

    def spans(
        self,
        text: str,
        lowered: str | None,
        starts: list[int] | None = None,
        prefilter: bool = True,
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in `text`.

        `starts`, from `word_starts`, are the only places in `lowered` where a match can
        begin; trying the pattern at each of them, left to right and never inside the
        previous match, finds what `finditer` over the whole text finds. Without them (a
        process's first drafts) only the alternatives whose words the text holds run,
        each compiled on its own (see `first_matches`), unless `prefilter` is False.
        """
        if self.alternatives:
            if lowered is None:  # lower-casing changed the length, so match the original
                if self._anycase is None:
                    self._anycase = compile_phrases(self.alternatives)
                assert self._anycase is not None
                yield from (m.span() for m in self._anycase.finditer(text))
            elif starts is not None:
                pattern = self._lower_pattern()
                after = 0
                for start in starts:
                    if start >= after:
                        match = pattern.match(lowered, start)
                        if match is not None:
                            yield match.span()
                            after = match.end()
            else:
                found = first_matches(self.alternatives, lowered) if prefilter else None
                if found is None:
                    found = [m.span() for m in self._lower_pattern().finditer(lowered)]
                yield from found
        if self.cased_alternatives:
            found = None
            if prefilter and starts is None:
                found = first_matches(self.cased_alternatives, text)
            if found is None:
                if self._cased is None:
                    self._cased = compile_phrases(self.cased_alternatives, flags=0)
                assert self._cased is not None
                found = [m.span() for m in self._cased.finditer(text)]
            yield from found

    def _lower_pattern(self) -> re.Pattern[str]:
        if self._lower is None:
            self._lower = compile_phrases(self.alternatives, flags=0)
        assert self._lower is not None
        return self._lower


#: Whether a process's first drafts run only the alternatives whose words they hold;
#: switched off only by tests that compare the two ways.
PREFILTER = True
#: Each alternative compiled on its own (case-sensitive, whole words), and what it needs.
_ONE: dict[str, re.Pattern[str]] = {}
_NEEDS: dict[str, Needs] = {}


def first_matches(alternatives: list[str], text: str) -> list[tuple[int, int]] | None:
    """What `compile_phrases(alternatives, flags=0).finditer(text)` finds, or None.

    Only alternatives whose `needs` words `text` holds can match; each of those is
    compiled alone, so a draft compiles the few patterns it may contain. The whole
    alternation matches at the leftmost place any alternative does, with the first
    such alternative; merging the alternatives' own next matches that way gives the
    same spans. None when an empty match turns up, whose handling this does not copy.
    """
    patterns: list[re.Pattern[str]] = []
    for fragment in alternatives:
        wanted = _NEEDS.get(fragment)
        if wanted is None:
            wanted = _NEEDS[fragment] = needs(fragment)
        if present(wanted, text):
            pattern = _ONE.get(fragment)
            if pattern is None:
                pattern = compile_phrases([fragment], flags=0)
                assert pattern is not None
                _ONE[fragment] = pattern
            patterns.append(pattern)
    nexts = [p.search(text) for p in patterns]
    found: list[tuple[int, int]] = []
    after = 0
    while True:
        best = None
        for index, match in enumerate(nexts):
            if match is not None and match.start() < after:
                match = nexts[index] = patterns[index].search(text, after)
            # Strictly smaller: at a tie the earlier alternative wins, as in the alternation.
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return found
        if best.end() == best.start():
            return None
        found.append(best.span())
        after = best.end()


def _span_match(text: str, start: int, end: int) -> re.Match[str]:
    """A match object for text[start:end], so rule hooks see the original casing."""
    match = re.compile(re.escape(text[start:end])).match(text, start)
    assert match is not None
    return match


#: The scanner for each combination of phrase rule matchers (built-in plus user phrases).
_SCANNERS: dict[tuple[_Matcher, ...], re.Pattern[str]] = {}


#: Parts checked with a scan per rule before the shared scanner is built: compiling it
#: costs about what it saves on a hundred drafts, so a check of a few drafts goes without.
WARM_UP = 200
_parts_seen = 0


def expect(drafts: int) -> None:
    """Skip the warm-up when one call is to check at least EXPECT_MANY drafts."""
    global _parts_seen
    if drafts >= EXPECT_MANY:
        _parts_seen = max(_parts_seen, WARM_UP)


#: A call with this many drafts repays building the shared scanner before the first.
EXPECT_MANY = 50


def word_starts(doc: Document, part: Part, scope: Scope, always: bool = False) -> list[int] | None:
    """Offsets in the lowered part where some phrase rule's pattern may match.

    One scan for the beginnings of every phrase rule's patterns (see `starts`) replaces
    one scan per rule, and each rule then tries its own pattern only at these few places.
    None (scan per rule) for the first WARM_UP parts a process checks, unless `always`.
    """
    global _parts_seen
    key = "phrase-starts:" + part
    if key in doc._cache:
        return doc._cache[key]  # type: ignore[return-value]
    found = None
    _parts_seen += 1
    if always or _parts_seen > WARM_UP:
        lowered = doc.lowered(part)
        assert lowered is not None
        found = [m.start() for m in _scanner(scope).finditer(lowered)]
    doc._cache[key] = found
    return found


def _scanner(scope: Scope) -> re.Pattern[str]:
    # Every draft of one call shares its config: the last scanner is nearly always it.
    if _LAST and _LAST[0] is scope.config:
        return _LAST[1]
    matchers = tuple(rule.matcher(scope) for rule in _phrase_rules())
    found = _SCANNERS.get(matchers)
    if found is None:
        alternatives = [a for matcher in matchers for a in matcher.alternatives]
        # Fragments whose beginnings are unknown are scanned for in full.
        exact = _by_first_letter([a for a in alternatives if not known(a)])
        found = _SCANNERS[matchers] = start_scanner([a for a in alternatives if known(a)], exact)
    _LAST[:] = [scope.config, found]
    return found


#: The config the scanner was last looked up for, and that scanner.
_LAST: list[Any] = []


@cache
def _phrase_rules() -> tuple[PhraseRule, ...]:
    from followup.checks.registry import all_rules

    return tuple(r for r in all_rules() if isinstance(r, PhraseRule))


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation of `alternatives`, grouped under their first letter where it is plain.

    The regex engine tries the branches of an alternation one by one at each place; with
    one branch per first letter, most places are ruled out after a few comparisons.
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for fragment in alternatives:
        head = fragment[:1]
        if (
            head.isascii()
            and head.isalnum()
            and fragment[1:2] not in ("?", "*", "+", "{")
            and not _has_top_level_bar(fragment)
        ):
            groups.setdefault(head, []).append(fragment[1:])
        else:
            rest.append(fragment)
    branches = [f"{head}(?:{'|'.join(tails)})" for head, tails in sorted(groups.items())]
    return "|".join(branches + rest)


def _has_top_level_bar(fragment: str) -> bool:
    """True when `fragment` is itself an alternation (a | outside every group and set)."""
    depth, index, in_set = 0, 0, False
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # A ] straight after [ or [^ is a literal, not the end of the set.
            if fragment[index + 1 : index + 2] == "^":
                index += 1
            if fragment[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False
