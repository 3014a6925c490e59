"""What the checker may know besides the draft: the kind, the application, the settings."""

from __future__ import annotations

from followup.record import FrozenRecord, Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from followup.model import Application, Contact, MessageKind, Settings, Stage
    from followup.schedule.workdays import BusinessCalendar


class CheckConfig(FrozenRecord):
    """Rule switches, tuned numbers and extra phrases, as read from check.toml."""

    __slots__ = ("accept", "disabled", "params", "phrases")
    _fields = ("disabled", "params", "phrases", "accept")
    disabled: frozenset[str]
    params: dict[str, dict[str, Any]]  # code -> name -> value
    phrases: dict[str, tuple[str, ...]]  # list name -> phrases
    accept: frozenset[str]  # the personal word list, lower-cased

    def __init__(
        self,
        disabled: frozenset[str] = frozenset(),
        params: dict[str, dict[str, Any]] | None = None,
        phrases: dict[str, tuple[str, ...]] | None = None,
        accept: frozenset[str] = frozenset(),
    ) -> None:
        self._set(
            disabled=disabled,
            params={} if params is None else params,
            phrases={} if phrases is None else phrases,
            accept=accept,
        )


class Peer(FrozenRecord):
    """Another draft checked in the same call, for the panel-duplicate rule."""

    __slots__ = ("body", "path", "recipients", "similarity")
    _fields = ("path", "body", "recipients", "similarity")
    path: str
    body: str
    recipients: tuple[str, ...]  # lower-cased names and addresses from its To/Cc/greeting
    similarity: float | None  # already measured against the draft being checked

    def __init__(
        self, path: str, body: str, recipients: tuple[str, ...], similarity: float | None = None
    ) -> None:
        self._set(path=path, body=body, recipients=recipients, similarity=similarity)


class CheckContext(Record):
    """Everything optional the rules may use; with none of it, only text rules run."""

    _fields = (
        "kind",
        "stage",
        "application",
        "to",
        "settings",
        "now",
        "interview",
        "config",
        "words",
        "other_companies",
        "peers",
        "calendar",
    )
    __slots__ = _fields
    kind: MessageKind | None
    stage: Stage | None
    application: Application | None
    to: Contact | None
    settings: Settings | None
    now: datetime | None
    interview: str | None  # interview key; default: the latest one
    config: CheckConfig
    words: frozenset[str]  # extra accepted words, lower-cased
    other_companies: tuple[str, ...]  # companies of the user's other applications
    peers: tuple[Peer, ...]
    calendar: BusinessCalendar | None  # for the timing rules; weekends only if None

    def __init__(
        self,
        kind: MessageKind | None = None,
        stage: Stage | None = None,
        application: Application | None = None,
        to: Contact | None = None,
        settings: Settings | None = None,
        now: datetime | None = None,
        interview: str | None = None,
        config: CheckConfig | None = None,
        words: frozenset[str] = frozenset(),
        other_companies: tuple[str, ...] = (),
        peers: tuple[Peer, ...] = (),
        calendar: BusinessCalendar | None = None,
    ) -> None:
        self.kind = kind
        self.stage = stage
        self.application = application
        self.to = to
        self.settings = settings
        self.now = now
        self.interview = interview
        self.config = CheckConfig() if config is None else config
        self.words = words
        self.other_companies = other_companies
        self.peers = peers
        self.calendar = calendar
