"""FU603 over-limit."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.timing import CHECK_IN_KINDS, unanswered_follow_ups
from followup.model import Policy


class OverLimit(Rule):
    """One check-in more than your follow-up policy allows.

    ## What it flags
    With `--application`: a check-in when you have already sent as many
    unanswered check-ins since the last interview or reply as the policy in
    `followup settings` allows (standard 1, extended 2, persistent 3).

    ## Why
    After the last allowed note, silence is the answer for now. More notes do
    not change the decision, but they do change how you are remembered.

    ## Example
    A third check-in under the standard policy, with no reply to the first two.

    ## Instead
    Send a short closing note if you like, then put your energy into other
    applications; if they write back, the count starts again.
    """

    code = "FU603"
    name = "over-limit"
    severity = "error"
    needs_application = True

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind not in CHECK_IN_KINDS:
            return
        from followup.schedule.policies import max_check_ins

        policy = scope.settings.policy if scope.settings else Policy.STANDARD
        allowed = max_check_ins(policy)
        sent = unanswered_follow_ups(scope)
        if sent >= allowed:
            start, end = scope.sentences[0] if scope.sentences else (0, 0)
            yield Hit(
                start,
                end,
                f"{sent} unanswered follow-up{'s' if sent != 1 else ''} already sent; "
                f"the {policy} policy allows {allowed}",
            )
