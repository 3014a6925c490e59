"""FU604 across files: only notes to different people of one application are compared."""

from __future__ import annotations

import json

from followup.checks.document import parse
from followup.checks.similarity import THRESHOLD, core_text, jaccard, panels, peers_for, shingles
from followup.model import Application, Contact

BODY = (
    "Thank you for walking me through the plan to rebuild the weekly demand forecast. "
    "I enjoyed hearing how the planners use it every Monday morning.\n\nBest regards,\nJordan\n"
)


def _note(name: str, address: str | None) -> str:
    to = f"To: {name} <{address}>\n" if address else ""
    return f"{to}Subject: The demand forecast rebuild\n\nHi {name},\n\n{BODY}"


def _fu604_paths(run, tmp_path, notes: dict[str, str], *options: str) -> set[str]:
    paths = []
    for file_name, text in notes.items():
        path = tmp_path / file_name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = run("check", "--format", "json", *options, *paths)
    found = json.loads(result.stdout)["findings"]
    return {f["path"].rsplit("/", 1)[-1] for f in found if f["code"] == "FU604"}


def _store_app() -> None:
    from followup.store import open_store

    store = open_store()
    try:
        store.add_application(
            Application(
                "northwind",
                "Northwind Labs",
                "Data Analyst",
                contacts=[Contact("dana", "Dana Whitfield"), Contact("sam", "Sam Okafor")],
            )
        )
    finally:
        store.close()


def test_same_employer_domain_fires(run, tmp_path):
    notes = {
        "dana.txt": _note("Dana", "dana@northwind.example"),
        "sam.txt": _note("Sam", "Sam.Okafor@NORTHWIND.example"),
    }
    assert _fu604_paths(run, tmp_path, notes) == {"dana.txt", "sam.txt"}


def test_different_employers_are_not_compared(run, tmp_path):
    notes = {
        "dana.txt": _note("Dana", "dana@northwind.example"),
        "sam.txt": _note("Sam", "sam@harbor.example"),
    }
    assert _fu604_paths(run, tmp_path, notes) == set()


def test_public_mail_domains_say_nothing_about_the_employer(run, tmp_path):
    notes = {
        "dana.txt": _note("Dana", "dana@gmail.com"),
        "sam.txt": _note("Sam", "sam@gmail.com"),
    }
    assert _fu604_paths(run, tmp_path, notes) == set()


def test_without_addresses_only_an_application_groups_files(run, tmp_path):
    notes = {"dana.txt": _note("Dana", None), "sam.txt": _note("Sam", None)}
    assert _fu604_paths(run, tmp_path, notes) == set()
    _store_app()
    found = _fu604_paths(run, tmp_path, notes, "--application", "northwind")
    assert found == {"dana.txt", "sam.txt"}


def test_to_one_contact_means_no_copies_between_files(run, tmp_path):
    _store_app()
    notes = {"a.txt": _note("Dana", None), "b.txt": _note("Dana", None)}
    options = ("--application", "northwind", "--to", "dana")
    assert _fu604_paths(run, tmp_path, notes, *options) == set()


def test_same_person_twice_is_not_a_panel_copy(run, tmp_path):
    notes = {
        "v1.txt": _note("Dana", "dana@northwind.example"),
        "v2.txt": _note("Dana", "dana@northwind.example"),
    }
    assert _fu604_paths(run, tmp_path, notes) == set()


def test_panels_join_drafts_through_any_shared_domain():
    texts = [
        "To: a@one.example\n\nHi A,\n\nx\n",
        "To: b@two.example\nCc: c@one.example\n\nHi B,\n\nx\n",
        "To: d@two.example\n\nHi D,\n\nx\n",
        "To: e@three.example\n\nHi E,\n\nx\n",
        "Hi F,\n\nx\n",
    ]
    docs = [(f"{n}.txt", parse(t)) for n, t in enumerate(texts)]
    assert panels(docs, one_application=False) == [[0, 1, 2]]
    assert panels(docs, one_application=True) == [[0, 1, 2, 3, 4]]
    assert panels(docs[:1], one_application=True) == []


def test_the_index_for_large_batches_finds_what_comparing_every_pair_finds():
    topics = ["forecast rebuild", "checkout redesign", "queue retry logic", "onboarding funnel"]
    extras = ["", " I also liked the team.", " The case study was fun to work through."]
    texts = [
        f"Hi P{n},\n\nThank you for walking me through the {topics[n % 4]} and the plan for "
        f"the next quarter.{extras[n % 3]} I keep thinking about how the team reviews each "
        f"change before it ships, and case {n % 7}.\n\nBest regards,\nJordan\n"
        for n in range(60)
    ]
    docs = [(f"d{n}.txt", parse(t)) for n, t in enumerate(texts)]
    sets = [shingles(core_text(doc.body)) for _, doc in docs]
    expected = {
        (i, f"d{j}.txt", jaccard(sets[i], sets[j]))
        for i in range(len(docs))
        for j in range(len(docs))
        if i != j and jaccard(sets[i], sets[j]) >= THRESHOLD
    }
    found = {(i, p.path, p.similarity) for i, peers in peers_for(docs).items() for p in peers}
    assert expected and found == expected
    small = {(i, p.path, p.similarity) for i, peers in peers_for(docs[:8]).items() for p in peers}
    assert small == {(i, p, s) for i, p, s in expected if i < 8 and int(p[1:-4]) < 8}


def _findings_with(docs, peers):
    from followup.checks import CheckContext
    from followup.checks.engine import check_document

    base = CheckContext()
    return [
        f
        for i, (path, doc) in enumerate(docs)
        for f in check_document(doc, base.replace(peers=peers.get(i, ())), path)
    ]


def test_comparing_only_drafts_to_different_people_finds_the_same():
    from followup.checks.similarity import panel_peers

    notes = [
        _note("Dana", "dana@northwind.example"),
        _note("Dana", "dana@northwind.example").replace("Monday", "Tuesday"),
        _note("Sam", "sam@northwind.example"),
        _note("Lee", None),
        _note("Ravi", "ravi@acme.example"),
        _note("Ravi", "ravi@acme.example"),
    ]
    docs = [(f"n{i}.txt", parse(text)) for i, text in enumerate(notes)]
    every = panel_peers(docs)
    apart = panel_peers(docs, apart=True)
    # The copies to the same person are compared no more; those to Dana and Sam still are.
    assert set(every) == {0, 1, 2, 4, 5} and set(apart) == {0, 1, 2}
    assert _findings_with(docs, apart) == _findings_with(docs, every)
    assert {f.path for f in _findings_with(docs, apart) if f.code == "FU604"} == {
        "n0.txt",
        "n1.txt",
        "n2.txt",
    }
    one = panel_peers(docs, one_application=True, apart=True)
    assert _findings_with(docs, one) == _findings_with(docs, panel_peers(docs, True))
