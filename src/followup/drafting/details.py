"""What a draft can say: the details of one application, gathered for one recipient."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from followup.drafting.text import join_names, long_day, one_line, short_day, stable_index
from followup.model import Application, Contact, Interview, MessageKind, Reply, Settings, Stage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

STAGE_WORDS = {
    Stage.PHONE_SCREEN: "phone screen",
    Stage.FIRST_ROUND: "first-round interview",
    Stage.SECOND_ROUND: "second-round interview",
    Stage.FINAL_ROUND: "final-round interview",
    Stage.OTHER: "interview",
}

_GREETINGS = ("Dear", "Hello", "Hi")
_SIGN_OFFS = ("Best regards,", "Kind regards,", "With thanks,", "All the best,", "Warm regards,")
#: First words that make a strength a clause ("led a team of five") rather than a noun.
_VERBS = frozenset(
    [
        "built",
        "rebuilt",
        "led",
        "ran",
        "wrote",
        "rewrote",
        "made",
        "grew",
        "won",
        "taught",
        "drove",
        "set",
        "cut",
        "took",
        "shipped",
        "spent",
        "sold",
        "brought",
        "began",
        "kept",
        "met",
        "oversaw",
        "saw",
        "shaped",
        "held",
        "put",
        "got",
        "gave",
        "found",
        "did",
        "helped",
        "have",
        "has",
        "am",
        "was",
        "started",
        "owned",
        "created",
        "designed",
        "redesigned",
        "launched",
        "managed",
        "worked",
        "reduced",
        "increased",
        "improved",
        "delivered",
        "developed",
        "trained",
        "mentored",
    ]
)


class Gap:
    """A detail the draft wanted but the store does not hold, and how to add it."""

    # Plain classes here, not dataclasses: building those at import costs start-up time.
    __slots__ = ("hint", "what")

    def __init__(self, what: str, hint: str) -> None:
        self.what = what
        self.hint = hint

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Gap):
            return NotImplemented
        return (self.what, self.hint) == (other.what, other.hint)

    def __hash__(self) -> int:
        return hash((self.what, self.hint))

    def __repr__(self) -> str:
        return f"Gap(what={self.what!r}, hint={self.hint!r})"

    def listed(self) -> str:
        return f"{self.what} ({self.hint})"


class Facts:
    """Everything chosen before rendering: who, about which interview, answering what."""

    def __init__(
        self,
        app: Application,
        kind: MessageKind,
        settings: Settings,
        now: datetime,
        contact: Contact | None,
        interview: Interview | None,
        reply: Reply | None = None,
        about: str = "",
    ) -> None:
        self.app = app
        self.kind = kind
        self.settings = settings
        self.now = now
        self.contact = contact
        self.interview = interview
        self.reply = reply
        self.about = about
        self.decision: date | None = None  # the date the employer named, from a timeline or reply
        self.answer_day: date | None = None  # for asking for time to consider an offer
        self.gaps: list[Gap] = []

    @property
    def position(self) -> int:
        """The recipient's place on the interview panel; it shifts every phrasing choice."""
        if self.interview is None or self.contact is None:
            return 0
        keys = self.interview.interviewers
        return keys.index(self.contact.key) if self.contact.key in keys else 0

    @property
    def panel(self) -> bool:
        return (
            self.interview is not None
            and self.contact is not None
            and len(self.interview.interviewers) > 1
            and self.contact.key in self.interview.interviewers
        )


def greeting_name(contact: Contact | None) -> str:
    """The name after 'Dear': the first name, or 'Dr. Okafor' when the name starts with a title."""
    if contact is None:
        return ""
    words = one_line(contact.name).split()
    if not words:
        return ""
    if words[0].endswith(".") and len(words) > 1:
        return f"{words[0]} {words[-1]}"
    return words[0]


def detail(text: str) -> str:
    """A user's note as a phrase to embed: one line, no closing punctuation."""
    return one_line(text).rstrip(" .;,!")


def as_clause(text: str) -> str:
    """A strength as something the writer says about themself: 'I led ...', 'I bring ...'."""
    text = detail(text)
    if not text:
        return ""
    words = text.split()
    first = words[0].lower()
    if first in ("i", "i'm", "i've", "i’ve", "i’m"):
        return "I" + text[1:]
    if first in _VERBS or (first.endswith("ed") and len(first) > 4):
        return "I " + first + text[len(words[0]) :]
    return f"I bring {text}"


def _item(items: list[str], index: int, share: bool) -> str:
    """The detail meant for the index-th panelist; a lone interviewer gets the first one."""
    if index < len(items):
        return detail(items[index])
    return detail(items[0]) if items and share else ""


