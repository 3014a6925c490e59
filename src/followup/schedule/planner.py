"""The follow-up planner: a pure function of (history, settings, now) that returns actions.

Every action names the rule it comes from in its reason, in square brackets; the rules are
listed in docs/planner.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from operator import attrgetter
from zoneinfo import ZoneInfo

from followup.errors import TimelineError
from followup.model import (
    FINISHED_STATUSES,
    FOLLOW_UP_KINDS,
    Action,
    ActionKind,
    Application,
    AppStatus,
    Interview,
    Message,
    MessageKind,
    Reply,
    ReplyKind,
    Settings,
)
from followup.record import FrozenRecord
from followup.schedule.policies import (
    DEFAULT_WAIT_BUSINESS_DAYS,
    MIN_GAP_DAYS,
    MOVE_ON_WAIT_DAYS,
    rule_for,
)
from followup.schedule.timelines import parse_timeline
from followup.schedule.urgency import by_urgency, status_at
from followup.schedule.workdays import BusinessCalendar

#: Check-ins are sent in working hours: the window opens at 9:00 and closes at 17:00.
DAY_START = time(9, 0)
DAY_END = time(17, 0)
#: Business days a check-in window stays open before it counts as overdue.
CHECK_IN_WINDOW_DAYS = 2

REPLY_ACTIONS: dict[ReplyKind, ActionKind] = {
    ReplyKind.OFFER: ActionKind.REPLY_OFFER,
    ReplyKind.REJECTION: ActionKind.REPLY_REJECTION,
    ReplyKind.UPDATE: ActionKind.REPLY_UPDATE,
    ReplyKind.REQUEST_INFO: ActionKind.REPLY_REQUEST,
    ReplyKind.INTERVIEW_INVITE: ActionKind.REPLY_REQUEST,
}


def plan(
    apps: Iterable[Application], settings: Settings, now: datetime, calendar: BusinessCalendar
) -> list[Action]:
    """Every action across `apps`, most pressing first."""
    frame = _Frame(settings, now, calendar)
    return by_urgency(a for app in apps for a in _Planner(app, frame).run())


def plan_application(
    app: Application, settings: Settings, now: datetime, calendar: BusinessCalendar
) -> list[Action]:
    """The actions one application calls for at `now`."""
    return _Planner(app, _Frame(settings, now, calendar)).run()


class Planned(FrozenRecord):
    """One application's actions and the open interval of moments that yields the same ones.

    For any `t` with `stable_after < t < stable_before` (None is unbounded), planning the
    same history at `t` gives the same actions, except that each status is
    `status_at(action.due_from, action.due_by, t)`. Both bounds equal `now` when `now` sits
    exactly on a moment where the plan changes, so that the result is never reused.
    """

    _fields = ("actions", "stable_after", "stable_before")
    actions: list[Action]
    stable_after: datetime | None
    stable_before: datetime | None

    def __init__(
        self, actions: list[Action], stable_after: datetime | None, stable_before: datetime | None
    ) -> None:
        self._set(actions=actions, stable_after=stable_after, stable_before=stable_before)

    def holds_at(self, moment: datetime) -> bool:
        """True if the actions (up to their status) are the plan at `moment` too."""
        after, before = self.stable_after, self.stable_before
        return (after is None or after < moment) and (before is None or moment < before)


def plan_with_window(
    app: Application, settings: Settings, now: datetime, calendar: BusinessCalendar
) -> Planned:
    """`plan_application`, plus how long its answer holds: what makes caching a plan safe."""
    planner = _Planner(app, _Frame(settings, now, calendar))
    actions = planner.run()
    moments = planner.thresholds
    if any(m == planner.now for m in moments):
        return Planned(actions, planner.now, planner.now)
    earlier = [m for m in moments if m < planner.now]
    later = [m for m in moments if m > planner.now]
    return Planned(actions, max(earlier, default=None), min(later, default=None))


def read_timeline(
    interview: Interview, tz: tzinfo, calendar: BusinessCalendar
) -> tuple[date | None, str]:
    """The decision date an interview's stated timeline gives, and how it was read."""
    said_on = interview.starts_at.astimezone(tz).date()
    if interview.decision_date is not None:
        quoted = f"{interview.timeline!r} " if interview.timeline else ""
        return interview.decision_date, f"{quoted}set by you to {_day(interview.decision_date)}"
    if not interview.timeline.strip():
        return None, ""
    try:
        reading = parse_timeline(interview.timeline, said_on, calendar)
    except TimelineError:
        return None, f"{interview.timeline!r} could not be read"
    return reading.decision_date, f"{interview.timeline!r} read as {_day(reading.decision_date)}"


def _day(d: date) -> str:
    return d.strftime("%a %Y-%m-%d")


class _Frame:
    """What stays the same for every application in one plan."""

    def __init__(self, settings: Settings, now: datetime, calendar: BusinessCalendar) -> None:
        self.rule = rule_for(settings.policy)
        self.tz = ZoneInfo(settings.timezone)
        self.now = now.astimezone(self.tz)
        self.calendar = calendar


