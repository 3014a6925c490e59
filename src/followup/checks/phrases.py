"""The shared engine of the phrase rules: built-in patterns plus the user's own phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule, Severity
from followup.checks.document import Document
from followup.checks.needs import Needs, needs, present
from followup.checks.scope import Scope
from followup.checks.spots import Finder as _Finder
from followup.checks.spots import Scanner as _Scanner
from followup.checks.spots import Spots, cased_finder
from followup.checks.spots import one as _one
from followup.checks.text import compile_phrases, literal_first, phrase_pattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar


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

    #: The config `matcher` last answered for, and its answer (held, so the id stays its own).
    _last: tuple[object, _Matcher] | None = None

    def matcher(self, scope: Scope) -> _Matcher:
        """The compiled patterns, with the user's phrases for this rule's list added."""
        last = self._last
        # Every draft of one call shares its config: the last answer is nearly always it.
        if last is not None and last[0] is scope.config:
            return last[1]
        extra = scope.phrases(self.phrase_key) if self.phrase_key else ()
        found = self._compiled.get(extra)
        if found is None:
            found = _Matcher(
                [*self.patterns, phrase_pattern(p.lower() for p in extra)], self.cased_patterns
            )
            self._compiled[extra] = found
        self._last = (scope.config, found)
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
        for part, text, lowered, starts in _views(doc, self.parts, scope):
            if starts is not None and not starts.may_match(matcher):
                continue  # no place in this part where one of the phrases may begin
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
        self.finder = _Finder(self.alternatives)
        #: The cased alternatives' finder, when the shared scan finds their places too.
        self.cased_finder = cased_finder(self.cased_alternatives)

    def spans(
        self,
        text: str,
        lowered: str | None,
        starts: Spots | None = None,
        prefilter: bool = True,
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in `text`.

        `starts`, from `word_starts`, are the only places in `lowered` where a match can
        begin, each with the alternatives that may match there; trying those in order at
        each place, left to right and never inside the previous match, finds what
        `finditer` over the whole alternation finds. Without them (a process's first
        drafts) only the alternatives whose words the text holds run, each compiled on
        its own (see `first_matches`), unless `prefilter` is False.
        """
        if self.alternatives:
            if lowered is None:  # lower-casing changed the length, so match the original
                if self._anycase is None:
                    self._anycase = compile_phrases(self.alternatives)
                assert self._anycase is not None
                yield from (m.span() for m in self._anycase.finditer(text))
            elif starts is not None and (places := starts.of(self)) is not None:
                yield from self.finder.at(lowered, places)
            else:
                found = first_matches(self.alternatives, lowered) if prefilter else None
                if found is None:
                    found = [m.span() for m in self._lower_pattern().finditer(lowered)]
                yield from found
        if self.cased_alternatives:
            cased: Iterable[tuple[int, int]] | None = None
            if prefilter and starts is None:
                cased = first_matches(self.cased_alternatives, text)
            elif starts is not None and self.cased_finder is not None:
                places = starts.cased(self)
                if places is not None:  # the original text, at the places the scan found
                    cased = self.cased_finder.at(text, places)
            if cased is None:
                if self._cased is None:
                    self._cased = literal_first(self.cased_alternatives)
                assert self._cased is not None
                cased = [m.span() for m in self._cased.finditer(text)]
            yield from cased

    def _lower_pattern(self) -> re.Pattern[str]:
        if self._lower is None:
            self._lower = compile_phrases(self.alternatives, flags=0)
        assert self._lower is not None
        return self._lower


#: Whether a process's first drafts run only the alternatives whose words they hold;
#: switched off only by tests that compare the two ways.
PREFILTER = True
#: What each alternative needs (see `needs`).
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
            patterns.append(_one(fragment))
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
    # One pattern for every span: compiling each span's own text cost tens of µs per new phrase.
    match = _WHOLE.match(text, start, end)
    assert match is not None
    return match


_WHOLE = patterns.compile(r".*", re.DOTALL)


#: The scanner for each combination of phrase rule matchers (built-in plus user phrases).
_SCANNERS: dict[tuple[_Matcher, ...], _Scanner] = {}


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


#: Where `_view` keeps each part's view in `Document._cache`.
_VIEW_KEYS = {part: "phrase-view:" + part for part in ("subject", "to", "cc", "body")}
_View = tuple[str, "str | None", "Spots | None"]


def _view(doc: Document, part: Part, scope: Scope) -> _View | None:
    """(text, lowered text, `word_starts`) of a part, None when it is empty; once per draft.

    Each phrase rule asks for the same three things about the same parts; one look-up
    in the draft's cache replaces three calls per rule and part.
    """
    key = _VIEW_KEYS[part]
    found = doc._cache.get(key, _NOT_YET)
    if found is _NOT_YET:
        text = doc.part(part)
        if not text:
            found = None
        else:
            lowered = doc.lowered(part)
            starts = word_starts(doc, part, scope) if lowered is not None else None
            found = (text, lowered, starts)
        doc._cache[key] = found
    return found  # type: ignore[return-value]


_NOT_YET = object()


def _views(
    doc: Document, parts: tuple[Part, ...], scope: Scope
) -> list[tuple[Part, str, str | None, Spots | None]]:
    """(part, text, lowered text, `word_starts`) of each non-empty part, once per draft."""
    key = _VIEWS_KEYS.get(parts)
    if key is None:
        key = _VIEWS_KEYS[parts] = "phrase-views:" + ",".join(parts)
    found = doc._cache.get(key)
    if found is None:
        found = doc._cache[key] = [
            (part, *view) for part in parts if (view := _view(doc, part, scope)) is not None
        ]
    return found  # type: ignore[return-value]


#: Where `_views` keeps each list of parts' views in `Document._cache`.
_VIEWS_KEYS: dict[tuple[Part, ...], str] = {}


def word_starts(doc: Document, part: Part, scope: Scope, always: bool = False) -> Spots | None:
    """The places in the lowered part where some phrase rule's pattern may match.

    One scan for the beginnings of every phrase rule's patterns (see `starts`) replaces
    one scan per rule, and each rule then tries only those of its alternatives whose
    beginnings were found, at those few places.
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
        scanner = _scanner(scope)
        found = Spots(scanner.places.find(lowered), scanner)
    doc._cache[key] = found
    return found


def _scanner(scope: Scope) -> _Scanner:
    # Every draft of one call shares its config: the last scanner is nearly always it.
    if _LAST and _LAST[0] is scope.config:
        return _LAST[1]
    matchers = tuple(rule.matcher(scope) for rule in _phrase_rules())
    found = _SCANNERS.get(matchers)
    if found is None:
        found = _SCANNERS[matchers] = _Scanner(matchers)
    _LAST[:] = [scope.config, found]
    return found


#: The config the scanner was last looked up for, and that scanner.
_LAST: list[Any] = []


@cache
def _phrase_rules() -> tuple[PhraseRule, ...]:
    from followup.checks.registry import all_rules

    return tuple(r for r in all_rules() if isinstance(r, PhraseRule))
