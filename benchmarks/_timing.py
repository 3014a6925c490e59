"""Shared timing helpers for the benchmark scripts: medians of whole-process runs."""

from __future__ import annotations

import os
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


def parser_floor(runs: int) -> float:
    """`python -c "import argparse"`: what any command pays before doing anything."""
    return median_seconds([sys.executable, "-c", "import argparse"], runs, realistic_env())
