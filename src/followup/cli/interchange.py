"""import and export: the followup/v1 JSON document (docs/interchange.md)."""

from __future__ import annotations

import json

from followup.cli.common import open_store_for
from followup.cli.console import echo
from followup.cli.framework import Context, argument, command, option


@command("import")
@argument("source", metavar="FILE")
@option("--replace", is_flag=True, help="Delete every stored application first.")
def import_command(ctx: Context, source: str, replace: bool) -> None:
    """Load a followup/v1 JSON document ('-' for stdin); all of it or nothing."""
    from followup.interchange.json import read_document_file

    settings, apps = read_document_file(source)
    with open_store_for(ctx) as store:
        store.import_document(settings, apps, replace=replace)
    echo(f"imported {len(apps)} applications" + (" and the settings" if settings else ""))


@command()
@option("--format", "fmt", choices=["json"], default="json", show_default=True)
@option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write to a file instead of stdout.",
)
def export(ctx: Context, fmt: str, output: str | None) -> None:
    """Write every application and the settings as one followup/v1 document."""
    from followup.interchange.json import dump_document

    with open_store_for(ctx) as store:
        text = json.dumps(
            dump_document(store.get_settings(), store.list_applications()),
            indent=2,
            ensure_ascii=False,
        )
    if output:
        from followup.fileutil import write_atomically

        write_atomically(output, text + "\n")
        echo(f"wrote {output}", err=True)
    else:
        echo(text)
