"""Commands for applications and their contacts: add, contact, show, status."""

from __future__ import annotations

from followup.cli.common import open_store_for
from followup.cli.console import echo
from followup.cli.framework import Context, argument, command, option
from followup.model import AppStatus
from followup.tracking import (
    add_contact,
    clean_line,
    enum_value,
    new_application,
    parse_contact,
    validate_email,
)


@command()
@option("--company", required=True, help="The employer's name.")
@option("--role", required=True, help="The job title you applied for.")
@option("--key", help="A short handle such as northwind-analyst (default: from company and role).")
@option("--link", default="", help="The job posting's address.")
@option(
    "--contact",
    "contacts",
    multiple=True,
    metavar="'NAME <EMAIL> (TITLE)'",
    help="A person at the company; repeat for several. Email and title are optional.",
)
def add(
    ctx: Context,
    company: str,
    role: str,
    key: str | None,
    link: str,
    contacts: tuple[str, ...],
) -> None:
    """Add an application and the people you deal with there."""
    with open_store_for(ctx) as store:
        app = new_application(company, role, key, store.application_keys(), link)
        for spec in contacts:
            add_contact(app, parse_contact(spec, [c.key for c in app.contacts]))
        store.add_application(app)
    people = ", ".join(f"{c.name} ({c.key})" for c in app.contacts) or "no contacts yet"
    echo(f"added {app.key}: {app.role} at {app.company}; {people}")


@command()
@argument("application")
@argument("spec", metavar="'NAME <EMAIL> (TITLE)'")
@option("--key", help="The contact's handle (default: their first name).")
@option("--title", default=None, help="Their job title.")
@option("--email", default=None, help="Their email address.")
@option("--phone", default="", help="Their phone number.")
@option("--linkedin", default="", help="Their LinkedIn profile address.")
def contact(
    ctx: Context,
    application: str,
    spec: str,
    key: str | None,
    title: str | None,
    email: str | None,
    phone: str,
    linkedin: str,
) -> None:
    """Add a contact to an application."""
    with open_store_for(ctx) as store:
        app = store.get_application(application)
        person = parse_contact(spec, [c.key for c in app.contacts])
        if key:
            person.key = key
        if title is not None:
            person.title = clean_line(title)
        if email is not None:
            person.email = validate_email(email.strip())
        person.phone, person.linkedin = clean_line(phone), clean_line(linkedin)
        add_contact(app, person)
        store.save_application(app)
    echo(f"added contact {person.key} ({person.name}) to {app.key}")


@command()
@argument("key", required=False)
def show(ctx: Context, key: str | None) -> None:
    """Show one application in full, or list them all."""
    from followup.cli.render import render_application, render_application_list

    with open_store_for(ctx) as store:
        if key is None:
            echo(render_application_list(store.list_applications()))
            return
        app = store.get_application(key)
        settings = store.get_settings()
    echo(render_application(app, settings))


@command()
@argument("key")
@argument("new_status", metavar="STATUS", choices=[s.value for s in AppStatus])
def status(ctx: Context, key: str, new_status: str) -> None:
    """Set an application's status (active, offer, accepted, rejected, withdrawn, closed)."""
    with open_store_for(ctx) as store:
        app = store.get_application(key)
        old = app.status
        app.status = enum_value(AppStatus, new_status, "status")
        store.save_application(app)
    echo(f"{key}: {old.value} -> {app.status.value}")


@command()
@argument("key")
@argument("deadline", metavar="DATE", required=False)
@option("--clear", is_flag=True, help="Forget the deadline.")
def deadline(ctx: Context, key: str, deadline: str | None, clear: bool) -> None:
    """Record the decision deadline of a competing offer you really hold.

    Only with a real deadline does `followup draft KEY --kind expedite` write a request to
    speed things up.
    """
    from followup.cli.common import parse_date
    from followup.errors import InputError

    if (deadline is None) == (not clear):
        raise InputError("give the DATE of the other offer's deadline, or --clear")
    with open_store_for(ctx) as store:
        app = store.get_application(key)
        app.offer_deadline = None if clear else parse_date(deadline or "", "DATE")
        store.save_application(app)
    shown = app.offer_deadline.isoformat() if app.offer_deadline else "none"
    echo(f"{key}: competing offer deadline {shown}")
