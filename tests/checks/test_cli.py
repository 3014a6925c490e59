"""`followup check` on the command line: output formats, exit status, input errors."""

from __future__ import annotations

import json
import os

from followup.model import Application, Contact

BAD = "To: Dana <dana@x.example>\nSubject: Thank you\n\nHey Dana,\n\nthx lol\n"
GOOD = (
    "Subject: Data Analyst interview - the forecast rebuild\n\nHi Dana,\n\n"
    "Thank you for walking me through the plan to rebuild the weekly demand forecast.\n\n"
    "Best regards,\nJordan\n"
)


def test_text_output_and_exit_status_one_on_error(run, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(BAD, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert f"{path}:4:1: FU301 " in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Found ")


def test_clean_draft_exits_zero(run, tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0, result.stdout
    assert "No problems found in 1 file." in result.stdout


def test_warnings_only_exit_zero(run):
    result = run(
        "check",
        "-",
        input=GOOD.replace(
            "Subject: Data Analyst interview - the forecast rebuild", "Subject: Following up"
        ),
    )
    assert result.exit_code == 0
    assert "FU102" in result.stdout


def test_json_shape(run):
    result = run("check", "--format", "json", "-", input=BAD)
    document = json.loads(result.stdout)
    assert set(document) == {"findings", "summary"}
    assert set(document["summary"]) == {"files", "errors", "warnings"}
    assert document["summary"]["files"] == 1
    finding = document["findings"][0]
    assert set(finding) == {"path", "code", "name", "severity", "line", "column", "text", "message"}
    assert finding["severity"] in ("error", "warning")
    assert finding["path"] == "-" and finding["line"] >= 1 and finding["column"] >= 1
    errors = sum(1 for f in document["findings"] if f["severity"] == "error")
    assert document["summary"]["errors"] == errors
    assert result.exit_code == 1


def test_json_with_stats(run):
    result = run("check", "--format", "json", "--stats", "-", input=GOOD)
    stats = json.loads(result.stdout)["stats"]["-"]
    assert stats["words"] > 5 and stats["sentences"] == 1
    assert set(stats["verdicts"]) == {"words", "questions", "grade", "subject_words"}


def test_text_stats_line(run):
    result = run("check", "--stats", "-", input=GOOD)
    assert "-: stats: " in result.stdout and "reading grade" in result.stdout


def test_missing_file_is_exit_two(run, tmp_path):
    result = run("check", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "cannot read" in result.stderr and "nope.txt" in result.stderr


def test_binary_file_is_exit_two(run, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(b"\xff\xfe\x00bad")
    result = run("check", str(path))
    assert result.exit_code == 2 and "not UTF-8" in result.stderr


def test_unknown_kind_and_stage_are_usage_errors(run):
    assert run("check", "--kind", "nonsense", "-", input=GOOD).exit_code == 2
    assert run("check", "--stage", "nonsense", "-", input=GOOD).exit_code == 2


def test_unknown_rule_in_ignore_is_exit_two(run):
    result = run("check", "--ignore", "FU999", "-", input=GOOD)
    assert result.exit_code == 2 and "FU999" in result.stderr


def test_ignore_switches_a_rule_off(run):
    result = run("check", "--ignore", "FU301", "--ignore", "casual-language", "-", input=BAD)
    assert "FU301" not in result.stdout


def test_to_without_application_is_exit_two(run):
    result = run("check", "--to", "dana", "-", input=GOOD)
    assert result.exit_code == 2 and "--application" in result.stderr


def _store_app(app: Application) -> None:
    from followup.store import open_store

    store = open_store()
    try:
        store.add_application(app)
    finally:
        store.close()


def test_unknown_application_and_contact_are_exit_two(run):
    assert run("check", "--application", "ghost", "-", input=GOOD).exit_code == 2
    _store_app(
        Application(
            "northwind",
            "Northwind Labs",
            "Data Analyst",
            contacts=[Contact("dana", "Dana Whitfield")],
        )
    )
    result = run("check", "--application", "northwind", "--to", "nobody", "-", input=GOOD)
    assert result.exit_code == 2 and "nobody" in result.stderr


def test_application_context_finds_wrong_name_and_company(run):
    _store_app(
        Application(
            "northwind",
            "Northwind Labs",
            "Data Analyst",
            contacts=[Contact("dana", "Dana Whitfield"), Contact("sam", "Sam Okafor")],
        )
    )
    _store_app(Application("harbor", "Harbor Health", "Analyst"))
    text = GOOD.replace("Hi Dana,", "Hi Sam,").replace("forecast.", "forecast at Harbor Health.")
    result = run(
        "check", "--application", "northwind", "--to", "dana", "--format", "json", "-", input=text
    )
    codes = {f["code"] for f in json.loads(result.stdout)["findings"]}
    assert {"FU501", "FU502"} <= codes
    assert result.exit_code == 1


def test_several_files_and_panel_duplicates(run, tmp_path):
    body = (
        "Thank you for walking me through the plan to rebuild the weekly demand forecast. "
        "I enjoyed hearing how the planners use it every Monday morning.\n\nBest regards,\nJordan\n"
    )
    one = tmp_path / "dana.txt"
    two = tmp_path / "sam.txt"
    one.write_text(
        "To: Dana <dana@x.example>\nSubject: The demand forecast rebuild\n\nHi Dana,\n\n" + body
    )
    two.write_text(
        "To: Sam <sam@x.example>\nSubject: The demand forecast rebuild\n\nHi Sam,\n\n" + body
    )
    result = run("check", "--format", "json", str(one), str(two))
    document = json.loads(result.stdout)
    assert document["summary"]["files"] == 2
    assert {f["path"] for f in document["findings"] if f["code"] == "FU604"} == {str(one), str(two)}


def test_pipe_from_draft_shape(run):
    text = (
        "To: Dana Whitfield <dana@northwind.example>\nSubject: The demand forecast rebuild\n\n"
        + GOOD.split("\n\n", 1)[1]
    )
    result = run("check", "-", input=text)
    assert result.exit_code == 0, result.stdout


def test_missing_dictionary_gives_one_notice(run, tmp_path):
    config = tmp_path / "check.toml"
    config.write_text('[rules.FU503]\ndictionary = "/nowhere/xx_XX"\n')
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    result = run("check", "--config", str(config), "-", str(other), input=GOOD)
    assert result.exit_code == 0, result.stdout
    assert result.stderr.count("FU503") == 1


def test_accepted_words_are_cached_between_runs(run, isolated_paths):
    from followup.checks import spelling

    assert run("check", "-", input=GOOD).exit_code == 0
    cache = isolated_paths / "cache" / "words-en_US.txt"
    lines = cache.read_text(encoding="utf-8").split("\n")
    assert lines[0].endswith(str(int(__import__("os").stat(lines[0].split()[0]).st_mtime)))
    assert "forecast" in lines
    cache.write_text("stale signature\nrecieved\n", encoding="utf-8")
    spelling._LOADED.clear()  # a new process, as far as the speller knows
    result = run("check", "-", input=GOOD.replace("walking me", "walking me (as recieved)"))
    assert "FU503" in result.stdout


def test_compiled_patterns_are_kept_even_without_spelling(isolated_paths):
    import subprocess
    import sys

    from followup.checks import patterns

    saved = patterns.cache_file(str(isolated_paths / "cache"))
    argv = [sys.executable, "-m", "followup", "check", "--ignore", "FU503", "-"]
    subprocess.run(argv, input=GOOD, text=True, check=True, capture_output=True)
    assert saved is None or os.path.exists(saved)


def test_jobs_split_gives_the_same_report(run, tmp_path):
    paths = []
    for n in range(6):
        path = tmp_path / f"d{n}.txt"
        path.write_text(BAD if n % 2 else GOOD, encoding="utf-8")
        paths.append(str(path))
    one = run("check", "--jobs", "1", "--format", "json", *paths)
    three = run("check", "--jobs", "3", "--format", "json", *paths)
    assert one.exit_code == three.exit_code == 1
    assert one.stdout == three.stdout
    assert len(json.loads(one.stdout)["findings"]) >= 3
