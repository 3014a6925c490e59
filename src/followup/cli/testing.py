"""Run the command line inside the current process with its own stdin, stdout and stderr."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence


class Result:
    """What one run printed and the status it ended with."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    @property
    def output(self) -> str:
        """Both streams, stdout first."""
        return self.stdout + self.stderr

    def __repr__(self) -> str:
        return f"<Result exit_code={self.exit_code} stdout={self.stdout[:60]!r}>"


def invoke(args: Sequence[str], input: str | None = None) -> Result:
    """Run `followup ARGS` as the console script would, but without leaving the process."""
    from followup.cli import run

    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO((input or "").encode()), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", write_through=True),
    )
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        code = run(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
        for stream in streams:
            # Detached, so that collecting the wrapper does not close the buffer read below.
            stream.flush() if stream.writable() else None
            stream.detach()
    return Result(code, out.getvalue().decode(), err.getvalue().decode())
