"""Built-in templates compiled to Python: current, and byte-identical to Jinja2's rendering."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.drafting import _compiled, render
from followup.drafting.compile import generate
from followup.drafting.environment import TEMPLATES, TemplateFileError, builtin_source
from followup.drafting.environment import render_builtin as compiled
from followup.drafting.sandbox import render_jinja
from followup.errors import InputError
from followup.model import Contact, MessageKind, ReplyKind, Stage

KINDS = [k for k in MessageKind if k is not MessageKind.OTHER]
STAGES = list(Stage)
Renderer = Callable[[str, Mapping[str, Any]], str]


def jinja(name: str, context: Mapping[str, Any]) -> str:
    """The built-in rendered by the real sandboxed Jinja2, from its .j2 source."""
    return render_jinja(builtin_source(name), f"{name}.j2", context)


def both_ways(name: str, context: Mapping[str, Any], choose: Any = None) -> str:
    """Render with each renderer; the text and every choose()/gap() call must agree."""
    results = []
    for renderer in (compiled, jinja):
        calls: list[tuple[Any, ...]] = []
        pick = choose or context["choose"]

        def record(slot: str, n: int, pick: Any = pick, calls: list = calls) -> int:
            calls.append(("choose", slot, n))
            return int(pick(slot, n))

        def gap(what: str, calls: list = calls) -> str:
            calls.append(("gap", what))
            return str(context["gap"](what))

        text = renderer(name, {**context, "choose": record, "gap": gap})
        results.append((text, calls))
    assert results[0] == results[1], name
    return results[0][0]


def test_the_committed_module_is_a_fresh_build():
    fresh = generate()
    committed = Path(_compiled.__file__).read_text(encoding="utf-8")
    assert committed == fresh, (
        "run: python -m followup.drafting.compile > src/followup/drafting/_compiled.py"
    )


def test_every_builtin_has_a_compiled_function():
    assert list(_compiled.RENDERERS) == list(TEMPLATES)


def _contexts(make_app: Callable[..., Any], with_reply: Callable[..., Any]) -> Iterator[Any]:
    """Applications across stages, panels, replies and missing details, for every recipient."""
    for stage in STAGES:
        for panel in (False, True):
            yield make_app(stage, panel=panel)
    bare = make_app(Stage.SECOND_ROUND, panel=True)
    for iv in bare.interviews:
        iv.topics, iv.strengths, iv.concerns, iv.wish_i_said, iv.timeline = {}, [], [], [], ""
    yield bare
    one_topic = make_app(Stage.FINAL_ROUND)
    one_topic.interviews[0].topics = {"dana": ["SQL review"]}
    one_topic.interviews[0].concerns = []
    yield one_topic
    unicode = make_app(Stage.FIRST_ROUND, panel=True)
    unicode.contacts = [
        Contact("dana", "Dr. Zoë Ångström-Núñez", "Directrice, R&D", ""),
        Contact("elena", "李 小龍", "", "li@example.cn"),
        Contact("ravi", "", "", ""),
    ]
    unicode.company, unicode.role = "Café Ünïcode GmbH", "Ingénieur·e données – SQL"
    unicode.interviews[0].topics["dana"] = ["l’entrepôt de données", "{{ not jinja }} {% x %}"]
    yield unicode
    for kind, new_date in [
        (ReplyKind.UPDATE, date(2026, 12, 8)),
        (ReplyKind.UPDATE, None),
        (ReplyKind.REJECTION, None),
        (ReplyKind.REQUEST_INFO, None),
        (ReplyKind.OFFER, None),
    ]:
        yield with_reply(make_app(Stage.FINAL_ROUND), kind, new_date)
    yield make_app(Stage.FINAL_ROUND, offer_deadline=date(2026, 12, 11), contacts=[])


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every render_draft renders both ways; the list collects the templates rendered."""
    seen: list[str] = []

    def render_source(name: str, context: Mapping[str, Any], user: Any = None) -> Any:
        seen.append(name)
        text = both_ways(name, context)
        for k in range(4):  # every phrasing of every slot, and mixed ones
            both_ways(name, context, choose=lambda slot, n, k=k: k % n)
            both_ways(name, context, choose=lambda slot, n, k=k: (len(slot) + k) % n)
        return text, False

    monkeypatch.setattr(render, "render_source", render_source)
    return seen


def test_realistic_drafts_render_identically(spy, make_app, with_reply, settings, now):
    nameless = settings.replace(your_name="")
    for app in _contexts(make_app, with_reply):
        recipients = [c.key for c in app.contacts] or [None]
        for kind in KINDS:
            for to in recipients:
                for who, moment in [(settings, now), (nameless, now - timedelta(days=6))]:
                    try:
                        render.render_draft(app, kind, who, moment, to=to, about="a dbt post")
                    except InputError:
                        continue  # e.g. an expedite without a deadline: nothing rendered
    assert set(spy) == set(TEMPLATES)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
NAMES = {
    "company", "role", "name", "first", "title", "greeting", "your_name", "sign_off", "stage",
    "day_name", "day", "topic", "other_topic", "strength", "strength_clause", "concern", "wish",
    "others", "you_and_others", "decision_day", "decision_short", "reply_day", "new_date",
    "new_short", "about", "deadline", "answer_day",
}  # fmt: skip
FLAGS = {"phone_screen", "panel", "decision_passed"}


@given(
    st.sampled_from(list(TEMPLATES)),
    st.fixed_dictionaries({n: st.one_of(st.just(""), TEXT) for n in sorted(NAMES)}),
    st.fixed_dictionaries({n: st.booleans() for n in sorted(FLAGS)}),
    st.integers(0, 11),
)
def test_any_values_render_identically(name, texts, flags, seed):
    context = {**texts, **flags, "topics": [texts["topic"]], "gap": lambda what: f"({what})"}
    context["choose"] = lambda slot, n: (seed + sum(map(ord, slot))) % n
    both_ways(name, context)


def test_a_missing_name_fails_like_jinja():
    context: dict[str, Any] = {"choose": lambda slot, n: 0, "gap": str}
    with pytest.raises(TemplateFileError, match="'day_name' is undefined") as ours:
        compiled("linkedin", {**context, "greeting": "Hi,"})
    with pytest.raises(TemplateFileError, match="'day_name' is undefined") as theirs:
        jinja("linkedin", {**context, "greeting": "Hi,"})
    assert ours.value.problem == theirs.value.problem


def test_unknown_builtin_is_an_input_error():
    with pytest.raises(InputError, match="no built-in template 'nope'"):
        compiled("nope", {})


def test_templates_show_prints_the_jinja_source(cli_run):
    for name in TEMPLATES:
        shown = cli_run("templates", "show", name).stdout
        assert shown.rstrip("\n") == builtin_source(name).rstrip("\n")
        assert "{{ greeting }}" in shown and "{%" in shown
