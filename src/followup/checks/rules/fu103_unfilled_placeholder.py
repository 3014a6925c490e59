"""FU103 unfilled-placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.text import LazyPattern

_MARKERS = patterns.compile(
    r"[\[{<_]|TODO|TBD|FIXME|TKTK|XX|Lorem|INSERT|YOUR NAME|(?i:still to add)"
)


def has_marker(text: str, angles: bool = True, lowered: str | None = None) -> bool:
    """`_MARKERS.search(text) is not None`, without the regex scan for ASCII text.

    With `angles` False, a "<" does not count (always True for non-ASCII text);
    `lowered` is `text.lower()` when the caller has it already.
    """
    if not text.isascii():
        # Case-insensitive matching treats some non-ASCII letters as s, i or k.
        return _MARKERS.search(text) is not None
    # _MARKERS's plain strings, each looked for on its own (far faster than its scan),
    # one test after the other rather than any() over a generator: thousands of parts.
    return (
        "[" in text
        or "{" in text
        or (angles and "<" in text)
        or "_" in text
        or "TODO" in text
        or "TBD" in text
        or "FIXME" in text
        or "TKTK" in text
        or "XX" in text
        or "Lorem" in text
        or "INSERT" in text
        or "YOUR NAME" in text
        or "still to add" in (text.lower() if lowered is None else lowered)
    )


_PLACEHOLDER = LazyPattern(
    r"\[[^\]\n]{1,60}\](?!\()"  # [Name], but not a Markdown link [text](url)
    r"|\{\{?[^{}\n]{1,60}\}\}?"  # {company}, {{ role }}
    r"|<(?![^>\n]*(?:@|://|mailto:))[A-Za-z_][^<>\n]{0,58}>"  # <Job Title>, not <a@b.c>
    r"|\b(?:TODO|TBD|FIXME|TKTK|XXX*)\b"
    r"|\b(?:Lorem ipsum|INSERT [A-Z ]+|YOUR NAME)\b"
    r"|_{3,}"
    r"|(?P<gap>\((?i:still to add):[^()\n]{0,200}\))"  # followup draft's own note of a gap
)


def _message(match: re.Match[str]) -> str:
    gap = match.group("gap")
    if gap is None:
        return f"unfilled placeholder {match.group()!r}: replace it with the real detail"
    what = gap[1:-1].partition(":")[2].strip().rstrip(".") or "the missing detail"
    return f"followup's reminder {gap!r} is still in the note: write in {what}, then delete it"


class UnfilledPlaceholder(Rule):
    """A template placeholder left in the draft.

    ## What it flags
    Text in square brackets, braces or angle brackets such as `[Name]`,
    `{company}` or `<Job Title>`, the markers TODO, TBD, FIXME and XX, and blank
    lines drawn with underscores. Also the note `followup draft` writes where
    a detail was missing, such as `(Still to add: your name under the note.)`.
    E-mail addresses in angle brackets and Markdown links are not flagged.

    ## Why
    A leftover placeholder shows that the note came from a template and was not
    read before sending. It undoes the personal touch the note was meant to give.

    ## Example
    ```
    Thank you for telling me about [specific project] at {company}.
    ```

    ## Instead
    ```
    Thank you for telling me about the warehouse-forecasting rebuild at Northwind.
    ```
    """

    code = "FU103"
    name = "unfilled-placeholder"
    severity = "error"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        parts: tuple[Part, ...] = ("subject", "to", "cc", "body")
        for part in parts:
            text = doc.part(part)
            if not text:
                continue
            # In an address line every placeholder starting with "<" is skipped below, so
            # a line whose only marker is the "<" of an address holds nothing to report.
            angles = part not in ("to", "cc")
            # The body's lowered text is worked out for the phrase rules anyway.
            lowered = doc.lowered(part) if part == "body" else None
            if not has_marker(text, angles, lowered):
                continue
            for match in _PLACEHOLDER.finditer(text):
                if part in ("to", "cc") and match.group().startswith("<"):
                    continue  # angle brackets in an address line hold the address
                yield Hit(match.start(), match.end(), _message(match), part=part)
