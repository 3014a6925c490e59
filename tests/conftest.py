"""Every test gets its own database file and config directory; nothing touches the user's."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "followup.db"))
    monkeypatch.setenv("FOLLOWUP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    return tmp_path
