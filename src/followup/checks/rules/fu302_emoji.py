"""FU302 emoji."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.text import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

_EMOJI = patterns.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d\U000e0020-\U000e007f]+"
)
# No leading look-behind: the engine scans far faster from a plain character class, and
# the character before a match is checked in Python instead.
_EMOTICON = LazyPattern(r"(?:[:;=][-o'^]?[)(\]\[DPpO/|3*]+|<3+|\^_+\^|[xX]D+|:'\()(?![\w/])")
_NOT_BEFORE = frozenset(":/")
#: Every emoticon contains one of these, so a draft with none needs no emoticon scan.
_EMOTICON_MARKS = (":", ";", "=", "<3", "^_", "xD", "XD")


def _may_hold_emoticon(text: str) -> bool:
    """True when `text` holds one of _EMOTICON_MARKS (without any() over a generator)."""
    return (
        ":" in text
        or ";" in text
        or "=" in text
        or "<3" in text
        or "^_" in text
        or "xD" in text
        or "XD" in text
    )


class Emoji(Rule):
    """An emoji or a text emoticon.

    ## What it flags
    Emoji characters such as 😊 or 👍 and emoticons typed with punctuation
    such as `:)`, `;-)`, `:D`, `<3` and `xD`. Times (`10:30`) and web addresses
    are not flagged.

    ## Why
    Emoji read as chatty and can render as empty boxes in some mail clients.
    Warmth in a follow-up comes from a specific, kind sentence instead.

    ## Example
    ```
    Thanks so much for your time today :) 🙌
    ```

    ## Instead
    ```
    Thank you for your time today; I enjoyed hearing how the team works.
    ```
    """

    code = "FU302"
    name = "emoji"
    severity = "error"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        parts: tuple[Part, ...] = ("subject", "body")
        for part in parts:
            text = doc.part(part)
            if not text.isascii():  # every emoji character is outside ASCII
                yield from self._found(text, part, _EMOJI, "emoji")
            if _may_hold_emoticon(text):
                yield from self._found(text, part, _EMOTICON, "emoticon")

    @staticmethod
    def _found(
        text: str, part: Part, regex: re.Pattern[str] | LazyPattern, what: str
    ) -> Iterator[Hit]:
        for match in regex.finditer(text):
            if match.group() == "\ufe0f":
                continue
            before = text[match.start() - 1] if match.start() else " "
            if regex is _EMOTICON and (before.isalnum() or before in _NOT_BEFORE or before == "_"):
                continue
            yield Hit(
                match.start(),
                match.end(),
                f"{what} {match.group()!r}: leave it out of a professional note",
                part=part,
            )
