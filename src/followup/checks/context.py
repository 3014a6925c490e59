"""What the checker may know besides the draft: the kind, the application, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from followup.model import Application, Contact, MessageKind, Settings, Stage

if TYPE_CHECKING:
    from followup.schedule.workdays import BusinessCalendar


@dataclass(frozen=True)
class CheckConfig:
    """Rule switches, tuned numbers and extra phrases, as read from check.toml."""

    disabled: frozenset[str] = frozenset()
    params: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> name -> value
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # list name -> phrases
    accept: frozenset[str] = frozenset()  # the personal word list, lower-cased


@dataclass(frozen=True)
class Peer:
    """Another draft checked in the same call, for the panel-duplicate rule."""

    path: str
    body: str
    recipients: tuple[str, ...]  # lower-cased names and addresses from its To/Cc/greeting
    similarity: float | None = None  # already measured against the draft being checked


@dataclass
class CheckContext:
    """Everything optional the rules may use; with none of it, only text rules run."""

    kind: MessageKind | None = None
    stage: Stage | None = None
    application: Application | None = None
    to: Contact | None = None
    settings: Settings | None = None
    now: datetime | None = None
    interview: str | None = None  # interview key; default: the latest one
    config: CheckConfig = field(default_factory=CheckConfig)
    words: frozenset[str] = frozenset()  # extra accepted words, lower-cased
    other_companies: tuple[str, ...] = ()  # companies of the user's other applications
    peers: tuple[Peer, ...] = ()
    calendar: BusinessCalendar | None = None  # for the timing rules; weekends only if None
