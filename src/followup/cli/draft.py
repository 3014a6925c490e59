"""The draft command and the templates group (docs/drafts.md)."""

from __future__ import annotations

from followup.cli.common import calendar_for, now_or, open_store_for
from followup.cli.console import echo, edit
from followup.cli.framework import Context, Group, argument, command, option
from followup.errors import InputError, NotFoundError
from followup.model import MessageKind

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from followup.drafting.render import RenderedDraft
    from followup.model import Action, Application, Settings
    from followup.store.interface import Store

_KINDS = [k.value for k in MessageKind if k is not MessageKind.OTHER]


@command()
@argument("target", metavar="ACTION_ID|KEY")
@option("--kind", choices=_KINDS, help="What to draft (needed with a KEY).")
@option("--to", "to", metavar="CONTACT", help="The contact key to write to.")
@option("--interview", "interview", metavar="KEY", help="Which interview it is about.")
@option("--about", metavar="TEXT", help="For value_add: the article or news to share.")
@option("--as-of", metavar="ISO-DATETIME", help="Draft as if it were this moment.")
@option("--edit", is_flag=True, help="Open the draft in $EDITOR before using it.")
@option("--save", is_flag=True, help="Keep the draft on the application.")
@option("--eml", "eml", metavar="FILE", help="Also write an RFC 5322 .eml message.")
@option("--from", "sender", metavar="EMAIL", help="Your address for the .eml From line.")
@option("--mailto", is_flag=True, help="Print a mailto: link instead of the draft.")
def draft(
    ctx: Context,
    target: str,
    kind: str | None,
    to: str | None,
    interview: str | None,
    about: str | None,
    as_of: str | None,
    edit: bool,
    save: bool,
    eml: str | None,
    sender: str | None,
    mailto: bool,
) -> None:
    """Draft a follow-up: an ACTION_ID from `followup agenda`, or KEY with --kind.

    The draft is printed as `followup check` reads it, so
    `followup draft ... | followup check -` works. Details the note still needs are listed
    on stderr with the `followup debrief` command that adds them.
    """
    from followup.drafting import draft_for_action, format_draft, render_draft
    from followup.drafting.overrides import load_user_templates, read_templates

    paths = load_user_templates()
    user_templates = read_templates(paths)
    chosen = MessageKind(kind) if kind else None
    with open_store_for(ctx) as store:
        settings = store.get_settings()
        now = now_or(as_of, settings)
        key = target.split("/", 1)[0]
        app = store.get_application(key)
        calendar = calendar_for(store, settings, [app], now)
        try:
            if "/" in target:
                action = _find_action(store, app, target, settings, now)
                rendered = draft_for_action(
                    app, action, settings, now, user_templates, kind=chosen, calendar=calendar
                )
                if to or interview or about:
                    rendered = render_draft(
                        app,
                        rendered.kind,
                        settings,
                        now,
                        to=to,
                        interview=interview,
                        action=action,
                        user_templates=user_templates,
                        about=about,
                        calendar=calendar,
                    )
            else:
                if chosen is None:
                    raise InputError(
                        f"say what to draft with --kind KIND, or give an action id from "
                        f"followup agenda such as {key}/-/check_in"
                    )
                rendered = render_draft(
                    app,
                    chosen,
                    settings,
                    now,
                    to=to,
                    interview=interview,
                    user_templates=user_templates,
                    about=about,
                    calendar=calendar,
                )
        except InputError as err:
            _name_override_file(err, paths)
            raise
        if edit:
            rendered = _edit(rendered, format_draft(rendered))
        if save:
            number = _save(app, rendered, now)
            store.save_application(app)
    _report_missing(rendered)
    if eml:
        _write_eml(rendered, now, eml, sender or "", settings.your_name)
    if mailto:
        from followup.interchange.eml import mailto_link

        echo(mailto_link(rendered))
    else:
        echo(format_draft(rendered), nl=False)
    if save:
        echo(
            f"saved as draft {number} of {app.key}; once sent, record it with "
            f"followup sent {app.key} --draft {number}",
            err=True,
        )


