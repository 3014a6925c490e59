"""FU602 too-frequent."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.timing import CHECK_IN_KINDS, last_follow_up, min_gap_days


class TooFrequent(Rule):
    """A follow-up less than a week after the previous one.

    ## What it flags
    With `--application`: a check-in, final check-in or value-add note when a
    thank-you or follow-up went to the employer less than 7 days earlier and
    they have not written back since.

    ## Why
    Two notes in one week feel like pressure, whatever they say. Spacing them
    at least a week apart keeps each one welcome.

    ## Example
    A check-in on Thursday after a thank-you sent on Monday.

    ## Instead
    Wait until a full week has passed since your last note.
    """

    code = "FU602"
    name = "too-frequent"
    severity = "error"
    needs_application = True

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind not in CHECK_IN_KINDS or scope.ctx.now is None:
            return
        last = last_follow_up(scope)
        if last is None:
            return
        gap = scope.ctx.now - last.sent_at
        days = min_gap_days()
        if gap.total_seconds() < days * 86400:
            start, end = scope.sentences[0] if scope.sentences else (0, 0)
            waited = max(0, gap.days)
            yield Hit(
                start,
                end,
                f"only {waited} day{'s' if waited != 1 else ''} since your {last.kind.value.replace('_', ' ')} "
                f"of {last.sent_at:%a %d %b}; wait at least {days} days between follow-ups",
            )
