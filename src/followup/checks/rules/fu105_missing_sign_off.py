"""FU105 missing-sign-off."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.text import find_sign_off
from followup.model import MessageKind


class MissingSignOff(Rule):
    """A draft that stops without a closing line.

    ## What it flags
    A body whose last lines hold no sign-off such as "Best regards,",
    "Thank you," or "Sincerely," followed by your name, and no dash-signature
    like "- Jordan". Your name from `followup settings` also counts. LinkedIn
    notes are exempt.

    ## Why
    A note that just ends looks unfinished or sent by accident. A short closing
    with your name makes it easy to reply to and to file.

    ## Example
    ```
    I look forward to hearing about next steps.
    ```

    ## Instead
    ```
    I look forward to hearing about next steps.

    Best regards,
    Jordan Lee
    ```
    """

    code = "FU105"
    name = "missing-sign-off"
    severity = "warning"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind is MessageKind.LINKEDIN:
            return  # a connection note is too short for a formal closing
        body = doc.body.rstrip()
        if not body.strip():
            return
        # Trailing spaces and newlines cannot change what find_sign_off finds, so the
        # scope's answer for the whole body stands; other trailing space is looked at anew.
        if body == doc.body.rstrip(" \t\n"):
            if scope.sign_off is not None:
                return
        elif find_sign_off(body, scope.your_name) is not None:
            return
        start = body.rfind("\n") + 1
        yield Hit(
            start,
            len(body),
            "no sign-off: end with a closing such as 'Best regards,' and your name",
        )
