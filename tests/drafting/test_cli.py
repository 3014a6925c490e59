"""`followup draft` and `followup templates` against a real SQLite store."""

from __future__ import annotations

import email
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

AS_OF = "2026-11-10T12:00"


def test_draft_an_agenda_action(northwind_store):
    result = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF)
    head, body = result.stdout.split("\n\n", 1)
    assert head.splitlines()[0] == "To: Dana Whitfield <dana@northwind.example>"
    assert "moving the weekly revenue reports to dbt" in body
    assert "Lee" in body  # the other panel member


def test_panel_drafts_differ(northwind_store):
    dana = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF).stdout
    lee = northwind_store("draft", "northwind/r1/thank_you/lee", "--as-of", AS_OF).stdout
    assert "on-call rota" in lee and "on-call rota" not in dana
    assert dana.split("\n\n")[2] != lee.split("\n\n")[2]


def test_draft_pipes_into_check(northwind_store):
    draft = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF).stdout
    checked = northwind_store("check", "-", input=draft)
    assert "error" not in checked.stdout.lower().replace("0 errors", "")


def test_draft_by_kind_lists_missing_details_on_stderr(northwind_store):
    northwind_store("contact", "northwind", "Sam Ito (Recruiter)")
    result = northwind_store(
        "draft", "northwind", "--kind", "check_in", "--to", "sam", "--as-of", "2026-11-24T10:00"
    )
    assert not result.stdout.startswith("To:")  # no e-mail address recorded
    assert result.stdout.startswith("Subject: ")
    assert "no e-mail address" in result.stderr


def test_missing_topics_name_the_debrief_command(cli_run):
    cli_run("settings", "--name", "Jordan Lee")
    cli_run(
        "add",
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--key",
        "acme",
        "--contact",
        "Kim Ng <kim@acme.example>",
    )
    cli_run(
        "interview", "acme", "--stage", "phone_screen", "--at", "2026-11-10T10:00", "--with", "kim"
    )
    result = cli_run("draft", "acme/r1/thank_you/kim", "--as-of", AS_OF)
    assert "(Still to add: a topic you discussed with Kim.)" in result.stdout
    assert (
        "missing: a topic you discussed with Kim (followup debrief acme r1 --topic kim:TEXT)"
        in result.stderr
    )


def test_save_then_record_as_sent(northwind_store):
    saved = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF, "--save")
    assert "followup sent northwind --draft 1" in saved.stderr
    assert "Draft 1: thank_you to dana" in northwind_store("show", "northwind").stdout
    northwind_store("sent", "northwind", "--draft", "1", "--at", "2026-11-10T13:00")
    shown = northwind_store("show", "northwind").stdout
    assert "Draft 1" not in shown
    agenda = northwind_store("agenda", "--as-of", "2026-11-10T14:00").stdout
    assert "northwind/r1/thank_you/dana" not in agenda
    assert "northwind/r1/thank_you/lee" in agenda


def test_eml_file(northwind_store, tmp_path):
    target = tmp_path / "dana.eml"
    northwind_store(
        "draft",
        "northwind/r1/thank_you/dana",
        "--as-of",
        AS_OF,
        "--eml",
        str(target),
        "--from",
        "jordan@example.com",
    )
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].display_name == "Dana Whitfield"
    assert message["From"].addresses[0].addr_spec == "jordan@example.com"
    assert message["Message-ID"].endswith("@followup.invalid>")
    assert message["Date"].datetime.isoformat() == "2026-11-10T12:00:00-05:00"
    assert "dbt" in message.get_content()


def test_mailto_link(northwind_store):
    link = northwind_store(
        "draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF, "--mailto"
    ).stdout.strip()
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "dana@northwind.example"
    query = parse_qs(parts.query)
    assert "dbt" in query["body"][0] and "\r\n" in query["body"][0]
    assert " " not in link


def test_edit_uses_the_editor(northwind_store, monkeypatch, tmp_path):
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys\np = sys.argv[1]\nt = open(p).read().replace('Subject: ', 'Subject: Edited ')\n"
        "open(p, 'w').write(t + '\\nP.S. added by hand\\n')\n"
    )
    import sys

    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    result = northwind_store(
        "draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF, "--edit", "--save"
    )
    assert "Subject: Edited " in result.stdout
    assert "P.S. added by hand" in result.stdout
    assert "Edited" in northwind_store("show", "northwind").stdout


def test_an_editor_that_fails_saves_nothing(northwind_store, monkeypatch):
    monkeypatch.setenv("EDITOR", "false")
    before = northwind_store("show", "northwind").stdout
    result = northwind_store(
        "draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF, "--edit", "--save", code=2
    )
    assert "the editor 'false' exited with status 1" in result.stderr
    assert northwind_store("show", "northwind").stdout == before


def test_bad_input_is_one_line(northwind_store):
    cases = [
        (("draft", "northwind"), "--kind"),
        (("draft", "northwind/-/reply_offer", "--as-of", AS_OF), "no action"),
        (
            ("draft", "northwind/r1/debrief", "--as-of", "2026-11-10T10:50"),
            "debrief is notes for you",
        ),
        (("draft", "nowhere", "--kind", "thank_you"), "nowhere"),
        (("draft", "northwind", "--kind", "expedite"), "real deadline"),
        (("draft", "northwind", "--kind", "thank_you", "--to", "zoe"), "no contact 'zoe'"),
    ]
    for args, words in cases:
        result = northwind_store(*args, code=2)
        assert words in result.stderr, (args, result.stderr)
        assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.output


def test_user_template_override_and_errors(northwind_store, isolated_paths):
    folder = isolated_paths / "config" / "templates"
    folder.mkdir(parents=True)
    (folder / "thank_you_panel.j2").write_text(
        "Subject: Mine, {{ first }}\n\n{{ greeting }}\n\nShort.\n\n{{ sign_off }}\n"
    )
    result = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF)
    assert "Subject: Mine, Dana" in result.stdout
    listed = northwind_store("templates", "list").stdout
    assert "[yours:" in listed and "thank_you_panel" in listed
    (folder / "thank_you_panel.j2").write_text("{{ ''.__class__ }}")
    bad = northwind_store("draft", "northwind/r1/thank_you/dana", "--as-of", AS_OF, code=2)
    assert str(folder / "thank_you_panel.j2") in bad.stderr and "unsafe" in bad.stderr


def test_templates_show(cli_run):
    shown = cli_run("templates", "show", "thank_you_phone_screen")
    assert "{{ greeting }}" in shown.stdout
    assert "thank_you_phone_screen.j2" in shown.stderr
    missing = cli_run("templates", "show", "nope", code=2)
    assert "no built-in template" in missing.stderr
