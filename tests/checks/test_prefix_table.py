"""The generated prefix table is current: the same prefixes as working them out gives."""

from __future__ import annotations

from followup.checks import starts
from followup.checks.phrases import PhraseRule
from followup.checks.prefix_table import PREFIXES
from followup.checks.registry import all_rules

_BUILT_IN = {
    f for r in all_rules() if isinstance(r, PhraseRule) for f in (*r.patterns, *r.cased_patterns)
}
_REGENERATE = "regenerate: python -m followup.checks.starts > src/followup/checks/prefix_table.py"


def test_every_built_in_fragment_is_in_the_table():
    assert set(PREFIXES) == _BUILT_IN, _REGENERATE


def test_the_table_holds_what_working_the_prefixes_out_gives():
    for fragment, listed in PREFIXES.items():
        assert frozenset(listed) == starts.computed(fragment), (fragment, _REGENERATE)


def test_the_table_is_what_prefixes_answers_from():
    fragment = next(iter(PREFIXES))
    assert starts.prefixes(fragment) == frozenset(PREFIXES[fragment])


def test_table_source_is_valid_python_giving_the_table():
    namespace: dict[str, object] = {}
    exec(starts.table_source(), namespace)
    assert namespace["PREFIXES"] == PREFIXES
