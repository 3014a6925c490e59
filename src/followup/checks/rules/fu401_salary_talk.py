"""FU401 salary-talk."""

from __future__ import annotations

from followup.checks.base import Severity
from followup.checks.phrases import PhraseRule
from followup.checks.scope import Scope
from followup.model import MessageKind

_OFFER_KINDS = frozenset({MessageKind.OFFER_ACCEPT, MessageKind.OFFER_TIME})


class SalaryTalk(PhraseRule):
    """Pay, benefits or perks raised before the employer raised them.

    ## What it flags
    Salary, compensation, pay ranges, benefits packages, vacation and paid time
    off, bonuses, equity and stock options, and amounts per year or hour. It is
    a warning in most notes and an error in a thank-you. Offer replies are exempt,
    and so is an application where you recorded that the employer brought pay
    up (`salary_raised`). "Pay attention", "paid off" and "benefit from" are
    not flagged. Add your own words under `[phrases] salary = [...]`.

    ## Why
    Until there is an offer, the note should be about the work and your fit. An
    early question about money can suggest that it matters more to you than the
    role does; the offer stage is the place to negotiate.

    ## Example
    ```
    Thanks for your time! Could you also tell me the salary range and bonus structure?
    ```

    ## Instead
    Leave pay out of the thank-you. Ask about it once the employer raises it or
    makes an offer.
    """

    code = "FU401"
    name = "salary-talk"
    severity = "warning"
    phrase_key = "salary"
    message = "{text!r} brings up pay before an offer: keep the note about the work"
    patterns = (
        r"salar(?:y|ies)",
        r"compensation",
        r"comp (?:package|range|band)",
        r"pay (?:range|scale|rate|band|grade|structure|increase|raise|bump|expectations?)",
        r"(?:the|your|my|base|hourly|take-home|starting|higher|lower|more|better) pay"
        r"(?! (?:attention|off|it forward|tribute|respects|a visit|close|careful|back))",
        r"(?:what|how much) (?:does|would|will|might) (?:the|this|it|the role|the position|the job) pay",
        r"benefits? (?:package|plans?|coverage|options|enrollment|offering|summary)",
        r"(?:health|medical|dental|vision|employee|retirement|the|your|company) benefits(?! (?:of|from|to))",
        r"vacation(?: days| time| policy| weeks)?",
        r"paid time off",
        r"pto",
        r"time[- ]off policy",
        r"(?:signing|sign-on|annual|performance|year-end|relocation|cash|target|the) bonus(?:es)?",
        r"bonus (?:structure|plan|target|potential|eligibility)",
        r"equity (?:grant|package|stake|compensation|refresh|component|offer|portion)",
        r"(?:how much|what) equity",
        r"stock options?",
        r"rsus?",
        r"vesting(?: schedule)?",
        r"401\(?k\)?",
        r"\$\s?\d[\d,.]*\s?k?\s?(?:a year|per year|/yr|annually|base|an hour|per hour|/hour|/hr)",
    )

    def allowed(self, scope: Scope) -> bool:
        if scope.kind in _OFFER_KINDS:
            return True
        return bool(scope.application and scope.application.salary_raised)

    def severity_for(self, scope: Scope) -> Severity | None:
        return "error" if scope.kind is MessageKind.THANK_YOU else None
