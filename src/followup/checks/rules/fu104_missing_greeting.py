"""FU104 missing-greeting."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope


class MissingGreeting(Rule):
    """No salutation that names a person.

    ## What it flags
    A body that does not open with a greeting such as "Hi Dana," or
    "Dear Ms. Whitfield,", and greetings that address nobody in particular:
    "Hello,", "Hi there," "Dear Hiring Manager," or "To whom it may concern".

    ## Why
    You met these people and know their names. Opening with the name shows the
    note was written for them, while a generic opener reads like a form letter.

    ## Example
    ```
    Hello,

    Thank you for the interview yesterday.
    ```

    ## Instead
    ```
    Hi Dana,

    Thank you for the interview yesterday.
    ```
    """

    code = "FU104"
    name = "missing-greeting"
    severity = "warning"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if not doc.body.strip():
            return
        greeting = scope.greeting
        if greeting is None:
            start = len(doc.body) - len(doc.body.lstrip())
            end = doc.body.find("\n", start)
            end = len(doc.body) if end < 0 else end
            yield Hit(
                start,
                min(end, start + 40),
                "no greeting: open with the person's name, e.g. 'Hi Dana,'",
            )
        elif not greeting.names_person:
            yield Hit(
                greeting.start,
                greeting.end,
                "the greeting names no one: address the person you met by name",
            )
