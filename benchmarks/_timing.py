"""Shared timing helpers for the benchmark scripts: medians of whole-process runs."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time


def realistic_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of an installed tool: byte-code caching on, as after `pip install`."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **(extra or {})}


def median_seconds(
    argv: list[str], runs: int, env: dict[str, str] | None = None, stdin: str | None = None
) -> float:
    """Median wall time of running `argv` to completion `runs` times (after one warm-up)."""
    samples = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(
            argv,
            env=env or realistic_env(),
            input=stdin,
            text=True,
            capture_output=True,
            check=True,
        )
        if i:
            samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def python_startup(runs: int) -> float:
    """The baseline every budget is stated against: a bare `python -c pass`."""
    return median_seconds([sys.executable, "-c", "pass"], runs, realistic_env())


def system_python() -> str | None:
    """The `python3` on PATH outside this virtual environment, as a user would type it."""
    venv_bin = os.path.dirname(sys.executable)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep) if p != venv_bin)
    return shutil.which("python3", path=path)


def system_python_startup(runs: int) -> float | None:
    """`python3 -c pass` with the machine's own interpreter and site-packages.

    The issues quote this figure ("about 100 ms" here, where site-packages is large); the
    venv's interpreter starts far faster, so each benchmark prints the ratio to both.
    """
    exe = system_python()
    return median_seconds([exe, "-c", "pass"], runs, realistic_env()) if exe else None
