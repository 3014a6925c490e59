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

    #: Regex fragments matched case-insensitively as whole words.
    patterns: ClassVar[tuple[str, ...]] = ()
    #: Fragments matched with case, e.g. lower-case "u" but not "U".
    cased_patterns: ClassVar[tuple[str, ...]] = ()
    #: Message with {text} for the matched words.
    message: ClassVar[str] = "{text!r}"
    parts: ClassVar[tuple[Part, ...]] = ("subject", "body")
    _compiled: ClassVar[dict[tuple[str, ...], list[re.Pattern[str]]]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = {}

    def regexes(self, scope: Scope) -> list[re.Pattern[str]]:
        """The compiled patterns, with the user's phrases for this rule's list added."""
        extra = scope.phrases(self.phrase_key) if self.phrase_key else ()
        found = self._compiled.get(extra)
        if found is None:
            found = [
                r
                for r in (
                    compile_phrases([*self.patterns, phrase_pattern(extra)]),
                    compile_phrases(self.cased_patterns, flags=0),
                )
                if r is not None
            ]
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
        regexes = self.regexes(scope)
        for part in self.parts:
            text = doc.part(part)
            if not text:
                continue
            for regex in regexes:
                for match in regex.finditer(text):
                    start, end = match.span()
                    if scope.is_protected(part, start, end) or self.skip(match, text, scope):
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
