"""The resolved view rules work from: the draft, its kind and stage, and the known names."""

from __future__ import annotations

import re

from followup.checks import patterns
from followup.checks.base import Part, Rule
from followup.checks.context import CheckContext
from followup.checks.document import Document, addresses
from followup.checks.text import (
    ASCII_TOKEN,
    TOKEN,
    Greeting,
    LazyPattern,
    core_span,
    iter_sentences,
    sentence_spans,
)
from followup.model import Contact, Interview, MessageKind, Stage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

#: Words that close a company name, so "Lol Labs" reads as a name and not as slang.
ORG_SUFFIXES = (
    "Inc|Inc\\.|LLC|Ltd|Ltd\\.|Labs?|Analytics|Corp|Corp\\.|Corporation|Company|Co\\.|"
    "Technologies|Technology|Tech|Systems|Group|Partners|Software|Solutions|Health|Bank|"
    "Capital|Ventures|Studios?|Media|Consulting|Holdings|Industries|Networks|Robotics|AI|GmbH|PLC"
)
# Written as "\b(?:[A-Z][\w&'’.-]*[ \t]+){1,3}(?:SUFFIXES)" with the first word taken out of
# the repeat and its \b moved after the capital, as a look-behind: a pattern that begins
# with a capital lets the regex engine skip to the capitals; one that begins with \b is
# tried at every character.
ORG_NAME = LazyPattern(
    r"[A-Z](?<!\w.)[\w&'’.-]*[ \t]+(?:[A-Z][\w&'’.-]*[ \t]+){0,2}(?:" + ORG_SUFFIXES + r")(?![\w])"
)
_ORG_SUFFIX = LazyPattern(r"(?:" + ORG_SUFFIXES + r")(?![\w])")

# Matched against lower-cased text, without a leading \b: a pattern that starts with
# plain letters lets the regex engine skip ahead quickly.
_OFFER = patterns.compile(r"offer\b")
_ACCEPT = LazyPattern(r"(?:accept|accepting|sign(?:ed)? the offer)\b")
_CONSIDER = LazyPattern(
    r"(?:time to (?:consider|review|think)|review the offer|a few (?:more )?days|until (?:mon|tues|wednes|thurs|fri)day)",
)
_EXPEDITE = LazyPattern(r"(?:another|a competing|a second|an outside|the other) (?:job )?offer\b")
_REPLY_UPDATE = LazyPattern(r"(?:update|timeline|delay|news)\b")
_WITHDRAW = patterns.compile(r"withdraw(?:ing|al)?\b")
_REJECTION = LazyPattern(
    r"(?:for letting me know|for the update on your decision|other candidates?|not (?:be )?moving forward|keep me in mind|in (?:mind|touch) for future)",
)
_CHECK_IN = patterns.compile(
    r"(?:check(?:ing)? in|follow(?:ing)?[- ]up|any (?:update|news)|an update|the status|touch(?:ing)? base|circl(?:e|ing) back)\b",
)
# "\benjoyed" written as "e(?<!\we)njoyed": with every branch starting with a letter the
# regex engine skips ahead to those letters instead of trying each character.
_THANKS = patterns.compile(
    r"thank(?: you|s)\b[^.!?\n]{0,30}\b(?:for|again)\b|e(?<!\we)njoyed (?:meeting|speaking|talking|our)\b",
)
_REPLY_SUBJECT = patterns.compile(r"\s*re\s*:")
_NAME_WORD = patterns.compile(r"[^\W\d_][\w'’-]*")
_PHONE = LazyPattern(r"(?:phone (?:screen|interview|call)|screening call|intro(?:ductory)? call)\b")
#: Strings every match of a pattern contains: without one, the slower regex scan is skipped.
_MUST_CONTAIN: dict[LazyPattern, tuple[str, ...]] = {
    _REJECTION: (
        "letting me know",
        "the update on your decision",
        "other candidate",
        "moving forward",
        "keep me in mind",
        " for future",
    ),
    _PHONE: ("phone ", "screening call", "intro"),
}


def _found(pattern: LazyPattern, text: str) -> bool:
    """pattern.search(text) is not None, skipping the scan when a required string is absent."""
    # A loop, not any() over a generator: this runs a few times for every draft.
    for required in _MUST_CONTAIN[pattern]:
        if required in text:
            return pattern.search(text) is not None
    return False


#: How every _THANKS match begins: its search can start at the first of these.
_THANKS_STARTS = ("thank", "enjoyed")


