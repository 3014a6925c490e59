"""The check command: lint follow-up drafts like any other linter."""

from __future__ import annotations

import json
import os
import sys

from followup.cli.console import echo
from followup.cli.framework import Context, argument, command, option
from followup.errors import InputError
from followup.model import MessageKind, Stage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from followup.checks import CheckContext, Finding
    from followup.checks.document import Document

_KINDS = [k.value for k in MessageKind]
_STAGES = [s.value for s in Stage]
#: The UTF-8 byte order mark, which a file may start with and the text never includes.
_BOM = b"\xef\xbb\xbf"


@command()
@argument("files", nargs=-1, required=True, metavar="FILE...")
@option("--kind", choices=_KINDS, help="What the note is (default: guessed from the text).")
@option(
    "--stage",
    choices=_STAGES,
    help="The interview stage (default: the latest interview's).",
)
@option("--application", "app_key", metavar="KEY", help="Check against this application's record.")
@option(
    "--to",
    "to_key",
    metavar="CONTACT",
    help="The recipient: a contact key, name or e-mail (needs --application).",
)
@option(
    "--interview",
    "interview_key",
    metavar="KEY",
    help="The interview the note is about (default: the latest).",
)
@option("--format", "fmt", choices=["text", "json"], default="text", show_default=True)
@option(
    "--stats",
    is_flag=True,
    help="Also show word, sentence and question counts and the reading grade.",
)
@option(
    "--config",
    "config_file",
    metavar="FILE",
    help="A check.toml to use instead of the default one.",
)
@option("--ignore", multiple=True, metavar="CODE", help="Skip this rule (repeatable).")
@option(
    "--as-of", metavar="ISO-DATETIME", help="Judge timing as if it were this moment (default: now)."
)
@option(
    "--jobs",
    type=int,
    default=0,
    metavar="N",
    help="Processes to share the files between (default: one per core for 200 or more files, on Linux).",
)
@option("--eml", is_flag=True, help="Read every FILE as an e-mail message (.eml files always are).")
def check(
    ctx: Context,
    files: tuple[str, ...],
    kind: str | None,
    stage: str | None,
    app_key: str | None,
    to_key: str | None,
    interview_key: str | None,
    fmt: str,
    stats: bool,
    config_file: str | None,
    ignore: tuple[str, ...],
    as_of: str | None,
    jobs: int,
    eml: bool,
) -> None:
    """Check follow-up drafts for the mistakes recruiters notice. Use - for standard input.

    Exit status: 0 when no error was found, 1 when one was, 2 for a usage or input error.
    Rules are listed in docs/rules/; switch them off or retune them in check.toml.
    """
    from followup.checks.config import load_config
    from followup.checks.document import parse
    from followup.checks.registry import rule_by_code

    config = load_config(config_file)
    skipped = set(config.disabled)
    for code in ignore:
        rule = rule_by_code(code)
        if rule is None:
            raise InputError(f"--ignore names an unknown rule {code!r}; see docs/rules/index.md")
        skipped.add(rule.code)
    config = config.replace(disabled=frozenset(skipped))
    if to_key and not app_key:
        raise InputError("--to needs --application KEY to know who the contact is")
    if interview_key and not app_key:
        raise InputError("--interview needs --application KEY")
    base = _context(ctx, app_key, to_key, interview_key, as_of, config)
    if kind:
        base.kind = MessageKind(kind)
    if stage:
        base.stage = Stage(stage)
    docs = [(path, parse(_read(path), eml=eml or path.lower().endswith(".eml"))) for path in files]
    dictionary = str(config.params.get("FU503", {}).get("dictionary", "en_US"))
    cache = _cache_dir()
    spelling = "FU503" not in config.disabled
    if spelling:
        from followup.checks.spelling import load_word_cache

        load_word_cache(cache, dictionary)
    from followup.checks.batch import check_documents

    findings = check_documents(docs, base, jobs)
    from followup.checks import patterns

    # The regexes this run compiled and the words it looked up, for the next run.
    patterns.save(cache)
    if spelling:
        from followup.checks.spelling import save_word_cache

        save_word_cache(cache, dictionary)
    _show(findings, docs, fmt, stats, base)
    _spelling_notice(base)
    if any(f.severity == "error" for f in findings):
        raise SystemExit(1)


