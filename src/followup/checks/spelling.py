"""Offline spell checking through hunspell, loaded once and only when a draft needs it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

_SEARCH_DIRS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
    str(Path.home() / "Library" / "Spelling"),
)


class Speller:
    """A hunspell dictionary with a memo of every word already looked up."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, str | None] = {}
        #: Tokens, exactly as written, that the dictionary accepts: the fast path.
        self.fine: set[str] = set()

    def correct(self, word: str) -> bool:
        """True when the dictionary knows `word`."""
        known = self._known.get(word)
        if known is None:
            try:
                known = bool(self._engine.spell(word))
            except (UnicodeError, ValueError):
                known = True  # a word the dictionary's encoding cannot hold is not ours to judge
            self._known[word] = known
            if known:
                self.fine.add(word)
        return known

    def suggest(self, word: str) -> str | None:
        """A known word one edit away (a swap first), or None.

        hunspell's own suggest() takes tens of milliseconds per word, so near misses are
        generated here and looked up, which costs about a millisecond.
        """
        if word in self._suggestions:
            return self._suggestions[word]
        found = next((c for c in _one_edit(word) if c != word and self.correct(c)), None)
        self._suggestions[word] = found
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


def find_dictionary(name: str) -> tuple[Path, Path] | None:
    """The .dic and .aff files of `name` (a language such as en_US, or a path stem)."""
    stems = [Path(name)] if os.sep in name else [Path(d) / name for d in _SEARCH_DIRS]
    for stem in stems:
        dic, aff = stem.with_suffix(".dic"), stem.with_suffix(".aff")
        if dic.is_file() and aff.is_file():
            return dic, aff
    return None


def speller(name: str = "en_US") -> Speller | None:
    """The speller for `name`, or None (with `problem(name)` saying why) when unavailable."""
    if name in _LOADED:
        return _LOADED[name]
    loaded: Speller | None = None
    files = find_dictionary(name)
    if files is None:
        _PROBLEMS[name] = f"no hunspell dictionary {name!r} found (install hunspell-en-us)"
    else:
        try:
            import hunspell

            loaded = Speller(hunspell.HunSpell(str(files[0]), str(files[1])))
        except ImportError:
            _PROBLEMS[name] = "the hunspell module is not installed (pip install hunspell)"
        except Exception as err:  # the C library reports broken files in many ways
            _PROBLEMS[name] = f"cannot load the dictionary {files[0]}: {err}"
    _LOADED[name] = loaded
    return loaded


def problem(name: str = "en_US") -> str | None:
    """Why the speller for `name` could not load, once `speller(name)` has been tried."""
    return _PROBLEMS.get(name)
