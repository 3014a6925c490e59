"""The strings a phrase pattern's matches begin with, for a cheap scan for places to try.

The phrase rules try their patterns only where some phrase may begin (see
`phrases.word_starts`). Scanning with every whole phrase at once costs about a tenth of a
millisecond per draft, as the regex engine works through the long alternatives at every
word. A match of a fragment always begins with one of a few short strings ("i need", "asap",
"let m"); a scan for those at word starts finds every place a phrase begins and a few more,
where the rules' own patterns then fail, in a third of the time.
"""

from __future__ import annotations

import re
from typing import Any

# Python's own regex parser is private: should another version lack it, or shape its
# output differently, every fragment falls back to the whole-phrase scan, which is slower
# but finds the same places.
try:
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]

    _ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)
    _REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - not on Python 3.11 to 3.13
    _sre_parse = None

#: The longest prefix kept: longer ones rule out more places but make the scan longer.
LENGTH = 6
#: Beyond this many prefixes for one fragment, they are cut shorter.
MOST = 64
#: Ends a repeated group's text: what follows the first repeat is not known.
_STOP = ("stop", None)
_KNOWN: dict[str, frozenset[str]] = {}


def prefixes(fragment: str) -> frozenset[str]:
    """Strings one of which begins every match of `fragment`; {""} when nothing is known."""
    found = _KNOWN.get(fragment)
    if found is None:
        try:
            if _sre_parse is None:
                raise ValueError("Python's regex parser is not available")
            parsed = _sre_parse.parse(fragment)
            # Inline flags such as (?i) change what the literals match.
            plain = parsed.state.flags & ~_sre.SRE_FLAG_UNICODE == 0
            strings = _prefixes(list(parsed.data), 0, LENGTH) if plain else {""}
        except (re.error, TypeError, ValueError, AttributeError, KeyError, RecursionError):
            strings = {""}
        length = LENGTH
        while len(strings) > MOST:
            length -= 1
            strings = {s[:length] for s in strings}
        found = _KNOWN[fragment] = frozenset(strings)
    return found


def _prefixes(items: list[Any], index: int, length: int) -> set[str]:
    """The prefixes, up to `length` characters, of matches of items[index:]."""
    if length == 0 or index == len(items):
        return {""}
    op, arg = items[index]
    if op is _sre.LITERAL:
        return {chr(arg) + s for s in _prefixes(items, index + 1, length - 1)}
    if op is _sre.IN:
        if len(arg) > 6 or any(kind is not _sre.LITERAL for kind, _ in arg):
            return {""}  # a range, a class like \s, or a negated set: any character may start
        rest = _prefixes(items, index + 1, length - 1)
        return {chr(code) + s for _, code in arg for s in rest}
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = arg
        if add_flags or del_flags:
            return {""}
        return _prefixes(list(inner.data) + items[index + 1 :], 0, length)
    if op is _sre.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            found |= _prefixes(list(branch.data) + items[index + 1 :], 0, length)
        return found
    if op in _ZERO_WIDTH:
        # A look-around or \b takes no text: skipping it only lets more places through.
        return _prefixes(items, index + 1, length)
    if op in _REPEATS:
        least, most, inner = arg
        # After one repeat of an optional part comes the rest; after one of many, more of it.
        after = items[index + 1 :] if most == 1 else [_STOP]
        first = _prefixes([*inner.data, *after], 0, length)
        return first | _prefixes(items, index + 1, length) if least == 0 else first
    return {""}


def trie(strings: set[str] | frozenset[str]) -> str:
    """A regex matching any of the non-empty `strings`, shared beginnings written once."""
    if "" in strings:
        return ""
    heads: dict[str, set[str]] = {}
    for string in strings:
        heads.setdefault(string[0], set()).add(string[1:])
    branches = []
    for head in sorted(heads):
        rest = trie(heads[head])
        branches.append(re.escape(head) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(branches)


def start_scanner(alternatives: list[str], exact: str) -> re.Pattern[str]:
    """A pattern whose matches, in lower-cased text, are at every place a phrase may begin.

    `alternatives` all have known prefixes (see `known`), which go into one trie;
    `exact` is the alternation of the other fragments, run in full.
    """
    strings: set[str] = set()
    for fragment in alternatives:
        strings |= prefixes(fragment)
    body = "|".join(b for b in (trie(strings), exact) if b) or "(?!)"
    # Zero-width, so that a phrase beginning inside another one's prefix is found too.
    return re.compile(r"(?<![\w'’])(?=(?:" + body + "))")


def known(fragment: str) -> bool:
    """True when every match of `fragment` begins with one of its `prefixes`."""
    return "" not in prefixes(fragment)
