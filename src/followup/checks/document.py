"""Reading a draft: optional headers, then the body, with positions back into the original."""

from __future__ import annotations

import re

from followup.checks import patterns
from followup.checks.base import Part
from followup.checks.text import Greeting, find_greeting, find_sign_off
from followup.errors import InputError
from followup.record import FrozenRecord, Record

#: Frozen records refuse plain assignment; their __init__ sets each field through this.
_setattr = object.__setattr__

_PLAIN_HEADERS = frozenset({"subject", "to", "cc", "bcc", "from", "date", "reply-to"})
_MIME_HEADERS = frozenset(
    {"mime-version", "content-type", "content-transfer-encoding", "message-id", "received"}
)
_HEADER_LINE = patterns.compile(r"([A-Za-z][A-Za-z0-9-]*):[ \t]?(.*)")


class Field(FrozenRecord):
    """A header value and where it starts: 1-based line and column in the original file."""

    _fields = ("value", "line", "column")
    __slots__ = _fields
    value: str
    line: int
    column: int

    def __init__(self, value: str, line: int, column: int) -> None:
        # Set one by one, not through _set(**fields): every header of every draft is one.
        _setattr(self, "value", value)
        _setattr(self, "line", line)
        _setattr(self, "column", column)


_LOWER_KEYS = {part: "lower:" + part for part in ("subject", "to", "cc", "body")}


