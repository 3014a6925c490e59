"""followup's user directories are where platformdirs, the issue's named rule, puts them."""

from __future__ import annotations

import platformdirs
import pytest

from followup.paths import configured_dir, user_dir

VARIABLES = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME", "cache": "XDG_CACHE_HOME"}


@pytest.mark.parametrize("kind", sorted(VARIABLES))
@pytest.mark.parametrize(
    ("home", "xdg"),
    [
        ("/home/jo", None),
        ("/home/jo/", None),
        ("/", None),
        ("/home/jo", "/srv/xdg"),
        ("/home/jo", "relative/xdg"),
        ("/home/jo", "~/xdg"),
        ("/home/jo", ""),
        ("/home/jo", "   "),
        ("relative-home", None),
    ],
)
def test_user_dirs_are_where_platformdirs_puts_them(kind, home, xdg, monkeypatch):
    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv(VARIABLES[kind], raising=False)
    else:
        monkeypatch.setenv(VARIABLES[kind], xdg)
    expected = getattr(platformdirs, f"user_{kind}_dir")("followup")
    assert user_dir(kind) == expected


def test_an_environment_variable_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("FOLLOWUP_SOMEWHERE", str(tmp_path / "here"))
    assert configured_dir("FOLLOWUP_SOMEWHERE", "config") == str(tmp_path / "here")
    monkeypatch.delenv("FOLLOWUP_SOMEWHERE")
    assert configured_dir("FOLLOWUP_SOMEWHERE", "config") == user_dir("config")
