"""A user's whole journey through the command line, on a real SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_agenda_plans_thank_yous_and_a_check_in(northwind):
    doc = northwind.json("agenda", "--as-of", "2026-11-10T12:00", "--format", "json")
    assert doc["as_of"] == "2026-11-10T12:00:00-05:00"
    kinds = sorted((a["kind"], tuple(a["to"])) for a in doc["actions"])
    assert kinds == [
        ("check_in", ("dana",)),
        ("debrief", ("dana", "lee")),
        ("thank_you", ("dana",)),
        ("thank_you", ("lee",)),
    ]
    check_in = next(a for a in doc["actions"] if a["kind"] == "check_in")
    assert check_in["due_from"] == "2026-11-23T09:00:00-05:00"
    assert "2026-11-20" in check_in["reason"]


def test_agenda_json_follows_the_contract(northwind):
    doc = northwind.json("agenda", "--as-of", "2026-11-10T12:00-05:00", "--format", "json")
    assert set(doc) == {"as_of", "actions"}
    for action in doc["actions"]:
        assert {
            "application",
            "interview",
            "kind",
            "to",
            "due_from",
            "due_by",
            "status",
            "reason",
        } <= set(action)
        assert action["status"] in {"upcoming", "due", "overdue"}
        assert action["due_from"][-6] in "+-" and action["due_by"][-6] in "+-"


def test_debrief_sent_and_reply_move_the_plan_along(northwind):
    run = northwind
    run(
        "debrief",
        "northwind",
        "--topic",
        "dana:moving weekly reports to dbt",
        "--topic",
        "lee:the on-call rota",
        "--question",
        "Tell me about a hard stakeholder",
        "--no-input",
    )
    run("sent", "northwind", "--kind", "thank_you", "--to", "dana", "--at", "2026-11-10T17:00")
    run("sent", "northwind", "--kind", "thank_you", "--to", "lee", "--at", "2026-11-10T17:05")
    doc = run.json("agenda", "--as-of", "2026-11-11T09:00", "--format", "json")
    assert [a["kind"] for a in doc["actions"]] == ["check_in"]
    out = run(
        "reply",
        "northwind",
        "--from",
        "dana",
        "--at",
        "2026-11-24T11:00",
        "-",
        input="Thanks for your patience. We now expect to decide by December 4.\n",
    ).stdout
    assert "update" in out and "2026-12-04" in out
    doc = run.json("agenda", "--as-of", "2026-11-24T12:00", "--format", "json")
    assert [a["kind"] for a in doc["actions"]] == ["reply_update", "check_in"]
    assert doc["actions"][1]["due_from"].startswith("2026-12-07")


def test_an_offer_reply_sets_the_status(northwind):
    northwind(
        "reply",
        "northwind",
        "--from",
        "dana",
        "--at",
        "2026-11-24T11:00",
        "-",
        input="We are delighted to extend an offer for the Senior Data Analyst role.",
    )
    assert "[offer]" in northwind("show", "northwind").stdout
    doc = northwind.json("agenda", "--as-of", "2026-11-24T12:00", "--format", "json")
    assert [a["kind"] for a in doc["actions"]] == ["reply_offer"]


def test_timeline_correction_changes_the_reading_and_the_plan(northwind):
    out = northwind("timeline", "northwind", "2026-11-27").stdout
    assert "set by you to Fri 2026-11-27" in out
    doc = northwind.json("agenda", "--as-of", "2026-11-11T09:00", "--format", "json")
    check_in = next(a for a in doc["actions"] if a["kind"] == "check_in")
    assert check_in["due_from"].startswith("2026-11-30")


def test_status_withdrawn_clears_the_agenda(northwind):
    northwind("status", "northwind", "withdrawn")
    assert (
        northwind.json("agenda", "--as-of", "2026-11-10T12:00", "--format", "json")["actions"] == []
    )


def test_table_agenda_groups_and_explains(northwind):
    out = northwind("agenda", "--as-of", "2026-11-12T12:00").stdout
    assert "OVERDUE" in out and "UPCOMING" in out
    assert "followup draft northwind/r1/thank_you/dana" in out
    assert "'by the end of next week' read as Fri 2026-11-20" in out


def test_export_then_import_loses_nothing(northwind, tmp_path, monkeypatch):
    northwind(
        "debrief",
        "northwind",
        "--topic",
        "dana:dbt",
        "--concern",
        "Looker",
        "--wish",
        "I know Looker",
        "--strength",
        "dbt migration",
        "--notes",
        "team of six",
        "--no-input",
    )
    northwind(
        "sent",
        "northwind",
        "--kind",
        "thank_you",
        "--to",
        "dana",
        "--at",
        "2026-11-10T17:00",
        "--subject",
        "dbt",
    )
    first = northwind("export").stdout
    path = tmp_path / "export.json"
    path.write_text(first)
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "second.db"))
    northwind("import", str(path))
    assert northwind("export").stdout == first


def test_show_lists_applications(northwind):
    out = northwind("show").stdout
    assert out.startswith("northwind") and "Senior Data Analyst at Northwind Analytics" in out


def test_demo_prints_a_real_agenda(run):
    out = run("demo", "--as-of", "2026-11-20T12:00-05:00").stdout
    assert "Demo database:" in out
    for expected in (
        "thank_you",
        "reply_offer",
        "reply_rejection",
        "move_on",
        "check_in",
        "debrief",
    ):
        assert expected in out, expected


def test_the_console_script_reports_errors_in_one_line(tmp_path):
    env = {**os.environ, "FOLLOWUP_DB": str(tmp_path / "x.db")}
    result = subprocess.run(
        [sys.executable, "-m", "followup", "show", "nope"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: no application 'nope'; see `followup show`"
    ] or (
        result.stderr.count("\n") == 1
        and "nope" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_cli_reference_is_generated_and_complete():
    from followup.cli import COMMANDS
    from followup.cli.docgen import generate

    committed = (Path(__file__).parents[2] / "docs" / "cli.md").read_text()
    assert committed == generate(), (
        "docs/cli.md is stale: run python -m followup.cli.docgen > docs/cli.md"
    )
    for name in COMMANDS:
        assert f"`followup {name}`" in committed


def test_export_to_a_file_is_valid_json(northwind, tmp_path):
    target = tmp_path / "out.json"
    northwind("export", "-o", str(target))
    assert json.loads(target.read_text())["format"] == "followup/v1"


def test_debrief_asks_for_each_interviewer_when_given_no_options(northwind):
    answers = "\n".join(
        [
            "moving weekly reports to dbt; the Looker rollout",  # Dana
            "the on-call rota",  # Lee
            "",  # keep the timeline
            "Tell me about a hard stakeholder",
            "whether I know Looker",
            "",
            "rebuilt a dbt pipeline",
            "",
        ]
    )
    northwind("debrief", "northwind", input=answers + "\n")
    out = northwind("show", "northwind").stdout
    assert "topics with dana: moving weekly reports to dbt; the Looker rollout" in out
    assert "topics with lee: the on-call rota" in out
    assert "'by the end of next week' read as Fri 2026-11-20" in out
    assert "concerns: whether I know Looker" in out


def test_debrief_without_anything_to_record_and_no_input(northwind):
    result = northwind("debrief", "northwind", "--no-input", code=2)
    assert "nothing to record" in result.stderr


def test_an_expedite_draft_needs_a_recorded_deadline(northwind):
    refused = northwind("draft", "northwind", "--kind", "expedite", "--to", "dana", code=2)
    assert "followup deadline northwind" in refused.stderr
    assert "2026-12-01" in northwind("deadline", "northwind", "2026-12-01").stdout
    draft = northwind("draft", "northwind", "--kind", "expedite", "--to", "dana").stdout
    assert "December 1" in draft
    northwind("deadline", "northwind", "--clear")
    northwind("draft", "northwind", "--kind", "expedite", "--to", "dana", code=2)


def test_a_long_agenda_is_compact_json_with_the_same_content(run, tmp_path):
    apps = [
        {
            "key": f"app-{n:03d}",
            "company": f"Company {n}",
            "role": "Analyst",
            "status": "active",
            "contacts": [{"key": "ana", "name": "Ana"}, {"key": "ben", "name": "Ben"}],
            "interviews": [
                {
                    "key": "r1",
                    "stage": "first_round",
                    "starts_at": "2026-11-16T10:00:00-05:00",
                    "interviewers": ["ana", "ben"],
                }
            ],
        }
        for n in range(200)
    ]
    document = {"format": "followup/v1", "applications": apps}
    (tmp_path / "many.json").write_text(json.dumps(document), encoding="utf-8")
    run("import", str(tmp_path / "many.json"))
    text = run("agenda", "--as-of", "2026-11-16T12:00", "--format", "json").stdout
    agenda = json.loads(text)
    assert len(agenda["actions"]) == 800  # a debrief, two thank-yous and a check-in each
    assert "\n  " not in text
    one = run.json(
        "agenda", "--as-of", "2026-11-16T12:00", "--format", "json", "--application", "app-007"
    )
    assert one["actions"] == [a for a in agenda["actions"] if a["application"] == "app-007"]


def test_sent_reads_a_saved_draft_file_without_its_headers(northwind, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(
        "To: Dana Whitfield <dana@northwind.example>\nSubject: The dbt plan\n\n"
        "Dear Dana,\n\nThank you for the talk about dbt.\n\nBest,\nJordan\n"
    )
    northwind("sent", "northwind", "--kind", "thank_you", "--to", "dana", "--body-file", str(note))
    message = json.loads(northwind("export").stdout)["applications"][0]["messages"][0]
    assert message["subject"] == "The dbt plan"
    assert message["body"].startswith("Dear Dana,") and "To:" not in message["body"]
    northwind(
        "sent", "northwind", "--kind", "check_in", "--to", "dana", "--subject", "Mine",
        "--body-file", "-", input="Subject: From the file\n\nDear Dana,\n",
    )  # fmt: skip
    later = json.loads(northwind("export").stdout)["applications"][0]["messages"][1]
    assert later["subject"] == "Mine" and later["body"] == "Dear Dana,"
