"""Text helpers the rules share: words, sentences, greeting, sign-off and phrase patterns."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from itertools import chain, islice

from followup.checks.patterns import compile as compile_regex
from followup.record import FrozenRecord

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: Frozen records refuse plain assignment; their __init__ sets each field through this.
_setattr = object.__setattr__


class LazyPattern:
    """A regex compiled on first use: for the patterns most drafts never need.

    Compiling costs a check of one draft more than the rest of its work, so a pattern
    used only for some drafts waits until one needs it.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = compile_regex(self._source, self._flags)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)


#: One letter or digit: the same characters as str.isalnum().
_ALNUM = compile_regex(r"[^\W_]")
WORD = compile_regex(r"[^\W\d_](?:[\w'’-]*\w)?")
#: A word as the spelling rule reads it: WORD without a trailing "_". Each run of word
#: characters holding a letter gives one match of each, so both count words alike.
TOKEN = compile_regex(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]")
#: TOKEN for ASCII text, where its classes are these ranges; the engine tests ranges faster.
#: Written as letters and digits, then runs of "_'-" each followed by some, all possessive:
#: the same tokens as "[A-Za-z][A-Za-z0-9_'-]*[A-Za-z0-9]|[A-Za-z]" without backtracking.
ASCII_TOKEN = compile_regex(r"[A-Za-z][A-Za-z0-9]*+(?:[_'-]++[A-Za-z0-9]++)*+")
#: Words that end a sentence only when no abbreviation precedes the dot.
_ABBREVIATION_WORDS = (
    "mr mrs ms mx dr prof st jr sr vs etc e.g i.e a.m p.m approx no inc ltd corp co dept"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
#: A sentence end: end marks, a blank line, or a line break before a bullet. Written as
#: "[.!?]+[\"')\]’”]*(?:\s+|$)|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)" with the first
#: character taken out of the branches, so the regex engine skips straight to those
#: characters; the look-behinds say which one it was.
_BOUNDARY = compile_regex(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"')\]’”]*(?:\s+|$)"
    r"|(?<=\n)(?:[ \t]*\n\s*|(?=[ \t]*(?:[-*•]|\d+[.)])\s)))"
)
_GENERIC_WORDS = (
    "hiring manager managers team there all everyone sir madam sirs recruiter recruiters "
    "recruiting committee folks friends colleagues panel search talent acquisition hr "
    "department whom it may concern and to interviewers people y'all guys"
)
_GENERIC_ADDRESSEES = frozenset(_GENERIC_WORDS.split())
_NAME_SEPARATORS = compile_regex(r"[\s&/]+")
GREETING = compile_regex(
    r"[ \t]*(?P<word>dear|hi|hello|hey|heya|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening)"
    r"|to whom it may concern)\b[ \t]*(?P<name>[^,\n!:;—–]*)",
    re.IGNORECASE,
)
_BARE_NAME = LazyPattern(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*,[ \t]*$"
)
SIGN_OFF = compile_regex(
    r"[ \t]*(?:[-—–]+[ \t]*[A-Z]\S*(?:[ \t]+\S+){0,3}"
    r"|(?:best|best regards|best wishes|all the best|regards|kind regards|warm regards|"
    r"warmest regards|warm wishes|warmly|sincerely|sincerely yours|yours sincerely|yours truly|"
    r"respectfully|thank you|thanks|many thanks|with thanks|with gratitude|gratefully|cheers|"
    r"take care|talk soon|appreciatively|with appreciation|with best wishes|thank you kindly)"
    r"(?:[ \t]+(?:again|so much|very much|once more))?[ \t]*[,.!]?"
    r"(?:[ \t]*[-—–]?[ \t]*[A-Z][\w'’.-]*){0,3})[ \t]*",
    re.IGNORECASE,
)


class Greeting(FrozenRecord):
    """The salutation line: its span, the greeting word and the name it addresses."""

    _fields = ("start", "end", "word", "name", "name_start")
    __slots__ = _fields
    start: int
    end: int
    word: str
    name: str
    name_start: int

    def __init__(self, start: int, end: int, word: str, name: str, name_start: int) -> None:
        # One call per field, not _set(**fields): every draft builds one.
        _setattr(self, "start", start)
        _setattr(self, "end", end)
        _setattr(self, "word", word)
        _setattr(self, "name", name)
        _setattr(self, "name_start", name_start)

    @property
    def names_person(self) -> bool:
        """True when the name part holds at least one word that is not a generic addressee."""
        # Remembered per name: the drafts of one call greet the same few people.
        found = _NAMES_PERSON.get(self.name)
        if found is None:
            if len(_NAMES_PERSON) >= _REMEMBER:
                _NAMES_PERSON.clear()
            found = _NAMES_PERSON[self.name] = any(
                token[:1].isupper() and token.lower().strip(".") not in _GENERIC_ADDRESSEES
                for token in _NAME_SEPARATORS.split(self.name)
                if token
            )
        return found


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line of `text`."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def find_greeting(body: str) -> Greeting | None:
    """The salutation on the first non-blank line, or None."""
    offset = 0
    while True:  # to the first non-blank line, without splitting the rest of the body
        end = body.find("\n", offset)
        line = body[offset:] if end < 0 else body[offset:end]
        if line.strip():
            break
        if end < 0:
            return None
        offset = end + 1
    # The drafts of one call open with the same few lines ("Hi Dana,"): each is read once.
    found = _GREETING_LINES.get(line, _UNSET)
    if found is _UNSET:
        if len(_GREETING_LINES) >= _REMEMBER:
            _GREETING_LINES.clear()
        found = _GREETING_LINES[line] = _read_greeting(line)
    if found is None:
        return None
    start, stop, word, name, name_start = found
    return Greeting(offset + start, offset + stop, word, name, offset + name_start)


def _read_greeting(line: str) -> tuple[int, int, str, str, int] | None:
    """`find_greeting` of one non-blank line, with offsets from the line's start."""
    match = GREETING.match(line)
    if match:
        name = match.group("name").rstrip()
        # "Hi Dana, thanks" keeps only the name; a long tail is prose, not a name.
        if len(name.split()) > 5:
            name = ""
        return (match.start("word"), match.end(), match.group("word"), name, match.start("name"))
    bare = _BARE_NAME.fullmatch(line)
    if bare:
        return (0, len(line), "", bare.group("name"), bare.start("name"))
    return None


#: Lines already read by `find_greeting` and `find_sign_off`, and how many to keep at most.
_GREETING_LINES: dict[str, tuple[int, int, str, str, int] | None] = {}
_SIGN_OFF_LINES: dict[str, bool] = {}
_NAMES_PERSON: dict[str, bool] = {}
_REMEMBER = 20_000


#: How every SIGN_OFF match begins once spaces and tabs are stripped, in lower case.
_SIGN_OFF_STARTS = (
    "-",
    "best",
    "all the best",
    "regards",
    "kind regards",
    "warm",
    "sincerely",
    "yours",
    "respectfully",
    "thank",
    "many thanks",
    "with ",
    "gratefully",
    "cheers",
    "take care",
    "talk soon",
    "appreciatively",
)


def _may_sign_off(line: str) -> bool:
    """False only for a line SIGN_OFF cannot match: ASCII text not starting as it must."""
    if not line.isascii():
        return True  # case-insensitive matching takes some non-ASCII letters for s, k or i
    return line.lstrip(" \t").lower().startswith(_SIGN_OFF_STARTS)


def find_sign_off(body: str, your_name: str = "") -> int | None:
    """Offset of the sign-off line among the last few lines, or None.

    The last six non-blank lines are tried, last first, and none in a one-line note;
    lines are read from the end only as far as needed.
    """
    own = your_name.strip().lower()
    lines = _lines_from_end(body)
    last = next(lines, None)
    second = next(lines, None)
    if last is None or second is None:
        return None
    for offset, line in chain((last, second), islice(lines, 4)):
        if _is_sign_off(line) or (own and line.strip().lower() == own):
            return offset
    return None


def _is_sign_off(line: str) -> bool:
    """True when SIGN_OFF matches the whole line; the drafts of a call share their closings."""
    found = _SIGN_OFF_LINES.get(line)
    if found is None:
        if len(_SIGN_OFF_LINES) >= _REMEMBER:
            _SIGN_OFF_LINES.clear()
        found = _SIGN_OFF_LINES[line] = bool(_may_sign_off(line) and SIGN_OFF.fullmatch(line))
    return found


_UNSET: Any = object()


def _last_lines(body: str, count: int) -> list[tuple[int, str]]:
    """(offset, line) of the last `count` non-blank lines, last first; [] for a one-liner."""
    found = list(islice(_lines_from_end(body), count))
    # Fewer than two means the whole note is one line: no sign-off to find.
    return found if len(found) != 1 else []


def _lines_from_end(body: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each non-blank line, the last first."""
    end = len(body)
    while end >= 0:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        if line.strip():
            yield start, line
        end = start - 1


def core_span(
    body: str, your_name: str = "", greeting: Any = _UNSET, sign_off: Any = _UNSET
) -> tuple[int, int]:
    """The span between the greeting and the sign-off: the message itself.

    `greeting` and `sign_off` are `find_greeting(body)` and `find_sign_off(body, your_name)`
    when the caller has them already.
    """
    if greeting is _UNSET:
        greeting = find_greeting(body)
    start = 0
    if greeting is not None:
        line_end = body.find("\n", greeting.start)
        rest = body[greeting.end : line_end if line_end >= 0 else len(body)]
        # With prose after "Hi Dana," on the same line, the message starts after the comma.
        start = (
            greeting.end + 1
            if rest.lstrip(",!:; \t")
            else (line_end + 1 if line_end >= 0 else len(body))
        )
    end = find_sign_off(body, your_name) if sign_off is _UNSET else sign_off
    if end is None or end < start:
        end = len(body)
    return start, end


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], split at end marks, blank lines and bullets."""
    return list(iter_sentences(text, start, end))


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """`sentence_spans` one by one, for a reader that may stop after the first few."""
    end = len(text) if end is None else end
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        mark = match.group()
        if mark[0] == ".":
            previous = text[max(begin, match.start() - 5) : match.start()].split()
            word = previous[-1].lower().lstrip("(") if previous else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            following = text[match.end() : match.end() + 1]
            if following and following.islower():
                continue
        span = _trimmed(text, begin, match.start() + len(mark.rstrip()))
        if span is not None:
            yield span
        begin = match.end()
    span = _trimmed(text, begin, end)
    if span is not None:
        yield span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """text[start:end] without surrounding space, or None when it holds no letter or digit."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if _ALNUM.search(text, start, end) else None


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word matches in text[start:end]."""
    return list(WORD.finditer(text, start, len(text) if end is None else end))


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternative for plain user phrases: any spacing, either apostrophe."""
    parts = []
    for phrase in phrases:
        tokens = [re.escape(t).replace("'", "['’]") for t in phrase.split()]
        if tokens:
            parts.append(r"\s+".join(tokens))
    return "|".join(parts)


def compile_phrases(patterns: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One regex matching any of `patterns` as whole words, or None for an empty list."""
    alternatives = [p for p in patterns if p]
    if not alternatives:
        return None
    return compile_regex(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w'’])", flags)


_PLAIN = compile_regex(r"[A-Za-z0-9 ]+")


def literal_first(words: list[str]) -> re.Pattern[str] | None:
    """`compile_phrases(words, flags=0)`, written to begin with a letter where it can.

    A pattern that begins with a look-behind is tried at every character; one that begins
    with a letter lets the regex engine skip to the places that letter is. For plain
    words, each first letter comes first and the look-behind right after it: at a given
    place only the words starting with its letter can match, in their order, so the
    matches are the same.
    """
    if not words or not all(_PLAIN.fullmatch(w) for w in words):
        return compile_phrases(words, flags=0)
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [f"{re.escape(h)}(?<![\\w'’].)(?:{'|'.join(t)})" for h, t in groups.items()]
    return compile_regex("(?:" + "|".join(branches) + r")(?![\w'’])")


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), capped at `limit`."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], limit)
