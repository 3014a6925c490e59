"""Write docs/rules/ from the rule docstrings: `python -m followup.checks.docgen [DIR]`."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

from followup.checks.base import Rule
from followup.checks.registry import all_rules

_GROUPS = {
    "1": "Structure",
    "2": "Length",
    "3": "Tone",
    "4": "Content",
    "5": "Accuracy",
    "6": "Timing and etiquette",
}


def _summary(rule: Rule) -> str:
    return (inspect.getdoc(type(rule)) or "").splitlines()[0].strip()


def rule_page(rule: Rule) -> str:
    """The Markdown page of one rule."""
    doc = inspect.getdoc(type(rule)) or ""
    summary, _, rest = doc.partition("\n")
    facts = [f"Severity: {rule.severity}"]
    if rule.code == "FU401":
        facts[0] += " (an error in a thank-you)"
    if rule.needs_application:
        facts.append("needs `--application`")
    if rule.params:
        settings = ", ".join(f"`{k} = {v!r}`" for k, v in rule.params.items())
        facts.append(f"settings under `[rules.{rule.code}]`: {settings}")
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        summary.strip(),
        "",
        "; ".join(facts) + ".",
        "",
        rest.strip(),
        "",
        f'Switch it off with `[rules] disable = ["{rule.code}"]` in check.toml or `--ignore {rule.code}`.',
        "",
    ]
    return "\n".join(lines)


def index_page(rules: tuple[Rule, ...]) -> str:
    """The catalog: every rule by group, linked to its page."""
    lines = [
        "# Rules of `followup check`",
        "",
        "Generated from the rule docstrings by `python -m followup.checks.docgen`; do not edit.",
        "The codes, names and severities are a stable contract.",
    ]
    for digit, title in _GROUPS.items():
        group = [r for r in rules if r.code[2] == digit]
        lines += ["", f"## {title}", "", "| code | name | severity | flags |", "|---|---|---|---|"]
        for rule in group:
            link = f"[{rule.name}]({file_name(rule)})"
            lines.append(f"| {rule.code} | {link} | {rule.severity} | {_summary(rule)} |")
    return "\n".join(lines) + "\n"


def file_name(rule: Rule) -> str:
    return f"{rule.code}-{rule.name}.md"


def generate() -> dict[str, str]:
    """File name -> content for every page of docs/rules/."""
    rules = all_rules()
    pages = {file_name(r): rule_page(r) for r in rules}
    pages["index.md"] = index_page(rules)
    return pages


def main(argv: list[str] | None = None) -> int:
    """Write the pages into DIR (default docs/rules) and remove stale rule pages."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/rules")
    out.mkdir(parents=True, exist_ok=True)
    pages = generate()
    for stale in out.glob("FU*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        (out / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(pages)} pages to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
