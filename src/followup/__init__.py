"""followup: plan, draft and check the notes a job seeker sends after an interview."""

from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False
if TYPE_CHECKING:
    from followup.checks import CheckContext, Finding


def check(text: str, context: CheckContext | None = None) -> list[Finding]:
    """Lint one draft and return its findings (see `docs/rules/`)."""
    from followup.checks import check as run_check

    return run_check(text, context)
