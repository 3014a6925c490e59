"""Files are decoded as decode("utf-8-sig") would, error messages included."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.cli.check import _read
from followup.errors import InputError

#: Bytes that make valid and broken UTF-8 alike, and the BOM, whole or cut short.
CHUNKS = st.sampled_from(
    [b"a", b"\n", b"\xef\xbb\xbf", b"\xef\xbb", b"\xc3\xa9", b"\xc3", b"\xe2\x80\x99", b"\xff"]
)


def _expected(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return f"{path} is not UTF-8 text (byte {err.start + 1})"


@given(st.lists(CHUNKS, max_size=8).map(b"".join))
def test_read_decodes_like_utf_8_sig(data):
    handle, path = tempfile.mkstemp(suffix=".txt")
    try:
        os.write(handle, data)
        os.close(handle)
        try:
            got = _read(path)
        except InputError as err:
            got = str(err)
        assert got == _expected(data, path)
    finally:
        os.unlink(path)


@pytest.mark.parametrize("data", [b"\xef\xbb\xbfHi\n", b"\xef\xbb\xbf\xef\xbb\xbfHi"])
def test_only_the_first_bom_is_dropped(data, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(data)
    assert _read(str(path)) == data.decode("utf-8-sig")
