"""The agenda: every application's plan at `now`, reusing stored plans while they still hold.

Planning 1,000 applications means reading about 10,000 rows and running the planner on each
of them, on every `followup agenda`. Yet a plan stays the same, up to each action's status,
until its history changes or `now` crosses one of the moments the planner compared it with
(`plan_with_window`). So the store keeps each application's plan with that window, SQLite
triggers drop it when anything under the application changes, and only the plans that no
longer hold are computed again. The result is exactly what `plan` gives; tests check it.
"""

from __future__ import annotations

import json
import os
import zlib
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

from followup import __version__
from followup.errors import NotFoundError
from followup.model import Action, ActionKind, ActionStatus, Application, Settings
from followup.record import FrozenRecord
from followup.schedule.urgency import by_urgency, status_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.store.interface import Store

#: Bump when the stored form of a plan changes.
CACHE_FORMAT = 2


class Agenda(FrozenRecord):
    """The actions due across applications, with what it takes to show them."""

    _fields = ("now", "actions", "companies", "names")
    now: datetime
    actions: list[Action]
    companies: dict[str, str]
    names: dict[tuple[str, str], str]  # (application key, contact key) -> name

    def __init__(
        self,
        now: datetime,
        actions: list[Action],
        companies: dict[str, str],
        names: dict[tuple[str, str], str],
    ) -> None:
        self._set(now=now, actions=actions, companies=companies, names=names)

    def without_upcoming(self) -> Agenda:
        """Only what is due or overdue."""
        due = [a for a in self.actions if a.status is not ActionStatus.UPCOMING]
        return self.replace(actions=due)

    def contact_name(self, application: str, contact: str) -> str:
        """The contact's name, or its key when it has none on record."""
        return self.names.get((application, contact), contact)


@cache
def _source_stamp() -> str:
    """Changes whenever the planning code does, so an edited install never reuses old plans."""
    package = os.path.dirname(__file__)
    schedule = os.path.join(package, "schedule")
    files = [os.path.join(schedule, n) for n in sorted(os.listdir(schedule)) if n.endswith(".py")]
    stats = [
        (f, os.stat(f).st_mtime_ns, os.stat(f).st_size) for f in [*files, f"{package}/model.py"]
    ]
    return f"{zlib.crc32(repr(stats).encode()):08x}"


def plan_fingerprint(settings: Settings) -> str:
    """Everything besides an application's own rows that its plan depends on."""
    parts = (CACHE_FORMAT, __version__, _source_stamp(), settings.timezone, settings.holidays)
    return "|".join(map(str, (*parts, settings.policy)))


def _year_bounds(now: datetime, tz: tzinfo) -> tuple[float, float]:
    """The calendar's years are chosen from `now.year`, so a plan holds within one year."""
    start = datetime(now.year, 1, 1, tzinfo=tz)
    return start.timestamp(), datetime(now.year + 1, 1, 1, tzinfo=tz).timestamp()


def _row(a: Action) -> list[object]:
    return [
        a.interview,
        a.kind.value,
        a.to,
        a.due_from.isoformat(),
        a.due_by.isoformat(),
        a.reason,
        a.final,
    ]


def encode_plan(actions: list[Action], names: dict[str, str]) -> str:
    """One application's actions (without their status) and its recipients' names, as JSON."""
    return json.dumps(
        [names, [_row(a) for a in actions]], ensure_ascii=False, separators=(",", ":")
    )


_KINDS = {kind.value: kind for kind in ActionKind}


def decode_plan(
    application: str, text: str, now: datetime, tz: tzinfo
) -> tuple[list[Action], dict[str, str]]:
    """What `encode_plan` stored: the actions with their status at `now`, and the names."""
    parse, kinds = datetime.fromisoformat, _KINDS
    names, rows = json.loads(text)
    decoded = []
    for interview, kind, to, due_from, due_by, reason, final in rows:
        start, end = parse(due_from).astimezone(tz), parse(due_by).astimezone(tz)
        status = status_at(start, end, now)
        decoded.append(
            Action(
                application, interview, kinds[kind], tuple(to), start, end, status, reason, final
            )
        )
    if not isinstance(names, dict):
        raise TypeError("the stored names are not a mapping")
    return decoded, names


def _decoded(
    key: str, text: str, now: datetime, tz: tzinfo
) -> tuple[list[Action], dict[str, str]] | None:
    """The cached plan, or None when the stored text is damaged (then it is planned again)."""
    try:
        return decode_plan(key, text, now, tz)
    except (ValueError, TypeError, KeyError):  # json.JSONDecodeError is a ValueError
        return None


def recipient_names(app: Application, actions: list[Action]) -> dict[str, str]:
    """The names of the contacts `actions` are addressed to."""
    wanted = {key for action in actions for key in action.to}
    return {c.key: c.name for c in app.contacts if c.key in wanted}


def build_agenda(
    store: Store, settings: Settings, now: datetime, only: str | None = None
) -> Agenda:
    """Every action at `now` (or only those of application `only`), most pressing first."""
    tz = ZoneInfo(settings.timezone)
    fingerprint = plan_fingerprint(settings)
    token = store.plan_cache_token()
    index = store.agenda_index(fingerprint, only)
    if only is not None and not index:
        raise NotFoundError(f"no application {only!r}; see `followup show`")
    moment = now.timestamp()
    actions: list[Action] = []
    names: dict[tuple[str, str], str] = {}
    stale: list[str] = []
    for key, _company, after, before, text in index:
        holds = (after is None or after < moment) and (before is None or moment < before)
        cached = _decoded(key, text, now, tz) if text is not None and holds else None
        if cached is None:
            stale.append(key)
        else:
            actions.extend(cached[0])
            names.update(((key, contact), name) for contact, name in cached[1].items())
    if stale:
        every = only is None and len(stale) == len(index)
        actions.extend(_plan_again(store, settings, now, stale, every, token, names))
    companies = {key: company for key, company, *_ in index}
    return Agenda(now, by_urgency(actions), companies, names)


def _plan_again(
    store: Store,
    settings: Settings,
    now: datetime,
    keys: list[str],
    every: bool,
    token: int,
    names: dict[tuple[str, str], str],
) -> list[Action]:
    """Plan the applications in `keys` afresh, note their names, and store the plans."""
    # Imported here: a run that finds every plan still holding never needs the planner.
    from followup.schedule.holidays import calendar_for
    from followup.schedule.planner import plan_with_window

    apps = store.list_applications(bodies=False, keys=None if every else keys)
    calendar = calendar_for(settings.holidays, apps, now, store)
    year_start, year_end = _year_bounds(now, ZoneInfo(settings.timezone))
    actions: list[Action] = []
    entries = []
    for app in apps:
        planned = plan_with_window(app, settings, now, calendar)
        actions.extend(planned.actions)
        after, before = year_start, year_end
        if planned.stable_after is not None:
            after = max(after, planned.stable_after.timestamp())
        if planned.stable_before is not None:
            before = min(before, planned.stable_before.timestamp())
        recipients = recipient_names(app, planned.actions)
        names.update(((app.key, contact), name) for contact, name in recipients.items())
        entries.append((app.key, after, before, encode_plan(planned.actions, recipients)))
    store.save_plans(token, plan_fingerprint(settings), entries)
    return actions
