"""The demo command: the bundled data set in a throwaway database, and its agenda."""

from __future__ import annotations

import tempfile
from pathlib import Path

from followup.cli.common import now_or
from followup.cli.console import echo
from followup.cli.framework import command, option
from followup.errors import InputError


@command(pass_context=False)
@option("--as-of", metavar="ISO-DATETIME", help="Plan as if it were this moment (default: now).")
@option(
    "--keep",
    metavar="FILE",
    help="Keep the demo database at this path instead of a temporary one.",
)
def demo(as_of: str | None, keep: str | None) -> None:
    """Load the demo data set into a fresh database and print its agenda.

    The demo's dates move by whole weeks so that its interviews happened this week.
    """
    from followup.agenda import build_agenda
    from followup.cli.render import render_agenda
    from followup.demo import load_demo, shift_application, week_shift
    from followup.model import Settings
    from followup.store import open_store

    settings, apps = load_demo()
    settings = settings or Settings()
    now = now_or(as_of, settings)
    delta = week_shift(now)
    apps = [shift_application(app, delta) for app in apps]
    with tempfile.TemporaryDirectory(prefix="followup-demo-") as tmp:
        path = Path(keep) if keep else Path(tmp) / "demo.db"
        if keep and path.exists():
            raise InputError(f"{keep} already exists; give a new path for the demo database")
        store = open_store(path)
        try:
            store.import_document(settings, apps, replace=True)
            agenda = build_agenda(store, store.get_settings(), now)
        finally:
            store.close()
        echo(f"Demo database: {path} ({len(agenda.companies)} applications)\n")
        echo(render_agenda(agenda, settings))
        if keep:
            echo(f"\nExplore it: FOLLOWUP_DB={path} followup show")
