"""FU102 vague-subject."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope

_VAGUE = frozenset(
    " ".join(p.split())
    for p in [
        "thank you",
        "thank you so much",
        "thank you again",
        "thanks",
        "thanks again",
        "many thanks",
        "thank you note",
        "\n    checking in",
        "just checking in",
        "quick check in",
        "check in",
        "following up",
        "just following up",
        "follow up",
        "\n    quick follow up",
        "follow up email",
        "touching base",
        "hello",
        "hi",
        "hey",
        "update",
        "quick question",
        "question",
        "\n    interview",
        "interview follow up",
        "my interview",
        "our interview",
        "our conversation",
        "re",
        "fwd",
        "re interview",
        "\n    application",
        "job application",
        "status",
        "status update",
        "any update",
        "any updates",
        "next steps",
    ]
)
_NOISE = patterns.compile(r"[^\w\s]+")


class VagueSubject(Rule):
    """A subject line that says nothing but "Thank you" or "Checking in".

    ## What it flags
    Subjects that are only a stock phrase such as "Thank you", "Checking in",
    "Following up", "Update" or "Interview", with nothing about the role or the
    conversation.

    ## Why
    The person you interviewed with may have met several candidates that week.
    A subject naming the role or a topic tells them at a glance who you are and
    what the note is about, so it is opened and found again later.

    ## Example
    ```
    Subject: Following up
    ```

    ## Instead
    ```
    Subject: Data Analyst interview - checking in on next steps
    ```
    """

    code = "FU102"
    name = "vague-subject"
    severity = "warning"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if doc.subject is None or not doc.subject.value.strip():
            return
        value = doc.subject.value
        if _is_vague(value):
            start = len(value) - len(value.lstrip())
            yield Hit(
                start,
                len(value.rstrip()),
                f"the subject {value.strip()!r} is vague: name the role or a topic you discussed",
                part="subject",
            )


def _is_vague(subject: str) -> bool:
    """True when the subject, without punctuation and case, is one of the stock phrases."""
    # Remembered per subject: the drafts of one call share many of them word for word.
    found = _SUBJECTS.get(subject)
    if found is None:
        if len(_SUBJECTS) >= _REMEMBER:
            _SUBJECTS.clear()
        normal = " ".join(_NOISE.sub(" ", subject.lower().replace("-", " ")).split())
        found = _SUBJECTS[subject] = normal in _VAGUE
    return found


#: Subjects already judged, and how many to keep at most.
_SUBJECTS: dict[str, bool] = {}
_REMEMBER = 20_000
