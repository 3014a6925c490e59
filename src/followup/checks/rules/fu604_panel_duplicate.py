"""FU604 panel-duplicate."""

from __future__ import annotations

from collections.abc import Iterator

from followup.checks.base import Hit, Rule
from followup.checks.document import Document
from followup.checks.scope import Scope
from followup.checks.similarity import (
    THRESHOLD,
    core_text,
    document_core,
    has_words,
    jaccard,
    recipients_of,
    shingles,
)
from followup.model import MessageKind


class PanelDuplicate(Rule):
    """The same note, or nearly, sent to different members of a panel.

    ## What it flags
    A draft whose message (greeting and sign-off aside) shares at least 60% of
    its three-word sequences with a note to a different person of the same
    application. That note is another file checked in the same call whose To or
    Cc has an address at the same mail domain (a public one such as gmail.com
    does not count), any other file in the call with `--application`, or, with
    `--application`, a saved draft or sent thank-you to another interviewer of
    the same interview. Files to different employers, or without addresses and
    without `--application`, are not compared. Names are masked before
    comparing, so swapping only the name does not help.

    ## Why
    Panelists compare notes after an interview. Identical thank-yous show that
    none of them was written for its reader, which cancels the point of sending
    them.

    ## Example
    The same three sentences to Dana and to Sam, with only the greeting changed.

    ## Instead
    Give each panelist one or two sentences about what you discussed with them
    in particular.
    """

    code = "FU604"
    name = "panel-duplicate"
    severity = "error"

    def check(self, doc: Document, scope: Scope) -> Iterator[Hit]:
        if not scope.ctx.peers and (scope.application is None or scope.to is None):
            return
        core = document_core(doc)
        if not has_words(core):
            return
        masked = self._names(scope)
        own: frozenset[str] | None = None  # built only when a score is not known already
        start, end = scope.sentences[0] if scope.sentences else (0, 0)
        # Report the closest copy once, naming how many more there are.
        copies = []
        mine = frozenset(recipients_of(doc)) if scope.ctx.peers else frozenset()
        for peer in scope.ctx.peers:
            if not mine or not peer.recipients or not mine.isdisjoint(peer.recipients):
                continue
            score = peer.similarity
            if score is None:
                if own is None:
                    own = shingles(core, masked)
                score = jaccard(own, shingles(core_text(peer.body), masked))
            if score >= THRESHOLD:
                copies.append((score, peer.path))
        if copies:
            score, path = max(copies)
            more = f" and {len(copies) - 1} other draft(s)" if len(copies) > 1 else ""
            yield Hit(
                start,
                end,
                f"{score:.0%} the same as {path}{more}: write each person their own note",
            )
        if scope.application is not None and scope.to is not None:
            if own is None:
                own = shingles(core, masked)
            yield from self._against_history(scope, own, masked, start, end)

    def _against_history(
        self, scope: Scope, own: frozenset[str], masked: frozenset[str], start: int, end: int
    ) -> Iterator[Hit]:
        app, recipient = scope.application, scope.to
        if app is None or recipient is None:
            return
        panel = (
            set(scope.interview.interviewers) if scope.interview else {c.key for c in app.contacts}
        )
        earlier = [(d.to, d.body) for d in app.drafts if d.kind is MessageKind.THANK_YOU]
        earlier += [(m.to, m.body) for m in app.messages if m.kind is MessageKind.THANK_YOU]
        for to, body in earlier:
            others = [k for k in to if k != recipient.key and k in panel]
            if not others or recipient.key in to or not body.strip():
                continue
            score = jaccard(own, shingles(core_text(body), masked))
            if score >= THRESHOLD:
                contact = app.contact(others[0])
                who = contact.name if contact else others[0]
                yield Hit(
                    start,
                    end,
                    f"{score:.0%} the same as your note to {who}: make this one about {recipient.name}'s conversation",
                )
                return

    @staticmethod
    def _names(scope: Scope) -> frozenset[str]:
        app = scope.application
        names = [c.name for c in app.contacts] if app else []
        if scope.greeting is not None:
            names.append(scope.greeting.name)
        return frozenset(w.lower() for n in names for w in n.split())
