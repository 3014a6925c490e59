"""FU201 too-long."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.text import WORD
from followup.model import MessageKind, Stage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, ClassVar

_CHECK_INS = frozenset({MessageKind.CHECK_IN, MessageKind.FINAL_CHECK_IN, MessageKind.EXPEDITE})


class TooLong(Rule):
    """A note longer than its kind calls for.

    ## What it flags
    A thank-you of more than 7 sentences or 250 words, a thank-you after a
    phone screen of more than 4 sentences, a check-in of more than 150 words,
    and any other note of more than 300 words. Greeting and sign-off are not
    counted. Every limit can be changed under `[rules.FU201]`:
    `thank_you_sentences`, `thank_you_words`, `phone_screen_sentences`,
    `check_in_words`, `other_words`.

    ## Why
    The reader is busy and scans on a phone. A follow-up earns a reply by being
    quick to read; the detail belongs in the next conversation, not the note.

    ## Example
    A check-in that retells the whole interview in three paragraphs before it
    asks about the timeline.

    ## Instead
    Two or three sentences: your continued interest, one point that ties you
    to the role, and a polite question about the timeline.
    """

    code = "FU201"
    name = "too-long"
    severity = "warning"
    params: ClassVar[dict[str, Any]] = {
        "thank_you_sentences": 7,
        "thank_you_words": 250,
        "phone_screen_sentences": 4,
        "check_in_words": 150,
        "other_words": 300,
    }

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        start, end = scope.core
        count = len(scope.core_tokens)  # as many as WORD matches (see TOKEN)
        kind = scope.kind
        if kind is MessageKind.THANK_YOU:
            sentences = scope.sentences  # only thank-yous count them: split no other note
            if scope.stage is Stage.PHONE_SCREEN:
                limit = self._get(scope, "phone_screen_sentences")
                what = "a thank-you after a phone screen"
            else:
                limit = self._get(scope, "thank_you_sentences")
                what = "a thank-you"
            if len(sentences) > limit:
                first, last = sentences[limit]
                yield Hit(first, last, f"{len(sentences)} sentences; keep {what} to {limit}")
                return
            word_limit, what = self._get(scope, "thank_you_words"), "a thank-you"
        elif kind in _CHECK_INS:
            word_limit, what = self._get(scope, "check_in_words"), "a check-in"
        else:
            word_limit, what = self._get(scope, "other_words"), "a follow-up note"
        if count > word_limit:
            over = next(islice(WORD.finditer(doc.body, start, end), word_limit, None))
            yield Hit(over.start(), over.end(), f"{count} words; keep {what} to {word_limit}")

    def _get(self, scope: Scope, name: str) -> int:
        return int(scope.param(self, name))
