"""One exception hierarchy; every message is written for the user to read."""

from __future__ import annotations


class FollowupError(Exception):
    """Base of every error a user can cause; adapters show `str(err)` on one line."""

    exit_code = 1


class InputError(FollowupError):
    """Something the user typed or supplied cannot be understood."""

    exit_code = 2


class NotFoundError(FollowupError):
    """A key names nothing in the store."""

    exit_code = 2


class ConflictError(FollowupError):
    """The change would clash with what is already stored."""

    exit_code = 2


class TimelineError(InputError):
    """A stated decision timeline that no rule of the grammar reads."""


class ImportFormatError(InputError):
    """An interchange document that cannot be imported as a whole."""


class StoreError(FollowupError):
    """The database cannot be opened, read or written."""
