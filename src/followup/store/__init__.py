"""Persistence: `open_store` picks the backend and hands back a `Store`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from followup.errors import StoreError

if TYPE_CHECKING:
    from followup.store.interface import Store

DB_ENV = "FOLLOWUP_DB"


def default_db_path() -> Path:
    """$FOLLOWUP_DB if set, else followup.db in the user's data directory."""
    configured = os.environ.get(DB_ENV)
    if configured:
        return Path(configured).expanduser()
    # Imported here so commands given an explicit path never pay for it.
    from platformdirs import user_data_dir

    return Path(user_data_dir("followup")) / "followup.db"


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating if needed) the database at `path` and bring its schema up to date."""
    from followup.store.sqlite import SQLiteStore

    target = Path(path).expanduser() if path else default_db_path()
    if target.is_dir():
        raise StoreError(f"{target} is a directory, not a followup database")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for {target}: {err.strerror}") from err
    return SQLiteStore(str(target))


__all__ = ["DB_ENV", "default_db_path", "open_store"]
