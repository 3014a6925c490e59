"""followup's user directories (data, config, cache), where platformdirs would put them.

On Linux with an absolute $HOME the XDG rule is a few os.path calls, while importing
platformdirs (with pathlib and tempfile) costs a command about as much as all its own work;
elsewhere platformdirs answers. tests/test_paths.py holds the two to the same answers.
"""

from __future__ import annotations

import os
import sys

#: The XDG variable of each user directory and its default under $HOME.
_XDG = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def user_dir(kind: str) -> str:
    """followup's user "data", "config" or "cache" directory (it may not exist yet)."""
    variable, default = _XDG[kind]
    home = os.environ.get("HOME", "")
    if sys.platform == "linux" and os.path.isabs(home) and "ANDROID_DATA" not in os.environ:
        base = os.environ.get(variable, "")
        if not os.path.isabs(base):
            base = os.path.join(home.rstrip("/") or "/", default)
        return os.path.join(base, "followup")
    import platformdirs

    finders = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
    }
    return str(finders[kind]("followup"))


def configured_dir(variable: str, kind: str) -> str:
    """The folder named by environment `variable` if set, else followup's user directory."""
    return os.environ.get(variable) or user_dir(kind)
