"""Where a draft's template comes from: a built-in compiled to Python, or the user's own file.

Built-in templates are Jinja2 sources (`templates/*.j2`, what `templates show` prints), but a
draft never runs Jinja2 for them: `python -m followup.drafting.compile` turned each one into a
plain Python function in `_compiled.py`, and the tests check that module is current and renders
byte-for-byte what the sandbox renders. Only a user's own template imports Jinja2 (sandbox.py),
which keeps `followup draft` clear of its start-up cost.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from followup.errors import InputError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SUFFIX = ".j2"
#: Beside this file rather than through importlib.resources (or pathlib), whose imports cost
#: more than the read; the package data ships the folder either way.
TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")

#: Every built-in template and the moment it is for, in the order `templates list` shows.
TEMPLATES: dict[str, str] = {
    "thank_you_phone_screen": "thank-you after a phone screen (three sentences at most)",
    "thank_you_round": "thank-you after a first or later round with one interviewer",
    "thank_you_final": "thank-you after a final round",
    "thank_you_panel": "thank-you to one member of a panel, with their own topics",
    "check_in_after_date": "check-in once the date they named has passed",
    "check_in_after_week": "check-in after a working week with no date given",
    "final_check_in": "the last check-in the persistent policy allows",
    "closing_note": "a closing note when you move on",
    "reply_update": "answer to an update, repeating any new date",
    "reply_rejection": "answer to a rejection that keeps the door open",
    "reply_request": "answer to a request for information",
    "offer_accept": "accepting an offer",
    "offer_time": "asking for a few business days to consider an offer",
    "expedite": "asking to speed up because of a real competing deadline",
    "withdrawal": "withdrawing from the process",
    "value_add": "sharing an article or company news tied to a topic you discussed",
    "linkedin": "a LinkedIn connection note (300 characters at most)",
}


class TemplateFileError(InputError):
    """A template that cannot be compiled or rendered; `template` names it."""

    def __init__(self, template: str, problem: str) -> None:
        super().__init__(f"template {template}: {problem}")
        self.template = template
        self.problem = problem


class UndefinedName(Exception):
    """A compiled template used a name its context does not hold."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class Names(dict[str, "Any"]):
    """A template's context: a missing name is an error, as under Jinja's StrictUndefined."""

    def __missing__(self, key: str) -> Any:
        raise UndefinedName(key)


def template_name(name: str) -> str:
    """'thank_you_panel.j2' or 'thank_you_panel' -> 'thank_you_panel'."""
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name


def builtin_source(name: str) -> str:
    """The text of a built-in template."""
    name = template_name(name)
    if name not in TEMPLATES:
        known = ", ".join(TEMPLATES)
        raise InputError(f"no built-in template {name!r}; the templates are: {known}")
    with open(os.path.join(TEMPLATE_DIR, name + SUFFIX), encoding="utf-8") as handle:
        return handle.read()


def render_builtin(name: str, context: Mapping[str, Any], label: str | None = None) -> str:
    """Built-in template `name` rendered through its compiled function."""
    from followup.drafting._compiled import RENDERERS

    label = label or f"{name}{SUFFIX}"
    if name not in TEMPLATES:
        builtin_source(name)  # an unknown name is an InputError naming the real ones
    try:
        return RENDERERS[name](Names(context))
    except UndefinedName as err:
        # Jinja's own wording, so both kinds of template fail alike.
        raise TemplateFileError(label, f"'{err.name}' is undefined") from err
    except (TypeError, ValueError, ArithmeticError, LookupError) as err:
        raise TemplateFileError(label, f"{type(err).__name__}: {err}") from err


def render_source(
    name: str, context: Mapping[str, Any], user_templates: Mapping[str, str] | None = None
) -> tuple[str, bool]:
    """The rendered text of template `name`, and whether the user's own file was used."""
    user = {template_name(k): v for k, v in (user_templates or {}).items()}
    if name not in user:
        return render_builtin(name, context), False
    from followup.drafting.sandbox import render_jinja

    return render_jinja(user[name], f"{name}{SUFFIX} (your override)", context), True
