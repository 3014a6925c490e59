"""The phrase rules' shared view of a part holds what they used to ask for one by one."""

from __future__ import annotations

from pathlib import Path

from followup.checks import CheckContext
from followup.checks.document import parse
from followup.checks.phrases import _view, word_starts
from followup.checks.scope import Scope

CORPUS = Path(__file__).parent / "corpus" / "good"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + [
    "Hi Dana,\n\nThanks!\n",
    "Subject: İstanbul\n\nİ met the team.\n",
]


def test_view_is_text_lowered_text_and_word_starts():
    for text in TEXTS:
        doc = parse(text)
        scope = Scope(doc, CheckContext())
        for part in ("subject", "body"):
            view = _view(doc, part, scope)
            if not doc.part(part):
                assert view is None
                continue
            assert view is not None
            lowered = doc.lowered(part)
            starts = word_starts(doc, part, scope) if lowered is not None else None
            assert view == (doc.part(part), lowered, starts)
            assert _view(doc, part, scope) is view
