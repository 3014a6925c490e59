"""The agenda command: what to do now and next."""

from __future__ import annotations

import json

from followup.cli.common import now_or, open_store_for
from followup.cli.console import echo
from followup.cli.framework import Context, command, option


@command()
@option("--as-of", metavar="ISO-DATETIME", help="Plan as if it were this moment (default: now).")
@option(
    "--format",
    "fmt",
    choices=["table", "json", "ics"],
    default="table",
    show_default=True,
)
@option("--application", "only", metavar="KEY", help="Only this application.")
@option(
    "--upcoming/--no-upcoming", default=True, show_default=True, help="Include actions not yet due."
)
def agenda(ctx: Context, as_of: str | None, fmt: str, only: str | None, upcoming: bool) -> None:
    """What to do now and next, grouped as overdue, due and upcoming.

    `--format ics` writes the same actions as an iCalendar feed for a calendar app.
    """
    from followup.agenda import build_agenda

    with open_store_for(ctx) as store:
        settings = store.get_settings()
        now = now_or(as_of, settings)
        agenda = build_agenda(store, settings, now, only)
    if not upcoming:
        agenda = agenda.without_upcoming()
    if fmt == "ics":
        from followup.interchange.ics import agenda_calendar

        echo(agenda_calendar(agenda), nl=False)
        return
    if fmt == "json":
        from followup.interchange.agenda import agenda_document

        # Indented for people; a very long agenda is written compactly, which is much faster.
        indent = 2 if len(agenda.actions) <= 500 else None
        document = agenda_document(agenda.actions, now)
        echo(json.dumps(document, indent=indent, ensure_ascii=False))
        return
    from followup.cli.render import render_agenda

    echo(render_agenda(agenda, settings))
