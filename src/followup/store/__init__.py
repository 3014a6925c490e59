"""Persistence: `open_store` picks the backend and hands back a `Store`."""

from __future__ import annotations

import os

from followup.errors import StoreError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from followup.store.interface import Store

DB_ENV = "FOLLOWUP_DB"


def _db_path() -> str:
    configured = os.environ.get(DB_ENV)
    if configured:
        return os.path.expanduser(configured)
    from followup.paths import user_dir

    return os.path.join(user_dir("data"), "followup.db")


def default_db_path() -> Path:
    """$FOLLOWUP_DB if set, else followup.db in the user's data directory."""
    from pathlib import Path

    return Path(_db_path())


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    from followup.store.sqlite import SQLiteStore

    # os.path rather than pathlib: importing pathlib costs more than this whole function.
    target = os.path.expanduser(os.fspath(path)) if path else _db_path()
    if os.path.isdir(target):
        raise StoreError(f"{target} is a directory, not a followup database")
    try:
        os.makedirs(os.path.dirname(os.path.abspath(target)), exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for {target}: {err.strerror}") from err
    return SQLiteStore(target)


__all__ = ["DB_ENV", "default_db_path", "open_store"]
