"""Latency of `followup draft` against a bare `python -c pass`, in the same run.

    python benchmarks/bench_draft.py [--runs 15]

Budget (issue 4): the median stays under 4x the start-up of `python -c pass`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import median_seconds, parser_floor, python_startup, realistic_env

BUDGET = 4.0
AS_OF = "2026-11-20T12:00"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    followup = str(Path(sys.executable).with_name("followup"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        env = realistic_env({"FOLLOWUP_DB": db, "FOLLOWUP_CONFIG_DIR": str(Path(tmp) / "cfg")})
        # The demo data set: a panel final round, a phone screen, offers and replies.
        subprocess.run(
            [followup, "demo", "--as-of", AS_OF, "--keep", db],
            env=env,
            check=True,
            capture_output=True,
        )
        cases = {
            "panel thank-you": ["bluefin-pm/final/thank_you/elena"],
            "reply to an offer": ["orchard-ds/-/reply_offer"],
            "by kind": ["northwind-analyst", "--kind", "check_in"],
        }
        baseline = python_startup(args.runs)
        floor = parser_floor(args.runs)
        timings = {
            label: median_seconds([followup, "draft", *argv, "--as-of", AS_OF], args.runs, env)
            for label, argv in cases.items()
        }
    print(f"python -c pass (same venv)  median {baseline * 1000:7.1f} ms")
    print(
        f'python -c "import argparse" median {floor * 1000:7.1f} ms  '
        f"{floor / baseline:4.2f}x python  (the floor of any command)"
    )
    worst = 0.0
    for label, seconds in timings.items():
        ratio = seconds / baseline
        worst = max(worst, ratio)
        print(f"followup draft ({label:17s}) median {seconds * 1000:7.1f} ms  {ratio:4.2f}x python")
    print(f"worst ratio {worst:4.2f}x (budget {BUDGET:.0f}x): {'ok' if worst < BUDGET else 'OVER'}")
    return 0 if worst < BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
