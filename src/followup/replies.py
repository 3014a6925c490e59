"""Classify a pasted employer reply and find the date it names (pure regex, no I/O).

Order matters: a rejection is looked for first because its wording often borrows from the
other kinds ("we won't be moving you to the next round"); then an offer, an invitation to
another interview, a request for something, and finally a plain status update.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from followup.errors import TimelineError
from followup.model import ReplyKind
from followup.schedule.timelines import parse_timeline


@dataclass(frozen=True)
class Classification:
    """What kind of reply it is, a date it names, and the words that decided it."""

    kind: ReplyKind
    new_date: date | None  # a date the reply names for the next step or decision
    evidence: str  # the phrase that decided the kind


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_NOT = r"(?:not|n't|unable to|no longer)"
_OTHER_PEOPLE = r"(?:another|other|a different|a more|an?(?: \w+)? internal) (?:\w+ )?(?:candidate|applicant|person|profile)s?"

_REJECTION = _any(
    rf"(?:decided|chosen|chose|elected|opted|going|plan) to (?:move forward|proceed|go|continue|move ahead|pursue) with {_OTHER_PEOPLE}",
    rf"(?:decided|chosen|chose|selected|offered the (?:role|position|job) to|hired|gone with|go with|went with) {_OTHER_PEOPLE}",
    r"decided not to (?:proceed|move forward|continue|progress|advance|pursue|extend)",
    rf"{_NOT} (?:be )?(?:moving|move|proceeding|proceed|progressing|progress|advancing|advance|continuing|continue) (?:forward |ahead )?(?:with )?(?:you|your)",
    rf"{_NOT} (?:be )?(?:moving|move|proceeding|progressing|advancing) (?:forward|ahead) (?:at this time|with the|in the process)",
    rf"{_NOT} (?:able to )?(?:offer|extend an offer to) you",
    r"(?:position|role|job|vacancy|opening) (?:has|have) (?:now )?been (?:filled|closed|cancelled|canceled|put on permanent hold)",
    r"(?:you )?(?:were|have) not been (?:selected|chosen|successful)",
    r"\bnot (?:been )?selected\b",
    r"(?:were|was) not successful",
    r"regret to (?:inform|let you know|tell you)",
    rf"(?:extended|made|make|extending|making) (?:an |the |our )?offer to {_OTHER_PEOPLE}",
    rf"{_OTHER_PEOPLE} (?:has|have) (?:now )?accepted",
    r"(?:go|going|gone|went) in a different direction",
    r"(?:will|would) not be (?:offering|extending)",
    r"wish you (?:the best|(?:every|much) success|luck) (?:of luck )?in your (?:job )?(?:search|future|career)",
)
# "Unfortunately ... other candidates" rejects, unless the sentence says the search goes on.
_UNFORTUNATELY = re.compile(r"unfortunately")
_OTHER_CANDIDATES = re.compile(r"other (?:\w+ )?(?:candidate|applicant)s?")
_STILL_GOING = re.compile(r"\b(?:still|continu\w*|yet|few more|finish\w*|wrap\w*)\b")

_OFFER = _any(
    r"(?:pleased|happy|delighted|thrilled|excited|glad) to (?:formally )?(?:offer|extend)",
    r"offer letter",
    r"(?:extend|make|making|extending) (?:you )?(?:a |an )?(?:formal |verbal |written )?offer",
    r"(?:like|want|love) to offer you",
    r"offer of employment",
    r"(?:our|the|a) (?:formal |verbal |written )?offer (?:is )?attached",
)
# A conditional before the offer words means the offer has not happened yet.
_CONDITIONAL = re.compile(r"\b(?:before|once|if|when|prior to|until|after)\b")
# "offer you a second interview" offers a meeting, not a job.
_OFFERED_MEETING = re.compile(
    r"^ (?:you )?(?:a|an|the)? ?(?:\w+ ){0,2}(?:interview|round|call|meeting|chat|conversation|slot)"
)

_ROUND = (
    r"(?:second|2nd|third|3rd|final|next|last|follow ?up|onsite|on site|technical|panel|further)"
)
_INVITE = _any(
    rf"(?:move|moving|advance|advancing|progress|progressing|bring|invite|inviting|have) you (?:forward |back |in )?(?:to|for|into) (?:the |a |an |our )?{_ROUND}",
    r"(?:move|moving|advance|advancing|progress|progressing) you forward",
    r"invite you (?:to|for|back|in)",
    r"(?:like|love|want) to (?:have|bring|see) you (?:back|in|on ?site|for)",
    rf"(?:schedule|set up|book|arrange|line up) (?:a |an |the |your )?(?:\w+ )?(?:{_ROUND} )?(?:interview|round|conversation|meeting|call|chat)",
    rf"(?:availability|available) (?:for|to) (?:a |an |the |your )?(?:{_ROUND} )?(?:\w+ )?(?:interview|round|conversation|meeting|call|chat|meet)",
    r"meet (?:with )?(?:the|our) (?:rest of the )?(?:team|hiring manager|founders?|ceo|cto|director|vp)",
    rf"(?:to|for) (?:the |a |our )?{_ROUND} (?:round|interview|stage)s?",
    r"offer you (?:a |an |the )?(?:\w+ ){0,2}(?:interview|round|slot|call|meeting)",
)

_REQUEST = _any(
    r"(?:could|can|would) you (?:please |kindly )?(?:also )?(?:send|share|provide|forward|email|fill|complete|confirm|let us know)",
    r"would you (?:be able to|mind) (?:send|shar|provid|forward|complet)",
    r"please (?:send|provide|share|forward|email|complete|fill|submit|confirm|let us know)",
    r"\breferences?\b",
    r"\bportfolio\b",
    r"availability (?:for|to|this|next|over)",
    r"(?:writing|work|code) samples?",
    r"\btranscripts?\b",
    r"background check",
    r"(?:salary|compensation) expectations",
    r"(?:take ?home|assessment|questionnaire|form) (?:by|before|within)",
    r"we (?:need|would need|still need) (?:a |your |the )",
)

_UPDATE = _any(
    r"still (?:reviewing|interviewing|deciding|working|evaluating|finali[sz]ing|meeting|waiting|in the process)",
    r"(?:update|updated) on (?:the |our )?(?:timeline|process|status|decision)",
    r"(?:need|needs|take|taking) (?:another|one more|a few more|a couple more|a bit more|a little more|more|an extra) (?:\w+ )?(?:week|day|time)",
    r"expect to (?:decide|make|have|reach|be|get|finali[sz]e|share|come back|reach out|let you know)",
    r"\b(?:we|i) (?:still )?expect\b|\bexpected (?:by|within|in|next|early|before)",
    r"(?:decision|answer|news|word) (?:by|before|within|in|next|early|later|after)",
    r"(?:delayed|pushed back|taking longer|slowed down|on hold|been slower)",
    r"(?:wanted to|want to|just) (?:give you|provide|share|send) (?:a |an )?(?:quick |brief )?(?:update|status)",
    r"(?:quick|brief|short) update",
    r"(?:haven't|have not|not yet) (?:made|reached|finali[sz]ed)",
    r"(?:get|come|circle) back to you",
    r"(?:be|keep you) in touch|keep you (?:posted|updated|informed)",
    r"(?:hope|aim|plan) to (?:decide|have|make|wrap|finish|share|get back)",
    r"remain(?:s)? (?:very )?(?:interested|in consideration|under consideration)",
    r"(?:the )?timeline",
    r"(?:move|moving) (?:forward|ahead) with (?:you|your)",
    r"next steps?",
    r"\b(?:an|any|no) update\b",
)

# Words after which a stated timeline follows; the date is read from there on.
_DATE_CUES = re.compile(
    r"\b(?:decid\w*|decision|hear|get back|come back|circle back|be in touch|let you know|"
    r"update|timeline|expect\w*|by|within|until|before|next|early|end of|after|in \w+ (?:weeks?|days?)|"
    r"schedul\w*|availab\w*|deadline|answer|respond|reply|finali[sz]\w*|in an?|"
    r"another|a few|a couple|one more)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _first(pattern: re.Pattern[str], sentences: list[str]) -> tuple[str, str] | None:
    """The first (sentence, matched phrase) for `pattern`, on lowercased sentences."""
    for sentence in sentences:
        match = pattern.search(sentence)
        if match:
            return sentence, match[0]
    return None


def _rejection(sentences: list[str]) -> str | None:
    found = _first(_REJECTION, sentences)
    if found:
        return found[1]
    for sentence in sentences:
        if (
            _UNFORTUNATELY.search(sentence)
            and _OTHER_CANDIDATES.search(sentence)
            and not _STILL_GOING.search(sentence)
        ):
            return sentence
    return None


def _offer(sentences: list[str]) -> str | None:
    for sentence in sentences:
        match = _OFFER.search(sentence)
        if (
            match
            and not _CONDITIONAL.search(sentence[: match.start()])
            and not _OFFERED_MEETING.search(sentence[match.end() :])
        ):
            return match[0]
    return None


def find_date(text: str, received_on: date) -> date | None:
    """The first date a reply names for a decision or next step, read with the timeline grammar."""
    for sentence in _sentences(text.lower()):
        for cue in _DATE_CUES.finditer(sentence):
            try:
                return parse_timeline(sentence[cue.start() :], received_on).decision_date
            except TimelineError:
                continue
    return None


def classify_reply(text: str, received_on: date) -> Classification:
    """Sort an employer's reply into a ReplyKind, with a named date when there is one."""
    sentences = _sentences(text.lower())
    evidence = _rejection(sentences)
    if evidence is not None:
        return Classification(ReplyKind.REJECTION, None, evidence)
    kind = ReplyKind.OTHER
    evidence = _offer(sentences)
    if evidence is not None:
        kind = ReplyKind.OFFER
    else:
        for candidate, pattern in (
            (ReplyKind.INTERVIEW_INVITE, _INVITE),
            (ReplyKind.REQUEST_INFO, _REQUEST),
            (ReplyKind.UPDATE, _UPDATE),
        ):
            found = _first(pattern, sentences)
            if found:
                kind, evidence = candidate, found[1]
                break
    return Classification(kind, find_date(text, received_on), evidence or "")
