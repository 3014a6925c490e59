"""Near-duplicate detection for panel notes: word-shingle Jaccard similarity."""

from __future__ import annotations

import re
from collections import defaultdict
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
    """For each draft, the other drafts in the batch that are near-identical to it."""
    sets = [shingles(core_text(doc.body)) for _, doc in docs]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            postings[shingle].append(index)
    result: dict[int, tuple[Peer, ...]] = {}
    for index, shingle_set in enumerate(sets):
        if not shingle_set:
            continue
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingle_set:
            holders = postings[shingle]
            if len(holders) > _COMMON:
                continue
            for other in holders:
                if other != index:
                    shared[other] += 1
        need = THRESHOLD * len(shingle_set) / 2
        close = [
            other
            for other, count in shared.items()
            if count >= need and jaccard(shingle_set, sets[other]) >= THRESHOLD
        ]
        if close:
            result[index] = tuple(
                Peer(docs[o][0], docs[o][1].body, recipients_of(docs[o][1])) for o in close
            )
    return result
