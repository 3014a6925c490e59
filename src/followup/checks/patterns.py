"""The checker's regexes, compiled once and kept in the cache directory between runs.

Python compiles a regex with a parser and compiler written in Python: the hundred or so
patterns a check of many drafts uses cost about 9 ms on every run, more than checking a
hundred drafts. The compiled form is a list of numbers that the regex engine takes as it
is, so a run reads what an earlier run compiled, as Python keeps byte-code in .pyc files.
The file belongs to one interpreter build; only code that builds the very pattern
`re.compile` built is saved, and the engine validates the code it is given.
"""

from __future__ import annotations

import marshal
import os
import re
import sys

from followup.paths import configured_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The compiled form and the call that takes it are CPython's own and private; anywhere else,
# or should they change shape, every pattern is compiled by `re.compile` as usual.
try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - not on CPython 3.11 to 3.13
    _TAG = None
if sys.implementation.name != "cpython":  # pragma: no cover
    _TAG = None

#: Identifies the interpreter that wrote a file: its compiler may differ from release to release.
_VERSION = sys.version
#: A file keeps at most this many patterns (user phrases make new ones as they change).
LIMIT = 2_000

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
#: (source, flags) -> what `_sre.compile` takes besides the source, as read from the file.
_table: dict[tuple[str, int], _Entry] | None = None
#: Patterns compiled from source in this process, to be saved with `save`.
_new: dict[tuple[str, int], re.Pattern[str]] = {}
#: Entries this process used, which `save` keeps first when the file is full.
_used: set[tuple[str, int]] = set()


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the cache file when an earlier run saved it."""
    table = _load() if _table is None else _table
    key = (source, int(flags))
    entry = table.get(key)
    if entry is not None:
        try:
            pattern: re.Pattern[str] = _sre.compile(source, *entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del table[key]  # code the engine refuses: compile it anew below
        else:
            _used.add(key)
            return pattern
    pattern = re.compile(source, flags)
    if _TAG is not None:
        _new[key] = pattern
    return pattern


def cache_file(folder: str) -> str | None:
    """Where this interpreter's compiled patterns are kept in `folder` (None: not kept)."""
    return None if _TAG is None else os.path.join(folder, f"patterns-{_TAG}.bin")


def _load() -> dict[tuple[str, int], _Entry]:
    """The saved patterns of the cache directory, read on the first compile of a process."""
    global _table
    _table = {}
    path = cache_file(configured_dir("FOLLOWUP_CACHE_DIR", "cache"))
    if path is None:
        return _table
    try:
        with open(path, "rb") as handle:
            version, table = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return _table
    if version == _VERSION and isinstance(table, dict):
        _table = table
    return _table


def _entry(source: str, flags: int) -> _Entry | None:
    """What `re.compile` passes to `_sre.compile` for this source, worked out as it does."""
    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            [int(c) for c in code],
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # any change in the private compiler: the pattern is just not kept
        return None


def save(folder: str) -> None:
    """Add the patterns this process compiled from source to the cache file in `folder`."""
    path = cache_file(folder)
    if path is None or not _new:
        return
    kept: dict[tuple[str, int], Any] = {}
    for key, pattern in _new.items():
        entry = _entry(*key)
        # Pattern equality compares the compiled code: only an exact copy is kept.
        if entry is not None and _same(key[0], entry, pattern):
            kept[key] = entry
    table = _table or {}
    # The patterns of this run first, then the others the file held, up to LIMIT.
    for key in sorted(table, key=lambda k: k not in _used):
        if len(kept) >= LIMIT:
            break
        kept.setdefault(key, table[key])
    try:
        os.makedirs(folder, exist_ok=True)
        temporary = path + f".{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps((_VERSION, kept)))
        os.replace(temporary, path)
    except OSError:
        return
    _new.clear()


def _same(source: str, entry: _Entry, pattern: re.Pattern[str]) -> bool:
    try:
        return bool(_sre.compile(source, *entry) == pattern)
    except (RuntimeError, TypeError, ValueError, OverflowError):
        return False
