"""FU306 exclamation."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar

_MARKS = patterns.compile(r"!+")


class Exclamation(Rule):
    """More exclamation marks than a professional note needs.

    ## What it flags
    Runs such as "!!" or "?!", and every exclamation mark after the first one
    in the subject and body together. Change the allowance with
    `[rules.FU306] max_exclamations = 2`.

    ## Why
    One exclamation can carry real enthusiasm; several make the note read as
    breathless or anxious and dilute the one that mattered.

    ## Example
    ```
    Thank you so much! I loved meeting the team! I can't wait!!
    ```

    ## Instead
    ```
    Thank you for the afternoon; I really enjoyed meeting the team!
    ```
    """

    code = "FU306"
    name = "exclamation"
    severity = "warning"
    params: ClassVar[dict[str, Any]] = {"max_exclamations": 1}

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        allowed = int(scope.param(self, "max_exclamations"))
        seen = 0
        parts: tuple[Part, ...] = ("subject", "body")
        for part in parts:
            text = doc.part(part)
            if "!" not in text:
                continue
            for match in _MARKS.finditer(text):
                start, end = match.span()
                if start > 0 and text[start - 1] == "?":
                    start -= 1
                seen += 1
                if end - start > 1:
                    yield Hit(start, end, f"{match.group()!r}: one mark is plenty", part=part)
                elif seen > allowed:
                    yield Hit(
                        start, end, f"exclamation mark number {seen}; keep to {allowed}", part=part
                    )
