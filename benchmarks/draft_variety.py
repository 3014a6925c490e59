"""Variety bar: drafts for 50 applications share no sentence longer than 12 words.

Generates applications with varied (but deterministic) details, renders every kind of draft
for each, and reports the longest sentence that appears in drafts of two different
applications, leaving out greetings and sign-offs. Exit status 1 when the bar is missed.

    .venv/bin/python benchmarks/draft_variety.py [--apps 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.drafting import render_draft
from followup.model import (
    Application,
    Contact,
    Interview,
    MessageKind,
    Reply,
    ReplyKind,
    Settings,
    Stage,
)

BAR_WORDS = 12
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+|(?<=[.?!][)\"'”’])\s+")
ZONE = ZoneInfo("America/New_York")

_FIRST = [
    "Dana",
    "Ravi",
    "Marcus",
    "Elena",
    "Sam",
    "Tomás",
    "Grace",
    "Hana",
    "Noor",
    "Owen",
    "Wen",
    "Lucía",
    "Ike",
    "Priya",
    "Jonas",
    "Mei",
    "Kofi",
    "Sofia",
    "Aleksander",
    "Ines",
    "Yusuf",
    "Chloé",
    "Mateo",
    "Anika",
    "Bram",
    "Freya",
    "Omar",
    "Zara",
    "Nikhil",
    "Saoirse",
]
_LAST = [
    "Whitfield",
    "Menon",
    "O'Neill",
    "Kovač",
    "Okafor",
    "Álvarez",
    "Liu",
    "Sato",
    "Haddad",
    "Brooks",
    "Zhao",
    "Romero",
    "Turner",
    "Nair",
    "Berg",
    "Chen",
    "Mensah",
    "Rossi",
    "Nowak",
    "Duarte",
    "Kaya",
    "Martin",
    "Silva",
    "Patel",
    "Visser",
    "Lindqvist",
    "Farouk",
]
_COMPANY_A = [
    "Northwind",
    "Bluefin",
    "Cedar",
    "Lumen",
    "Orchard",
    "Quill",
    "Summit",
    "Kestrel",
    "Maple",
    "Harbor",
    "Granite",
    "Juniper",
    "Beacon",
    "Falcon",
    "Ember",
    "Willow",
    "Copper",
    "Tidal",
    "Aster",
    "Basalt",
    "Cobalt",
    "Fjord",
    "Heron",
    "Indigo",
    "Larch",
    "Meridian",
    "Nimbus",
    "Obsidian",
    "Pinnacle",
    "Quarry",
    "Riverbend",
    "Sable",
    "Thistle",
    "Umber",
    "Vantage",
]
_COMPANY_B = [
    "Analytics",
    "Logistics",
    "Health",
    "Robotics",
    "Bank",
    "Media",
    "Outdoor",
    "Energy",
    "Software",
    "Labs",
    "Systems",
    "Foods",
    "Insurance",
    "Studios",
    "Mobility",
]
_ROLES = """Data Analyst|Product Manager|UX Researcher|Backend Engineer|Data Scientist|Content
Strategist|Marketing Analyst|Operations Analyst|Sales Engineer|Frontend Developer|Project
Manager|Financial Analyst|Customer Success Lead|Site Reliability Engineer|Technical
Writer""".replace("\n", " ").split("|")
_ACTS = """moving|rebuilding|scaling|simplifying|measuring|automating|redesigning|speeding up|
testing|documenting|pricing|forecasting""".replace("\n", "").split("|")
_ADJ = """weekly|nightly|regional|customer-facing|internal|mobile|legacy|shared|quarterly|
self-serve|partner|warehouse|billing|onboarding|support""".replace("\n", "").split("|")
_NOUN = """revenue reports|data pipeline|checkout flow|search ranking|release process|
alerting setup|content calendar|fraud rules|routing engine|survey program|design system|
inventory model|pricing page|ticket queue|newsletter""".replace("\n", "").split("|")
_VERB = [
    "built",
    "led",
    "launched",
    "rewrote",
    "ran",
    "cut",
    "grew",
    "designed",
    "shipped",
    "automated",
]
_THING = """a reporting pipeline|a team of four analysts|an A/B testing platform|the on-call
rotation|a customer research panel|a churn model|a style guide|a billing migration|a
scheduling tool|a partner dashboard""".replace("\n", " ").split("|")
_RESULT = """at my last job|for a fintech startup|across three regions|in under a year|used by
200 people|that halved response times|for a hospital network|at a logistics firm""".replace(
    "\n", " "
).split("|")
_ABOUT = """a recent piece on {n} at {c}|your team's post about {n}|an industry survey on
{n}|a conference talk about {n}""".replace("\n", " ").split("|")


_FOR = """for sales|for finance|for new customers|in Europe|for the app|for partners|for support
staff|for the board|in the warehouse|for small shops""".replace("\n", " ").split("|")


def _topic(rng: random.Random, used: set[str] | None = None) -> str:
    """A topic no other generated application has; people rarely discuss the very same thing."""
    while True:
        topic = f"{rng.choice(_ACTS)} the {rng.choice(_ADJ)} {rng.choice(_NOUN)} {rng.choice(_FOR)}"
        if used is None or topic not in used:
            if used is not None:
                used.add(topic)
            return topic


def _strength(rng: random.Random, used: set[str]) -> str:
    """Experience no other generated application claims."""
    while True:
        years = rng.randrange(2, 9)
        text = f"{rng.choice(_VERB)} {rng.choice(_THING)} {rng.choice(_RESULT)} over {years} years"
        if text not in used:
            used.add(text)
            return text


def generate_applications(count: int = 50, seed: int = 7) -> list[Application]:
    """`count` applications with distinct companies and freely mixed details."""
    rng = random.Random(seed)
    companies = [f"{a} {b}" for a in _COMPANY_A for b in _COMPANY_B]
    rng.shuffle(companies)
    stages = [Stage.PHONE_SCREEN, Stage.FIRST_ROUND, Stage.SECOND_ROUND, Stage.FINAL_ROUND]
    apps = []
    used: set[str] = set()
    for index in range(count):
        company = companies[index]
        role = rng.choice(_ROLES)
        people = rng.sample(range(len(_FIRST)), k=rng.choice([1, 1, 2, 3]))
        contacts = [
            Contact(
                key=_FIRST[p].lower(),
                name=f"{_FIRST[p]} {rng.choice(_LAST)}",
                title=rng.choice(["Hiring Manager", "Recruiter", "Team Lead", ""]),
                email=f"{_FIRST[p].lower()}@example.com" if rng.random() < 0.85 else "",
            )
            for p in people
        ]
        starts = datetime(2026, 11, 2, 10, tzinfo=ZONE) + timedelta(days=rng.randrange(0, 12))
        interview = Interview(
            key="r1",
            stage=rng.choice(stages),
            starts_at=starts,
            interviewers=[c.key for c in contacts],
            topics={
                c.key: [_topic(rng, used) for _ in range(rng.choice([1, 2]))] for c in contacts
            },
            strengths=[_strength(rng, used) for _ in range(len(contacts))],
            concerns=[f"my experience with {_topic(rng)}"] if rng.random() < 0.5 else [],
            wish_i_said=[f"I also {_strength(rng, used)}"] if rng.random() < 0.6 else [],
            decision_date=starts.date() + timedelta(days=rng.randrange(5, 12))
            if rng.random() < 0.5
            else None,
        )
        apps.append(
            Application(
                key=f"app-{index:02d}",
                company=company,
                role=role,
                contacts=contacts,
                interviews=[interview],
                offer_deadline=date(2026, 12, 1) + timedelta(days=rng.randrange(0, 10)),
            )
        )
    return apps


def drafts_for(app: Application, settings: Settings, now: datetime) -> list[str]:
    """The body of every kind of draft for `app`."""
    rng = random.Random(app.key)
    bodies = []
    interview = app.interviews[0]
    for key in interview.interviewers:
        for kind in (MessageKind.THANK_YOU, MessageKind.LINKEDIN):
            bodies.append(render_draft(app, kind, settings, now, to=key).body)
    first = interview.interviewers[0]
    about = rng.choice(_ABOUT).format(n=rng.choice(_NOUN), c=app.company)
    for kind in (
        MessageKind.CHECK_IN,
        MessageKind.FINAL_CHECK_IN,
        MessageKind.CLOSING_NOTE,
        MessageKind.EXPEDITE,
        MessageKind.WITHDRAWAL,
        MessageKind.VALUE_ADD,
    ):
        bodies.append(render_draft(app, kind, settings, now, to=first, about=about).body)
    answers = {
        MessageKind.REPLY_UPDATE: ReplyKind.UPDATE,
        MessageKind.REPLY_REJECTION: ReplyKind.REJECTION,
        MessageKind.REPLY_REQUEST: ReplyKind.REQUEST_INFO,
        MessageKind.OFFER_ACCEPT: ReplyKind.OFFER,
        MessageKind.OFFER_TIME: ReplyKind.OFFER,
    }
    for kind, reply_kind in answers.items():
        reply = Reply(first, now - timedelta(days=1), "...", reply_kind, date(2026, 12, 8))
        app.replies = [reply]
        bodies.append(render_draft(app, kind, settings, now).body)
    app.replies = []
    return bodies


def sentences(body: str) -> list[str]:
    """The sentences between the greeting and the sign-off, normalised for comparison."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if paragraphs and paragraphs[-1].splitlines()[0].rstrip().endswith(","):
        paragraphs = paragraphs[:-1]  # the sign-off block
    lines = "\n".join(paragraphs).splitlines()
    if lines and lines[0].rstrip().endswith(","):
        lines = lines[1:]  # the greeting
    parts = _SENTENCE_END.split(" ".join(lines))
    return [" ".join(p.lower().split()) for p in parts if p.strip()]


