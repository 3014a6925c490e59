"""The shared engine of the phrase rules: built-in patterns plus the user's own phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from followup.checks.base import Hit, Part, Rule, Severity
from followup.checks.document import Document
from followup.checks.scope import Scope
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
            for start, end in matcher.spans(text, doc.lowered(part)):
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
        self.cased = compile_phrases(cased, flags=0)
        self._lower: re.Pattern[str] | None = None
        self._anycase: re.Pattern[str] | None = None

    def spans(self, text: str, lowered: str | None) -> Iterator[tuple[int, int]]:
        """(start, end) of every match in `text`."""
        # A pre-check by substring did not pay: nearly every note holds some prefix
        # ("i have", "please"), and one scan of the whole alternation costs less.
        if self.alternatives:
            if lowered is None:  # lower-casing changed the length, so match the original
                if self._anycase is None:
                    self._anycase = compile_phrases(self.alternatives)
                assert self._anycase is not None
                yield from (m.span() for m in self._anycase.finditer(text))
            else:
                if self._lower is None:
                    self._lower = compile_phrases(self.alternatives, flags=0)
                assert self._lower is not None
                yield from (m.span() for m in self._lower.finditer(lowered))
        if self.cased is not None:
            yield from (m.span() for m in self.cased.finditer(text))


def _span_match(text: str, start: int, end: int) -> re.Match[str]:
    """A match object for text[start:end], so rule hooks see the original casing."""
    match = re.compile(re.escape(text[start:end])).match(text, start)
    assert match is not None
    return match
