"""Commands for interviews: interview, debrief, timeline."""

from __future__ import annotations

from followup.cli.common import open_store_for, parse_date, parse_datetime
from followup.cli.console import echo, prompt
from followup.cli.framework import Context, argument, command, option
from followup.errors import InputError
from followup.model import Stage
from followup.tracking import apply_debrief, enum_value, log_interview, require_interview


@command()
@argument("application")
@option(
    "--stage",
    required=True,
    choices=[s.value for s in Stage],
    help="Which round it was.",
)
@option(
    "--at",
    "starts_at",
    required=True,
    metavar="ISO-DATETIME",
    help="Start time, e.g. 2026-11-10T10:00 (your time zone unless an offset is given).",
)
@option("--duration", type=int, default=60, show_default=True, help="Length in minutes.")
@option(
    "--with",
    "interviewers",
    multiple=True,
    metavar="CONTACT",
    help="An interviewer's contact key; repeat for a panel.",
)
@option("--key", help="A handle for the interview (default: r1, r2, ...).")
@option(
    "--timeline",
    default="",
    help="The decision timeline as it was said, e.g. 'by the end of next week'.",
)
def interview(
    ctx: Context,
    application: str,
    stage: str,
    starts_at: str,
    duration: int,
    interviewers: tuple[str, ...],
    key: str | None,
    timeline: str,
) -> None:
    """Log an interview, past or upcoming."""
    with open_store_for(ctx) as store:
        settings = store.get_settings()
        app = store.get_application(application)
        when = parse_datetime(starts_at, settings, "--at")
        logged = log_interview(
            app,
            enum_value(Stage, stage, "stage"),
            when,
            duration,
            list(interviewers),
            key,
            timeline,
        )
        store.save_application(app)
    echo(
        f"logged {application} {logged.key}: {logged.stage.value} at {logged.starts_at.isoformat()}"
    )


def _split_topic(spec: str) -> tuple[str, str]:
    contact, sep, text = spec.partition(":")
    if not sep or not contact.strip() or not text.strip():
        raise InputError(
            f"--topic {spec!r} should look like CONTACT:TEXT, e.g. dana:moving reports to dbt"
        )
    return contact.strip(), text.strip()


def _ask_list(question: str) -> list[str]:
    answer = prompt(question, default="", show_default=False)
    return [part.strip() for part in answer.split(";") if part.strip()]


@command()
@argument("application")
@argument("interview_key", metavar="[INTERVIEW]", required=False)
@option(
    "--topic",
    "topics",
    multiple=True,
    metavar="CONTACT:TEXT",
    help="A topic you discussed with one interviewer; repeat freely.",
)
@option("--timeline", default=None, help="The decision timeline as it was said.")
@option("--concern", "concerns", multiple=True, help="A concern the interviewer raised.")
@option("--wish", "wishes", multiple=True, help="A point you wish you had made.")
@option("--question", "questions", multiple=True, help="A question you were asked.")
@option(
    "--strength", "strengths", multiple=True, help="Your experience that matched what they need."
)
@option("--notes", default="", help="Free notes.")
@option("--no-input", is_flag=True, help="Never prompt, even on a terminal.")
def debrief(
    ctx: Context,
    application: str,
    interview_key: str | None,
    topics: tuple[str, ...],
    timeline: str | None,
    concerns: tuple[str, ...],
    wishes: tuple[str, ...],
    questions: tuple[str, ...],
    strengths: tuple[str, ...],
    notes: str,
    no_input: bool,
) -> None:
    """Write down what was said, per interviewer, while it is fresh.

    With no field options it asks for each one in turn (answers may be piped in); separate
    several answers with ';'.
    """
    by_contact: dict[str, list[str]] = {}
    for spec in topics:
        contact, text = _split_topic(spec)
        by_contact.setdefault(contact, []).append(text)
    given = (
        by_contact or timeline is not None or concerns or wishes or questions or strengths or notes
    )
    with open_store_for(ctx) as store:
        app = store.get_application(application)
        target = require_interview(app, interview_key)
        if not given and not no_input:
            for contact in target.interviewers:
                name = app.contact(contact).name if app.contact(contact) else contact  # type: ignore[union-attr]
                by_contact[contact] = _ask_list(f"Topics you discussed with {name}")
            timeline = prompt(
                "Decision timeline as they said it",
                default=target.timeline or "",
                show_default=bool(target.timeline),
            )
            questions = tuple(_ask_list("Questions you were asked"))
            concerns = tuple(_ask_list("Concerns they raised"))
            wishes = tuple(_ask_list("Points you wish you had made"))
            strengths = tuple(_ask_list("Your experience that matched their needs"))
            notes = prompt("Other notes", default="", show_default=False)
        elif not given:
            raise InputError(
                "nothing to record: give --topic, --timeline, --question ... or drop --no-input"
            )
        if timeline == target.timeline:
            timeline = None  # unchanged: keep any correction of how it was read
        apply_debrief(
            app, target, by_contact, timeline, concerns, wishes, questions, strengths, notes
        )
        store.save_application(app)
    echo(f"debrief saved for {application} {target.key}")


@command()
@argument("application")
@argument("decision_date", metavar="DATE", required=False)
@option("--interview", "interview_key", help="Which interview (default: the latest).")
@option("--said", default=None, help="Replace the phrase itself, e.g. 'in two weeks'.")
@option("--clear", is_flag=True, help="Forget the correction and read the phrase again.")
def timeline(
    ctx: Context,
    application: str,
    decision_date: str | None,
    interview_key: str | None,
    said: str | None,
    clear: bool,
) -> None:
    """Correct how a stated timeline was read: the date they said they would decide by."""
    from followup.cli.render import render_timeline

    if decision_date is None and said is None and not clear:
        raise InputError("give the DATE they meant (e.g. 2026-12-04), --said 'PHRASE', or --clear")
    with open_store_for(ctx) as store:
        app = store.get_application(application)
        target = require_interview(app, interview_key)
        if said is not None:
            apply_debrief(app, target, {}, timeline=said)
        if clear:
            target.decision_date = None
        if decision_date is not None:
            target.decision_date = parse_date(decision_date, "DATE")
        store.save_application(app)
        settings = store.get_settings()
    echo(f"{application} {target.key}: {render_timeline(target, settings)}")