def _cache_dir() -> str:
    """$FOLLOWUP_CACHE_DIR, else the platform's user cache directory."""
    from followup.paths import configured_dir

    return configured_dir("FOLLOWUP_CACHE_DIR", "cache")


def _read(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else _read_file(path)
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from err
    try:
        # What decode("utf-8-sig") does, error offsets included (they count from after the
        # BOM), without its Python-level codec: a quarter of the time, per file of thousands.
        return (data[3:] if data.startswith(_BOM) else data).decode("utf-8")
    except UnicodeDecodeError as err:
        if path.lower().endswith(".eml"):
            return data.decode("latin-1")  # the e-mail parser decodes the declared charsets
        raise InputError(f"{path} is not UTF-8 text (byte {err.start + 1})") from err


def _read_file(path: str) -> bytes:
    """The bytes of a file, read without building a file object: a call may read thousands."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def _context(
    ctx: Context,
    app_key: str | None,
    to_key: str | None,
    interview_key: str | None,
    as_of: str | None,
    config: Any,
) -> CheckContext:
    from followup.checks import CheckContext

    if not app_key:
        now = None
        if as_of:
            from followup.cli.common import now_or
            from followup.model import Settings

            now = now_or(as_of, Settings())
        return CheckContext(config=config, now=now)
    from followup.cli.common import calendar_for, now_or, open_store_for
    from followup.errors import NotFoundError

    with open_store_for(ctx) as store:
        settings = store.get_settings()
        app = store.get_application(app_key)
        others = tuple(company for key, company in store.companies().items() if key != app.key)
        now = now_or(as_of, settings)
        calendar = calendar_for(store, settings, [app], now)
    contact = None
    if to_key:
        wanted = to_key.strip().lower()
        contact = next(
            (c for c in app.contacts if wanted in (c.key, c.name.lower(), c.email.lower())), None
        )
        if contact is None:
            known = ", ".join(c.key for c in app.contacts) or "none yet"
            raise NotFoundError(
                f"no contact {to_key!r} in application {app.key!r} (contacts: {known})"
            )
    if interview_key and app.interview(interview_key) is None:
        raise NotFoundError(f"no interview {interview_key!r} in application {app.key!r}")
    return CheckContext(
        application=app,
        to=contact,
        settings=settings,
        now=now,
        interview=interview_key,
        config=config,
        other_companies=others,
        calendar=calendar,
    )


def _show(
    findings: list[Finding],
    docs: list[tuple[str, Document]],
    fmt: str,
    stats: bool,
    base: CheckContext,
) -> None:
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    drafts_stats: dict[str, Any] = {}
    if stats:
        from followup.checks.stats import draft_stats

        your_name = base.settings.your_name if base.settings else ""
        drafts_stats = {path: draft_stats(doc, your_name) for path, doc in docs}
    if fmt == "json":
        document: dict[str, Any] = {
            "findings": [f.as_dict() for f in findings],
            "summary": {"files": len(docs), "errors": errors, "warnings": warnings},
        }
        if stats:
            document["stats"] = {path: s.as_dict() for path, s in drafts_stats.items()}
        # Indented for people; a very long report is written compactly, which is much faster.
        indent = 2 if len(findings) <= 500 else None
        echo(json.dumps(document, indent=indent, ensure_ascii=False))
        return
    lines = [f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}" for f in findings]
    for path, figures in drafts_stats.items():
        lines.append(f"{path}: stats: {figures.render()}")
    files = f"{len(docs)} file{'s' if len(docs) != 1 else ''}"
    if findings:
        lines.append(
            f"Found {errors} error{'s' if errors != 1 else ''} and "
            f"{warnings} warning{'s' if warnings != 1 else ''} in {files}."
        )
    else:
        lines.append(f"No problems found in {files}.")
    echo("\n".join(lines))


def _spelling_notice(base: CheckContext) -> None:
    if "FU503" in base.config.disabled:
        return
    from followup.checks.spelling import problem

    name = str(base.config.params.get("FU503", {}).get("dictionary", "en_US"))
    reason = problem(name)
    if reason:
        print(f"note: FU503 misspelling skipped: {reason}", file=sys.stderr)
