"""User templates: overrides win, and the sandbox keeps them to plain text work."""

from __future__ import annotations

import pytest

from followup.drafting import format_draft, render_draft
from followup.drafting.environment import TEMPLATES, TemplateFileError, builtin_source
from followup.drafting.overrides import load_user_templates, read_templates, unknown_files
from followup.errors import InputError
from followup.model import MessageKind

OWN = "Subject: {{ role }} and {{ topic }}\n\n{{ greeting }}\n\nMy own words.\n\n{{ sign_off }}\n"


def test_override_is_used(make_app, settings, now):
    draft = render_draft(
        make_app(), MessageKind.THANK_YOU, settings, now, user_templates={"thank_you_round.j2": OWN}
    )
    assert draft.own_template
    assert draft.subject == "Senior Data Analyst and moving the weekly revenue reports to dbt"
    assert "My own words." in draft.body


def test_override_without_subject_gets_a_specific_one(make_app, settings, now):
    own = {"withdrawal": "{{ greeting }}\n\nI am stepping back.\n\n{{ sign_off }}"}
    draft = render_draft(make_app(), MessageKind.WITHDRAWAL, settings, now, user_templates=own)
    assert draft.subject == "Senior Data Analyst at Northwind Analytics: withdrawal"


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ choose.__globals__ }}",
        "{{ gap.__code__ }}",
    ],
)
def test_sandbox_blocks_unsafe_attributes(make_app, settings, now, source):
    with pytest.raises(TemplateFileError, match=r"thank_you_round\.j2 \(your override\)"):
        render_draft(
            make_app(),
            MessageKind.THANK_YOU,
            settings,
            now,
            user_templates={"thank_you_round": source},
        )


def test_syntax_error_names_the_template_and_line(make_app, settings, now):
    with pytest.raises(InputError, match=r"thank_you_round\.j2 .*line 2"):
        render_draft(
            make_app(),
            MessageKind.THANK_YOU,
            settings,
            now,
            user_templates={"thank_you_round": "fine\n{% if %}\n"},
        )


def test_unknown_name_is_an_error_not_a_blank(make_app, settings, now):
    with pytest.raises(InputError, match="'salary' is undefined"):
        render_draft(
            make_app(),
            MessageKind.THANK_YOU,
            settings,
            now,
            user_templates={"thank_you_round": "{{ salary }}"},
        )


def test_subject_from_a_template_cannot_inject_headers(make_app, settings, now):
    own = {"withdrawal": "Subject: Hi\r\nBcc: spy@example.com\n\nBody."}
    text = format_draft(
        render_draft(make_app(), MessageKind.WITHDRAWAL, settings, now, user_templates=own)
    )
    head = text.split("\n\n", 1)[0].splitlines()
    assert all(line.startswith(("To: ", "Subject: ")) for line in head)
    assert head[-1] == "Subject: Hi"


def test_every_builtin_can_be_shown():
    for name in TEMPLATES:
        assert "{{ greeting }}" in builtin_source(name)
    assert builtin_source("linkedin.j2") == builtin_source("linkedin")
    with pytest.raises(InputError, match="no built-in template 'nope'"):
        builtin_source("nope")


def test_loading_override_files(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "linkedin.j2").write_text("Hi {{ first }}", encoding="utf-8")
    (folder / "mystery.j2").write_text("?", encoding="utf-8")
    (folder / "notes.txt").write_text("?", encoding="utf-8")
    paths = load_user_templates(folder)
    assert list(paths) == ["linkedin"]
    assert read_templates(paths) == {"linkedin": "Hi {{ first }}"}
    assert [p.name for p in unknown_files(folder)] == ["mystery.j2"]
    assert load_user_templates(tmp_path / "absent") == {}


def test_undecodable_override_is_named(tmp_path):
    path = tmp_path / "linkedin.j2"
    path.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match="not UTF-8"):
        read_templates({"linkedin": path})
