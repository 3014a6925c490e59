"""FU101 missing-subject."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.model import MessageKind


class MissingSubject(Rule):
    """A draft with no `Subject:` line, or an empty one.

    ## What it flags
    An e-mail draft whose headers have no subject, or whose subject is blank.
    LinkedIn notes are exempt because they have no subject field.

    ## Why
    A recruiter's inbox is sorted by sender and subject. A blank subject looks like
    spam or a mistake, and the note is easy to skip or lose.

    ## Example
    ```
    To: Dana Whitfield <dana@northwind.example>

    Hi Dana, ...
    ```

    ## Instead
    ```
    To: Dana Whitfield <dana@northwind.example>
    Subject: Thanks for the pipeline design chat - Data Analyst role
    ```
    """

    code = "FU101"
    name = "missing-subject"
    severity = "error"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind is MessageKind.LINKEDIN:
            return
        if doc.subject is None:
            yield Hit(0, 0, "the draft has no Subject: line", part="body")
        elif not doc.subject.value.strip():
            yield Hit(0, 0, "the subject line is empty", part="subject")
