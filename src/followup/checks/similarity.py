"""Near-duplicate detection for panel notes: word-shingle Jaccard similarity."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from followup.checks.context import Peer
from followup.checks.text import core_span, find_greeting

if TYPE_CHECKING:
    from followup.checks.document import Document

#: Two bodies whose 3-word shingle sets overlap at least this much count as the same note.
THRESHOLD = 0.6
SHINGLE = 3
#: Shingles shared by more drafts than this say nothing about copying ("thank you for").
_COMMON = 40
_WORD = re.compile(r"[a-z0-9']+")


def shingles(text: str, masked: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-cased word 3-grams, with the given names replaced by one token."""
    tokens = ["~" if w in masked else w for w in _WORD.findall(text.lower().replace("’", "'"))]
    if len(tokens) < SHINGLE:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def core_text(body: str) -> str:
    """The body without greeting and sign-off, which differ between panel notes anyway."""
    start, end = core_span(body)
    return body[start:end]


def recipients_of(doc: Document) -> tuple[str, ...]:
    """Who a draft is addressed to: To/Cc names and addresses, else the greeting's name."""
    found = [p.strip().lower() for pair in doc.recipients() for p in pair if p.strip()]
    if not found:
        greeting = find_greeting(doc.body)
        if greeting is not None and greeting.names_person:
            found.append(greeting.name.strip().lower())
    return tuple(found)


def peers_for(docs: list[tuple[str, Document]]) -> dict[int, tuple[Peer, ...]]:
    """For each draft, the other drafts in the batch that are near-identical to it.

    Candidates come from an index of shingles, so a batch of a thousand drafts does not
    compare every pair; the similarity found is handed on so the rule need not redo it.
    """
    sets = [shingles(core_text(doc.body)) for _, doc in docs]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            postings[shingle].append(index)
    recipients: dict[int, tuple[str, ...]] = {}
    found: dict[int, list[Peer]] = defaultdict(list)
    for index, shingle_set in enumerate(sets):
        if not shingle_set:
            continue
        # Each pair is looked at once, from its lower index; rare shingles pick candidates.
        shared = Counter(
            other
            for shingle in shingle_set
            if len(postings[shingle]) <= _COMMON
            for other in postings[shingle]
            if other > index
        )
        need = THRESHOLD * len(shingle_set) / 2
        for other, count in shared.items():
            if count < need:
                continue
            score = jaccard(shingle_set, sets[other])
            if score < THRESHOLD:
                continue
            for a, b in ((index, other), (other, index)):
                if b not in recipients:
                    recipients[b] = recipients_of(docs[b][1])
                found[a].append(Peer(docs[b][0], docs[b][1].body, recipients[b], score))
    result = {
        index: tuple(sorted(peers, key=lambda p: -(p.similarity or 0.0)))
        for index, peers in found.items()
    }
    return result