def _find_action(
    store: Store, app: Application, action_id: str, settings: Settings, now: datetime
) -> Action:
    from followup.agenda import build_agenda

    # The agenda's stored plan, when it still holds, spares planning the application again.
    actions = build_agenda(store, settings, now, only=app.key).actions
    for action in actions:
        if action.id == action_id:
            return action
    parts = action_id.split("/")
    if len(parts) >= 3 and parts[2] == "debrief":
        interview = parts[1] if parts[1] != "-" else ""
        raise InputError(
            f"debrief is notes for you, not a message: run followup debrief {app.key} {interview}".rstrip()
        )
    listed = ", ".join(a.id for a in actions) or "none right now"
    raise NotFoundError(f"no action {action_id!r} on the agenda (actions for {app.key}: {listed})")


def _name_override_file(err: InputError, paths: dict[str, Path]) -> None:
    """Point a template error at the user's file, when the file is theirs."""
    from followup.drafting.environment import TemplateFileError

    if isinstance(err, TemplateFileError):
        path = paths.get(err.template.split(".j2")[0])
        if path is not None and "override" in err.template:
            err.args = (f"your template {path}: {err.problem}",)


def _edit(rendered: RenderedDraft, text: str) -> RenderedDraft:
    from followup.drafting.render import parse_edited

    edited = edit(text, extension=".txt")
    if edited is None:  # the editor was closed without saving
        return rendered
    subject, body = parse_edited(edited, rendered.subject)
    if not body.strip():
        raise InputError("the edited draft is empty; nothing was saved or written")
    return rendered.replace(subject=subject, body=body)


def _save(app: Application, rendered: RenderedDraft, now: datetime) -> int:
    from followup.model import Draft

    app.drafts.append(
        Draft(
            kind=rendered.kind,
            to=[c.key for c in rendered.to],
            subject=rendered.subject,
            body=rendered.body,
            created_at=now,
            interview=rendered.interview,
        )
    )
    return len(app.drafts)


def _report_missing(rendered: RenderedDraft) -> None:
    if not rendered.to:
        echo("note: no contact to address; add one with followup contact", err=True)
    elif not any(c.email for c in rendered.to):
        echo(f"note: {rendered.to[0].name} has no e-mail address, so no To line", err=True)
    for item in rendered.missing:
        echo(f"missing: {item}", err=True)


def _write_eml(rendered: RenderedDraft, now: datetime, path: str, sender: str, name: str) -> None:
    from followup.fileutil import write_atomically
    from followup.interchange.eml import build_eml

    # Written beside the target and renamed, so a failure never leaves half a message.
    write_atomically(path, build_eml(rendered, now, sender, name))
    echo(f"wrote {path}", err=True)


templates = Group(
    "templates", "List the built-in draft templates, or show one to copy and adapt.", {}
)


@templates.command("list", pass_context=False)
def list_templates() -> None:
    """Every built-in template, and which ones your own files replace."""
    from followup.drafting.environment import TEMPLATES
    from followup.drafting.overrides import load_user_templates, template_dir, unknown_files

    own = load_user_templates()
    width = max(len(n) for n in TEMPLATES)
    for name, what in TEMPLATES.items():
        mark = f"  [yours: {own[name]}]" if name in own else ""
        echo(f"{name:<{width}}  {what}{mark}")
    echo(f"\nyour templates folder: {template_dir()}")
    for path in unknown_files():
        echo(f"ignored (no built-in of that name): {path}", err=True)


@templates.command("show", pass_context=False)
@argument("name")
def show_template(name: str) -> None:
    """Print a built-in template; copy it into your templates folder to change it."""
    from followup.drafting.environment import builtin_source, template_name
    from followup.drafting.overrides import load_user_templates, template_dir

    source = builtin_source(name)
    echo(source, nl=not source.endswith("\n"))
    own = load_user_templates().get(template_name(name))
    target = own or template_dir() / f"{template_name(name)}.j2"
    note = "your own copy in use" if own else "to change it, save a copy as"
    echo(f"({note}: {target})", err=True)
