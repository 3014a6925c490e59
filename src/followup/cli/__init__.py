"""The `followup` command line: a lazy click group, one module per command group."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import Any

import click

from followup import __version__
from followup.errors import FollowupError

# Each command is imported only when it runs, so `followup agenda` never pays for the
# checker's or the drafts' imports.
COMMANDS: dict[str, str] = {
    "add": "followup.cli.applications:add",
    "show": "followup.cli.applications:show",
    "status": "followup.cli.applications:status",
    "contact": "followup.cli.applications:contact",
    "deadline": "followup.cli.applications:deadline",
    "interview": "followup.cli.interviews:interview",
    "debrief": "followup.cli.interviews:debrief",
    "timeline": "followup.cli.interviews:timeline",
    "sent": "followup.cli.messages:sent",
    "reply": "followup.cli.messages:reply",
    "agenda": "followup.cli.agenda:agenda",
    "settings": "followup.cli.settings:settings",
    "import": "followup.cli.interchange:import_command",
    "export": "followup.cli.interchange:export",
    "demo": "followup.cli.demo:demo",
    "check": "followup.cli.check:check",
    "draft": "followup.cli.draft:draft",
    "templates": "followup.cli.draft:templates",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        command: click.Command = getattr(importlib.import_module(module_name), attr)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FollowupError as err:
            raise UserError(err) from err


class UserError(click.ClickException):
    """A FollowupError shown as one line, with the exit status its class chooses."""

    def __init__(self, err: FollowupError) -> None:
        super().__init__(str(err))
        # click declares exit_code a ClassVar, but each of our errors carries its own status.
        self.exit_code = err.exit_code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.message}", err=True)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="followup")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="FOLLOWUP_DB",
    help="SQLite database file (default: the user data directory; env FOLLOWUP_DB).",
)
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Plan, draft and check the follow-up notes after a job interview."""
    ctx.obj = {"db": db}


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    # A command lives for a fraction of a second and builds thousands of small objects;
    # the cyclic garbage collector would only spend time finding nothing to free.
    gc.disable()
    try:
        cli.main(args=argv, prog_name="followup")
    except BrokenPipeError:
        # `followup agenda | head` closes the pipe early; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
