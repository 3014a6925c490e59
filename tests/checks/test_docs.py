"""docs/rules/ is generated from the rule docstrings and must match them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.checks.docgen import generate
from followup.checks.registry import all_rules

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"

#: The public catalog of issue 3: code -> (name, severity).
CATALOG = {
    "FU101": ("missing-subject", "error"),
    "FU102": ("vague-subject", "warning"),
    "FU103": ("unfilled-placeholder", "error"),
    "FU104": ("missing-greeting", "warning"),
    "FU105": ("missing-sign-off", "warning"),
    "FU201": ("too-long", "warning"),
    "FU301": ("casual-language", "error"),
    "FU302": ("emoji", "error"),
    "FU303": ("pushy", "error"),
    "FU304": ("impatient", "warning"),
    "FU305": ("desperate", "warning"),
    "FU306": ("exclamation", "warning"),
    "FU401": ("salary-talk", "warning"),
    "FU402": ("apology", "warning"),
    "FU403": ("generic", "warning"),
    "FU501": ("wrong-name", "error"),
    "FU502": ("wrong-company", "error"),
    "FU503": ("misspelling", "warning"),
}
TIMING = ["FU601", "FU602", "FU603", "FU604", "FU605"]
TIMING_NAMES = ["too-soon", "too-frequent", "over-limit", "panel-duplicate", "group-cc"]


def test_catalog_matches_the_contract():
    rules = {r.code: r for r in all_rules()}
    assert sorted(rules) == sorted([*CATALOG, *TIMING])
    for code, (name, severity) in CATALOG.items():
        assert (rules[code].name, rules[code].severity) == (name, severity)
    assert [rules[c].name for c in TIMING] == TIMING_NAMES


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_docstring_has_the_four_sections(rule):
    doc = type(rule).__doc__ or ""
    headings = re.findall(r"^\s*## (.+)$", doc, re.MULTILINE)
    assert headings == ["What it flags", "Why", "Example", "Instead"]


def test_committed_docs_equal_generated():
    expected = generate()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert on_disk == expected, "run: python -m followup.checks.docgen"
