"""FU502 wrong-company."""

from __future__ import annotations

import re
from collections.abc import Iterator

from followup.checks.base import Hit, Part, Rule
from followup.checks.document import Document
from followup.checks.scope import ORG_NAME, ORG_SUFFIXES, Scope
from followup.checks.text import LazyPattern

#: Capitalised words that name a department or a field rather than a company.
_GENERIC = frozenset(
    [
        "the",
        "our",
        "your",
        "their",
        "my",
        "a",
        "an",
        "this",
        "that",
        "at",
        "with",
        "for",
        "and",
        "of",
        "data",
        "product",
        "marketing",
        "engineering",
        "sales",
        "research",
        "customer",
        "business",
        "platform",
        "growth",
        "finance",
        "people",
        "public",
        "global",
        "digital",
        "operations",
        "design",
        "support",
        "success",
        "team",
        "i",
        "we",
        "hi",
        "dear",
        "thank",
        "thanks",
    ]
)
_SUFFIX = LazyPattern(r"(?:(?:^|\s+)(?:" + ORG_SUFFIXES + r"))+\s*$")


def _core(name: str) -> str:
    """A company name without its legal or sector suffix, lower-cased."""
    words = [w for w in name.split() if w.lower() not in ("the",)]
    text = _SUFFIX.sub("", " ".join(words))
    return re.sub(r"[^\w ]+", "", text).strip().lower()


class WrongCompany(Rule):
    """A company named in the note that is not the one you interviewed with.

    ## What it flags
    With `--application`: names that look like companies (capitalised words
    ending in Inc, LLC, Labs, Analytics, Corp and the like) other than the
    application's company, and the companies of your other applications
    wherever they appear.

    ## Why
    Reusing a note from another application is common and fatal: a thank-you
    that praises a different company tells the reader exactly where else you
    are interviewing and that the note was not written for them.

    ## Example
    ```
    I would love to help Brightline Analytics grow its reporting team.
    ```
    (in a note for an application with Northwind Labs)

    ## Instead
    ```
    I would love to help Northwind grow its reporting team.
    ```
    """

    code = "FU502"
    name = "wrong-company"
    severity = "error"
    needs_application = True

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        app = scope.application
        if app is None:
            return
        own = _core(app.company)
        own_names = {own, *(_core(n) for n in (app.role, *(c.name for c in app.contacts)) if n)}
        others = [
            c for c in scope.ctx.other_companies if c.strip() and _core(c) and _core(c) != own
        ]
        parts: tuple[Part, ...] = ("subject", "body")
        for part in parts:
            text = doc.part(part)
            reported: set[tuple[int, int]] = set()
            for other in others:
                for match in re.finditer(r"(?<!\w)" + re.escape(other.strip()) + r"(?!\w)", text):
                    reported.add(match.span())
                    yield Hit(*match.span(), self._message(match.group(), app.company), part=part)
            for match in ORG_NAME.finditer(text):
                start, end = self._trim(match, text)
                name = text[start:end]
                core = _core(name)
                if all(w in _GENERIC for w in core.split()):
                    continue  # "the Data Analytics team" is a department, not a company
                if not core or (start, end) in reported or any(s <= start < e for s, e in reported):
                    continue
                if core in own_names or own in core or (core and core in own):
                    continue
                yield Hit(start, end, self._message(name, app.company), part=part)

    @staticmethod
    def _trim(match: re.Match[str], text: str) -> tuple[int, int]:
        """Drop leading generic words ("The", "At") so only the name itself remains."""
        start, end = match.span()
        words = list(re.finditer(r"\S+", text[start:end]))
        for word in words[:-1]:
            if word.group().lower().strip(".,") in _GENERIC:
                start = match.start() + word.end()
                while start < end and text[start].isspace():
                    start += 1
            else:
                break
        return start, end

    @staticmethod
    def _message(name: str, company: str) -> str:
        return f"names {name!r}, but this application is with {company}"