def shared_sentences(
    apps: list[Application], settings: Settings, now: datetime
) -> dict[str, set[str]]:
    """Every sentence found in the drafts of more than one application, with their keys."""
    seen: dict[str, set[str]] = defaultdict(set)
    for app in apps:
        for body in drafts_for(app, settings, now):
            for sentence in sentences(body):
                seen[sentence].add(app.key)
    return {s: owners for s, owners in seen.items() if len(owners) > 1}


def longest_shared(apps: list[Application], settings: Settings, now: datetime) -> tuple[int, str]:
    """The word count and text of the longest sentence two applications' drafts share."""
    shared = shared_sentences(apps, settings, now)
    if not shared:
        return 0, ""
    best = max(shared, key=lambda s: len(s.split()))
    return len(best.split()), best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--list", action="store_true", help="List every long shared sentence.")
    args = parser.parse_args(argv)
    settings = Settings(your_name="Jordan Lee")
    now = datetime(2026, 11, 30, 12, tzinfo=ZONE)
    apps = generate_applications(args.apps, args.seed)
    if args.list:
        shared = shared_sentences(apps, settings, now)
        for text in sorted(shared, key=lambda t: -len(t.split())):
            if len(text.split()) > BAR_WORDS:
                print(f"{len(text.split()):3d} words, {len(shared[text]):2d} apps: {text}")
    words, sentence = longest_shared(apps, settings, now)
    print(f"applications: {args.apps}, longest shared sentence: {words} words (bar: {BAR_WORDS})")
    if sentence:
        print(f"  {sentence!r}")
    return 0 if words <= BAR_WORDS else 1


if __name__ == "__main__":
    sys.exit(main())
