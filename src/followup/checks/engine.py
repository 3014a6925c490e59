"""Running the rules over one draft and turning their hits into findings."""

from __future__ import annotations

from followup.checks.base import Finding, Rule
from followup.checks.context import CheckContext
from followup.checks.document import Document, parse
from followup.checks.registry import all_rules
from followup.checks.scope import Scope

_SPELLING = "FU503"
#: Rules that flag words or phrases; a typo inside one of their spans is not reported twice.
_WORD_LEVEL = frozenset(
    {"FU103", "FU301", "FU303", "FU304", "FU305", "FU401", "FU402", "FU501", "FU502"}
)


def check_document(
    doc: Document, context: CheckContext | None = None, path: str = "-"
) -> list[Finding]:
    """Every finding in a parsed draft, sorted by position."""
    ctx = context or CheckContext()
    scope = Scope(doc, ctx)
    disabled = ctx.config.disabled
    findings: list[Finding] = []
    spans: list[tuple[str, int, int]] = []  # (part, start, end) of word-level hits
    spelling: list[tuple[Finding, tuple[str, int, int]]] = []
    for rule in _active(disabled, ctx.application is not None):
        for hit in rule.check(doc, scope):
            line, column = doc.position(hit.part, hit.start)
            finding = Finding(
                path=path,
                code=rule.code,
                name=rule.name,
                severity=hit.severity or rule.severity,
                line=line,
                column=column,
                text=doc.part(hit.part)[hit.start : hit.end],
                message=hit.message,
            )
            where = (hit.part, hit.start, hit.end)
            if rule.code == _SPELLING:
                spelling.append((finding, where))
            else:
                findings.append(finding)
                if rule.code in _WORD_LEVEL:
                    spans.append(where)
    # A word another rule already flags ("thx", "lol") is not reported again as a typo.
    findings += [
        f
        for f, (part, start, end) in spelling
        if not any(p == part and s < end and start < e for p, s, e in spans)
    ]
    findings.sort(key=lambda f: (f.line, f.column, f.code))
    return findings


def _active(disabled: frozenset[str], application: bool) -> tuple[Rule, ...]:
    """The rules that run with these switches, sorted out once rather than for every draft."""
    key = (disabled, application)
    found = _ACTIVE.get(key)
    if found is None:
        found = _ACTIVE[key] = tuple(
            r
            for r in all_rules()
            if r.code not in disabled and (application or not r.needs_application)
        )
    return found


_ACTIVE: dict[tuple[frozenset[str], bool], tuple[Rule, ...]] = {}


def check(
    text: str, context: CheckContext | None = None, *, path: str = "-", eml: bool = False
) -> list[Finding]:
    """Lint one draft given as text (headers, blank line, body; or a whole e-mail)."""
    return check_document(parse(text, eml=eml), context, path)
