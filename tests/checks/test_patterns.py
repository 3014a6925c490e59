"""The compiled-pattern cache: what one run saves, the next reads back as the same regexes."""

from __future__ import annotations

import marshal
import re

import pytest

from followup.checks import patterns

SOURCES = [
    (r"[ \t]*(?P<word>hi|hello)\b[ \t]*(?P<name>[^,\n]*)", re.IGNORECASE),
    (r"[^\W\d_](?:[\w'’-]*\w)?", 0),
    (r"(?<![\w'’])(?:thx|lol)(?![\w'’])", 0),
]

pytestmark = pytest.mark.skipif(patterns.cache_file("x") is None, reason="not CPython")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A process that has read no cache file yet, whose cache directory is `tmp_path`."""
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_table", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_used", set())
    return tmp_path


def _new_process(monkeypatch):
    monkeypatch.setattr(patterns, "_table", None)
    monkeypatch.setattr(patterns, "_new", {})
    monkeypatch.setattr(patterns, "_used", set())


def test_saved_patterns_are_read_back_as_the_same_regexes(fresh, monkeypatch):
    first = [patterns.compile(s, f) for s, f in SOURCES]
    assert first == [re.compile(s, f) for s, f in SOURCES]
    patterns.save(str(fresh))
    _new_process(monkeypatch)
    again = [patterns.compile(s, f) for s, f in SOURCES]
    assert again == [re.compile(s, f) for s, f in SOURCES]
    assert patterns._used == {(s, int(f)) for s, f in SOURCES}  # all from the file
    assert not patterns._new
    match = again[0].match("Hello Dana, thanks")
    assert match is not None and match.group("name") == "Dana"
    assert again[2].findall("thx, lolly lol") == ["thx", "lol"]


def test_nothing_is_written_when_every_pattern_came_from_the_file(fresh, monkeypatch):
    patterns.compile(*SOURCES[0])
    patterns.save(str(fresh))
    path = patterns.cache_file(str(fresh))
    assert path is not None
    written = (fresh / path.rsplit("/", 1)[-1]).stat().st_mtime_ns
    _new_process(monkeypatch)
    patterns.compile(*SOURCES[0])
    patterns.save(str(fresh))
    assert (fresh / path.rsplit("/", 1)[-1]).stat().st_mtime_ns == written


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal data",
        marshal.dumps(("another Python", {})),
        marshal.dumps((patterns._VERSION, ["not", "a", "table"])),
    ],
)
def test_a_damaged_or_foreign_file_is_ignored(fresh, content):
    path = patterns.cache_file(str(fresh))
    assert path is not None
    with open(path, "wb") as handle:
        handle.write(content)
    assert [patterns.compile(s, f) for s, f in SOURCES] == [re.compile(s, f) for s, f in SOURCES]


def test_code_the_engine_refuses_is_compiled_anew(fresh):
    source, flags = SOURCES[1]
    path = patterns.cache_file(str(fresh))
    assert path is not None
    bad = {(source, flags): (flags, [0, 1, 2], 0, {}, (None,))}
    with open(path, "wb") as handle:
        handle.write(marshal.dumps((patterns._VERSION, bad)))
    assert patterns.compile(source, flags) == re.compile(source, flags)
