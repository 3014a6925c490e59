"""Latency of `followup agenda` on 1,000 applications against a bare `python -c pass`.

    python benchmarks/bench_agenda.py [--runs 15]

Budget (issue 2): the median stays under 6x the start-up of `python -c pass`.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import median_seconds, parser_floor, python_startup, realistic_env

EST = timezone(timedelta(hours=-5))
STAGES = ["phone_screen", "first_round", "second_round", "final_round"]
TIMELINES = [
    "",
    "by Friday",
    "by the end of next week",
    "in two weeks",
    "within 3-5 business days",
    "by December 4",
]


def synthetic_document(count: int, seed: int = 7) -> dict:
    """`count` applications, each with 3 contacts, 2 interviews, 3 messages and a reply."""
    rng = random.Random(seed)
    base = datetime(2026, 10, 1, 10, 0, tzinfo=EST)
    apps = []
    for n in range(count):
        start = base + timedelta(days=rng.randint(0, 50), hours=rng.randint(0, 6))
        contacts = [
            {
                "key": k,
                "name": f"{k.title()} Person{n}",
                "email": f"{k}{n}@example.com",
                "title": "Manager",
            }
            for k in ("ana", "ben", "cy")
        ]
        interviews = [
            {
                "key": f"r{i + 1}",
                "stage": STAGES[i],
                "starts_at": (start + timedelta(days=9 * i)).isoformat(),
                "duration_minutes": 45,
                "interviewers": ["ana", "ben"] if i else ["cy"],
                "topics": {"ana": ["the data platform"]} if i else {},
                "timeline": rng.choice(TIMELINES),
            }
            for i in range(2)
        ]
        messages = [
            {
                "kind": "thank_you",
                "to": ["cy"],
                "sent_at": (start + timedelta(hours=5)).isoformat(),
                "subject": "Thanks",
                "body": "Body " * 40,
            },
            {
                "kind": "thank_you",
                "to": ["ana"],
                "sent_at": (start + timedelta(days=9, hours=5)).isoformat(),
                "subject": "Thanks",
                "body": "Body " * 40,
            },
            {
                "kind": "check_in",
                "to": ["ana"],
                "sent_at": (start + timedelta(days=20)).isoformat(),
                "subject": "Checking",
                "body": "Body " * 40,
            },
        ]
        replies = [
            {
                "from": "ana",
                "received_at": (start + timedelta(days=3)).isoformat(),
                "body": "Thanks, we will be in touch soon.",
                "kind": "update",
            }
        ]
        apps.append(
            {
                "key": f"app-{n:04d}",
                "company": f"Company {n}",
                "role": "Analyst",
                "status": "active",
                "contacts": contacts,
                "interviews": interviews,
                "messages": messages,
                "replies": replies,
            }
        )
    return {
        "format": "followup/v1",
        "settings": {"timezone": "America/New_York", "holidays": "US", "policy": "standard"},
        "applications": apps,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--apps", type=int, default=1000)
    args = parser.parse_args()
    followup = str(Path(sys.executable).with_name("followup"))
    with tempfile.TemporaryDirectory() as tmp:
        env = realistic_env({"FOLLOWUP_DB": str(Path(tmp) / "bench.db")})
        doc = Path(tmp) / "doc.json"
        doc.write_text(json.dumps(synthetic_document(args.apps)))
        subprocess.run([followup, "import", str(doc)], env=env, check=True, capture_output=True)
        as_of = ["--as-of", "2026-11-22T09:00"]
        baseline = python_startup(args.runs)
        floor = parser_floor(args.runs)
        agenda = median_seconds([followup, "agenda", *as_of], args.runs, env)
        agenda_json = median_seconds(
            [followup, "agenda", *as_of, "--format", "json"], args.runs, env
        )
    print(f"python -c pass (same venv)     median {baseline * 1000:7.1f} ms")
    print(
        f'python -c "import argparse"    median {floor * 1000:7.1f} ms  '
        f"{floor / baseline:5.2f}x python  (the floor of any command)"
    )
    for label, seconds in (("agenda", agenda), ("agenda --format json", agenda_json)):
        line = f"{label:<21} ({args.apps} apps) median {seconds * 1000:7.1f} ms  {seconds / baseline:5.2f}x python"
        print(line + "  (budget 6x)")


if __name__ == "__main__":
    main()
