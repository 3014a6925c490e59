"""FU402 apology."""

from __future__ import annotations

from followup.checks.phrases import PhraseRule

_NOT_ABOUT_THE_INTERVIEW = (
    r"(?!(?:again )?(?:for |about )?(?:the |my )?(?:delay|delayed|late|slow|short notice|confusion|"
    r"loss|inconvenience|double e-?mail))"
)


class Apology(PhraseRule):
    """Apologising for how the interview went.

    ## What it flags
    "Sorry for rambling", "I apologize for my answer", "I was so nervous",
    "I blanked", "not my best interview" and similar. Apologies for a late
    reply are not flagged, nor is "sorry to hear". Add your own under
    `[phrases] apology = [...]`.

    ## Why
    The interviewer may not have noticed the stumble at all. Apologising points
    straight at it and makes it the thing they remember from your note.

    ## Example
    ```
    Sorry for rambling on the SQL question; I was really nervous.
    ```

    ## Instead
    ```
    I kept thinking about the SQL question afterwards: a window function would
    make the rolling totals simpler, and I'd be glad to walk through it.
    ```
    """

    code = "FU402"
    name = "apology"
    severity = "warning"
    phrase_key = "apology"
    message = "{text!r} apologises for the interview: add what you would say now instead"
    patterns = (
        r"sorry "
        + _NOT_ABOUT_THE_INTERVIEW
        + r"(?:again )?(?:for|about|that|if)(?: my| the)? [\w'’]+",
        r"i apologi[sz]e "
        + _NOT_ABOUT_THE_INTERVIEW
        + r"(?:again )?(?:for|about|that|if)(?: my| the)? [\w'’]+",
        r"(?:my|many) apologies" + r"(?! (?:for |about )?(?:the |my )?(?:delay|late|slow))",
        r"please (?:forgive|excuse) (?:me|my)",
        r"forgive me for",
        r"i (?:was|felt|got) (?:so |very |really |a (?:little|bit) |extremely |quite )?"
        r"(?:nervous|flustered|anxious|rattled|tongue-tied)",
        r"i (?:messed|screwed|mucked) up",
        r"i (?:rambled|stumbled|blanked|froze|fumbled)",
        r"my mind went blank",
        r"i went blank",
        r"i (?:did not|didn't) (?:do (?:well|great|my best)|perform (?:well|better)|give (?:a|my) (?:good|great|best) (?:answer|impression))",
        r"not my best (?:interview|performance|day|showing|moment)",
        r"(?:excuse|pardon) my (?:nervousness|nerves|rambling)",
    )
