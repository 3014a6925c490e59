"""FU403 generic."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from followup.checks import patterns
from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.text import WORD
from followup.model import MessageKind

_APPLIES_TO = frozenset(
    {
        MessageKind.THANK_YOU,
        MessageKind.CHECK_IN,
        MessageKind.FINAL_CHECK_IN,
        MessageKind.VALUE_ADD,
        None,
    }
)
#: Words every follow-up uses; a sentence made only of these says nothing particular.
_STOCK_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "across",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "anything",
        "are",
        "as",
        "at",
        "available",
        "be",
        "been",
        "being",
        "believe",
        "best",
        "bring",
        "but",
        "by",
        "can",
        "candidacy",
        "chance",
        "check",
        "company",
        "confident",
        "consider",
        "consideration",
        "contact",
        "continued",
        "contribute",
        "contributing",
        "could",
        "day",
        "days",
        "department",
        "details",
        "discuss",
        "discussed",
        "discussing",
        "do",
        "eager",
        "else",
        "enjoyed",
        "enthusiasm",
        "enthusiastic",
        "everyone",
        "excited",
        "experience",
        "feel",
        "fit",
        "following",
        "follow",
        "for",
        "forward",
        "free",
        "from",
        "further",
        "glad",
        "good",
        "grateful",
        "great",
        "had",
        "happy",
        "has",
        "have",
        "hear",
        "hearing",
        "help",
        "hope",
        "how",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "information",
        "insight",
        "insights",
        "interest",
        "interested",
        "interview",
        "interviewing",
        "is",
        "it",
        "it's",
        "job",
        "just",
        "know",
        "learn",
        "learning",
        "let",
        "look",
        "looking",
        "love",
        "me",
        "meet",
        "meeting",
        "met",
        "more",
        "much",
        "my",
        "need",
        "next",
        "note",
        "of",
        "on",
        "opportunity",
        "or",
        "organization",
        "our",
        "out",
        "part",
        "people",
        "please",
        "pleasure",
        "position",
        "process",
        "provide",
        "questions",
        "reach",
        "really",
        "regarding",
        "reiterate",
        "remain",
        "role",
        "skills",
        "so",
        "soon",
        "speak",
        "speaking",
        "spend",
        "spent",
        "steps",
        "still",
        "strong",
        "take",
        "taking",
        "talk",
        "talking",
        "team",
        "thank",
        "thankful",
        "thanks",
        "that",
        "the",
        "this",
        "thrilled",
        "time",
        "timeline",
        "to",
        "today",
        "touch",
        "truly",
        "update",
        "us",
        "valuable",
        "value",
        "very",
        "wanted",
        "was",
        "we",
        "week",
        "well",
        "were",
        "what",
        "when",
        "will",
        "with",
        "wonderful",
        "would",
        "yesterday",
        "you",
        "your",
        "appreciate",
        "appreciated",
        "appreciation",
        "conversation",
        "chat",
        "call",
        "meeting",
        "again",
        "further",
        "hiring",
        "manager",
        "managers",
        "candidate",
        "candidates",
        "decision",
        "afternoon",
        "morning",
        "opening",
        "keep",
        "mind",
    ]
)
_CONTENT_WORDS_FOR_DETAIL = 3
_DIGIT = patterns.compile(r"\d")


def has_detail(sentence: str, ignore: frozenset[str]) -> bool:
    """True when `sentence` holds a digit or enough words besides stock and `ignore` words.

    Remembered per sentence: drafts in one call share many sentences word for word.
    """
    key = (sentence, ignore)
    found = _DETAILED.get(key)
    if found is None:
        if len(_DETAILED) >= _REMEMBER:
            _DETAILED.clear()
        found = _DETAILED[key] = _weigh(sentence, ignore)
    return found


#: Sentences already weighed, with the words ignored, and how many to keep at most.
_DETAILED: dict[tuple[str, frozenset[str]], bool] = {}
_REMEMBER = 20_000


def _weigh(sentence: str, ignore: frozenset[str]) -> bool:
    weight = 0.0
    for found in WORD.findall(sentence):
        word = found.lower().replace("’", "'")
        if len(word) > 2 and word not in _STOCK_WORDS and word not in ignore:
            # A capitalised word may be the company or role pasted into a template.
            weight += 0.5 if found[0].isupper() else 1.0
            if weight >= _CONTENT_WORDS_FOR_DETAIL:
                return True
    return _DIGIT.search(sentence) is not None


class Generic(Rule):
    """A note made only of stock phrases, with nothing from the actual conversation.

    ## What it flags
    Thank-yous and check-ins in which no sentence carries a particular detail:
    every sentence is built from the words any follow-up uses ("thank you for
    your time", "I am excited about the opportunity"). With `--application`, the
    note is flagged when it mentions none of the topics you recorded for the
    interview.

    ## Why
    Interviewers see many notes that could have been sent to anyone. A single
    concrete reference, such as a project they described or a question they
    asked, shows you listened and brings your conversation back to mind.

    ## Example
    ```
    Thank you for your time today. I enjoyed our conversation and I am excited
    about the opportunity. I look forward to hearing from you.
    ```

    ## Instead
    ```
    Thank you for your time today. Your account of moving the nightly reports to
    dbt made me keen to help finish that migration.
    ```
    """

    code = "FU403"
    name = "generic"
    severity = "warning"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind not in _APPLIES_TO:
            return
        # Most notes show a detail in their first sentences: the rest need not be split.
        sentences = scope.first_sentences()
        first = next(sentences, None)
        if first is None:
            return
        first_start, first_end = first
        topics = self._topics(scope)
        if topics:
            lowered = doc.body.lower()
            if not any(self._mentions(lowered, topic) for topic in topics):
                listed = ", ".join(topics[:3])
                yield Hit(
                    first_start,
                    first_end,
                    f"mentions none of the topics you recorded ({listed}): add one detail",
                )
            return
        ignore = self._context_words(scope)
        body = doc.body
        for start, end in chain((first,), sentences):
            if has_detail(body[start:end], ignore):
                return
        yield Hit(
            first_start,
            first_end,
            "only stock phrases: add a detail from the conversation, e.g. a project or question",
        )

    def _topics(self, scope: Scope) -> list[str]:
        interview = scope.interview
        if interview is None:
            return []
        if scope.to is not None and interview.topics.get(scope.to.key):
            return list(interview.topics[scope.to.key])
        return [t for topics in interview.topics.values() for t in topics]

    @staticmethod
    def _mentions(lowered_body: str, topic: str) -> bool:
        # A topic counts as mentioned when one of its longer words appears, allowing
        # for endings: "forecast" matches "forecasting".
        keys = [w.lower()[:6] for w in WORD.findall(topic) if len(w) >= 4]
        if not keys:
            keys = [topic.lower()]
        return any(re.search(r"\b" + re.escape(k), lowered_body) for k in keys)

    @staticmethod
    def _context_words(scope: Scope) -> frozenset[str]:
        names: list[str] = []
        if scope.application is not None:
            names += [scope.application.company, scope.application.role]
            names += [c.name for c in scope.application.contacts]
        names.append(scope.your_name)
        return frozenset(w.lower() for n in names for w in WORD.findall(n))
