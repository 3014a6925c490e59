"""Terminal input and output for the commands: print, ask, open an editor, read a file or stdin."""

from __future__ import annotations

import os
import sys

from followup.errors import InputError


def echo(message: str = "", *, nl: bool = True, err: bool = False) -> None:
    """Print to stdout, or to stderr with `err=True`."""
    (sys.stderr if err else sys.stdout).write(message + "\n" if nl else message)


def prompt(text: str, default: str = "", show_default: bool = True) -> str:
    """Ask one question on stdout and read the answer from stdin; an empty answer is `default`."""
    shown = f" [{default}]" if show_default and default else ""
    sys.stdout.write(f"{text}{shown}: ")
    sys.stdout.flush()
    line = sys.stdin.readline()
    if not line:
        # End of input before an answer: stop rather than save half a debrief.
        raise KeyboardInterrupt
    answer = line.rstrip("\r\n")
    return answer if answer.strip() else default


def edit(text: str, extension: str = ".txt") -> str | None:
    """Let the user change `text` in $VISUAL or $EDITOR; None when they closed it unsaved."""
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    handle, path = tempfile.mkstemp(suffix=extension, prefix="followup-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        before = os.stat(path).st_mtime_ns
        try:
            status = subprocess.call([*shlex.split(editor), path])
        except OSError as err:
            raise InputError(f"cannot start the editor {editor!r}: {err.strerror}") from err
        if status != 0:
            raise InputError(
                f"the editor {editor!r} exited with status {status}; nothing was saved"
            )
        if os.stat(path).st_mtime_ns == before:
            return None
        with open(path, encoding="utf-8") as file:
            return file.read()
    finally:
        os.unlink(path)


def read_text(source: str) -> str:
    """The text of a file, or of stdin for '-'."""
    try:
        if source == "-":
            return sys.stdin.read()
        with open(source, encoding="utf-8") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(f"cannot read {source}: {err.strerror}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{source} is not UTF-8 text") from err
