"""Offline spell checking through hunspell, loaded only when a word is not already known.

The words a dictionary has accepted are kept in a small cache file between runs, so a
typical `followup check` answers from the cache and never pays the dictionary's load time.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    #: Per dictionary name: each word's verdict, the suggestions made, the words rejected.
    Lookups = dict[str, tuple[dict[str, bool], dict[str, str | None], set[str]]]

_SEARCH_DIRS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
    os.path.expanduser("~/Library/Spelling"),
)
_NOT_INSTALLED = "the hunspell module is not installed (pip install hunspell)"
#: The cache keeps at most this many accepted words.
_CACHE_LIMIT = 50_000


class Speller:
    """A hunspell dictionary, opened on first need, with a memo of every word looked up."""

    def __init__(self, dic: str, aff: str) -> None:
        self.dic, self.aff = dic, aff
        self._engine: Any = None
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, str | None] = {}
        #: Tokens, exactly as written, that the dictionary accepts: the fast path.
        self.fine: set[str] = set()
        self.learned = False  # accepted words not yet in the cache file
        self.learned_misses = False  # rejected words or suggestions not yet in the cache
        #: Words rejected when asked for directly (not as candidates for a suggestion).
        self.misses: set[str] = set()
        self._suggesting = False
        self.cached_at: str | None = None  # the cache file these words were read from

    @property
    def signature(self) -> str:
        """Identifies the dictionary files, so a cache from other files is ignored."""
        stat = os.stat(self.dic)
        return f"{self.dic} {stat.st_size} {int(stat.st_mtime)}"

    def _open(self) -> Any:
        if self._engine is None:
            import hunspell

            self._engine = hunspell.HunSpell(self.dic, self.aff)
        return self._engine

    #: Set when the hunspell module was found but would not import: every word passes.
    broken: str | None = None

    def correct(self, word: str) -> bool:
        """True when the dictionary knows `word`."""
        if word in self.fine:
            return True
        known = self._known.get(word)
        if known is None:
            try:
                known = bool(self._open().spell(word))
            except (UnicodeError, ValueError):
                known = True  # a word the dictionary's encoding cannot hold is not ours to judge
            except ImportError:
                self.broken = _NOT_INSTALLED
                return True
            self._known[word] = known
            if known:
                self.fine.add(word)
                self.learned = True
            elif not self._suggesting:
                self.misses.add(word)
                self.learned_misses = True
        return known

    def suggest(self, word: str) -> str | None:
        """A known word one edit away (a swap first), or None.

        hunspell's own suggest() takes tens of milliseconds per word, so near misses are
        generated here and looked up, which costs about a millisecond.
        """
        if word in self._suggestions:
            return self._suggestions[word]
        self._suggesting = True
        try:
            found = next((c for c in _one_edit(word) if c != word and self.correct(c)), None)
        finally:
            self._suggesting = False
        self._suggestions[word] = found
        self.learned_misses = True
        return found


def _one_edit(word: str) -> list[str]:
    """Candidates one edit from `word`, likeliest kinds of typo first."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    deletes = [a + b[1:] for a, b in splits if b]
    replaces = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in letters]
    return swaps + deletes + replaces + inserts


_LOADED: dict[str, Speller | None] = {}
_PROBLEMS: dict[str, str] = {}


def find_dictionary(name: str) -> tuple[str, str] | None:
    """The .dic and .aff files of `name` (a language such as en_US, or a path stem)."""
    stems = [name] if os.sep in name else [os.path.join(d, name) for d in _SEARCH_DIRS]
    for stem in stems:
        dic, aff = stem + ".dic", stem + ".aff"
        if os.path.isfile(dic) and os.path.isfile(aff):
            return dic, aff
    return None


def speller(name: str = "en_US") -> Speller | None:
    """The speller for `name`, or None (with `problem(name)` saying why) when unavailable."""
    if name in _LOADED:
        found = _LOADED[name]
        if found is not None and found.broken:
            _PROBLEMS[name] = found.broken
            return None
        return found
    loaded: Speller | None = None
    files = find_dictionary(name)
    if files is None:
        _PROBLEMS[name] = f"no hunspell dictionary {name!r} found (install hunspell-en-us)"
    else:
        # Finding the module is enough here; importing it costs milliseconds that a run
        # answered from the word cache never needs.
        from importlib.util import find_spec

        if find_spec("hunspell") is None:
            _PROBLEMS[name] = _NOT_INSTALLED
        else:
            loaded = Speller(*files)
    _LOADED[name] = loaded
    return loaded


