"""History questions the timing rules ask: the plan, the last note, the unanswered count."""

from __future__ import annotations

from datetime import datetime

from followup.checks.scope import Scope
from followup.model import FOLLOW_UP_KINDS, Action, Message, MessageKind, Settings

#: Draft kinds the timing rules judge.
CHECK_IN_KINDS = frozenset(
    {MessageKind.CHECK_IN, MessageKind.FINAL_CHECK_IN, MessageKind.VALUE_ADD}
)
#: Sent kinds that count as "the last note" for spacing.
_SPACED_KINDS = FOLLOW_UP_KINDS | {MessageKind.THANK_YOU}


def min_gap_days() -> int:
    from followup.schedule.policies import MIN_GAP_DAYS

    return MIN_GAP_DAYS


def planned_actions(scope: Scope) -> list[Action] | None:
    """The planner's actions for the application at `now`, or None without what it needs."""
    app, now, calendar = scope.application, scope.ctx.now, scope.ctx.calendar
    if app is None or now is None:
        return None
    from followup.schedule.planner import plan_application

    if calendar is None:
        from followup.schedule.workdays import BusinessCalendar

        calendar = BusinessCalendar()  # weekends only: the caller gave no holiday region

    return plan_application(app, scope.settings or Settings(), now, calendar)


def _since_last_contact(scope: Scope) -> datetime | None:
    """When the employer last spoke: the latest interview end or reply."""
    app = scope.application
    if app is None:
        return None
    moments = [i.ends_at for i in app.interviews] + [r.received_at for r in app.replies]
    return max(moments) if moments else None


def last_follow_up(scope: Scope) -> Message | None:
    """The latest thank-you or follow-up sent after the employer last wrote, if any."""
    app = scope.application
    if app is None:
        return None
    replies = [r.received_at for r in app.replies]
    latest_reply = max(replies) if replies else None
    sent = [
        m
        for m in app.messages
        if m.kind in _SPACED_KINDS
        and (latest_reply is None or m.sent_at > latest_reply)
        and (scope.ctx.now is None or m.sent_at <= scope.ctx.now)
    ]
    return max(sent, key=lambda m: m.sent_at) if sent else None


def unanswered_follow_ups(scope: Scope) -> int:
    """Follow-ups sent since the last interview or reply."""
    app = scope.application
    if app is None:
        return 0
    since = _since_last_contact(scope)
    return sum(
        1
        for m in app.messages
        if m.kind in FOLLOW_UP_KINDS
        and (since is None or m.sent_at > since)
        and (scope.ctx.now is None or m.sent_at <= scope.ctx.now)
    )
