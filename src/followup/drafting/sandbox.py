"""The Jinja2 sandbox: user templates render here, and the build step parses built-ins with it.

Importing jinja2 costs a draft most of its start-up, so only two things import this module:
a draft that uses one of the user's own templates, and the build step in
`followup.drafting.compile`, which turns the built-in templates into plain Python. Both use the
same environment, so a built-in compiled to Python reads exactly as the sandbox would read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from followup.drafting.environment import TemplateFileError, builtin_source
from followup.drafting.text import upper_first

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: The filters a template may use beyond Jinja's own; the build step maps these too.
FILTERS = {"cap": upper_first}


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The one sandboxed environment every Jinja2 template is read and rendered with."""
    # Plain text, not HTML: autoescape stays off. StrictUndefined turns a misspelt name
    # into an error instead of a silent gap in a note someone will send.
    env = SandboxedEnvironment(
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(FILTERS)
    return env


def parse_builtin(name: str) -> nodes.Template:
    """The syntax tree of built-in template `name`, whitespace control already applied."""
    return environment().parse(builtin_source(name), name=name)


@lru_cache(maxsize=64)
def _compile(source: str, label: str) -> Any:
    try:
        return environment().from_string(source)
    except TemplateSyntaxError as err:
        raise TemplateFileError(label, f"line {err.lineno}: {err.message}") from err


def render_jinja(source: str, label: str, context: Mapping[str, Any]) -> str:
    """`source` rendered in the sandbox; every failure is a TemplateFileError naming `label`."""
    template = _compile(source, label)
    try:
        return str(template.render(**context))
    except SecurityError as err:
        raise TemplateFileError(label, f"not allowed in a template: {err}") from err
    except UndefinedError as err:
        raise TemplateFileError(label, f"{err.message}") from err
    except TemplateError as err:
        raise TemplateFileError(label, str(err)) from err
    except (TypeError, ValueError, ArithmeticError, LookupError) as err:
        raise TemplateFileError(label, f"{type(err).__name__}: {err}") from err
