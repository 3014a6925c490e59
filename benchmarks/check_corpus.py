"""A realistic corpus for the checker benchmark: varied drafts to many employers.

Each application (a company with its own mail domain, a role, one to three interviewers)
gets the notes a job seeker writes: a thank-you to each interviewer, then perhaps a
check-in, a reply or a note about an offer. Sentences are put together from many parts
and topics, so drafts share phrases but not whole notes, and about one draft in four has a
mistake of the kind the checker looks for. A few panels get the same thank-you with only
the name changed, as people do; those are the pairs FU604 should report.
"""

from __future__ import annotations

import random

_FIRST = [
    "Dana",
    "Ravi",
    "Marcus",
    "Elena",
    "Sam",
    "Grace",
    "Hana",
    "Noor",
    "Owen",
    "Wen",
    "Ike",
    "Priya",
    "Jonas",
    "Mei",
    "Kofi",
    "Sofia",
    "Ines",
    "Yusuf",
    "Mateo",
    "Anika",
    "Bram",
    "Freya",
    "Omar",
    "Zara",
    "Nikhil",
    "Lena",
    "Tomas",
    "Aisha",
    "Felix",
    "Rosa",
]
_LAST = [
    "Whitfield",
    "Menon",
    "O'Neill",
    "Okafor",
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
    "Okoye",
    "Bell",
    "Raman",
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
    "Pinnacle",
    "Riverbend",
    "Sable",
    "Thistle",
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
_ROLES = [
    "Data Analyst",
    "Product Manager",
    "UX Researcher",
    "Backend Engineer",
    "Data Scientist",
    "Content Strategist",
    "Marketing Analyst",
    "Operations Analyst",
    "Sales Engineer",
    "Frontend Developer",
    "Project Manager",
    "Financial Analyst",
    "Customer Success Lead",
    "Technical Writer",
    "Support Lead",
    "Buyer",
]
_ACTS = [
    "moving",
    "rebuilding",
    "scaling",
    "simplifying",
    "measuring",
    "automating",
    "redesigning",
    "testing",
    "documenting",
    "pricing",
    "forecasting",
    "cleaning up",
]
_ADJ = [
    "weekly",
    "nightly",
    "regional",
    "customer-facing",
    "internal",
    "mobile",
    "legacy",
    "shared",
    "quarterly",
    "self-serve",
    "partner",
    "warehouse",
    "billing",
    "onboarding",
    "support",
]
_NOUN = [
    "revenue reports",
    "data pipeline",
    "checkout flow",
    "search ranking",
    "release process",
    "alerting setup",
    "content calendar",
    "fraud rules",
    "routing engine",
    "survey program",
    "design system",
    "inventory model",
    "pricing page",
    "ticket queue",
    "newsletter",
    "demand forecast",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_THING = [
    "a reporting pipeline",
    "a team of four analysts",
    "an A/B testing platform",
    "the on-call rotation",
    "a customer research panel",
    "a churn model",
    "a style guide",
    "a billing migration",
    "a scheduling tool",
    "a partner dashboard",
]
_RESULT = [
    "at my last job",
    "for a fintech startup",
    "across three regions",
    "in under a year",
    "that halved response times",
    "for a hospital network",
    "at a logistics firm",
    "used by two hundred people",
]
_OPEN = [
    "Thank you for taking the time to meet with me on {day}.",
    "Thank you for the conversation on {day} about the {role} role.",
    "Many thanks for walking me through the team's plans on {day}.",
    "I appreciated the time you spent with me on {day}, and the candid answers.",
    "Thanks again for meeting with me about the {role} position.",
    "It was a pleasure to speak with you on {day} about the {role} opening.",
    "Thank you for a thoughtful interview on {day}.",
]
_DETAIL = [
    "I enjoyed hearing about {topic}, and your question about {topic2} kept me thinking on the way home.",
    "Your account of {topic} made the work sound both hard and worth doing.",
    "I keep coming back to what you said about {topic}; it is the kind of problem I like most.",
    "Learning how the team approaches {topic} gave me a much clearer picture of the job.",
    "The part about {topic} stood out, especially how openly you talked about what did not work at first.",
    "I left curious about {topic}, and I read a little more about it that evening.",
]
_STRENGTH = [
    "At my current job I {verb} {thing} {result}, and I would be glad to bring that experience to your team.",
    "I {verb} {thing} {result}, so the work on {topic} feels familiar.",
    "Having {verb2} {thing} {result}, I think I could help with {topic} from the first month.",
    "My time spent on {thing} {result} taught me a lot that applies to {topic}.",
]
_VERB = ["built", "led", "launched", "rewrote", "ran", "designed", "shipped", "automated"]
_VERB2 = ["built", "led", "launched", "rewritten", "run", "designed", "shipped", "automated"]
_CLOSE = [
    "Please let me know if I can share anything else.",
    "I look forward to hearing about the next steps.",
    "If it would help, I am happy to send a short sample of my work.",
    "Thank you again for your time.",
    "I hope the rest of your week goes well.",
    "",
]
_CHECK_IN = [
    "I hope your week is going well. You mentioned the team hoped to decide by {day}, so I wanted to check in on the {role} position.",
    "I wanted to follow up on my interview for the {role} role. Our conversation about {topic} stayed with me.",
    "I am writing to check in on the {role} position, as it has been a little over a week since we spoke.",
]
_CHECK_ASK = [
    "Would you be able to share an updated timeline?",
    "Is there any update you can share on the hiring timeline?",
    "I remain very interested, and I would be grateful for any news when you have it.",
]
_OTHER = [
    "Thank you for letting me know, and for the care you took in telling me. I enjoyed meeting the team and learning about {topic}, and I would be glad to be considered for future roles.",
    "I am delighted to accept the offer for the {role} position. The start date in the offer letter works well for me, and I have signed and returned the documents.",
    "Thank you very much for the offer. Could I have until {day} to review the benefits and the details with my family? I will get back to you with my answer then.",
    "After a great deal of thought I have decided to withdraw from the {role} process. I enjoyed learning about {topic}, and I hope our paths cross again.",
    "After our talk about {topic}, I came across a short article that compares a few simple approaches to it. The section on {topic2} reminded me of your example, so I thought you might find it useful.",
    "Thank you for the update on the timeline. I am still very interested in the {role} role, and I am happy to wait for the team's decision.",
    "Here are the two references you asked for, with their contact details below. Both worked with me on {topic} and know my work well.",
]
_SUBJECT = {
    "thank_you": [
        "Thank you - {role} interview",
        "Thanks for the conversation about {noun}",
        "Following up on our talk about {noun}",
        "{role} interview on {day}",
    ],
    "check_in": [
        "{role} role - checking in",
        "Checking in on the {role} position",
        "{role} application - a quick check-in",
    ],
    "other": [
        "Re: Your application for the {role} role",
        "Re: Next steps for the {role} role",
        "{role} offer",
        "An article on {noun}",
    ],
}
_SIGN = ["Best regards", "Kind regards", "Best", "Thank you", "Many thanks", "Warm regards"]
_MISTAKES = [
    "Hey, thx again for the chat!",
    "Please let me know your decision by Friday.",
    "I need an answer ASAP because I have other offers.",
    "What is the salary range for this role?",
    "Sorry for rambling on the case question.",
    "I am a hard-working team player with great communication skills.",
    "Looking forward to hearing from you!!!",
    "Thanks for everything :)",
    "I recieved the agenda and I am definately excited.",
    "I would love to work at [Company].",
    "I know you must be busy, but I just wanted to bump this up in your inbox.",
]


def _topic(rng: random.Random) -> str:
    return f"{rng.choice(_ACTS)} the {rng.choice(_ADJ)} {rng.choice(_NOUN)}"


def _note(rng: random.Random, kind: str, fill: dict[str, str]) -> list[str]:
    """The paragraphs of one note between greeting and sign-off."""

    def pick(options: list[str]) -> str:
        return rng.choice(options).format(**fill, topic2=_topic(rng))

    if kind == "thank_you":
        paragraphs = [f"{pick(_OPEN)} {pick(_DETAIL)}", pick(_STRENGTH), pick(_CLOSE)]
    elif kind == "check_in":
        paragraphs = [pick(_CHECK_IN), pick(_CHECK_ASK)]
    else:
        paragraphs = [pick(_OTHER), pick(_CLOSE)]
    return [p for p in paragraphs if p]


def _mistake(rng: random.Random, paragraphs: list[str]) -> list[str]:
    """The paragraphs with one typical mistake added."""
    roll = rng.random()
    if roll < 0.1:
        return paragraphs * 3  # far too long: the same points again and again
    at = rng.randrange(len(paragraphs))
    paragraphs = list(paragraphs)
    paragraphs[at] = f"{paragraphs[at]} {rng.choice(_MISTAKES)}"
    return paragraphs


def realistic_drafts(count: int, seed: int = 3) -> list[str]:
    """`count` drafts written to many employers, some with mistakes, a few panel copies."""
    rng = random.Random(seed)
    companies = [f"{a} {b}" for a in _COMPANY_A for b in _COMPANY_B]
    rng.shuffle(companies)
    drafts: list[str] = []
    for company in companies:
        if len(drafts) >= count:
            break
        domain = company.lower().replace(" ", "") + ".example"
        role = rng.choice(_ROLES)
        people = [(rng.choice(_FIRST), rng.choice(_LAST)) for _ in range(rng.choice([1, 1, 2, 3]))]
        topic = _topic(rng)
        kinds = ["thank_you"] * len(people) + rng.sample(["check_in", "other", "other"], k=2)
        copied: list[str] | None = None
        for n, kind in enumerate(kinds):
            first, last = people[min(n, len(people) - 1)] if kind == "thank_you" else people[0]
            fill = {"day": rng.choice(_DAYS), "role": role, "topic": topic}
            fill.update(noun=rng.choice(_NOUN), verb=rng.choice(_VERB), verb2=rng.choice(_VERB2))
            fill.update(thing=rng.choice(_THING), result=rng.choice(_RESULT))
            paragraphs = _note(rng, kind, fill)
            if kind == "thank_you" and copied is not None and rng.random() < 0.3:
                paragraphs = copied  # the same note for the next panelist
            if rng.random() < 0.25:
                paragraphs = _mistake(rng, paragraphs)
            if kind == "thank_you" and copied is None:
                copied = paragraphs
            lines = []
            if rng.random() < 0.8:
                address = f"{first.lower()}.{last.lower().replace(chr(39), '')}@{domain}"
                lines.append(f"To: {first} {last} <{address}>")
            if rng.random() < 0.95:
                lines.append("Subject: " + rng.choice(_SUBJECT[kind]).format(**fill))
            if lines:
                lines.append("")
            title = rng.choice(["Mr.", "Ms."])
            greeting = rng.choice(["Hi {f},", "Hello {f},", "Dear {f},", "Dear {t} {l},"])
            lines += [greeting.format(f=first, t=title, l=last), ""]
            lines += [line for p in paragraphs for line in (p, "")]
            lines += [f"{rng.choice(_SIGN)},", rng.choice(["Jordan", "Jordan Lee"])]
            drafts.append("\n".join(lines) + "\n")
    return drafts[:count]
