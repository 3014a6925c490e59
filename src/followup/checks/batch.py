"""Checking many drafts in one call: the panel comparison, and large batches on several cores.

A draft takes about a tenth of a millisecond to check, so a second process (a fork, and
the findings sent back pickled) repays itself from a couple of hundred drafts on. The
results are the same, in the same order, as checking every draft in one process.
"""

from __future__ import annotations

import os
from itertools import pairwise

from followup.checks import phrases
from followup.checks.engine import check_document
from followup.checks.similarity import panel_peers

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from followup.checks.base import Finding
    from followup.checks.context import CheckContext, Peer
    from followup.checks.document import Document

    Batch = Sequence[tuple[str, Document]]

#: Below this many drafts a call stays in one process; each extra process gets at least half.
SPLIT_AT = 200


def check_documents(docs: Batch, base: CheckContext, jobs: int = 0) -> list[Finding]:
    """Every draft's findings, in order; `jobs` processes, or 0 to choose from the batch size."""
    phrases.expect(len(docs))
    # Files are compared only within one application's panel; with --to every file goes to
    # the same person, so none of them is a copy sent to someone else.
    compare = len(docs) > 1 and "FU604" not in base.config.disabled and base.to is None
    # Only drafts to different people are compared, as FU604 reports no others.
    peers = panel_peers(list(docs), base.application is not None, apart=True) if compare else {}
    workers = processes(jobs, len(docs))
    if workers == 1:
        return _check_range(docs, base, peers, 0, len(docs))
    return _check_forked(docs, base, peers, workers)


def processes(jobs: int, drafts: int) -> int:
    """How many processes check `drafts` drafts: `jobs` if given, else one per free core."""
    if not hasattr(os, "fork"):
        return 1
    if jobs > 0:
        return max(1, min(jobs, drafts))
    # Splitting on its own is left to Linux, where fork is the norm and the cores this
    # process may use are known; elsewhere (macOS advises against fork) --jobs asks for it.
    if drafts < SPLIT_AT or not hasattr(os, "sched_getaffinity"):
        return 1
    cores = len(os.sched_getaffinity(0))
    return max(1, min(cores, drafts // (SPLIT_AT // 2)))


def _check_range(
    docs: Batch, base: CheckContext, peers: dict[int, tuple[Peer, ...]], start: int, stop: int
) -> list[Finding]:
    findings: list[Finding] = []
    for index in range(start, stop):
        path, doc = docs[index]
        context = base.replace(peers=peers.get(index, ())) if index in peers else base
        findings += check_document(doc, context, path)
    return findings


def _check_forked(
    docs: Batch, base: CheckContext, peers: dict[int, tuple[Peer, ...]], workers: int
) -> list[Finding]:
    """The first share checked here, each other share in a forked child that pickles back."""
    import pickle

    from followup.checks import spelling

    bounds = [len(docs) * n // workers for n in range(workers + 1)]
    children: list[tuple[int, int, int, int]] = []  # (pid, read end, start, stop)
    for start, stop in pairwise(bounds[1:]):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: check its share, send it back, and leave without cleanup
            status = 1
            try:
                os.close(read)
                found = _check_range(docs, base, peers, start, stop)
                data = pickle.dumps((found, spelling.lookups()), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        children.append((pid, read, start, stop))
    findings = _check_range(docs, base, peers, bounds[0], bounds[1])
    for pid, read, start, stop in children:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
        try:
            share, lookups = pickle.loads(data) if status == 0 else (None, {})
        except Exception:  # a child that died mid-write: its share is checked here instead
            share, lookups = None, {}
        findings += share if share is not None else _check_range(docs, base, peers, start, stop)
        spelling.absorb(lookups)
    return findings
