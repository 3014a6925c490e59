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

from followup.checks import patterns
from followup.checks.prefix_table import PREFIXES

TYPE_CHECKING = False
if TYPE_CHECKING:
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
#: Prefixes worked out so far, starting with the built-in fragments' from `prefix_table`:
#: working them out parses each fragment, which costs a check of many drafts ~20 ms.
_KNOWN: dict[str, frozenset[str]] = {f: frozenset(p) for f, p in PREFIXES.items()}


def prefixes(fragment: str) -> frozenset[str]:
    """Strings one of which begins every match of `fragment`; {""} when nothing is known."""
    found = _KNOWN.get(fragment)
    if found is None:
        found = _KNOWN[fragment] = computed(fragment)
    return found


def computed(fragment: str) -> frozenset[str]:
    """`prefixes(fragment)` worked out from the fragment, without the table."""
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
    return frozenset(strings)


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
    """A regex matching the longest of the non-empty `strings` a text begins with."""
    # Shared beginnings are written once; where one string begins another, the longer is
    # tried first, so that the place names the most telling prefix (see `candidates`).
    if "" in strings:
        return ""
    return _trie(sorted(strings), 0)


def _trie(strings: list[str], depth: int) -> str:
    """`trie` of sorted strings sharing their first `depth` characters, after those."""
    # Sorted, the strings with one next character are neighbours, the one ending here
    # first: one walk through the list instead of building sets of tails at every node.
    branches = []
    ends = False
    index, count = 0, len(strings)
    while index < count:
        string = strings[index]
        if len(string) == depth:
            ends = True
            index += 1
            continue
        head = string[depth]
        stop = index + 1
        while stop < count and strings[stop][depth] == head:
            stop += 1
        rest = _trie(strings[index:stop], depth + 1)
        branches.append(re.escape(head) + (f"(?:{rest})" if "|" in rest else rest))
        index = stop
    found = "|".join(branches)
    if found and ends:
        found += "|"  # the shorter string, once no longer one matches
    return found


class Places:
    """Finds where in a text a phrase may begin, and which of the known prefixes is there."""

    def __init__(self, alternatives: list[str], exact: str) -> None:
        """`alternatives` all have known prefixes (see `known`), which go into one trie;
        `exact` is the alternation of the other fragments, run in full."""
        strings: set[str] = set()
        for fragment in alternatives:
            strings |= prefixes(fragment)
        known_part = trie(strings)
        # Group 1 is the longest prefix found; None where only an `exact` fragment may begin.
        body = "|".join(b for b in (f"({known_part or '(?!)'})", exact) if b)
        # The character before the place comes first, so the regex engine skips over word
        # characters without trying anything there; consuming it still finds every place,
        # as the next search starts right after it. A space put before the text stands
        # for the start of the text.
        self._body = body
        self._after: dict[bool, re.Pattern[str]] = {}

    def after(self, ascii_only: bool) -> re.Pattern[str]:
        """The scan, compiled on first need: one for ASCII text, one for any text."""
        found = self._after.get(ascii_only)
        if found is None:
            # In ASCII text [^\w'’] is these ranges, which the engine tests faster than the
            # Unicode category of \w, at every character of every draft.
            before = r"[^0-9A-Za-z_']" if ascii_only else r"[^\w'’]"
            found = self._after[ascii_only] = patterns.compile(
                before + "(?=(?:" + self._body + "))"
            )
        return found

    def find(self, text: str) -> list[tuple[int, str | None]]:
        """(offset, prefix) of every place not preceded by a word character or apostrophe."""
        return [(m.start(), m.group(1)) for m in self.after(text.isascii()).finditer(" " + text)]


def prefix_index(fragments: list[str]) -> tuple[dict[str, list[int]], list[int]]:
    """Each known prefix -> the fragments having it; and the fragments with unknown ones."""
    index: dict[str, list[int]] = {}
    unknown = []
    for number, fragment in enumerate(fragments):
        if not known(fragment):
            unknown.append(number)
            continue
        for prefix in prefixes(fragment):
            listed = index.setdefault(prefix, [])
            if not listed or listed[-1] != number:
                listed.append(number)
    return index, unknown


def candidates(index: dict[str, list[int]], unknown: list[int], key: str | None) -> list[int]:
    """The fragments of `prefix_index` that may match where the longest prefix is `key`."""
    # A fragment's prefix found there and `key` both begin the text, and `key` is the
    # longest such: the prefix begins `key`. Unknown fragments may match anywhere.
    found = set(unknown)
    if key is not None:
        for length in range(1, len(key) + 1):
            found.update(index.get(key[:length], ()))
    return sorted(found)


def known(fragment: str) -> bool:
    """True when every match of `fragment` begins with one of its `prefixes`."""
    return "" not in prefixes(fragment)


def by_first_letter(alternatives: list[str]) -> str:
    """The alternation of `alternatives`, grouped under their first letter where it is plain.

    The regex engine tries the branches of an alternation one by one at each place; with
    one branch per first letter, most places are ruled out after a few comparisons.
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for fragment in alternatives:
        head = fragment[:1]
        if (
            head.isascii()
            and head.isalnum()
            and fragment[1:2] not in ("?", "*", "+", "{")
            and not has_top_level_bar(fragment)
        ):
            groups.setdefault(head, []).append(fragment[1:])
        else:
            rest.append(fragment)
    branches = [f"{head}(?:{'|'.join(tails)})" for head, tails in sorted(groups.items())]
    return "|".join(branches + rest)


def has_top_level_bar(fragment: str) -> bool:
    """True when `fragment` is itself an alternation (a | outside every group and set)."""
    depth, index, in_set = 0, 0, False
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # A ] straight after [ or [^ is a literal, not the end of the set.
            if fragment[index + 1 : index + 2] == "^":
                index += 1
            if fragment[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def table_source() -> str:
    """The text of `prefix_table`, with every built-in phrase fragment's prefixes."""
    from followup.checks.phrases import _phrase_rules

    rules = _phrase_rules()
    fragments = sorted({f for rule in rules for f in (*rule.patterns, *rule.cased_patterns)})
    lines = [f"    {f!r}: {tuple(sorted(computed(f)))!r}," for f in fragments]
    head = '''"""The built-in phrase fragments' prefixes (see `starts.prefixes`), generated; do not edit.

Regenerate after changing a phrase rule's patterns (tests/checks/test_prefix_table.py says
when): python -m followup.checks.starts > src/followup/checks/prefix_table.py, then run
ruff format on it.
"""

from __future__ import annotations

PREFIXES: dict[str, tuple[str, ...]] = {
'''
    return head + "\n".join(lines) + "\n}\n"


if __name__ == "__main__":
    print(table_source(), end="")
