"""FU601 too-soon."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.timing import CHECK_IN_KINDS, planned_actions
from followup.model import ActionKind, ActionStatus


class TooSoon(Rule):
    """A check-in written before the planner says one is due.

    ## What it flags
    With `--application`: a check-in (or final check-in) while the plan for the
    application has no check-in due yet, because the decision date the
    interviewer gave has not passed or the usual wait after the interview is
    not over. The message says when the window opens; `followup agenda` shows
    the same plan.

    ## Why
    Hiring teams work to their own timeline. Writing before it has passed
    suggests you did not hear it, or do not trust it, and it rarely speeds
    anything up.

    ## Example
    A check-in drafted two days after a final round where you were told to
    expect news in two weeks.

    ## Instead
    Wait until the window opens; in the meantime a short thank-you, if not
    already sent, is the only note to send.
    """

    code = "FU601"
    name = "too-soon"
    severity = "error"
    needs_application = True

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind not in CHECK_IN_KINDS:
            return
        actions = planned_actions(scope)
        if actions is None:
            return
        check_ins = [a for a in actions if a.kind is ActionKind.CHECK_IN]
        if any(a.status in (ActionStatus.DUE, ActionStatus.OVERDUE) for a in check_ins):
            return
        upcoming = sorted(
            (a for a in check_ins if a.status is ActionStatus.UPCOMING), key=lambda a: a.due_from
        )
        if upcoming:
            opens = upcoming[0].due_from
            start, end = scope.sentences[0] if scope.sentences else (0, 0)
            yield Hit(
                start,
                end,
                f"too soon: the next check-in is due from {opens:%a %d %b %Y} ({upcoming[0].reason})",
            )
