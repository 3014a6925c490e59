"""FU501 wrong-name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.spelling import speller
from followup.checks.text import WORD, edit_distance
from followup.model import Contact

_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "madam"}
)


def _tokens(name: str) -> list[str]:
    return [t for t in WORD.findall(name) if t.lower() not in _HONORIFICS and t.lower() != "and"]


def _close(word: str, target: str) -> bool:
    """A likely typo of `target`: one edit for short names, two for longer ones."""
    limit = 1 if len(target) <= 5 else 2
    return 0 < edit_distance(word.lower(), target.lower(), limit + 1) <= limit


class WrongName(Rule):
    """A greeting or text that names someone other than the recipient, or misspells them.

    ## What it flags
    With a known recipient (`--to`, or a To: line that matches one of the
    application's contacts): a greeting that names another contact or any
    other person, and a spelling of the recipient's name that is one or two
    letters off, in the greeting or later in the text. Without a recipient the
    rule does nothing.

    ## Why
    Notes are often written from the previous one. A wrong or misspelt name is
    the one mistake a reader always notices, and it tells them the note was
    copied.

    ## Example
    ```
    To: Dana Whitfield <dana@northwind.example>

    Hi Priya,
    ```

    ## Instead
    ```
    To: Dana Whitfield <dana@northwind.example>

    Hi Dana,
    ```
    """

    code = "FU501"
    name = "wrong-name"
    severity = "error"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        recipient = scope.to
        if recipient is None:
            return
        allowed = [recipient, *scope.recipients]
        allowed_tokens = {t.lower() for c in allowed for t in _tokens(c.name)}
        contacts = scope.application.contacts if scope.application else []
        others = [c for c in contacts if all(c is not a and c.key != a.key for a in allowed)]
        greeting = scope.greeting
        if greeting is not None and greeting.names_person:
            for match in WORD.finditer(greeting.name):
                token = match.group()
                lowered = token.lower()
                if lowered in _HONORIFICS or lowered == "and" or not token[0].isupper():
                    continue
                if lowered in allowed_tokens:
                    continue
                start = greeting.name_start + match.start()
                yield Hit(start, start + len(token), self._explain(token, recipient, others))
        yield from self._misspelt_in_text(doc, scope, recipient, allowed_tokens)

    @staticmethod
    def _explain(token: str, recipient: Contact, others: list[Contact]) -> str:
        for other in others:
            if token.lower() in (t.lower() for t in _tokens(other.name)):
                return f"greets {other.name}, but this note is to {recipient.name}"
        for part in _tokens(recipient.name):
            if _close(token, part):
                return f"{token!r} misspells {recipient.name}'s name (expected {part!r})"
        return f"greets {token!r}, but this note is to {recipient.name}"

    def _misspelt_in_text(
        self, doc: Document, scope: Scope, recipient: Contact, allowed: set[str]
    ) -> Iterator[Hit]:
        # Without a dictionary "Data" would look like a typo of "Dana", so only words the
        # dictionary does not know are considered.
        dictionary = speller(str(scope.config.params.get("FU503", {}).get("dictionary") or "en_US"))
        if dictionary is None:
            return
        targets = [t for t in _tokens(recipient.name) if len(t) >= 4]
        greeting_end = scope.greeting.end if scope.greeting else 0
        known = scope.known_words
        for match in re.finditer(r"\b[A-Z][a-z]{2,}\b", doc.body):
            word = match.group()
            if match.start() < greeting_end or word.lower() in allowed or word.lower() in known:
                continue
            target = next((t for t in targets if _close(word, t)), None)
            if target is not None and not dictionary.correct(word):
                yield Hit(
                    match.start(),
                    match.end(),
                    f"{word!r} looks like a misspelling of {recipient.name}'s name ({target!r})",
                )
