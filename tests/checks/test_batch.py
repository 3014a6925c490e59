"""Many drafts in one call: split across forked processes, the findings are exactly the same."""

from __future__ import annotations

import os

import pytest

from followup.checks import CheckContext, batch, spelling
from followup.checks.document import parse

NAMES = ["Dana", "Lee", "Sam", "Ana", "Ben", "Cy", "Noor", "Wen"]
TOPICS = ["the dbt migration", "weekly forecasts", "dashboard adoption", "the on-call rota"]


def _drafts(count: int) -> list[tuple[str, object]]:
    drafts = []
    for n in range(count):
        name, topic = NAMES[n % len(NAMES)], TOPICS[n % len(TOPICS)]
        typo = " Thnak you agian." if n % 5 == 0 else ""
        hey = "Hey" if n % 7 == 0 else "Dear"
        text = (
            f"To: {name} <{name.lower()}@acme{n // 4}.example>\n"
            f"Subject: Our talk about {topic}\n\n{hey} {name},\n\n"
            f"Thank you for the conversation about {topic} on Tuesday.{typo} I enjoyed hearing "
            f"how the team approaches it and would be glad to help.\n\nBest regards,\nJordan\n"
        )
        drafts.append((f"draft{n}.txt", parse(text)))
    return drafts


@pytest.mark.parametrize("jobs", [2, 3, 8])
def test_split_gives_the_same_findings_in_the_same_order(jobs):
    docs = _drafts(40)
    one = batch.check_documents(docs, CheckContext(), jobs=1)
    many = batch.check_documents(docs, CheckContext(), jobs=jobs)
    assert [f.as_dict() for f in many] == [f.as_dict() for f in one]
    codes = {f.code for f in one}
    assert {"FU301", "FU604"} <= codes  # casual greetings, and copies across the panel


def test_a_child_that_dies_has_its_share_checked_here(monkeypatch):
    docs = _drafts(20)
    expected = [f.as_dict() for f in batch.check_documents(docs, CheckContext(), jobs=1)]
    parent, real = os.getpid(), batch._check_range

    def dies_in_children(*args):
        if os.getpid() != parent:
            os._exit(3)
        return real(*args)

    monkeypatch.setattr(batch, "_check_range", dies_in_children)
    found = batch.check_documents(docs, CheckContext(), jobs=2)
    assert [f.as_dict() for f in found] == expected


def test_words_looked_up_in_a_child_come_back():
    if spelling.speller() is None:
        pytest.skip("no en_US dictionary")
    docs = _drafts(10)
    word = "Zyxwvutsrq"
    docs[-1] = ("last.txt", parse(f"Subject: A note\n\nDear Dana,\n\n{word} today.\n\nBest,\nJo\n"))
    batch.check_documents(docs, CheckContext(), jobs=2)
    assert word in spelling.lookups()["en_US"][0]


@pytest.mark.parametrize(
    ("jobs", "drafts", "most"),
    [(1, 5000, 1), (4, 2, 2), (0, 10, 1), (0, batch.SPLIT_AT - 1, 1), (0, 5000, 64)],
)
def test_how_many_processes(jobs, drafts, most):
    assert 1 <= batch.processes(jobs, drafts) <= most
