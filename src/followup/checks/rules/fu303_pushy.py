"""FU303 pushy."""

from __future__ import annotations

import re

from followup.checks.phrases import PhraseRule
from followup.checks.scope import Scope
from followup.model import MessageKind

_DAY = (
    r"(?:end of (?:the )?(?:day|week|business|month)|eod|eow|cob|tomorrow|today|tonight|noon|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|next week|this week|(?:the )?\d+(?:st|nd|rd|th)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
)
_BY = r" (?:by|before|no later than) "
#: Not a demand on the reader: someone's own plan ("I'll confirm by", "they hope to decide
#: by", "asked to reply by", "my answer by"), unless the reader is told to ("I need you to
#: decide by").
_NOT_OWN_PLAN = (
    r"(?:(?<=you to )|(?<!to )(?<!will )(?<!['’]ll )(?<!would )(?<!shall )(?<!can )(?<!could )"
    r"(?<!my )(?<!our ))"
)
#: Up to three words of object between the request and the date ("let me know your decision
#: by"), but no clause of its own ("let me know if you need anything before Friday").
_OBJECT = (
    r"(?: (?!(?:if|whether|when|what|how|which|who|where|why|should|once|after|in case)"
    r"(?![\w'’]))[\w'’]+){0,3}"
)
#: Phrases that set the reader a date; an expedite note may cite the other offer's date.
_DATED = (
    _NOT_OWN_PLAN + r"(?:respond|reply|answer|decide|confirm)" + _BY + _DAY,
    r"(?:let me know|get back to me|tell me|send (?:me )?(?:the|an|your) (?:answer|decision|offer)"
    r"|send me|give me)" + _OBJECT + _BY + _DAY,
    r"(?:need|expect|want) (?:to hear|an answer|a decision|a response|a reply|an update) "
    r"(?:back )?(?:from you )?(?:by|before|within) " + _DAY,
)


class Pushy(PhraseRule):
    """Demands for a decision or a reply, deadlines set for the reader, ultimatums.

    ## What it flags
    "ASAP", "respond by Friday", "let me know your decision by Friday", "I need
    an answer", "if I don't hear back by", "otherwise I will take another
    offer" and similar. A date that is someone's own plan ("the team hoped to
    decide by Friday", "I'll confirm by Monday") is not a demand. Add your own
    under `[phrases] pushy = [...]`. In an expedite note (`--kind expedite`),
    citing the date of a competing offer is allowed.

    ## Why
    The employer sets the pace of its hiring process. A demand puts the reader
    on the defensive and tends to end the conversation rather than speed it up.

    ## Example
    ```
    Please let me know by Friday, as I need an answer ASAP.
    ```

    ## Instead
    ```
    Could you share an updated timeline when you have a moment?
    ```
    """

    code = "FU303"
    name = "pushy"
    severity = "error"
    phrase_key = "pushy"
    message = "pushy wording {text!r}: ask politely and leave the timing to them"
    patterns = (
        r"asap",
        r"a\.s\.a\.p\.?",
        r"(?:respond|reply|answer|hear back|get back to me|let me know|decide|a decision)"
        r"[^.!?\n]{0,30}?(?:as soon as possible|immediately|right away|at once|urgently)",
        r"i (?:need|expect|require|demand|must (?:have|get|receive)) (?:an? |your |a final )?"
        r"(?:answer|decision|response|reply|offer)",
        r"if i (?:do not|don't) (?:hear|get an answer|get a response)[^.!?\n]{0,25}?"
        r"(?:by|within|before|soon|today|this week)",
        r"otherwise,? i(?:'ll| will| shall) (?:have to |need to |be forced to )?"
        r"(?:accept|take|move on|withdraw|go with|pursue)",
        r"i(?:'ll| will) (?:have to|need to|be forced to) (?:accept|take) (?:another|the other|a competing)"
        r" (?:offer|position|role|job)",
        r"(?:last|final) chance",
        r"final notice",
        r"(?:you (?:need|have|must)|the team (?:needs|has|must)) to "
        r"(?:decide|make a decision|get back to me|respond)",
        r"i (?:deserve|am entitled to) (?:an? )?(?:answer|response|reply|decision)",
        r"urgent(?:ly)?",
        *_DATED,
    )

    def skip(self, match: re.Match[str], text: str, scope: Scope) -> bool:
        if scope.kind is not MessageKind.EXPEDITE:
            return False
        return any(re.fullmatch(p, match.group(), re.IGNORECASE) for p in _DATED)