class Document(Record):
    """One draft split into headers and body; `position` maps spans back to the file."""

    _fields = ("body", "subject", "to", "cc", "body_line", "body_column", "has_headers")
    __slots__ = (*_fields, "_cache")
    body: str
    subject: Field | None
    to: Field | None
    cc: Field | None
    body_line: int  # line of the body's first character in the original file
    body_column: int
    has_headers: bool

    def __init__(
        self,
        body: str,
        subject: Field | None = None,
        to: Field | None = None,
        cc: Field | None = None,
        body_line: int = 1,
        body_column: int = 1,
        has_headers: bool = False,
    ) -> None:
        self.body = body
        self.subject = subject
        self.to = to
        self.cc = cc
        self.body_line = body_line
        self.body_column = body_column
        self.has_headers = has_headers
        #: Values worked out from the text once: lowered parts, greeting, scanner starts.
        self._cache: dict[str, object] = {}

    def part(self, part: Part) -> str:
        """The text of one part ('' when the header is absent)."""
        if part == "body":
            return self.body
        header = getattr(self, part)
        return header.value if header else ""

    def lowered(self, part: Part) -> str | None:
        """The part in lower case with curly apostrophes straightened; None if that moved text."""
        key = _LOWER_KEYS[part]
        found = self._cache.get(key, self)
        if found is self:  # not worked out yet (None is a value: lower-casing moved text)
            text = self.part(part)
            lowered = text.lower().replace("’", "'")
            found = self._cache[key] = lowered if len(lowered) == len(text) else None
        return found  # type: ignore[return-value]

    def greeting(self) -> Greeting | None:
        """`find_greeting(body)`, worked out once."""
        if "greeting" not in self._cache:
            self._cache["greeting"] = find_greeting(self.body)
        return self._cache["greeting"]  # type: ignore[return-value]

    def sign_off(self, your_name: str = "") -> int | None:
        """`find_sign_off(body, your_name)`, worked out once per name."""
        key = "sign_off:" + your_name
        if key not in self._cache:
            self._cache[key] = find_sign_off(self.body, your_name)
        return self._cache[key]  # type: ignore[return-value]

    def position(self, part: Part, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of `offset` within `part` in the original file."""
        if part != "body":
            header = getattr(self, part)
            if header is None:
                return (1, 1)
            return (header.line, header.column + offset)
        newlines = self.body.count("\n", 0, offset)
        if newlines == 0:
            return (self.body_line, self.body_column + offset)
        line_start = self.body.rfind("\n", 0, offset) + 1
        return (self.body_line + newlines, offset - line_start + 1)

    def recipients(self) -> list[tuple[str, str]]:
        """(name, address) pairs from To and Cc, worked out once (callers only read them)."""
        found = self._cache.get("recipients")
        if found is None:
            values = [h.value for h in (self.to, self.cc) if h and h.value.strip()]
            found = self._cache["recipients"] = addresses(values)
        return found  # type: ignore[return-value]


_SIMPLE_ADDRESS = patterns.compile(
    r"\s*(?:([^<>,\"]*?)\s*<([^<>,\s]+)>|([^<>,\"\s]+@[^<>,\"\s]+))\s*"
)


def addresses(values: list[str]) -> list[tuple[str, str]]:
    """(name, address) pairs from address lines; quoted names go to the stdlib parser."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        items = value.split(",")
        matches = [_SIMPLE_ADDRESS.fullmatch(item) for item in items if item.strip()]
        if '"' in value or not all(matches):
            from email.utils import getaddresses  # slow to import, so only when needed

            pairs += [(n, a) for n, a in getaddresses([value]) if n or a]
            continue
        for match in matches:
            assert match is not None
            name, address = (
                (match.group(1) or "", match.group(2)) if match.group(2) else ("", match.group(3))
            )
            pairs.append((name.strip(), address))
    return pairs


def parse(text: str, eml: bool = False) -> Document:
    """Split `text` into headers and body; `eml` forces RFC 5322 parsing."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    headers, mime = _header_block(lines)
    if eml or mime:
        return _parse_eml(text)
    if not headers:
        return Document(body=text)
    return _parse_plain(text, lines, headers)


#: A header line's lower-cased name and match; ("", None) for a folded continuation.
_Header = tuple[str, "re.Match[str] | None"]


def _header_block(lines: list[str]) -> tuple[list[_Header], bool]:
    """The header lines at the top ([] when the text starts with prose), and whether one is MIME's."""
    headers: list[_Header] = []
    mime = False
    for line in lines:
        if not line.strip():
            break
        if headers and line[:1] in " \t":
            headers.append(("", None))  # a folded continuation of the previous header
            continue
        match = _HEADER_LINE.fullmatch(line)
        name = match.group(1).lower() if match else ""
        if name in _MIME_HEADERS:
            mime = True
        elif not match or not (name in _PLAIN_HEADERS or name[:2] == "x-"):
            # Prose on the first line means no headers; prose after headers starts the body.
            return headers, mime
        headers.append((name, match))
    return headers, mime


def _parse_plain(text: str, lines: list[str], headers: list[_Header]) -> Document:
    fields: dict[str, Field] = {}
    last = ""
    for number, (name, match) in enumerate(headers, start=1):
        if match is None:  # the block starts with a header, so `last` is one of `fields`
            old = fields[last]
            fields[last] = Field(old.value + " " + lines[number - 1].strip(), old.line, old.column)
            continue
        last = name
        fields[last] = Field(match.group(2), number, match.start(2) + 1)
    body_index = len(headers)
    if body_index < len(lines) and not lines[body_index].strip():
        body_index += 1
    # Each line and its newline.
    offset = sum(map(len, lines[:body_index])) + body_index
    return Document(
        body=text[offset:],
        subject=fields.get("subject"),
        to=fields.get("to"),
        cc=fields.get("cc"),
        body_line=body_index + 1,
        has_headers=True,
    )


def _parse_eml(text: str) -> Document:
    from email import message_from_string
    from email.policy import default

    try:
        message = message_from_string(text, policy=default)
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        if part is not None and part.get_content_type() == "text/html":
            body = _html_to_text(body)
    except (LookupError, ValueError, TypeError) as err:
        raise InputError(f"cannot read the e-mail: {err}") from err
    body = body.replace("\r\n", "\n")
    lines = text.split("\n")

    def located(name: str) -> Field | None:
        value = message.get(name)
        if value is None:
            return None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                break
            if line.lower().startswith(name.lower() + ":"):
                raw = line[len(name) + 1 :]
                column = len(name) + 2 + (len(raw) - len(raw.lstrip()))
                return Field(str(value), number, column)
        return Field(str(value), 1, 1)

    header_end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    stripped = body.lstrip("\n")
    found = text.find(stripped[:200], _offset_of_line(lines, header_end)) if stripped else -1
    if found >= 0:
        body_line = text.count("\n", 0, found) + 1
        body_column = found - (text.rfind("\n", 0, found) + 1) + 1
    else:
        # Encoded bodies (quoted-printable, base64) have no exact place; point at the body start.
        body_line, body_column = header_end + 2, 1
    return Document(
        body=stripped,
        subject=located("Subject"),
        to=located("To"),
        cc=located("Cc"),
        body_line=body_line,
        body_column=body_column,
        has_headers=True,
    )


def _offset_of_line(lines: list[str], index: int) -> int:
    return sum(len(line) + 1 for line in lines[:index])


def _html_to_text(html: str) -> str:
    import html as html_lib

    text = re.sub(r"(?is)<(script|style).*?</\1>", "", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", text))
