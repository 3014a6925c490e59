"""FU304 impatient."""

from __future__ import annotations

from followup.checks.phrases import PhraseRule


class Impatient(PhraseRule):
    """Frustration at the wait, or complaints about being kept waiting.

    ## What it flags
    "I still haven't heard", "why is this taking so long", "nobody has replied",
    "this is my third email", "common courtesy", "ghosted", "Hello??" and the
    like. Add your own under `[phrases] impatient = [...]`.

    ## Why
    Hiring often stalls for reasons the recruiter cannot share. A note that
    sounds irritated is remembered longer than the interview was, and not
    kindly.

    ## Example
    ```
    I still haven't heard anything and it has been two weeks without a word.
    ```

    ## Instead
    ```
    I wanted to check in on the Data Analyst role; I remain very interested.
    ```
    """

    code = "FU304"
    name = "impatient"
    severity = "warning"
    phrase_key = "impatient"
    message = "impatient wording {text!r}: keep the note patient and warm"
    patterns = (
        r"still (?:have not|haven't|havent|had not|hadn't|did not|didn't|do not|don't)"
        r" (?:heard|hear|gotten|got|received)",
        r"(?:have not|haven't|havent|did not|didn't) (?:heard|hear|get|receive|received) (?:anything|a thing|a word|back at all)",
        r"why (?:is|has) (?:this|it|the process|everything|the decision) (?:taking|taken) so long",
        r"(?:taking|taken|takes) (?:so|this|too) long",
        r"what(?:'s| is) taking so long",
        r"(?:no one|nobody|no-one) (?:has |have |ever )?(?:gotten back|got back|responded|replied|answered|bothered)",
        r"(?:you|your team) (?:never|didn't|did not|haven't|have not|still haven't) (?:bothered to )?"
        r"(?:respond|reply|responded|replied|get back|gotten back|got back|answer|answered)",
        r"i(?:'ve| have) (?:already )?(?:emailed|e-mailed|written|reached out|called|messaged|followed up)"
        r"(?: to you| you)? (?:several|multiple|many|numerous|three|four|five|\d+) times",
        r"this is my (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) (?:email|e-mail|message|attempt|follow-up|follow up|time)",
        r"common courtesy",
        r"(?:least|minimum) you could do",
        r"basic (?:courtesy|respect|professionalism)",
        r"courtesy (?:reply|response|e-?mail|call)",
        r"(?:rude|disrespectful|unprofessional)",
        r"(?:i(?:'ve| have) been |been |kept |keep (?:being )?)(?:left )?waiting (?:for )?"
        r"(?:weeks|days|months|so long|forever|ages)",
        r"ghost(?:ed|ing)",
        r"hello\s*\?+",
        r"any (?:update|news|word)\s*\?{2,}",
        r"frustrat(?:ed|ing)",
        r"fed up",
        r"it(?:'s| has) been (?:over |more than |almost |nearly )?(?:two|three|four|five|six|several|many|\d+)"
        r" (?:weeks|days|months) (?:and (?:i )?(?:still|nothing|no)|without (?:a |any )?(?:word|reply|response|update))",
        r"i expected (?:to hear|a response|an answer|a reply|an update)",
        r"i would have expected (?:to hear|a response|an answer|a reply|an update)",
    )
