"""Commands for the correspondence: sent, reply."""

from __future__ import annotations

from followup.cli.common import now_or, open_store_for, parse_datetime
from followup.cli.console import echo, read_text
from followup.cli.framework import Context, argument, command, option
from followup.errors import InputError
from followup.model import MessageKind, ReplyKind
from followup.tracking import enum_value, record_message, record_reply


@command()
@argument("application")
@option("--kind", choices=[k.value for k in MessageKind], help="What the message was.")
@option(
    "--to",
    "to",
    multiple=True,
    metavar="CONTACT",
    help="A recipient's contact key; repeat for several.",
)
@option("--at", "sent_at", metavar="ISO-DATETIME", help="When it was sent (default: now).")
@option("--subject", default="", help="The subject line.")
@option(
    "--body-file",
    metavar="FILE",
    help="The message as a file ('-' for stdin); leading To: and Subject: lines are headers.",
)
@option(
    "--draft", "draft_number", type=int, help="Record saved draft N (see `followup show`) as sent."
)
def sent(
    ctx: Context,
    application: str,
    kind: str | None,
    to: tuple[str, ...],
    sent_at: str | None,
    subject: str,
    body_file: str | None,
    draft_number: int | None,
) -> None:
    """Record a message you sent, so the plan moves on."""
    with open_store_for(ctx) as store:
        settings = store.get_settings()
        app = store.get_application(application)
        when = parse_datetime(sent_at, settings, "--at") if sent_at else now_or(None, settings)
        if draft_number is not None:
            if not 1 <= draft_number <= len(app.drafts):
                raise InputError(
                    f"{application} has no saved draft {draft_number} (it has {len(app.drafts)})"
                )
            draft = app.drafts.pop(draft_number - 1)
            message = record_message(
                app,
                enum_value(MessageKind, kind, "kind") if kind else draft.kind,
                list(to) or draft.to,
                when,
                subject or draft.subject,
                draft.body,
            )
        else:
            if not kind or not to:
                raise InputError(
                    "say what you sent with --kind and --to (or record a saved --draft)"
                )
            body = ""
            if body_file:
                from followup.drafting.render import parse_edited

                # A file saved from `followup draft` starts with To: and Subject: lines; they
                # are headers, not part of the body, and the subject is kept unless given.
                header_subject, body = parse_edited(read_text(body_file), "")
                subject = subject or header_subject
            message = record_message(
                app, enum_value(MessageKind, kind, "kind"), list(to), when, subject, body
            )
        store.save_application(app)
    echo(
        f"recorded {message.kind.value} to {', '.join(message.to)} on {message.sent_at.isoformat()}"
    )


@command()
@argument("application")
@argument("source", default="-", metavar="[FILE]")
@option("--from", "sender", required=True, metavar="CONTACT", help="Who wrote it (a contact key).")
@option("--at", "received_at", metavar="ISO-DATETIME", help="When it arrived (default: now).")
@option(
    "--kind",
    choices=[k.value for k in ReplyKind],
    help="Override the automatic classification.",
)
def reply(
    ctx: Context,
    application: str,
    source: str,
    sender: str,
    received_at: str | None,
    kind: str | None,
) -> None:
    """Record a reply from the employer; the text comes from FILE or stdin."""
    body = read_text(source)
    if not body.strip():
        raise InputError("the reply is empty: pass a file or pipe the text in")
    with open_store_for(ctx) as store:
        settings = store.get_settings()
        app = store.get_application(application)
        when = (
            parse_datetime(received_at, settings, "--at") if received_at else now_or(None, settings)
        )
        recorded = record_reply(
            app, sender, when, body, enum_value(ReplyKind, kind, "kind") if kind else None
        )
        store.save_application(app)
    extra = f"; it names {recorded.new_date.isoformat()}" if recorded.new_date else ""
    echo(
        f"recorded a reply from {sender}, read as {recorded.kind.value}{extra}; status {app.status.value}"
    )
