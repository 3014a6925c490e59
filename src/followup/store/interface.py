"""The storage contract every backend (SQLite now, PostgreSQL later) fulfils."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from types import TracebackType
from typing import Protocol

from followup.model import Application, Settings


class Store(Protocol):
    """Aggregate-level persistence: an application is always read and written whole.

    Also satisfies `followup.schedule.holidays.HolidayCache` through the two holiday methods.
    """

    path: str

    def close(self) -> None:
        """Release the connection; the store is unusable afterwards."""
        ...

    def get_settings(self) -> Settings:
        """The stored settings, with model defaults for anything never saved."""
        ...

    def save_settings(self, settings: Settings) -> None:
        """Replace the stored settings."""
        ...

    def list_applications(
        self, *, bodies: bool = True, keys: Sequence[str] | None = None
    ) -> list[Application]:
        """Every application, ordered by key; fully loaded unless `bodies=False`.

        `bodies=False` is the fast read for planning (`followup agenda`): the subjects and
        bodies of messages, replies and drafts are not read and equal "". Everything else is
        as in a full load. Such a lean application must not be saved back: `save_application`,
        `add_application` and `import_document` refuse it with a StoreError rather than wipe
        the texts; reload it with `get_application` to change it. `keys` loads only those.
        """
        ...

    def application_keys(self) -> list[str]:
        """The keys of every application, sorted."""
        ...

    def companies(self) -> dict[str, str]:
        """{application key: company} for every application."""
        ...

    def get_application(self, key: str) -> Application:
        """One application, fully loaded; NotFoundError if there is none."""
        ...

    def add_application(self, app: Application) -> None:
        """Store a new application; ConflictError if its key is taken."""
        ...

    def save_application(self, app: Application) -> None:
        """Replace the whole aggregate (or create it) in one transaction.

        StoreError if `app` holds texts a lean `list_applications(bodies=False)` left unread.
        """
        ...

    def delete_application(self, key: str) -> None:
        """Remove an application and everything under it; NotFoundError if there is none."""
        ...

    def import_document(
        self, settings: Settings | None, apps: list[Application], replace: bool = False
    ) -> None:
        """Write a whole document in one transaction; existing keys are replaced (upsert).

        With `replace=True` every stored application is deleted first. Settings are written
        only when given.
        """
        ...

    def plan_cache_token(self) -> int:
        """A value that changes whenever another process commits a change."""
        ...

    def agenda_index(
        self, fingerprint: str, only: str | None = None
    ) -> list[tuple[str, str, float | None, float | None, str | None]]:
        """Per application by key: key, company, and its cached plan under `fingerprint`.

        The plan part is (stable_after, stable_before, actions JSON), all None when no plan
        with that fingerprint is cached; the bounds are POSIX seconds or None (unbounded).
        """
        ...

    def save_plans(
        self,
        token: int,
        fingerprint: str,
        entries: Sequence[tuple[str, float | None, float | None, str]],
    ) -> bool:
        """Cache (key, stable_after, stable_before, actions JSON) rows read at `token`.

        Writes nothing and returns False if anything changed since `token`, or the file
        cannot be written now. Any later change to an application drops its cached plan.
        """
        ...

    def get_holidays(self, region: str, year: int) -> dict[date, str] | None:
        """The cached holidays of `region` in `year`, or None if never cached."""
        ...

    def put_holidays(self, region: str, year: int, days: dict[date, str]) -> None:
        """Cache the holidays of `region` in `year`."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
