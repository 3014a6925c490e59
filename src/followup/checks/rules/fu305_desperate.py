"""FU305 desperate."""

from __future__ import annotations

from followup.checks.phrases import PhraseRule


class Desperate(PhraseRule):
    """Begging, or saying how badly you need the job.

    ## What it flags
    "I really need this job", "I'm begging you", "please give me a chance",
    "I'll do anything", "this is my last hope" and similar. Add your own under
    `[phrases] desperate = [...]`.

    ## Why
    Employers hire for fit and skill. Pleading shifts the note from what you
    offer to what you need, and it makes the decision awkward for the reader.

    ## Example
    ```
    I really need this job, so please give me a chance.
    ```

    ## Instead
    ```
    I am excited about the role and confident my forecasting work would help the team.
    ```
    """

    code = "FU305"
    name = "desperate"
    severity = "warning"
    phrase_key = "desperate"
    message = "desperate wording {text!r}: speak to what you offer, not what you need"
    patterns = (
        r"i need (?:this|the) (?:job|role|position|work|offer)",
        r"i (?:really|desperately|badly|truly|so) need (?:this|the) (?:job|role|position|work|offer)",
        r"i(?:'m| am) (?:begging|pleading)",
        r"beg(?:ging)? (?:you|of you)",
        r"please,? please",
        r"please (?:just )?(?:give me (?:a|one more) (?:chance|shot)|hire me|don'?t reject me)",
        r"i(?:'ll| will| would|'d) do anything",
        r"desperate(?:ly)?",
        r"my (?:only|last) (?:hope|chance|option)",
        r"i (?:can(?:'t|not)|could not|couldn't) afford (?:to lose|not to get|to miss)",
        r"i have no other (?:options|offers|choice|prospects)",
        r"i need the money",
        r"(?:bills|rent) to pay",
        r"really,? really want (?:this|the) (?:job|role|position)",
    )
