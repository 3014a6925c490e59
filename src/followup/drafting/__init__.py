"""Personal follow-up drafts rendered from the user's own notes (docs/drafts.md)."""

from __future__ import annotations

from followup.drafting.render import (
    ACTION_MESSAGES,
    RenderedDraft,
    draft_for_action,
    format_draft,
    render_draft,
)

__all__ = ["ACTION_MESSAGES", "RenderedDraft", "draft_for_action", "format_draft", "render_draft"]
