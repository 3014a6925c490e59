"""The `followup` command line: a lazy command tree, one module per command group."""

from __future__ import annotations

import gc
import os
import sys

from followup import __version__
from followup.cli.framework import Context, Group, skip_translations, usage_error
from followup.errors import FollowupError

# Each command is imported only when it runs, so `followup agenda` never pays for the
# checker's or the drafts' imports.
COMMANDS: dict[str, object] = {
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


#: The options `followup` itself takes, before the command name.
ROOT_OPTIONS = [
    ("--version", "Show the version and exit."),
    ("--db FILE", "SQLite database file (default: the user data directory; env FOLLOWUP_DB)"),
]

#: The root of the command tree; `followup --help` lists it.
cli = Group(
    "followup",
    "Plan, draft and check the follow-up notes after a job interview.",
    COMMANDS,
    ROOT_OPTIONS,
)


def _root_options(argv: list[str]) -> tuple[Context, list[str]]:
    """Read --db and --version, which come before the command name."""
    db = os.environ.get("FOLLOWUP_DB") or None
    rest = list(argv)
    while rest and rest[0].startswith("--") and rest[0] not in ("--help",):
        flag = rest.pop(0)
        if flag == "--version":
            sys.stdout.write(f"followup, version {__version__}\n")
            raise SystemExit(0)
        if flag == "--db":
            if not rest:
                usage_error(cli.usage("followup"), "followup", "--db needs a FILE")
            db = rest.pop(0)
        elif flag.startswith("--db="):
            db = flag.split("=", 1)[1]
        else:
            usage_error(cli.usage("followup"), "followup", f"no such option {flag!r}")
    return Context(db), rest


def run(argv: list[str]) -> int:
    """Run one command line; FollowupErrors become one line on stderr and their exit status."""
    try:
        ctx, rest = _root_options(argv)
        cli.invoke(ctx, rest, "followup")
    except FollowupError as err:
        sys.stderr.write(f"error: {err}\n")
        return err.exit_code
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except KeyboardInterrupt:
        sys.stderr.write("Aborted!\n")
        return 1
    return 0


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    # A command lives for a fraction of a second and builds thousands of small objects;
    # the cyclic garbage collector would only spend time finding nothing to free.
    gc.disable()
    skip_translations()
    try:
        code = run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # `followup agenda | head` closes the pipe early; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)
