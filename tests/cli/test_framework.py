"""The argparse layer under the commands: options, arguments, switches, errors and help."""

from __future__ import annotations

import subprocess
import sys

import pytest

from followup.cli.framework import Context, Group, argument, command, option
from followup.cli.testing import invoke

seen: dict[str, object] = {}


@command()
@argument("files", nargs=-1, metavar="FILE...")
@option("--kind", choices=["a", "b"], help="Which kind.")
@option("--tag", "tags", multiple=True, metavar="TAG")
@option("--count", type=int, default=3, show_default=True)
@option("--loud/--quiet", default=True, show_default=True, help="Speak up.")
@option("--dry-run", is_flag=True)
def sample(ctx: Context, **kwargs: object) -> None:
    """Do a sample thing.

    A longer description.
    """
    seen.clear()
    seen.update(kwargs, db=ctx.db)


tree = Group("tool", "A test tree.", {"sample": sample})


def parse(*argv: str) -> dict[str, object]:
    tree.invoke(Context("x.db"), list(argv), "tool")
    return dict(seen)


def test_defaults_and_types():
    assert parse("sample", "a.txt") == {
        "files": ("a.txt",),
        "kind": None,
        "tags": (),
        "count": 3,
        "loud": True,
        "dry_run": False,
        "db": "x.db",
    }


def test_options_anywhere_between_arguments():
    got = parse("sample", "a", "--kind", "b", "b", "--tag", "x", "--tag=y", "--quiet", "-")
    assert got["files"] == ("a", "b", "-")
    assert got["tags"] == ("x", "y") and got["kind"] == "b" and got["loud"] is False


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["sample", "a", "--kind", "c"], "invalid choice: 'c'"),
        (["sample", "a", "--count", "many"], "invalid int value: 'many'"),
        (["sample"], "required: FILE"),
        (["sample", "a", "--kin", "a"], "unrecognized arguments: --kin"),
        (["sampel"], "did you mean 'sample'?"),
        (["nothing"], "choose from sample"),
    ],
)
def test_usage_errors_exit_2_naming_the_problem(argv, says, capsys):
    with pytest.raises(SystemExit) as done:
        parse(*argv)
    assert done.value.code == 2
    assert says in capsys.readouterr().err


def test_help_lists_options_in_written_order_with_defaults():
    text = sample.help("tool sample")
    assert text.index("--kind") < text.index("--tag") < text.index("--count")
    assert "[default: 3]" in text and "[default: --loud]" in text
    assert "A longer description." in text and "--quiet" in text


def test_group_help_lists_every_command():
    assert "sample" in tree.help("tool") and "Do a sample thing." in tree.help("tool")


def test_root_version_db_and_unknown_option(tmp_path):
    assert invoke(["--version"]).stdout.startswith("followup, version ")
    db = tmp_path / "other.db"
    invoke(["--db", str(db), "add", "--company", "A", "--role", "B", "--key", "ab"])
    assert db.exists()
    assert "ab" in invoke([f"--db={db}", "show"]).stdout
    assert "ab" not in invoke(["show"]).stdout
    bad = invoke(["--colour", "show"])
    assert bad.exit_code == 2 and "--colour" in bad.stderr
    missing = invoke(["--db"])
    assert missing.exit_code == 2 and "--db needs a FILE" in missing.stderr


def test_no_arguments_prints_the_help():
    result = invoke([])
    assert result.exit_code == 0 and "commands:" in result.stdout and "agenda" in result.stdout
    group = invoke(["templates"])
    assert group.exit_code == 0 and "list" in group.stdout and "show" in group.stdout


def test_a_closed_pipe_is_not_an_error(tmp_path):
    script = "import sys; from followup.cli import main; main(['--help'])"
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read()
    assert proc.returncode == 0 and b"Traceback" not in err


#: Modules that cost a millisecond or more to import and that no everyday command needs.
HEAVY = ("click", "typing", "dataclasses", "inspect", "shutil", "locale")


def test_the_agenda_loads_no_heavy_module():
    invoke(["add", "--company", "Acme", "--role", "QA", "--key", "acme", "--contact", "Al Bo"])
    invoke(["interview", "acme", "--stage", "other", "--at", "2026-11-10T10:00", "--with", "al"])
    invoke(["settings", "--holidays", "US"])
    invoke(["agenda"])  # the first run fills the holiday cache, with the holidays package
    # As the console script runs it: main() also keeps argparse from importing locale.
    probe = (
        "import atexit, sys; from followup.cli import main\n"
        "atexit.register(lambda: print(*sys.modules))\n"
        "main(['agenda', '--as-of', '2026-11-12T09:00'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    loaded = set(out.split())
    assert "followup.schedule.planner" in loaded  # the plan was really made
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_a_check_loads_no_heavy_module(tmp_path):
    draft = tmp_path / "note.txt"
    draft.write_text("Subject: Our talk\n\nHey Dana,\n\nthx for the chat lol\n\nJo\n")
    probe = (
        "import atexit, sys; from followup.cli import main\n"
        "atexit.register(lambda: print('MODULES', *sys.modules))\n"
        f"main(['check', {str(draft)!r}])"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout
    assert "FU301" in out  # the rules really ran
    loaded = set(out.split("MODULES", 1)[1].split())
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_long_choice_lists_are_in_the_help_not_the_usage():
    text = invoke(["check", "--help"]).stdout
    usage = text.split("\n\n", 1)[0]
    assert "--kind KIND" in usage and "thank_you" not in usage
    assert "One of: thank_you, check_in" in " ".join(text.split())
    assert "--format {text,json}" in usage  # short lists stay where they are
    bad = invoke(["check", "--kind", "memo", "-"])
    assert bad.exit_code == 2 and "invalid choice: 'memo'" in bad.stderr