def template_context(facts: Facts) -> dict[str, Any]:
    """The names a template may use (docs/drafts.md lists them)."""
    app, contact, interview = facts.app, facts.contact, facts.interview
    first = greeting_name(contact)
    seed = f"{app.key}|{facts.kind.value}"
    position = facts.position

    def choose(slot: str, count: int) -> int:
        # Panelists take consecutive phrasings, so no two notes of a panel share a frame.
        return (stable_index(f"{seed}|{slot}", count) + position) % max(count, 1)

    def gap(name: str) -> str:
        found = _gap(name, facts, first)
        if found not in facts.gaps:
            facts.gaps.append(found)
        return f"(Still to add: {found.what}.)"

    others: list[str] = []
    topics: list[str] = []
    strengths: list[str] = []
    if interview is not None:
        others = [
            greeting_name(app.contact(k)) or k
            for k in interview.interviewers
            if contact is None or k != contact.key
        ]
        key = contact.key if contact else ""
        topics = [detail(t) for t in interview.topics.get(key, []) if t.strip()]
        strengths = [detail(s) for s in interview.strengths if s.strip()]
    share = not facts.panel
    your_name = one_line(facts.settings.your_name)
    greeting_word = _GREETINGS[stable_index(f"{seed}|greeting", len(_GREETINGS))]
    reply = facts.reply
    strength = strengths[position % len(strengths)] if strengths else ""
    sign_off = _SIGN_OFFS[stable_index(f"{seed}|sign-off", len(_SIGN_OFFS))]
    signature = your_name or gap("your_name")
    return {
        "company": one_line(app.company),
        "role": one_line(app.role),
        "name": one_line(contact.name) if contact else "",
        "first": first,
        "title": one_line(contact.title) if contact else "",
        "greeting": f"{greeting_word} {first}," if first else "Hello,",
        "your_name": your_name,
        "sign_off": f"{sign_off}\n{signature}",
        "stage": STAGE_WORDS[interview.stage] if interview else "interview",
        "phone_screen": bool(interview and interview.stage is Stage.PHONE_SCREEN),
        "day_name": _local(interview.starts_at, facts).strftime("%A") if interview else "",
        "day": long_day(_local(interview.starts_at, facts).date()) if interview else "",
        "topics": topics,
        "topic": topics[0] if topics else "",
        "other_topic": topics[1] if len(topics) > 1 else "",
        "strength": strength,
        "strength_clause": as_clause(strength),
        "concern": _item(interview.concerns, position, share) if interview else "",
        "wish": _item(interview.wish_i_said, position, share) if interview else "",
        "panel": facts.panel,
        "others": join_names(others) if facts.panel else "",
        "you_and_others": join_names(["you", *others]) if facts.panel else "you",
        "decision_day": long_day(facts.decision) if facts.decision else "",
        "decision_short": short_day(facts.decision) if facts.decision else "",
        "decision_passed": bool(
            facts.decision and facts.decision < _local(facts.now, facts).date()
        ),
        "reply_day": long_day(_local(reply.received_at, facts).date()) if reply else "",
        "new_date": long_day(reply.new_date) if reply and reply.new_date else "",
        "new_short": short_day(reply.new_date) if reply and reply.new_date else "",
        "about": detail(facts.about),
        "deadline": long_day(app.offer_deadline) if app.offer_deadline else "",
        "answer_day": long_day(facts.answer_day) if facts.answer_day else "",
        "choose": choose,
        "gap": gap,
    }


def _local(moment: datetime, facts: Facts) -> datetime:
    from zoneinfo import ZoneInfo

    try:
        return moment.astimezone(ZoneInfo(facts.settings.timezone))
    except (ValueError, KeyError):
        return moment


def _gap(name: str, facts: Facts, first: str) -> Gap:
    key = facts.app.key
    iv = facts.interview.key if facts.interview else "INTERVIEW"
    who = facts.contact.key if facts.contact else "CONTACT"
    person = first or "them"
    makers: dict[str, Callable[[], Gap]] = {
        "topic": lambda: Gap(
            f"a topic you discussed with {person}",
            f"followup debrief {key} {iv} --topic {who}:TEXT",
        ),
        "strength": lambda: Gap(
            "the experience of yours that matches what they need",
            f"followup debrief {key} {iv} --strength TEXT",
        ),
        "contact": lambda: Gap(
            "who this note is for",
            f"followup contact {key} 'NAME <EMAIL>', then draft with --to",
        ),
        "your_name": lambda: Gap(
            "your name under the note", "followup settings --name 'YOUR NAME'"
        ),
        "request": lambda: Gap(
            f"what {person} asked you for",
            "write it in with followup draft ... --edit",
        ),
        "about": lambda: Gap(
            "the article or company news you want to share",
            f"followup draft {key} --kind value_add --about TEXT",
        ),
    }
    maker = makers.get(name)
    if maker is None:
        return Gap(name.replace("_", " "), "add it with followup draft ... --edit")
    return maker()
