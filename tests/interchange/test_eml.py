"""Drafts as .eml files and mailto: links."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.drafting.render import RenderedDraft
from followup.errors import InputError
from followup.interchange.eml import build_eml, mailto_link, message_id, reply_reference
from followup.model import Contact, MessageKind, Reply, ReplyKind

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=ZoneInfo("America/New_York"))
BODY = "Hi Dana,\n\nThank you for Tuesday's talk about dbt.\n\nBest regards,\nJordan Lee"


def _draft(name: str = "Dana Whitfield", address: str = "dana@northwind.example", **changes):
    values = {
        "kind": MessageKind.THANK_YOU,
        "to": (Contact("dana", name, email=address),),
        "subject": "Senior Data Analyst interview: dbt reports",
        "body": BODY,
        "missing": (),
        "interview": "r1",
        "in_reply_to": None,
    }
    values.update(changes)
    return RenderedDraft(**values)


def _parse(data: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def _text(message: email.message.EmailMessage) -> str:
    """The body as the draft had it: mail line ends (CRLF) back to newlines."""
    return str(message.get_content()).replace("\r\n", "\n").rstrip("\n")


def test_headers_and_body_round_trip():
    message = _parse(build_eml(_draft(), NOW, "jordan@example.com", "Jordan Lee"))
    assert str(message["To"]) == "Dana Whitfield <dana@northwind.example>"
    assert str(message["From"]) == "Jordan Lee <jordan@example.com>"
    assert message["Subject"] == "Senior Data Analyst interview: dbt reports"
    assert message["Date"].datetime == NOW
    assert message["Message-ID"] == message_id(_draft(), NOW)
    assert message["In-Reply-To"] is None
    assert message["X-Unsent"] == "1"
    assert _text(message) == BODY


def test_lines_end_in_crlf():
    data = build_eml(_draft(), NOW)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_answer_to_a_reply_carries_a_stable_reference():
    reply = Reply("dana", NOW, "We will decide by December 8.", ReplyKind.UPDATE)
    message = _parse(build_eml(_draft(in_reply_to=reply), NOW))
    assert message["In-Reply-To"] == reply_reference(reply)
    assert message["References"] == reply_reference(reply)
    assert reply_reference(reply) == reply_reference(Reply(**vars(reply)))
    other = Reply("dana", NOW, "Something else.", ReplyKind.UPDATE)
    assert reply_reference(other) != reply_reference(reply)


@pytest.mark.parametrize(
    "name", ["Marcus O'Neill", "Elena Kovač", "王伟", 'Dana "DW" Whitfield, Jr.']
)
def test_display_names_survive(name):
    message = _parse(build_eml(_draft(name=name), NOW))
    assert message["To"].addresses[0].display_name == name
    assert _text(message) == BODY


def test_non_ascii_body_survives():
    body = "Bonjour Chloé,\n\n感谢 — merci.\n\nJordan"
    message = _parse(build_eml(_draft(body=body), NOW))
    assert _text(message) == body


@given(
    st.text(min_size=1, max_size=40),
    st.text(min_size=1, max_size=60),
)
def test_no_header_injection_from_name_or_subject(name, subject):
    data = build_eml(
        _draft(name=name + "\r\nBcc: a@b.example", subject=subject + "\nBcc: c@d.example"), NOW
    )
    message = _parse(data)
    assert message["Bcc"] is None
    assert len(message.get_all("To")) == 1 and len(message.get_all("Subject")) == 1


def test_contact_without_email_has_no_to_header():
    message = _parse(build_eml(_draft(address=""), NOW))
    assert message["To"] is None


def test_bad_address_is_an_input_error():
    with pytest.raises(InputError, match="not an e-mail address"):
        build_eml(_draft(address="dana at northwind"), NOW)


def test_mailto_is_percent_encoded():
    link = mailto_link(_draft(subject="Dbt & you? 100% yes"))
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "dana@northwind.example"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Dbt & you? 100% yes"]
    assert query["body"] == [BODY.replace("\n", "\r\n")]
    assert " " not in link and "\n" not in link


def test_mailto_without_address():
    assert mailto_link(_draft(address="")).startswith("mailto:?subject=")
