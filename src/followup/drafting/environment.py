"""The Jinja2 sandbox the templates run in, built-in or the user's own."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import FunctionLoader, StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from followup.errors import InputError

SUFFIX = ".j2"

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


def template_name(name: str) -> str:
    """'thank_you_panel.j2' or 'thank_you_panel' -> 'thank_you_panel'."""
    return name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name


def builtin_source(name: str) -> str:
    """The text of a built-in template."""
    name = template_name(name)
    if name not in TEMPLATES:
        known = ", ".join(TEMPLATES)
        raise InputError(f"no built-in template {name!r}; the templates are: {known}")
    files = resources.files("followup.drafting").joinpath("templates", name + SUFFIX)
    return files.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    # Plain text, not HTML: autoescape stays off. StrictUndefined turns a misspelt name
    # into an error instead of a silent gap in a note someone will send.
    env = SandboxedEnvironment(
        loader=FunctionLoader(_builtin_for_loader),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["cap"] = upper_first
    return env


def upper_first(text: str) -> str:
    """Capitalise the first letter only; Jinja's `capitalize` would lower 'SQL' to 'Sql'."""
    return text[:1].upper() + text[1:]


def _builtin_for_loader(name: str) -> tuple[str, None, Callable[[], bool]]:
    return builtin_source(name), None, lambda: True


def enable_compiled_cache(directory: Path) -> None:
    """Keep compiled built-in templates in `directory`, so a later run skips compiling them.

    Opt-in for the command line only; the rendering functions themselves do no file I/O.
    """
    from jinja2 import FileSystemBytecodeCache

    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a cache is an optimisation; without one every run compiles afresh
    _environment().bytecode_cache = FileSystemBytecodeCache(str(directory))


@lru_cache(maxsize=64)
def _compile(source: str, label: str, builtin: str | None) -> Any:
    try:
        if builtin is not None:
            return _environment().get_template(builtin)
        return _environment().from_string(source)
    except TemplateSyntaxError as err:
        raise TemplateFileError(label, f"line {err.lineno}: {err.message}") from err


def render_source(
    name: str, context: Mapping[str, Any], user_templates: Mapping[str, str] | None = None
) -> tuple[str, bool]:
    """The rendered text of template `name`, and whether the user's own file was used."""
    user = {template_name(k): v for k, v in (user_templates or {}).items()}
    own = name in user
    label = f"{name}{SUFFIX}" + (" (your override)" if own else "")
    if own:
        template = _compile(user[name], label, None)
    else:
        builtin_source(name)  # an unknown name is an InputError, not a loader error
        template = _compile("", label, name)
    try:
        return str(template.render(**context)), own
    except SecurityError as err:
        raise TemplateFileError(label, f"not allowed in a template: {err}") from err
    except UndefinedError as err:
        raise TemplateFileError(label, f"{err.message}") from err
    except TemplateError as err:
        raise TemplateFileError(label, str(err)) from err
    except (TypeError, ValueError, ArithmeticError, LookupError) as err:
        raise TemplateFileError(label, f"{type(err).__name__}: {err}") from err