def _thanks(text: str) -> re.Match[str] | None:
    """_THANKS.search(text), begun where a match can first begin, not at each "t" and "e"."""
    first = -1
    for start in _THANKS_STARTS:
        at = text.find(start)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return None if first < 0 else _THANKS.search(text, first)


#: The context parts `known_words` last came from without an application, and the words.
_KNOWN_WORDS: list[Any] = []

if TYPE_CHECKING:
    # The checker sees the standard library's typed equivalent.
    from functools import cached_property as _cached
else:

    class _cached:
        """Like functools.cached_property, without the lock that costs more than most values."""

        def __init__(self, func):
            self.func = func
            self.name = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner, name):
            self.name = name

        def __get__(self, obj, owner):
            if obj is None:
                return self
            value = obj.__dict__[self.name] = self.func(obj)
            return value


class Scope:
    """One draft with its context resolved; rules read everything from here."""

    def __init__(self, doc: Document, ctx: CheckContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.config = ctx.config
        self.settings = ctx.settings
        self.application = ctx.application

    # -- people -------------------------------------------------------------------------
    @_cached
    def recipients(self) -> list[Contact]:
        """The application's contacts that the To and Cc lines name, by address or name."""
        return self._contacts_in(self.doc.recipients())

    @_cached
    def to(self) -> Contact | None:
        """The recipient given, else the only contact the To line names."""
        if self.ctx.to is not None:
            return self.ctx.to
        if self.doc.to is None or self.application is None:
            return None  # only an application's contacts can be named
        named = self._contacts_in(addresses([self.doc.to.value]))
        return named[0] if len(named) == 1 else None

    def _contacts_in(self, pairs: list[tuple[str, str]]) -> list[Contact]:
        app = self.application
        if app is None:
            return []
        found: list[Contact] = []
        for name, address in pairs:
            for contact in app.contacts:
                same_address = (
                    bool(address and contact.email) and address.lower() == contact.email.lower()
                )
                same_name = bool(name) and name.strip().lower() == contact.name.strip().lower()
                if (same_address or same_name) and contact not in found:
                    found.append(contact)
        return found

    # -- kind and stage ---------------------------------------------------------------
    @_cached
    def kind(self) -> MessageKind | None:
        """The kind given, else the one the subject and body suggest."""
        return self.ctx.kind or infer_kind(self.doc)

    @_cached
    def interview(self) -> Interview | None:
        """The interview the draft is about: the one named, else the latest."""
        app = self.application
        if app is None or not app.interviews:
            return None
        if self.ctx.interview:
            return app.interview(self.ctx.interview)
        return max(app.interviews, key=lambda i: i.starts_at)

    @_cached
    def stage(self) -> Stage | None:
        """The stage given, else the interview's, else a phone screen if the text says so."""
        if self.ctx.stage is not None:
            return self.ctx.stage
        if self.interview is not None:
            return self.interview.stage
        if _found(_PHONE, self.doc.lowered("subject") or "") or _found(
            _PHONE, self.doc.lowered("body") or self.doc.body.lower()
        ):
            return Stage.PHONE_SCREEN
        return None

    # -- configuration ----------------------------------------------------------------
    def param(self, rule: Rule | type[Rule], name: str) -> Any:
        """A tunable number: the config file's value, else the rule's default."""
        return self.config.params.get(rule.code, {}).get(name, rule.params[name])

    def phrases(self, key: str) -> tuple[str, ...]:
        """The user's own phrases for one list in [phrases]."""
        return self.config.phrases.get(key, ())

    # -- structure ----------------------------------------------------------------------
    @_cached
    def your_name(self) -> str:
        return self.settings.your_name if self.settings else ""

    @_cached
    def greeting(self) -> Greeting | None:
        return self.doc.greeting()

    @_cached
    def core(self) -> tuple[int, int]:
        """Start and end of the message between greeting and sign-off."""
        return core_span(self.doc.body, self.your_name, self.greeting, self.sign_off)

    @_cached
    def sign_off(self) -> int | None:
        """Offset of the sign-off line in the body, or None."""
        return self.doc.sign_off(self.your_name)

    @_cached
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans of the core."""
        start, end = self.core
        return sentence_spans(self.doc.body, start, end)

    def first_sentences(self) -> Iterator[tuple[int, int]]:
        """`sentences` one by one: split only as far as read, unless already worked out."""
        found = self.__dict__.get("sentences")
        if found is not None:
            return iter(found)
        start, end = self.core
        return iter_sentences(self.doc.body, start, end)

    @_cached
    def core_tokens(self) -> list[str]:
        """The words of the core as `TOKEN` finds them, shared by FU201 and FU503."""
        start, end = self.core
        body = self.doc.body
        return (ASCII_TOKEN if body.isascii() else TOKEN).findall(body, start, end)

    # -- names --------------------------------------------------------------------------
    @_cached
    def known_names(self) -> list[str]:
        """Names from the context: company, contacts, role, topics and the user's own."""
        names: list[str] = []
        app = self.application
        if app is not None:
            names += [app.company, app.role]
            names += [c.name for c in app.contacts]
            for interview in app.interviews:
                for topics in interview.topics.values():
                    names += topics
        if self.to is not None:
            names.append(self.to.name)
        names.append(self.your_name)
        names += self.ctx.other_companies
        return [n for n in names if n and n.strip()]

    @_cached
    def known_words(self) -> frozenset[str]:
        """Lower-cased single words the spelling rule accepts."""
        ctx = self.ctx
        key = None
        if self.application is None:
            # Then they come from the context alone, which the drafts of one call share:
            # worked out once for it, not once per draft.
            key = (ctx.to, ctx.settings, ctx.other_companies, ctx.config.accept, ctx.words)
            if _KNOWN_WORDS:
                last = _KNOWN_WORDS[0]
                # The same objects, compared one by one (all() over a generator costs more).
                if (
                    last[0] is key[0]
                    and last[1] is key[1]
                    and last[2] is key[2]
                    and last[3] is key[3]
                    and last[4] is key[4]
                ):
                    return _KNOWN_WORDS[1]
        found = {w.lower() for name in self.known_names for w in _NAME_WORD.findall(name)}
        words = frozenset(found | self.config.accept | ctx.words)
        if key is not None:
            _KNOWN_WORDS[:] = [key, words]
        return words

    def protected(self, part: Part) -> list[tuple[int, int]]:
        """Spans that are names (known ones and company-like ones), not prose."""
        key = "protected:" + part
        cached = self.doc._cache.get(key)
        if cached is not None:
            return cached  # type: ignore[return-value]
        text = self.doc.part(part)
        # ORG_NAME is slow to scan, and cannot match without one of its suffixes.
        spans = [m.span() for m in ORG_NAME.finditer(text)] if _ORG_SUFFIX.search(text) else []
        for name in self.known_names:
            if len(name) < 2:
                continue
            spans += [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
        self.doc._cache[key] = spans
        return spans

    def is_protected(self, part: Part, start: int, end: int) -> bool:
        """True when [start, end) lies inside a name."""
        return any(s <= start and end <= e for s, e in self.protected(part))


def infer_kind(doc: Document) -> MessageKind | None:
    """Guess the kind from the subject and body; None when nothing stands out."""
    subject = (doc.subject.value if doc.subject else "").lower()
    body = doc.body[:1500].lower()
    text = subject + "\n" + body
    # Both offer patterns need the word: one look for it instead of a scan and a look.
    offer = "offer" in text
    if offer and _EXPEDITE.search(text) and not _WITHDRAW.search(text):
        return MessageKind.EXPEDITE
    if offer and _OFFER.search(text):
        if _CONSIDER.search(text):
            return MessageKind.OFFER_TIME
        if _ACCEPT.search(text):
            return MessageKind.OFFER_ACCEPT
    if _WITHDRAW.search(text):
        return MessageKind.WITHDRAWAL
    if _found(_REJECTION, text):
        return MessageKind.REPLY_REJECTION
    if _REPLY_SUBJECT.match(subject):
        # Answering the employer's message: an update, or whatever they asked for.
        return (
            MessageKind.REPLY_UPDATE if _REPLY_UPDATE.search(subject) else MessageKind.REPLY_REQUEST
        )
    if _CHECK_IN.search(subject):
        return MessageKind.CHECK_IN
    if _THANKS.search(subject) or subject.lower().startswith("thank"):
        return MessageKind.THANK_YOU
    # In the body the earlier signal wins: a check-in may thank, a thank-you may mention later steps.
    check_in = _CHECK_IN.search(body)
    thanks = _thanks(body)
    if check_in and (thanks is None or check_in.start() < thanks.start()):
        return MessageKind.CHECK_IN
    if thanks:
        return MessageKind.THANK_YOU
    return None
