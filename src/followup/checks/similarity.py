"""Near-duplicate detection for panel notes: word-shingle Jaccard similarity."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain, combinations

from followup.checks import patterns
from followup.checks.context import Peer
from followup.checks.text import core_span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    from followup.checks.document import Document

    _Gram = TypeVar("_Gram", str, tuple[str, ...])

#: Two bodies whose 3-word shingle sets overlap at least this much count as the same note.
THRESHOLD = 0.6
SHINGLE = 3
#: Batches up to this size compare every pair of drafts; larger ones use an index.
_SMALL_BATCH = 40
_WORD = patterns.compile(r"[a-z0-9']+")
#: A shingle: joined words (`shingles`) or a tuple of them (`shingle_keys`).


def shingles(text: str, masked: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-cased word 3-grams, with the given names replaced by one token."""
    tokens = words(text)
    if masked:
        tokens = ["~" if w in masked else w for w in tokens]
    if len(tokens) < SHINGLE:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    # zip stops at the shortest slice, leaving exactly the full-length n-grams.
    return frozenset(map(" ".join, zip(*(tokens[i:] for i in range(SHINGLE)), strict=False)))


def shingle_keys(text: str) -> frozenset[tuple[str, ...]]:
    """`shingles(text)` with each 3-gram a tuple of its words, a third of the cost to build.

    No word holds a space, so joining is one-to-one: both sets have the same sizes and
    overlaps, hence the same `jaccard` between any two drafts.
    """
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return frozenset([tuple(tokens)]) if tokens else frozenset()
    return frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False))


#: Every ASCII byte that cannot be in a word becomes a space (see `words`).
_NOT_WORD = bytes(
    b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789'" else 32 for b in range(256)
)


def words(text: str) -> list[str]:
    """`_WORD.findall` over the lowered text: the words that `shingles` are made of."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():
        # Splitting at what is not a word character finds the same runs at a fifth of the
        # cost of the regex scan, which matters for the hundreds of drafts one call compares.
        return lowered.encode("ascii").translate(_NOT_WORD).decode("ascii").split()
    return _WORD.findall(lowered)


def has_words(text: str) -> bool:
    """True when `text` has at least one word, i.e. its shingle set is not empty."""
    return _WORD.search(text.lower().replace("’", "'")) is not None


def jaccard(a: frozenset[_Gram], b: frozenset[_Gram]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


def core_text(body: str) -> str:
    """The body without greeting and sign-off, which differ between panel notes anyway."""
    start, end = core_span(body)
    return body[start:end]


def document_core(doc: Document) -> str:
    """`core_text(doc.body)`, worked out once per document."""
    found = doc._cache.get("core_text")
    if found is None:
        start, end = core_span(doc.body, "", doc.greeting(), doc.sign_off(""))
        found = doc._cache["core_text"] = doc.body[start:end]
    return found  # type: ignore[return-value]


def recipients_of(doc: Document) -> tuple[str, ...]:
    """Who a draft is addressed to: To/Cc names and addresses, else the greeting's name."""
    found = [p.strip().lower() for pair in doc.recipients() for p in pair if p.strip()]
    if not found:
        greeting = doc.greeting()
        if greeting is not None and greeting.names_person:
            found.append(greeting.name.strip().lower())
    return tuple(found)


#: Mail domains anyone can have: an address there says nothing about the employer.
_PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "fastmail.com",
    }
)


def employer_domains(doc: Document) -> set[str]:
    """The mail domains of a draft's To and Cc addresses, leaving out public mail services."""
    found = {a.rpartition("@")[2].strip().lower() for _, a in doc.recipients() if "@" in a}
    return found - _PUBLIC_DOMAINS - {""}


