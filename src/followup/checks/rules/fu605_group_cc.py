"""FU605 group-cc."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.checks import patterns
from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.model import MessageKind

_GROUP_GREETING = patterns.compile(
    r"\b(?:all|everyone|team|both|folks|panel|y'all|and|&)\b", re.IGNORECASE
)


class GroupCc(Rule):
    """One thank-you addressed to several interviewers at once.

    ## What it flags
    A thank-you with more than one person in To and Cc, or, with
    `--application`, more than one of the interview's panel among them, and a
    thank-you greeting more than one person ("Hi Dana and Sam," "Hi all,").

    ## Why
    Each interviewer gave you their time and usually writes their own
    feedback. A group note tells them none of them rated a message of their own.

    ## Example
    ```
    To: Dana Whitfield <dana@northwind.example>
    Cc: Sam Okafor <sam@northwind.example>

    Hi Dana and Sam,
    ```

    ## Instead
    Two short notes, one to each, each mentioning what you discussed with that
    person.
    """

    code = "FU605"
    name = "group-cc"
    severity = "warning"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if scope.kind is not MessageKind.THANK_YOU:
            return
        people = doc.recipients()
        panel = set(scope.interview.interviewers) if scope.interview else set()
        on_panel = [c for c in scope.recipients if not panel or c.key in panel]
        if scope.application is not None and len(on_panel) > 1:
            names = ", ".join(c.name for c in on_panel)
            yield Hit(
                0,
                0,
                f"one note to {len(on_panel)} interviewers ({names}): send each their own",
                part=self._part(doc),
            )
        elif scope.application is None and len(people) > 1:
            yield Hit(
                0,
                0,
                f"one note to {len(people)} people: send each interviewer their own",
                part=self._part(doc),
            )
        greeting = scope.greeting
        if greeting is not None and greeting.name and _GROUP_GREETING.search(greeting.name):
            yield Hit(
                greeting.start,
                greeting.end,
                "the greeting addresses several people: write each interviewer separately",
            )

    @staticmethod
    def _part(doc: Document) -> Part:
        return "cc" if doc.cc is not None and doc.cc.value.strip() else "to"