_STARTS = attrgetter("starts_at")
_SENT = attrgetter("sent_at")
_RECEIVED = attrgetter("received_at")


class _Planner:
    """The state of planning one application; each method adds the actions of one rule."""

    def __init__(self, app: Application, frame: _Frame) -> None:
        self.app = app
        self.rule = frame.rule
        self.tz = frame.tz
        self.now = frame.now
        self.calendar = frame.calendar
        self.interviews = sorted(app.interviews, key=_STARTS)
        self.messages = sorted(app.messages, key=_SENT)
        self.sent_times = [m.sent_at for m in self.messages]
        self.replies = sorted(app.replies, key=_RECEIVED)
        self.actions: list[Action] = []
        # Every moment at which a comparison with `now` could flip; see `plan_with_window`.
        self.thresholds: list[datetime] = []

    def run(self) -> list[Action]:
        if self.app.status in (AppStatus.WITHDRAWN, AppStatus.CLOSED, AppStatus.ACCEPTED):
            return []
        self._answer_latest_reply()
        decided = self.app.status in FINISHED_STATUSES or self.app.status is AppStatus.OFFER
        if self.replies and self.replies[-1].kind in (ReplyKind.REJECTION, ReplyKind.OFFER):
            decided = True
        if decided:
            return self.actions
        for index, interview in enumerate(self.interviews):
            later = self.interviews[index + 1] if index + 1 < len(self.interviews) else None
            if later is not None and self._reached(later.starts_at):
                continue  # a later round has happened; this one's moment has passed
            self._debrief(interview)
            self._thank_yous(interview)
        self._check_in_or_move_on()
        return self.actions

    # -- helpers -----------------------------------------------------------------------------

    def _at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, tzinfo=self.tz)

    # Every comparison with `now`, except an action's status, goes through these two, so
    # that the moments where the plan can change are known (see `plan_with_window`).
    def _reached(self, moment: datetime) -> bool:
        self.thresholds.append(moment)
        return moment <= self.now

    def _passed(self, moment: datetime) -> bool:
        self.thresholds.append(moment)
        return self.now > moment

    def _add(
        self,
        kind: ActionKind,
        interview: Interview | None,
        to: Iterable[str],
        due_from: datetime,
        due_by: datetime,
        reason: str,
        final: bool = False,
    ) -> None:
        self.actions.append(
            Action(
                application=self.app.key,
                interview=interview.key if interview else None,
                kind=kind,
                to=tuple(to),
                due_from=due_from,
                due_by=due_by,
                status=status_at(due_from, due_by, self.now),
                reason=reason,
                final=final,
            )
        )

    def _sent_after(self, moment: datetime) -> list[Message]:
        return self.messages[bisect_left(self.sent_times, moment) :]

    def _name(self, key: str) -> str:
        contact = self.app.contact(key)
        return contact.name if contact else key

    # -- rules -------------------------------------------------------------------------------

    def _answer_latest_reply(self) -> None:
        if not self.replies:
            return
        reply = self.replies[-1]
        kind = REPLY_ACTIONS.get(reply.kind)
        if kind is None or self._sent_after(reply.received_at):
            return
        received = reply.received_at.astimezone(self.tz)
        if kind is ActionKind.REPLY_OFFER:
            due_by = received + timedelta(hours=24)
            reason = "an offer deserves an answer within a day [answer-offer-24h]"
        elif kind is ActionKind.REPLY_REQUEST:
            due_by = self._at(self.calendar.next_business_day(received.date()), DAY_END)
            reason = f"{self._name(reply.sender)} asked for something; answer by the next business day [answer-request]"
        else:
            due_by = self._at(self.calendar.add_business_days(received.date(), 2), DAY_END)
            what = "update" if kind is ActionKind.REPLY_UPDATE else "decision"
            reason = f"acknowledge the {what} from {self._name(reply.sender)} within two business days [answer-reply]"
        self._add(kind, None, [reply.sender], received, due_by, reason)

    def _debrief(self, interview: Interview) -> None:
        if interview.has_debrief:
            return
        end = interview.ends_at.astimezone(self.tz)
        due_by = self._at(end.date(), time(23, 59))
        if self._passed(due_by + timedelta(days=MIN_GAP_DAYS)) and self._thanked_everyone(
            interview
        ):
            return  # the moment for fresh notes is long gone and the notes' main use is over
        self._add(
            ActionKind.DEBRIEF,
            interview,
            interview.interviewers,
            end,
            max(due_by, end),
            "write down topics, the stated timeline and the questions while they are fresh [debrief-same-day]",
        )

    def _thanked(self, interview: Interview, contact: str) -> bool:
        return any(
            m.kind is MessageKind.THANK_YOU and contact in m.to
            for m in self._sent_after(interview.starts_at)
        )

    def _thanked_everyone(self, interview: Interview) -> bool:
        return all(self._thanked(interview, c) for c in interview.interviewers)

    def _thank_yous(self, interview: Interview) -> None:
        end = interview.ends_at.astimezone(self.tz)
        if any(m.kind in FOLLOW_UP_KINDS for m in self._sent_after(interview.starts_at)):
            return  # a check-in has gone out since; a thank-you now would read oddly
        panel = len(interview.interviewers) > 1
        for contact in interview.interviewers:
            if self._thanked(interview, contact):
                continue
            reason = f"thank {self._name(contact)} within 24 hours of the interview"
            reason += (
                " with a note of their own [thank-each-panelist]" if panel else " [thank-you-24h]"
            )
            if self._passed(end + timedelta(hours=24)):
                reason = f"late, but still worth it: {reason}"
            self._add(
                ActionKind.THANK_YOU, interview, [contact], end, end + timedelta(hours=24), reason
            )

    def _check_in_or_move_on(self) -> None:
        held = [i for i in self.interviews if self._reached(i.starts_at)]
        if not held or len(held) < len(self.interviews):
            return  # nothing to check in about yet, or the next round is already booked
        base = held[-1]
        replies = [r for r in self.replies if r.received_at >= base.starts_at]
        last_reply = replies[-1] if replies else None
        counted_since = last_reply.received_at if last_reply else base.starts_at
        unanswered = [m for m in self._sent_after(counted_since) if m.kind in FOLLOW_UP_KINDS]
        to = self._check_in_recipient(base, last_reply)
        if len(unanswered) >= self.rule.max_check_ins:
            self._move_on(base, unanswered, to)
            return
        anchor, why = self._check_in_anchor(base, last_reply)
        earliest = self._latest_follow_up_gap()
        day = (
            anchor
            if earliest is None or anchor >= earliest
            else self.calendar.roll_forward(earliest)
        )
        if day != anchor:
            why += f"; moved to {_day(day)} to keep a week between follow-ups [weekly-cadence]"
        number = len(unanswered) + 1
        final = self.rule.final_is_labelled and number == self.rule.max_check_ins
        label = "final check-in" if final else f"check-in {number} of {self.rule.max_check_ins}"
        due_by_day = self.calendar.add_business_days(day, CHECK_IN_WINDOW_DAYS)
        reason = f"{label} ({self.rule.policy} policy): {why}"
        self._add(
            ActionKind.CHECK_IN,
            base,
            to,
            self._at(day, DAY_START),
            self._at(due_by_day, DAY_END),
            reason,
            final,
        )

    def _check_in_anchor(self, base: Interview, last_reply: Reply | None) -> tuple[date, str]:
        if last_reply is not None and last_reply.new_date is not None:
            day = self.calendar.next_business_day(last_reply.new_date)
            return (
                day,
                f"their update named {_day(last_reply.new_date)}, so wait until it passes [update-new-date]",
            )
        if last_reply is not None:
            received = last_reply.received_at.astimezone(self.tz).date()
            day = self.calendar.add_business_days(received, DEFAULT_WAIT_BUSINESS_DAYS)
            return day, "a full working week after their last reply [check-in-after-week]"
        decision, reading = read_timeline(base, self.tz, self.calendar)
        if decision is not None:
            day = self.calendar.next_business_day(decision)
            return (
                day,
                f"timeline {reading}; check in the business day after [check-in-after-timeline]",
            )
        held_on = base.starts_at.astimezone(self.tz).date()
        day = self.calendar.add_business_days(held_on, DEFAULT_WAIT_BUSINESS_DAYS)
        note = f"timeline {reading}; " if reading else "no timeline given; "
        return day, note + "a full working week after the interview [check-in-after-week]"

    def _latest_follow_up_gap(self) -> date | None:
        sent = [m for m in self.messages if m.kind in FOLLOW_UP_KINDS]
        if not sent:
            return None
        return sent[-1].sent_at.astimezone(self.tz).date() + timedelta(days=MIN_GAP_DAYS)

    def _check_in_recipient(self, base: Interview, last_reply: Reply | None) -> list[str]:
        if last_reply is not None:
            return [last_reply.sender]
        if base.interviewers:
            return [base.interviewers[0]]
        return [self.app.contacts[0].key] if self.app.contacts else []

    def _move_on(self, base: Interview, unanswered: list[Message], to: list[str]) -> None:
        last = unanswered[-1].sent_at.astimezone(self.tz).date()
        day = self.calendar.roll_forward(last + timedelta(days=MOVE_ON_WAIT_DAYS))
        due_by = self.calendar.add_business_days(day, DEFAULT_WAIT_BUSINESS_DAYS)
        count = len(unanswered)
        notes = "note" if count == 1 else "notes"
        reason = (
            f"{count} follow-up {notes} went unanswered, the most the {self.rule.policy} "
            "policy allows; close the application, with a short closing note if you like [policy-limit]"
        )
        self._add(
            ActionKind.MOVE_ON,
            base,
            to,
            self._at(day, DAY_START),
            self._at(due_by, DAY_END),
            reason,
        )
