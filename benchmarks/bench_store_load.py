"""How long `list_applications` takes on 1,000 applications, against a bare `python -c pass`.

    python benchmarks/bench_store_load.py [--runs 15] [--count 1000]

Target (store brief): under ~60 ms on the development machine. `followup agenda` pays this on
every run, so the ratio is printed next to the interpreter start-up it is budgeted against.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "src"))
from _timing import python_startup

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with open_store(path) as store:
            store.import_document(Settings(), synthetic_applications(args.count), replace=True)
        samples = []
        for _ in range(args.runs + 1):
            started = time.perf_counter()
            with open_store(path) as store:
                loaded = store.list_applications()
            samples.append(time.perf_counter() - started)
        assert len(loaded) == args.count
    load = statistics.median(samples[1:])  # the first run warms the page cache
    print("samples (ms):", " ".join(f"{s * 1000:.0f}" for s in samples[1:]))
    startup = python_startup(args.runs)
    print(f"open_store + list_applications ({args.count} apps): {load * 1000:.1f} ms (median)")
    print(f"python -c pass:                                  {startup * 1000:.1f} ms (median)")
    print(f"ratio load / start-up: {load / startup:.2f}")


if __name__ == "__main__":
    main()
