"""Drafts as RFC 5322 messages (.eml) and mailto: links that mail programs open ready to send."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from urllib.parse import quote

from followup.drafting.render import RenderedDraft
from followup.drafting.text import one_line
from followup.errors import InputError
from followup.model import Reply

#: Our own Message-IDs and reply references live under a domain that cannot exist.
ID_DOMAIN = "followup.invalid"


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def reply_reference(reply: Reply) -> str:
    """A stable Message-ID-like handle for a recorded reply, derived from its content.

    The store keeps no message ids, so this cannot match the employer's real Message-ID;
    it only lets several answers to the same reply share one thread reference.
    """
    return f"<reply-{_digest(reply.sender, reply.received_at.isoformat(), reply.body)}@{ID_DOMAIN}>"


def message_id(draft: RenderedDraft, now: datetime) -> str:
    """A Message-ID that is the same for the same draft written at the same moment."""
    to = ",".join(c.key for c in draft.to)
    return f"<draft-{_digest(to, draft.subject, draft.body, now.isoformat())}@{ID_DOMAIN}>"


def _address(name: str, email: str) -> Address:
    email = one_line(email).replace(" ", "")
    if email.count("@") != 1:
        raise InputError(f"{email!r} is not an e-mail address: fix it with followup contact")
    user, domain = email.split("@")
    try:
        return Address(display_name=one_line(name), username=user, domain=domain)
    except (ValueError, IndexError) as err:
        raise InputError(f"{email!r} is not an e-mail address: {err}") from err


def build_eml(
    draft: RenderedDraft, now: datetime, sender: str = "", sender_name: str = ""
) -> bytes:
    """The draft as an RFC 5322 message with CRLF line ends, UTF-8 where needed."""
    message = EmailMessage(policy=SMTP)
    recipients = [_address(c.name, c.email) for c in draft.to if one_line(c.email)]
    if sender:
        message["From"] = _address(sender_name, sender)
    if recipients:
        message["To"] = recipients
    message["Subject"] = one_line(draft.subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id(draft, now)
    if draft.in_reply_to is not None:
        reference = reply_reference(draft.in_reply_to)
        message["In-Reply-To"] = reference
        message["References"] = reference
    # Outlook opens a message carrying this header as an unsent draft, ready to edit.
    message["X-Unsent"] = "1"
    message.set_content(draft.body + "\n", charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def mailto_link(draft: RenderedDraft) -> str:
    """A mailto: URI (RFC 6068) with the recipients, subject and body percent-encoded."""
    to = ",".join(quote(one_line(c.email).replace(" ", ""), safe="@") for c in draft.to if c.email)
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(one_line(draft.subject), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{to}?{query}"
