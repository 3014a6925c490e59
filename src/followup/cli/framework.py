"""A small declarative layer over argparse: commands, options and arguments as decorators.

click costs about three times Python's own start-up before a command does anything, which
alone breaks the latency budgets; argparse is in the standard library and builds a parser
only for the one command that runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])

#: The width help is wrapped to: the terminal's unless docgen fixes it.
HELP_WIDTH: int | None = None


def skip_translations() -> None:
    """Stop argparse looking its phrases up in translation catalogues, for this process.

    Each look-up imports locale and probes the disk; followup speaks English only. Only the
    console entry point calls this, so a program that imports followup keeps its argparse.
    """
    argparse.__dict__.update(
        _=lambda text: text, ngettext=lambda one, many, n: one if n == 1 else many
    )


class Context:
    """What the root options give every command: for now, the database path."""

    def __init__(self, db: str | None = None) -> None:
        self.db = db


#: What -h and --help do, worded as every other option's help.
HELP_TEXT = "Show this help and exit."
#: Up to this many choices are listed in the usage line; more are listed in the help.
_INLINE_CHOICES = 4


class Option:
    """A `--name VALUE` option, a flag, or an `--x/--no-x` switch."""

    def __init__(
        self,
        decls: Sequence[str],
        dest: str | None = None,
        *,
        help: str = "",
        metavar: str | None = None,
        required: bool = False,
        default: Any = None,
        multiple: bool = False,
        is_flag: bool = False,
        type: Callable[[str], Any] | None = None,
        choices: Sequence[str] | None = None,
        show_default: bool = False,
    ) -> None:
        self.decls = list(decls)
        self.switch = any("/" in d for d in self.decls)
        longest = max((d.split("/")[0] for d in self.decls), key=len)
        self.dest = dest or longest.lstrip("-").replace("-", "_")
        self.help, self.metavar, self.required = help, metavar, required
        self.default, self.multiple, self.is_flag = default, multiple, is_flag
        self.type, self.choices, self.show_default = type, choices, show_default

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        """Declare this option on an argparse parser."""
        if self.switch:
            on, off = self.decls[0].split("/")
            shown = on if self.default else off
            parser.add_argument(
                on,
                off,
                dest=self.dest,
                action=_Switch,
                default=bool(self.default),
                help=f"{self.help} [default: {shown}]" if self.show_default else self.help,
            )
            return
        text = self.help
        if self.show_default and self.default is not None:
            text = f"{text} [default: {self.default}]".strip()
        kwargs: dict[str, Any] = {"dest": self.dest, "help": text}
        if self.is_flag:
            kwargs["action"] = "store_true"
        else:
            kwargs["action"] = "append" if self.multiple else "store"
            kwargs["required"] = self.required
            kwargs["default"] = None if self.multiple else self.default
            kwargs["metavar"] = self.metavar or self._value_name()
            if self.type is not None:
                kwargs["type"] = self.type
            if self.choices is not None:
                kwargs["choices"] = list(self.choices)
                if len(self.choices) > _INLINE_CHOICES:
                    # A long list reads better in the help than in the usage line.
                    kwargs["help"] = f"{text} One of: {', '.join(self.choices)}.".strip()
        parser.add_argument(*self.decls, **kwargs)

    def _value_name(self) -> str:
        if self.choices and len(self.choices) > _INLINE_CHOICES:
            return self.dest.upper()
        if self.choices:
            return "{" + ",".join(self.choices) + "}"
        return "INTEGER" if self.type is int else "TEXT"

    def value(self, raw: Any) -> Any:
        """The parsed value as the command receives it: repeated options as a tuple."""
        if self.multiple:
            return tuple(raw or ())
        return raw


class Argument:
    """A positional argument; `nargs=-1` takes any number of values."""

    def __init__(
        self,
        name: str,
        *,
        metavar: str | None = None,
        required: bool = True,
        default: Any = None,
        nargs: int = 1,
        choices: Sequence[str] | None = None,
    ) -> None:
        self.dest, self.metavar, self.required = name, metavar or name.upper(), required
        self.default, self.nargs, self.choices = default, nargs, choices

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        """Declare this argument on an argparse parser."""
        kwargs: dict[str, Any] = {"metavar": self.metavar.strip("[].")}
        if self.nargs == -1:
            kwargs["nargs"] = "+" if self.required else "*"
        elif not self.required or self.default is not None:
            kwargs["nargs"] = "?"
            kwargs["default"] = self.default
        if self.choices is not None:
            kwargs["choices"] = list(self.choices)
            kwargs["metavar"] = self.metavar
        parser.add_argument(self.dest, **kwargs)

    def value(self, raw: Any) -> Any:
        """The parsed value: several values as a tuple."""
        return tuple(raw) if self.nargs == -1 else raw


Param = Option | Argument


def _params_of(function: Callable[..., Any]) -> list[Param]:
    params: list[Param] = function.__dict__.setdefault("__cli_params__", [])
    return params


def option(*decls: str, **kwargs: Any) -> Callable[[F], F]:
    """Declare an option; a second plain name after the flags is the parameter's name."""
    names = [d for d in decls if d.startswith("-")]
    dest = next((d for d in decls if not d.startswith("-")), None)

    def attach(function: F) -> F:
        _params_of(function).append(Option(names, dest, **kwargs))
        return function

    return attach


