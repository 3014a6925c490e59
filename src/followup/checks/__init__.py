"""`followup check`: a linter for post-interview follow-up notes (see docs/rules/)."""

from __future__ import annotations

from followup.checks.base import Finding
from followup.checks.context import CheckConfig, CheckContext, Peer
from followup.checks.engine import check, check_document

__all__ = ["CheckConfig", "CheckContext", "Finding", "Peer", "check", "check_document"]