def panels(docs: list[tuple[str, Document]], one_application: bool) -> list[list[int]]:
    """Groups of two or more drafts that may be notes to one panel, as indexes into `docs`.

    With `one_application` (the call names one) every draft belongs to it. Otherwise only
    the recipients' addresses tell which employer a draft goes to: drafts whose To/Cc share
    a mail domain form a group, and a draft without such an address is in none.
    """
    if one_application:
        return [list(range(len(docs)))] if len(docs) > 1 else []
    # Union-find over drafts, joined through the domains they share.
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    grouped = []
    for index, (_, doc) in enumerate(docs):
        domains = employer_domains(doc)
        if domains:
            grouped.append(index)
        for domain in domains:
            other = first.setdefault(domain, index)
            parent[root(index)] = root(other)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in grouped:
        groups[root(index)].append(index)
    return [members for members in groups.values() if len(members) > 1]


def panel_peers(
    docs: list[tuple[str, Document]], one_application: bool = False, apart: bool = False
) -> dict[int, tuple[Peer, ...]]:
    """`peers_for` within each group `panels` finds: unrelated drafts are never compared."""
    result: dict[int, tuple[Peer, ...]] = {}
    for members in panels(docs, one_application):
        found = peers_for([docs[i] for i in members], apart)
        result.update((members[i], peers) for i, peers in found.items())
    return result


def peers_for(docs: list[tuple[str, Document]], apart: bool = False) -> dict[int, tuple[Peer, ...]]:
    """For each draft, the other drafts in the batch that are near-identical to it.

    With `apart`, only drafts addressed to different people count: FU604 passes over the
    others, so their shingles are not worked out. A large batch is searched by prefix
    filtering: with each draft's shingles ordered rarest first, two drafts at least
    THRESHOLD alike must share one of the first `len - floor(THRESHOLD * len) + 1`
    shingles of each, so only drafts that do are compared. The similarity found is
    handed on so the rule need not redo it.
    """
    sets: list[frozenset[tuple[str, ...]] | None] = [None] * len(docs)
    found: list[list[tuple[float, int]]] = [[] for _ in docs]  # (similarity, other draft)
    # Whom each draft is to, as FU604 reads it: a draft to no one, or to one of the same
    # people, is never reported as a copy.
    people = [frozenset(recipients_of(doc)) for _, doc in docs] if apart else []

    def shingle_set(index: int) -> frozenset[tuple[str, ...]]:
        found_set = sets[index]
        if found_set is None:
            found_set = sets[index] = shingle_keys(document_core(docs[index][1]))
        return found_set

    def compare(index: int, other: int) -> None:
        if apart and not (
            people[index] and people[other] and people[index].isdisjoint(people[other])
        ):
            return
        score = jaccard(shingle_set(index), shingle_set(other))
        if score >= THRESHOLD:
            found[index].append((score, other))
            found[other].append((score, index))

    if len(docs) <= _SMALL_BATCH:
        # A panel's few notes: comparing each pair costs less than building the index.
        for index, other in combinations(range(len(docs)), 2):
            compare(index, other)
        return _peers(docs, found)
    every = [shingle_set(index) for index in range(len(docs))]
    frequency = Counter(chain.from_iterable(every))
    index_of: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, own in enumerate(every):
        size = len(own)
        prefix = sorted(own, key=lambda s: (frequency[s], s))
        prefix = prefix[: size - int(THRESHOLD * size) + 1]
        candidates: set[int] = set()
        for shingle in prefix:
            postings = index_of[shingle]
            candidates.update(postings)
            postings.append(index)
        for other in sorted(candidates):
            # Jaccard can reach the threshold only when the sizes are close.
            other_size = len(every[other])
            if min(size, other_size) >= THRESHOLD * max(size, other_size):
                compare(other, index)
    return _peers(docs, found)


def _peers(
    docs: list[tuple[str, Document]], found: list[list[tuple[float, int]]]
) -> dict[int, tuple[Peer, ...]]:
    """Each draft's near-identical others as peers, the closest first."""
    recipients: dict[int, tuple[str, ...]] = {}
    result: dict[int, tuple[Peer, ...]] = {}
    for index, pairs in enumerate(found):
        if not pairs:
            continue
        pairs.sort(key=lambda pair: -pair[0])  # stable: ties keep the order they were found in
        peers = []
        for score, other in pairs:
            if other not in recipients:
                recipients[other] = recipients_of(docs[other][1])
            peers.append(Peer(docs[other][0], docs[other][1].body, recipients[other], score))
        result[index] = tuple(peers)
    return result
