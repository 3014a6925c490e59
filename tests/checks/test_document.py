"""Reading drafts: headers, body, e-mail files and positions in the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from followup.checks import check
from followup.checks.document import parse


def test_headers_then_body():
    doc = parse("To: Dana <dana@x.example>\nSubject: Hello there\n\nHi Dana,\nBody\n")
    assert doc.subject is not None and doc.subject.value == "Hello there"
    assert (doc.subject.line, doc.subject.column) == (2, 10)
    assert doc.to is not None and doc.recipients() == [("Dana", "dana@x.example")]
    assert doc.body == "Hi Dana,\nBody\n"
    assert doc.body_line == 4


def test_text_without_headers_is_all_body():
    doc = parse("Note: this starts with prose.\n\nHi Dana,")
    assert doc.subject is None and doc.body.startswith("Note:")


def test_prose_after_headers_without_blank_line_starts_the_body():
    doc = parse("Subject: Thanks for the demo\nHi Dana,\nText")
    assert doc.subject is not None and doc.body == "Hi Dana,\nText"
    assert doc.position("body", 0) == (2, 1)


def test_crlf_and_bom_do_not_shift_positions():
    findings = check("\ufeffSubject: Thank you\r\n\r\nHi Dana,\r\n\r\nthx\r\n")
    casual = [f for f in findings if f.code == "FU301"]
    assert [(f.line, f.column, f.text) for f in casual] == [(5, 1, "thx")]


def test_eml_file_with_quoted_printable_body():
    raw = (
        "From: Jordan <j@example.com>\nTo: Dana <dana@x.example>\nSubject: Thank you\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\nHi Dana,\n\nThanks for the caf=C3=A9 chat lol.\n"
    )
    doc = parse(raw, eml=True)
    assert doc.subject is not None and doc.subject.value == "Thank you"
    assert "café" in doc.body
    codes = {f.code for f in check(raw, eml=True)}
    assert {"FU102", "FU301"} <= codes


def test_eml_positions_point_into_the_file():
    raw = "To: a@b.example\nSubject: Hi\nContent-Type: text/plain\n\nHello Dana,\n\nthx for it\n"
    casual = [f for f in check(raw) if f.code == "FU301"]
    assert [(f.line, f.column) for f in casual] == [(7, 1)]


def test_html_only_eml_is_read_as_text():
    raw = (
        "To: a@b.example\nSubject: Demo\nMIME-Version: 1.0\nContent-Type: text/html\n\n"
        "<p>Hi Dana,</p><p>thx for the demo</p>"
    )
    assert "thx for the demo" in parse(raw).body


@given(
    st.lists(st.text(alphabet="abc xyz,.", min_size=0, max_size=30), min_size=1, max_size=8),
    st.booleans(),
)
def test_position_matches_the_original_text(lines, with_headers):
    header = "Subject: s\nTo: t@example.com\n\n" if with_headers else ""
    text = header + "\n".join(lines)
    doc = parse(text)
    original = text.split("\n")
    for offset, char in enumerate(doc.body):
        line, column = doc.position("body", offset)
        if char == "\n":
            assert column == len(original[line - 1]) + 1
        else:
            assert original[line - 1][column - 1] == char


def test_findings_survive_pickling():
    import pickle

    from followup.checks import check

    findings = check("Subject: hi\n\nHey lol")
    assert findings and pickle.loads(pickle.dumps(findings)) == findings
