"""Finding and reading the user's own template files (the only I/O in drafting)."""

from __future__ import annotations

import os

from followup.drafting.environment import SUFFIX, TEMPLATES
from followup.errors import InputError
from followup.paths import configured_dir

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

CONFIG_ENV = "FOLLOWUP_CONFIG_DIR"


def _template_folder() -> str:
    return os.path.join(configured_dir(CONFIG_ENV, "config"), "templates")


def template_dir() -> Path:
    """$FOLLOWUP_CONFIG_DIR/templates, else the platform's config directory for followup."""
    from pathlib import Path

    return Path(_template_folder())


def load_user_templates(directory: Path | None = None) -> dict[str, Path]:
    """The user's override files by template name; names that match no built-in are skipped."""
    # Most users have no templates folder: answering that with os.path spares every draft
    # the import of pathlib, which costs more than the rest of this module.
    if not os.path.isdir(directory if directory is not None else _template_folder()):
        return {}
    folder = directory or template_dir()
    found = {}
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        name = path.name[: -len(SUFFIX)]
        if name in TEMPLATES:
            found[name] = path
    return found


def read_templates(paths: dict[str, Path]) -> dict[str, str]:
    """The text of each override file."""
    sources = {}
    for name, path in paths.items():
        try:
            sources[name] = path.read_text(encoding="utf-8")
        except OSError as err:
            raise InputError(f"cannot read your template {path}: {err.strerror}") from err
        except UnicodeDecodeError as err:
            raise InputError(f"your template {path} is not UTF-8 text") from err
    return sources


def unknown_files(directory: Path | None = None) -> list[Path]:
    """Template files whose names match no built-in, so they would never be used."""
    folder = directory or template_dir()
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.glob(f"*{SUFFIX}")) if p.name[: -len(SUFFIX)] not in TEMPLATES]
