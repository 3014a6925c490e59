"""Bad input gets one clear line, a non-zero status, and leaves the data as it was."""

from __future__ import annotations

import json

import pytest


def err(run, *args, code=2, input=None):
    result = run(*args, code=code, input=input)
    assert "Traceback" not in result.output
    return result.stderr


def test_unknown_application(run):
    assert "no application 'ghost'" in err(run, "show", "ghost")


def test_unparseable_date(northwind):
    assert "'next tuesday-ish' is not an ISO 8601" in err(
        northwind, "agenda", "--as-of", "next tuesday-ish"
    )


def test_unknown_contact_in_an_interview(northwind):
    message = err(
        northwind,
        "interview",
        "northwind",
        "--stage",
        "other",
        "--at",
        "2026-11-12T10:00",
        "--with",
        "zed",
    )
    assert "no contact 'zed'" in message and "dana" in message


def test_hostile_names_are_kept_verbatim_but_on_one_line(run):
    run(
        "add",
        "--company",
        "Robert'); DROP TABLE applications;--",
        "--role",
        "QA",
        "--key",
        "bobby",
        "--contact",
        "Zoë O'Brien-Łukasz <zoe@x.example>",
    )
    out = run("show", "bobby").stdout
    assert "Robert'); DROP TABLE applications;--" in out and "Zoë O'Brien-Łukasz" in out
    run("add", "--company", "Evil\r\nBcc: all@x.example", "--role", "Spy", "--key", "evil")
    assert "Evil Bcc: all@x.example" in run("show", "evil").stdout


def test_bad_contact_email(run):
    assert "not an email address" in err(
        run, "add", "--company", "A", "--role", "B", "--contact", "Al <not-an-email>"
    )


def test_bad_key(run):
    assert "not a valid key" in err(
        run, "add", "--company", "A", "--role", "B", "--key", "Has Spaces"
    )


def test_duplicate_key(northwind):
    assert "already exists" in err(
        northwind, "add", "--company", "A", "--role", "B", "--key", "northwind"
    )


def test_empty_reply(northwind):
    assert "empty" in err(northwind, "reply", "northwind", "--from", "dana", "-", input="   \n")


def test_bad_timezone_is_refused_and_not_saved(run):
    assert "unknown time zone" in err(run, "settings", "--timezone", "Mars/Olympus")
    assert "America/New_York" in run("settings").stdout


def test_bad_holiday_region(run):
    assert "XX" in err(run, "settings", "--holidays", "XX")


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (
            lambda d: d["applications"][0]["interviews"][0].update(
                starts_at="2026-13-10T10:00:00-05:00"
            ),
            "starts_at",
        ),
        (lambda d: d["applications"][0]["interviews"][0].update(stage="third_round"), "stage"),
        (lambda d: d["applications"][0]["messages"][0].update(to=["nobody"]), "nobody"),
    ],
)
def test_a_bad_import_names_the_problem_and_writes_nothing(northwind, tmp_path, mutate, needle):
    northwind(
        "sent", "northwind", "--kind", "thank_you", "--to", "dana", "--at", "2026-11-10T17:00"
    )
    doc = json.loads(northwind("export").stdout)
    before = northwind("export").stdout
    doc["applications"].append(dict(doc["applications"][0], key="second"))
    mutate(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc))
    message = err(northwind, "import", str(path))
    assert "northwind" in message and needle in message
    assert northwind("export").stdout == before


def test_malformed_json_file(run, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "followup/v1", "applications": [}')
    assert "broken.json" in err(run, "import", str(path)) or "line 1" in err(
        run, "import", str(path)
    )


def test_a_file_that_is_not_a_database(run, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n" * 100)
    message = err(run, "--db", str(path), "show", code=1)
    assert "notes.txt" in message
    assert path.read_text() == "just some notes\n" * 100


def test_a_debrief_cut_short_saves_nothing(northwind):
    before = northwind("export").stdout
    result = northwind("debrief", "northwind", input="the dbt migration\n", code=1)
    assert "Aborted!" in result.stderr and "Traceback" not in result.output
    assert northwind("export").stdout == before
