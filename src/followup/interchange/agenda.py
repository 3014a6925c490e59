"""The `agenda --format json` document: a public contract, see docs/agenda-json.md."""

from __future__ import annotations

from datetime import datetime

from followup.model import Action

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def action_to_json(action: Action) -> dict[str, Any]:
    """One action as the contract shapes it."""
    return {
        "id": action.id,
        "application": action.application,
        "interview": action.interview,
        "kind": action.kind.value,
        "to": list(action.to),
        "due_from": action.due_from.isoformat(),
        "due_by": action.due_by.isoformat(),
        "status": action.status.value,
        "reason": action.reason,
        "final": action.final,
    }


def agenda_document(actions: list[Action], as_of: datetime) -> dict[str, Any]:
    """The whole agenda document."""
    return {"as_of": as_of.isoformat(), "actions": [action_to_json(a) for a in actions]}
