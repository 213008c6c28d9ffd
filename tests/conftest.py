"""Shared fixtures: every path points at tmp_path so no test touches a real home."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path, monkeypatch):
    """Point the data directory, HOME and XDG directories at a per-test temp folder."""
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    monkeypatch.setenv("DEBTTRACKER_DATA_DIR", str(data))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    return data
