"""Small text helpers for drafts: one-line header values, stable choices, tidy paragraphs."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from datetime import date

_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+([,.;:!?])")
_RUNS_OF_SPACE = re.compile(r"[ \t]{2,}")


def one_line(text: str) -> str:
    """`text` on a single line with no control characters, so it can never break a header."""
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(cleaned.split())


def stable_index(seed: str, count: int) -> int:
    """A number in range(count) that depends only on `seed`: same input, same phrasing."""
    if count <= 1:
        return 0
    # CRC-32 is stable across runs and platforms and needs no OpenSSL import at start-up.
    return zlib.crc32(seed.encode("utf-8")) % count


def join_names(names: Sequence[str]) -> str:
    """'Priya', 'Priya and Sam', 'Priya, Sam and Lee'."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def long_day(d: date) -> str:
    """'Friday, December 4': the way a person writes a date in a letter."""
    return f"{d.strftime('%A, %B')} {d.day}"


def short_day(d: date) -> str:
    """'December 4'."""
    return f"{d.strftime('%B')} {d.day}"


def upper_first(text: str) -> str:
    """Capitalise the first letter only; Jinja's `capitalize` would lower 'SQL' to 'Sql'."""
    return text[:1].upper() + text[1:]


def tidy_body(text: str) -> str:
    """Join the template's sentence lines into paragraphs and drop stray blank lines.

    A line is joined to the previous one unless that one ends in a comma (a greeting or a
    sign-off) or the line is a list item, so templates can keep one sentence per line.
    """
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        current = paragraphs[-1]
        if current and not current[-1].endswith(",") and not line.startswith(("- ", "* ")):
            current[-1] = f"{current[-1]} {line}"
        else:
            current.append(line)
    blocks = []
    for lines in paragraphs:
        if not lines:
            continue
        tidied = [_SPACE_BEFORE_PUNCT.sub(r"\1", _RUNS_OF_SPACE.sub(" ", ln)) for ln in lines]
        blocks.append("\n".join(tidied))
    return "\n\n".join(blocks)
