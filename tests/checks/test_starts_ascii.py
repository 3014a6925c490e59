"""The ASCII scan for phrase beginnings finds what the scan for any text finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks import CheckContext
from followup.checks.document import parse
from followup.checks.phrases import _scanner
from followup.checks.scope import Scope

_PLACES = _scanner(Scope(parse("Hi,\n\nThanks.\n"), CheckContext())).places
#: Letters that begin phrases, word characters, apostrophes and the separators between.
TEXT = st.text(alphabet="abilstuy _'-.,!?\n\t09$(:", max_size=80)


def _any_text(text: str) -> list[tuple[int, str | None]]:
    return [(m.start(), m.group(1)) for m in _PLACES.after(False).finditer(" " + text)]


@given(TEXT)
def test_ascii_scan_finds_the_same_places(text):
    assert text.isascii()
    assert _PLACES.find(text) == _any_text(text)


def test_ascii_scan_on_phrases_the_rules_flag():
    text = "i would love to hear back asap, lol. thx 4 the chat!! any update? u rock"
    assert _PLACES.find(text) == _any_text(text)
    assert _PLACES.find(text)
