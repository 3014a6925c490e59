"""The rule catalog: every rule class, in code order, and lookups by code or name."""

from __future__ import annotations

import importlib
from functools import cache

from followup.checks.base import Rule

#: Module of each rule under followup.checks.rules; the codes are a public contract.
RULE_MODULES: tuple[str, ...] = (
    "fu101_missing_subject",
    "fu102_vague_subject",
    "fu103_unfilled_placeholder",
    "fu104_missing_greeting",
    "fu105_missing_sign_off",
    "fu201_too_long",
    "fu301_casual_language",
    "fu302_emoji",
    "fu303_pushy",
    "fu304_impatient",
    "fu305_desperate",
    "fu306_exclamation",
    "fu401_salary_talk",
    "fu402_apology",
    "fu403_generic",
    "fu501_wrong_name",
    "fu502_wrong_company",
    "fu503_misspelling",
    "fu601_too_soon",
    "fu602_too_frequent",
    "fu603_over_limit",
    "fu604_panel_duplicate",
    "fu605_group_cc",
)


@cache
def all_rules() -> tuple[Rule, ...]:
    """One instance of every rule, ordered by code."""
    rules: list[Rule] = []
    for module_name in RULE_MODULES:
        module = importlib.import_module(f"followup.checks.rules.{module_name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value.__module__ == module.__name__
                and getattr(value, "code", None)
            ):
                rules.append(value())
    return tuple(sorted(rules, key=lambda r: r.code))


def rule_by_code(code: str) -> Rule | None:
    """The rule with this code (case-insensitive) or name, or None."""
    wanted = code.strip().upper()
    return next((r for r in all_rules() if r.code == wanted or r.name.upper() == wanted), None)
