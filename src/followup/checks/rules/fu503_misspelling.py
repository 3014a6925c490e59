"""FU503 misspelling."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.spelling import Speller, speller
from followup.checks.text import ASCII_TOKEN, LazyPattern
from followup.checks.text import TOKEN as _TOKEN
from followup.checks.wordlist import WORKPLACE_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar

_SKIP = LazyPattern(
    r"\S+@\S+|(?:https?://|www\.)\S+|\S+\.(?:com|org|io|net|dev|ai)\b\S*", re.IGNORECASE
)
_SKIP_HINT = LazyPattern(r"https?://|www\.|\.(?:com|org|io|net|dev|ai)\b", re.IGNORECASE)
#: Tokens never flagged whatever the dictionary or context: acronyms, workplace words.
_SETTLED: set[str] = set()
_SENTENCE_START = LazyPattern(r"(?:^|[.!?:]\s+|\n\s*)[\"'“‘(]*$")


class Misspelling(Rule):
    """A word the offline dictionary does not know.

    ## What it flags
    Misspelt words in the subject and body, checked with hunspell and the
    system's en_US dictionary (`[rules.FU503] dictionary = "en_GB"` or a path
    chooses another). Accepted without lookup: names of your contacts,
    companies, roles and topics, words in `[words] accept = [...]`, words in
    capitals or with digits, common workplace terms (onboarding, dbt, SQL), and
    capitalised words, which are mostly names of people, products and places (a
    capitalised word is flagged only when it starts a sentence and is plainly
    letters swapped, as in "Thnak"). If no dictionary is installed the rule is
    skipped with a notice.

    ## Why
    A typo in a short note stands out more than in a long one, and a reader
    hiring for care and precision will notice.

    ## Example
    ```
    I recieved the agenda and I'm definately excited.
    ```

    ## Instead
    ```
    I received the agenda and I'm definitely excited.
    ```
    """

    code = "FU503"
    name = "misspelling"
    severity = "warning"
    params: ClassVar[dict[str, Any]] = {"dictionary": "en_US"}

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        dictionary = speller(str(scope.param(self, "dictionary")))
        if dictionary is None:
            return
        hits = list(self._hits(doc, scope, dictionary))
        # hunspell found but failing to import mid-way means the rule is skipped, as when
        # it is missing; problem() reports it.
        if not dictionary.broken:
            yield from hits

    def _hits(self, doc: Document, scope: Scope, dictionary: Speller) -> Iterator[Hit]:
        known = scope.known_words
        fine = dictionary.fine  # words already found correct, whatever the context
        parts: tuple[Part, ...] = ("subject", "body")
        for part in parts:
            text = doc.part(part)
            # Greeting and sign-off hold names; the message between them is what gets checked.
            start, end = scope.core if part == "body" else (0, len(text))
            # Most words were seen before in this call: only the rest are looked at one by one.
            # difference() walks this draft's few words; `-= fine` would walk all of `fine`,
            # which grows with every new word the call meets.
            if part == "body":
                tokens = scope.core_tokens
            else:  # in ASCII text ASCII_TOKEN finds what TOKEN does, several times faster
                tokens = (ASCII_TOKEN if text.isascii() else _TOKEN).findall(text, start, end)
            unsure = set(tokens).difference(fine, _SETTLED)
            if unsure:
                unsure = self._to_look_up(unsure, known)
            if not unsure:
                continue
            skipped: list[tuple[int, int]] | None = None
            for match in _occurrences(text, start, end, unsure):
                word = match.group().replace("’", "'")
                capitalised = word[0].isupper()
                if capitalised and not _SENTENCE_START.search(
                    text[max(0, match.start() - 4) : match.start()]
                ):
                    continue  # inside a sentence a capitalised word is taken for a name
                if skipped is None:
                    # _SKIP is slow to scan; without an "@" or a web-address hint it finds nothing.
                    maybe = "@" in text or _SKIP_HINT.search(text) is not None
                    skipped = [m.span() for m in _SKIP.finditer(text)] if maybe else []
                if any(s <= match.start() < e for s, e in skipped):
                    continue
                if capitalised:
                    hint = self._capitalised(word, text, match.start(), dictionary)
                    if hint is None:
                        continue
                elif self._correct(word, dictionary, known):
                    continue
                else:
                    hint = dictionary.suggest(word)
                advice = f"; did you mean {hint!r}?" if hint else ""
                yield Hit(
                    match.start(), match.end(), f"{word!r} may be misspelt{advice}", part=part
                )

    def _capitalised(self, word: str, text: str, start: int, dictionary: Speller) -> str | None:
        """A suggestion for a capitalised word that is plainly a typo, else None.

        Capitalised words are mostly names, which no dictionary holds; only a word at the
        start of a sentence whose suggestion is the same letters reordered ("Thnak") counts.
        """
        if not _SENTENCE_START.search(text[max(0, start - 4) : start]):
            return None
        if dictionary.correct(word) or dictionary.correct(word.lower()):
            return None
        suggestion = dictionary.suggest(word)
        if suggestion and sorted(suggestion.lower()) == sorted(word.lower()):
            return suggestion
        return None

    def _to_look_up(self, tokens: set[str], known: frozenset[str]) -> set[str]:
        """The tokens `_needs_lookup` keeps, each decided once for one set of known words."""
        # The set is held with the answers, so its id stays its own; a few thousand will do.
        if _ANSWERS[0] is not known or len(_ANSWERS[1]) >= 20_000:
            _ANSWERS[:] = [known, {}]
        answers: dict[str, bool] = _ANSWERS[1]
        kept = set()
        for token in tokens:
            needed = answers.get(token)
            if needed is None:
                needed = answers[token] = self._needs_lookup(token.replace("’", "'"), known)
            if needed:
                kept.add(token)
        return kept

    @staticmethod
    def _needs_lookup(word: str, known: frozenset[str]) -> bool:
        if len(word) < 2 or word.isupper() or not word.replace("'", "").replace("-", "").isalpha():
            _SETTLED.add(word)
            return False  # acronyms (SQL, ETL) and words with digits (B2B, Q3)
        lowered = word.lower()
        if lowered in WORKPLACE_WORDS:
            _SETTLED.add(word)
            return False
        return lowered not in known

    @staticmethod
    def _correct(word: str, dictionary: Speller, known: frozenset[str]) -> bool:
        spell = dictionary.correct
        if spell(word):
            return True
        stem = re.sub(r"'s$", "", word)
        pieces = [p for p in re.split(r"[-']", stem) if p]
        if stem != word and (stem.lower() in known or spell(stem)):
            return True
        return len(pieces) > 1 and all(p.lower() in known or spell(p) for p in pieces)


#: The known words `_to_look_up` last answered for, and its answers: without an application
#: the drafts of one call share one set of known words, and mostly the same names.
_ANSWERS: list[Any] = [None, {}]
#: Characters a token can run on with; a token starts only after none of them.
_TOKEN_CHARS = patterns.compile(r"[\w'’-]")


def _occurrences(text: str, start: int, end: int, wanted: set[str]) -> list[re.Match[str]]:
    """The tokens of text[start:end] (as `_TOKEN.finditer` finds them) that are in `wanted`.

    Found by substring search, which is much faster than walking every token; where a
    candidate's left edge is ambiguous the plain token walk decides.
    """
    found: list[re.Match[str]] = []
    for word in wanted:
        at = text.find(word, start, end)
        while at >= 0:
            if at > start and _TOKEN_CHARS.match(text, at - 1):
                # Inside or right after other word characters: only the full walk knows.
                return [m for m in _TOKEN.finditer(text, start, end) if m.group() in wanted]
            match = _TOKEN.match(text, at, end)
            if match is not None and match.end() == at + len(word):
                found.append(match)
            at = text.find(word, at + 1, end)
    found.sort(key=lambda m: m.start())
    return found
