"""An action's status at a moment, and the agenda's order: cheap enough to import anywhere."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from followup.model import Action, ActionStatus

_STATUS_ORDER = {ActionStatus.OVERDUE: 0, ActionStatus.DUE: 1, ActionStatus.UPCOMING: 2}


def status_at(due_from: datetime, due_by: datetime, now: datetime) -> ActionStatus:
    """Upcoming before the window opens, due inside it, overdue after it closes."""
    if now < due_from:
        return ActionStatus.UPCOMING
    if now <= due_by:
        return ActionStatus.DUE
    return ActionStatus.OVERDUE


def by_urgency(actions: Iterable[Action]) -> list[Action]:
    """Overdue and due actions by their deadline, then upcoming ones by when they open."""
    return sorted(actions, key=_urgency)


def _urgency(action: Action) -> tuple[int, datetime, str, str, tuple[str, ...]]:
    moment = action.due_from if action.status is ActionStatus.UPCOMING else action.due_by
    return (_STATUS_ORDER[action.status], moment, action.application, action.kind, action.to)