def problem(name: str = "en_US") -> str | None:
    """Why the speller for `name` could not load, once `speller(name)` has been tried."""
    found = _LOADED.get(name)
    if found is not None and found.broken:
        return found.broken
    return _PROBLEMS.get(name)


def _cache_file(folder: str, name: str, kind: str = "words") -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
    return os.path.join(folder, f"{kind}-{safe}.txt")


def load_word_cache(folder: str, name: str = "en_US") -> None:
    """Preload the words earlier runs found correct; a missing or stale file is ignored."""
    found = speller(name)
    if found is None:
        return
    path = _cache_file(folder, name)
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != found.signature:
                return
            found.fine.update(handle.read().split("\n"))
    except (OSError, UnicodeDecodeError):
        return
    found.fine.discard("")
    found.cached_at = path
    _load_misses(found, _cache_file(folder, name, "misses"))


def _load_misses(found: Speller, path: str) -> None:
    """Words the dictionary rejected and the suggestion for each, so typos cost no load."""
    try:
        with open(path, encoding="utf-8") as handle:
            if handle.readline().rstrip("\n") != found.signature:
                return
            lines = handle.read().split("\n")
    except (OSError, UnicodeDecodeError):
        return
    for line in lines:
        word, tab, hint = line.partition("\t")
        if not word or not tab:
            continue
        found._known.setdefault(word, False)
        found.misses.add(word)
        if hint != "\t":  # "\t" marks a word rejected but never asked for a suggestion
            found._suggestions.setdefault(word, hint or None)


def lookups() -> Lookups:
    """What each open dictionary has looked up in this process, to hand to another one."""
    return {
        name: (found._known, found._suggestions, found.misses)
        for name, found in _LOADED.items()
        if found is not None and (found._known or found._suggestions)
    }


def absorb(
    found_elsewhere: Lookups,
) -> None:
    """Take in another process's `lookups`, so the word cache saved here holds them too."""
    for name, (known, suggestions, misses) in found_elsewhere.items():
        found = _LOADED.get(name)
        if found is None:
            continue
        for word, ok in known.items():
            if word not in found._known:
                found._known[word] = ok
                if ok:
                    found.fine.add(word)
                    found.learned = True
        if suggestions.keys() - found._suggestions.keys() or misses - found.misses:
            found.learned_misses = True
        found._suggestions.update(suggestions)
        found.misses |= misses


def save_word_cache(folder: str, name: str = "en_US") -> None:
    """Write the accepted words back if this run learned any; failures are not fatal."""
    found = _LOADED.get(name)
    if found is not None and found.learned_misses:
        _save_misses(found, _cache_file(folder, name, "misses"), folder)
    path = _cache_file(folder, name)
    if found is None or not found.fine or (not found.learned and found.cached_at == path):
        return
    words = sorted(found.fine)[:_CACHE_LIMIT]
    try:
        os.makedirs(folder, exist_ok=True)
        temporary = path + f".{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(found.signature + "\n" + "\n".join(words))
        os.replace(temporary, path)
    except OSError:
        return
    found.learned = False
    found.cached_at = path


def _save_misses(found: Speller, path: str, folder: str) -> None:
    """Write the rejected words and their suggestions; failures are not fatal."""
    lines = []
    for word in sorted(found.misses | set(found._suggestions))[:_CACHE_LIMIT]:
        if "\n" in word or "\t" in word:
            continue
        if word in found._suggestions:
            lines.append(f"{word}\t{found._suggestions[word] or ''}")
        else:
            lines.append(f"{word}\t\t")
    try:
        os.makedirs(folder, exist_ok=True)
        temporary = path + f".{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(found.signature + "\n" + "\n".join(lines))
        os.replace(temporary, path)
    except OSError:
        return
    found.learned_misses = False
