"""The model's records keep what they had as dataclasses: equality, repr, copies, freezing."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime

import pytest

from followup.model import Action, ActionKind, ActionStatus, Application, Contact, Interview, Stage

NOW = datetime(2026, 11, 10, 10, 0, tzinfo=UTC)


def make_action(**changes) -> Action:
    values = dict(
        application="acme",
        interview="r1",
        kind=ActionKind.THANK_YOU,
        to=("dana",),
        due_from=NOW,
        due_by=NOW,
        status=ActionStatus.DUE,
        reason="why [rule]",
    )
    return Action(**{**values, **changes})


def test_equality_repr_and_defaults():
    app = Application("acme", "Acme", "Analyst", contacts=[Contact("dana", "Dana")])
    assert app == Application("acme", "Acme", "Analyst", contacts=[Contact("dana", "Dana")])
    assert app != app.replace(role="Lead") and app != "acme"
    assert repr(Contact("dana", "Dana")).startswith("Contact(key='dana', name='Dana', title=''")
    first, second = Interview("r1", Stage.OTHER, NOW), Interview("r2", Stage.OTHER, NOW)
    first.interviewers.append("dana")
    assert second.interviewers == []  # each record gets lists of its own
    assert vars(Contact("dana", "Dana"))["name"] == "Dana"


def test_mutable_records_are_unhashable_and_actions_are_frozen():
    with pytest.raises(TypeError):
        hash(Contact("dana", "Dana"))
    action = make_action()
    assert hash(action) == hash(make_action()) and action.final is False
    with pytest.raises(AttributeError, match="frozen"):
        action.status = ActionStatus.OVERDUE  # type: ignore[misc]
    assert action.replace(status=ActionStatus.OVERDUE).status is ActionStatus.OVERDUE


@pytest.mark.parametrize(
    "clone", [copy.copy, copy.deepcopy, lambda r: pickle.loads(pickle.dumps(r))]
)
def test_copies_are_equal(clone):
    app = Application("acme", "Acme", "Analyst", interviews=[Interview("r1", Stage.OTHER, NOW)])
    assert clone(app) == app and clone(make_action()) == make_action()


def test_replace_refuses_unknown_fields():
    with pytest.raises(TypeError):
        Contact("dana", "Dana").replace(nickname="D")