def argument(name: str, **kwargs: Any) -> Callable[[F], F]:
    """Declare a positional argument."""

    def attach(function: F) -> F:
        _params_of(function).append(Argument(name, **kwargs))
        return function

    return attach


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's layout, at the terminal's width or the one docgen fixes."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=HELP_WIDTH or _terminal_width())


def _terminal_width() -> int:
    """shutil.get_terminal_size's answer, less 2 as argparse takes it, without importing shutil."""
    # argparse builds a formatter for every option it declares, so this runs a dozen times.
    try:
        columns = int(os.environ.get("COLUMNS", "0")) or os.get_terminal_size(1).columns
    except (ValueError, OSError):
        columns = 80
    return columns - 2


class Command:
    """One command: its callback, its declared parameters and its help."""

    def __init__(self, name: str, callback: Callable[..., Any], pass_context: bool) -> None:
        self.name, self.callback, self.pass_context = name, callback, pass_context
        # Decorators run bottom-up; the help lists parameters in the order they were written.
        self.params = list(reversed(_params_of(callback)))
        self.doc = _dedent(callback.__doc__ or "")

    @property
    def summary(self) -> str:
        """The first line of the help, for the list of commands."""
        return self.doc.split("\n", 1)[0]

    def parser(self, prog: str) -> argparse.ArgumentParser:
        """An argparse parser for this command alone."""
        parser = argparse.ArgumentParser(
            prog=prog,
            description=self.doc,
            formatter_class=HelpFormatter,
            allow_abbrev=False,
            add_help=False,
        )
        parser.add_argument("-h", "--help", action="help", help=HELP_TEXT)
        for param in self.params:
            param.add_to(parser)
        return parser

    def help(self, prog: str) -> str:
        """The full --help text."""
        return self.parser(prog).format_help()

    def invoke(self, ctx: Context, argv: list[str], prog: str) -> Any:
        """Parse `argv` and call the command."""
        parser = self.parser(prog)
        namespace, extra = parser.parse_known_args(argv)
        if extra:
            # Options between positional arguments, as in `reply KEY --from dana -` or
            # `check a.txt --format json b.txt`, need argparse's slower intermixed parse
            # (it lays out the whole usage text first), so it runs only for them.
            namespace = parser.parse_intermixed_args(argv)
        kwargs = {p.dest: p.value(getattr(namespace, p.dest)) for p in self.params}
        if self.pass_context:
            return self.callback(ctx, **kwargs)
        return self.callback(**kwargs)


