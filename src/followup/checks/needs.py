"""The words a phrase pattern cannot match without, read from the pattern's own text.

A phrase rule's pattern compiles in milliseconds, and a draft holds the words of only a
few of them; a pattern whose words are absent cannot match, so it need not be compiled
or run. `needs(fragment)` gives those words as groups: a match contains at least one
string of every group. Only plain literal text outside any optional part counts, and
any syntax this reader does not know makes it give no groups (the fragment always runs),
so a missing word rules out a match for certain.
"""

from __future__ import annotations

from followup.checks import patterns

#: Groups of strings: a match contains one string of each group. [] when nothing is known.
Needs = list[tuple[str, ...]]

#: Characters with a meaning in a regex; runs of the others are plain text.
_SPECIAL = patterns.compile(r"[\\\[\](){}|?*+.^$]")
_QUANTIFIERS = "?*+{"
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dDsSwW")


class _Unsure(Exception):
    """Syntax this reader does not model; the fragment is then always run."""


def needs(fragment: str) -> Needs:
    """Groups of strings every match of the regex `fragment` contains (lower-case text)."""
    reader = _Reader(fragment)
    try:
        found = reader.alternation()
    except _Unsure:
        return []
    if reader.at < len(fragment):  # an unbalanced ")": let the regex engine judge it
        return []
    return found


def present(groups: Needs, text: str) -> bool:
    """True when `text` holds a string of every group (always for no groups)."""
    return all(any(word in text for word in group) for group in groups)


def _shortest(group: tuple[str, ...]) -> int:
    return min(map(len, group))


class _Reader:
    """A recursive reader of the regex syntax the phrase rules use."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def _peek(self, offset: int = 0) -> str:
        index = self.at + offset
        return self.pattern[index] if index < len(self.pattern) else ""

    def alternation(self) -> Needs:
        """Needs of `a|b|...` up to a closing ")" or the end: one string from each branch."""
        branches = [self.sequence()]
        pattern = self.pattern
        while self.at < len(pattern) and pattern[self.at] == "|":
            self.at += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        words: list[str] = []
        for branch in branches:
            if not branch:
                return []
            # Each branch gives its most telling group; any string of those will do.
            best: tuple[str, ...] = branch[0] if len(branch) == 1 else max(branch, key=_shortest)
            words.extend(best)
        return [tuple(dict.fromkeys(words))]

    def sequence(self) -> Needs:
        """Needs of one branch: its runs of plain text and its required groups."""
        found: Needs = []
        run = ""
        pattern = self.pattern
        while True:
            # Plain characters are taken in one step, bar one a quantifier follows.
            special = _SPECIAL.search(pattern, self.at)
            stop = special.start() if special else len(pattern)
            if special is not None and special.group() in _QUANTIFIERS:
                stop -= 1
            if stop > self.at:
                run += pattern[self.at : stop]
                self.at = stop
            if stop == len(pattern) or pattern[stop] in "|)":
                break
            literal, inner = self._atom()
            low = self._quantifier()
            if literal is not None and low == 1:
                run += literal
                continue
            if literal is not None and low > 1:
                run += literal  # "ab+" holds "ab"; what follows need not touch it
            if run:
                found.append((run,))
                run = ""
            if low >= 1:
                found += inner
        if run:
            found.append((run,))
        return found

    def _atom(self) -> tuple[str | None, Needs]:
        """(the character, if the atom is one plain character; the needs of a group)."""
        char = self._peek()
        if char == "(":
            return None, self._group()
        if char == "[":
            self._skip_class()
            return None, []
        if char == "\\":
            following = self._peek(1)
            self.at += 2
            if not following:
                raise _Unsure
            if following.isalnum() or following == "_":
                if following in _ZERO_WIDTH_ESCAPES or following in _CLASS_ESCAPES:
                    return None, []
                raise _Unsure  # \n, \x41, \1 and the like
            return following, []
        if char in "*+?{":
            raise _Unsure  # a quantifier with nothing before it, or a literal brace
        self.at += 1
        if char in ".^$":
            return None, []
        return char, []

    def _group(self) -> Needs:
        pattern = self.pattern
        if pattern.startswith("(?:", self.at):
            self.at += 3
            lookaround = False
        elif pattern.startswith(("(?=", "(?!"), self.at):
            self.at += 3
            lookaround = True
        elif pattern.startswith(("(?<=", "(?<!"), self.at):
            self.at += 4
            lookaround = True
        elif pattern.startswith("(?P<", self.at):
            close = pattern.find(">", self.at)
            if close < 0:
                raise _Unsure
            self.at = close + 1
            lookaround = False
        elif pattern.startswith("(?", self.at):
            raise _Unsure  # flags, comments, conditionals, atomic groups
        else:
            self.at += 1
            lookaround = False
        inner = self.alternation()
        if self._peek() != ")":
            raise _Unsure
        self.at += 1
        # A look-around matches no text of its own, so it requires none.
        return [] if lookaround else inner

    def _skip_class(self) -> None:
        index = self.at + 1
        pattern = self.pattern
        if index < len(pattern) and pattern[index] == "^":
            index += 1
        if index < len(pattern) and pattern[index] == "]":
            index += 1  # a "]" first in the set is a literal
        while index < len(pattern) and pattern[index] != "]":
            index += 2 if pattern[index] == "\\" else 1
        if index >= len(pattern):
            raise _Unsure
        self.at = index + 1

    def _quantifier(self) -> int:
        """The least number of repeats the next quantifier allows (1 when there is none)."""
        char = self._peek()
        if char in ("?", "*"):
            low = 0
            self.at += 1
        elif char == "+":
            low = 1
            self.at += 1
        elif char == "{":
            close = self.pattern.find("}", self.at)
            if close < 0:
                raise _Unsure
            body = self.pattern[self.at + 1 : close]
            least, comma, most = body.partition(",")
            if not (least.isdigit() or (comma and not least)) or not (most.isdigit() or not most):
                raise _Unsure  # not a quantifier: a literal brace this reader does not model
            low = int(least) if least else 0
            self.at = close + 1
        else:
            return 1
        if self._peek() in ("?", "+"):
            self.at += 1  # lazy or possessive: the same least count
        if self._peek() in ("?", "*", "+", "{"):
            raise _Unsure
        # "a+" is 2 here so that the caller keeps the character in its run and then ends it.
        return 2 if low >= 1 else 0
