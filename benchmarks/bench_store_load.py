"""How long `list_applications` takes on 1,000 applications, against a bare `python -c pass`.

    python benchmarks/bench_store_load.py [--runs 15] [--count 1000]

Each sample opens the store and loads everything in a fresh interpreter, as `followup agenda`
does, for the full load and for the lean one (`bodies=False`) the agenda uses. Target: the lean
load under ~20 ms on the development machine; the ratio is printed next to the interpreter
start-up it is budgeted against. The minimum is printed too: this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "src"))
from _timing import python_startup, realistic_env

from followup.model import (
    Application,
    Contact,
    Interview,
    Message,
    MessageKind,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)
from followup.store import open_store

EST = timezone(timedelta(hours=-5))


def synthetic_applications(count: int) -> list[Application]:
    """`count` applications of 3 contacts, 2 interviews, 3 messages and 1 reply each."""
    base = datetime(2026, 10, 1, 10, 0, tzinfo=EST)
    apps = []
    for n in range(count):
        start = base + timedelta(hours=n)
        apps.append(
            Application(
                key=f"app-{n:04d}",
                company=f"Company {n}",
                role="Data Analyst",
                contacts=[
                    Contact(k, f"{k.title()} Person{n}", "Manager", f"{k}{n}@ex.com")
                    for k in ("ana", "ben", "cy")
                ],
                interviews=[
                    Interview("r1", Stage.FIRST_ROUND, start, 45, ["cy"], {}, "by Friday"),
                    Interview(
                        "r2",
                        Stage.SECOND_ROUND,
                        start + timedelta(days=9),
                        45,
                        ["ana", "ben"],
                        {"ana": ["the data platform"]},
                    ),
                ],
                messages=[
                    Message(
                        MessageKind.THANK_YOU,
                        ["cy"],
                        start + timedelta(hours=5),
                        "Thanks",
                        "Body " * 40,
                    ),
                    Message(
                        MessageKind.THANK_YOU,
                        ["ana"],
                        start + timedelta(days=9, hours=5),
                        "Thanks",
                        "Body " * 40,
                    ),
                    Message(
                        MessageKind.CHECK_IN,
                        ["ana"],
                        start + timedelta(days=20),
                        "Checking",
                        "Body " * 40,
                    ),
                ],
                replies=[
                    Reply(
                        "ana",
                        start + timedelta(days=3),
                        "We will be in touch soon.",
                        ReplyKind.UPDATE,
                    )
                ],
            )
        )
    return apps


# Run in a child interpreter so every sample pays for cold caches and fresh memory.
_SAMPLE = """
import sys, time
from followup.store import open_store
import followup.store.sqlite  # imports are the CLI's cost, not the store's
started = time.perf_counter()
with open_store(sys.argv[1]) as store:
    loaded = store.list_applications(bodies=sys.argv[2] == "full")
print(time.perf_counter() - started, len(loaded))
"""


def load_once(path: Path, mode: str, count: int) -> float:
    """Seconds of open_store + list_applications in a fresh interpreter."""
    env = realistic_env({"PYTHONPATH": str(Path(__file__).parent.parent / "src")})
    out = subprocess.run(
        [sys.executable, "-c", _SAMPLE, str(path), mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert int(out[1]) == count
    return float(out[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with open_store(path) as store:
            store.import_document(Settings(), synthetic_applications(args.count), replace=True)
        load_once(path, "full", args.count)  # warms the page cache and writes byte-code
        results: dict[str, list[float]] = {"full": [], "lean": []}
        for _ in range(args.runs):  # interleaved, so a busy moment hurts both alike
            for mode, samples in results.items():
                samples.append(load_once(path, mode, args.count))
    startup = python_startup(args.runs)
    print(f"python -c pass: median {startup * 1000:.1f} ms")
    for mode, samples in results.items():
        median = statistics.median(samples)
        print(
            f"open_store + list_applications ({args.count} apps, {mode}): "
            f"median {median * 1000:.1f} ms, min {min(samples) * 1000:.1f} ms, "
            f"ratio to start-up {median / startup:.2f}"
        )


if __name__ == "__main__":
    main()