class Group:
    """A command with subcommands, loaded from 'module:attribute' paths on first use."""

    def __init__(
        self,
        name: str,
        doc: str,
        commands: dict[str, Any],
        options: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.name, self.doc, self.commands = name, _dedent(doc), commands
        #: (flag, help) of the options the group itself takes, for its help and usage.
        self.options = list(options)

    @property
    def summary(self) -> str:
        """The first line of the help, for the list of commands."""
        return self.doc.split("\n", 1)[0]

    def get(self, name: str) -> Command | Group | None:
        """The subcommand called `name`, imported if it is given as a path."""
        target = self.commands.get(name)
        if isinstance(target, str):
            import importlib

            module_name, attr = target.split(":")
            target = getattr(importlib.import_module(module_name), attr)
            self.commands[name] = target
        return target

    def command(
        self, name: str | None = None, *, pass_context: bool = True
    ) -> Callable[[Callable[..., Any]], Command]:
        """Register a function as a subcommand."""

        def register(function: Callable[..., Any]) -> Command:
            built = command(name, pass_context=pass_context)(function)
            self.commands[built.name] = built
            return built

        return register

    def usage(self, prog: str) -> str:
        """The usage line, without its "usage: " label."""
        flags = "".join(f" [{flag}]" for flag, _ in self.options)
        return f"{prog} [-h]{flags} COMMAND [ARGS]..."

    def help(self, prog: str) -> str:
        """Usage, description, options and the list of subcommands, laid out as argparse would."""
        formatter = HelpFormatter(prog)
        formatter.add_usage(self.usage(prog), [], [], "usage: ")
        formatter.add_text(self.doc)
        rows = [("-h, --help", HELP_TEXT), *self.options]
        commands = [(n, self.get(n).summary) for n in sorted(self.commands)]  # type: ignore[union-attr]
        for title, items in (("options", rows), ("commands", commands)):
            formatter.start_section(title)
            for name, text in items:
                formatter.add_argument(_Row(name, text))
            formatter.end_section()
        return formatter.format_help()

    def invoke(self, ctx: Context, argv: list[str], prog: str) -> Any:
        """Run the subcommand named first in `argv`."""
        if not argv or argv[0] in ("-h", "--help"):
            sys.stdout.write(self.help(prog))
            return None
        name, rest = argv[0], argv[1:]
        sub = self.get(name)
        if sub is None:
            usage_error(self.usage(prog), prog, _unknown_command(name, list(self.commands)))
        return sub.invoke(ctx, rest, f"{prog} {name}")


class _Switch(argparse.Action):
    """`--x/--no-x`: the first spelling sets True, the second False."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: Any, namespace: Any, values: Any, option: str | None = None) -> None:
        setattr(namespace, self.dest, option == self.option_strings[0])


class _Row(argparse.Action):
    """One line of a help listing: a name and what it does."""

    def __init__(self, name: str, text: str) -> None:
        super().__init__(option_strings=[name], dest=name, nargs=0, help=text)


def command(name: str | None = None, *, pass_context: bool = True) -> Callable[..., Command]:
    """Turn a function into a Command; its first parameter is the Context unless told not."""

    def build(function: Callable[..., Any]) -> Command:
        return Command(name or function.__name__, function, pass_context)

    return build


def usage_error(usage: str, prog: str, message: str) -> NoReturn:
    """Say what is wrong with the command line as argparse does, and exit with status 2."""
    sys.stderr.write(f"usage: {usage}\n{prog}: error: {message}\n")
    raise SystemExit(2)


def _unknown_command(name: str, known: list[str]) -> str:
    from difflib import get_close_matches

    close = get_close_matches(name, known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; choose from {', '.join(sorted(known))}"
    return f"no command {name!r}{hint}"


def _dedent(doc: str) -> str:
    """A docstring without its indentation (inspect.cleandoc, without importing inspect)."""
    first, _, rest = doc.strip().partition("\n")
    lines = rest.split("\n")
    indent = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    return "\n".join([first.strip(), *(ln[indent:].rstrip() for ln in lines)]).strip()
