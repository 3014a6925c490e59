"""Cadence policies: how many check-ins a user sends before moving on, and how far apart."""

from __future__ import annotations

from followup.model import Policy
from followup.record import FrozenRecord

#: Never two follow-ups within a week of each other.
MIN_GAP_DAYS = 7

#: Business days without a stated timeline before the first check-in: one full working week.
DEFAULT_WAIT_BUSINESS_DAYS = 5

#: Business days to wait after an unanswered final check-in before calling it a day.
MOVE_ON_WAIT_DAYS = 7


class PolicyRule(FrozenRecord):
    """What one policy allows: how many check-ins, and whether the last says it is the last."""

    _fields = ("policy", "max_check_ins", "final_is_labelled", "summary")
    policy: Policy
    max_check_ins: int
    final_is_labelled: bool  # the last check-in says plainly that it is the last
    summary: str

    def __init__(
        self, policy: Policy, max_check_ins: int, final_is_labelled: bool, summary: str
    ) -> None:
        self._set(
            policy=policy,
            max_check_ins=max_check_ins,
            final_is_labelled=final_is_labelled,
            summary=summary,
        )


POLICY_RULES: dict[Policy, PolicyRule] = {
    Policy.STANDARD: PolicyRule(
        Policy.STANDARD, 1, False, "a thank-you, then one check-in once the decision date passes"
    ),
    Policy.EXTENDED: PolicyRule(
        Policy.EXTENDED, 2, False, "a thank-you, then up to two check-ins a week or more apart"
    ),
    Policy.PERSISTENT: PolicyRule(
        Policy.PERSISTENT,
        3,
        True,
        "a thank-you, then weekly check-ins in weeks two to four; the third is the final one",
    ),
}


def rule_for(policy: Policy) -> PolicyRule:
    """The rule behind a policy name."""
    return POLICY_RULES[Policy(policy)]


def max_check_ins(policy: Policy) -> int:
    """How many unanswered check-ins the policy allows before it suggests moving on."""
    return rule_for(policy).max_check_ins
