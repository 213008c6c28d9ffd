"""Shared fixtures: every path points at tmp_path so no test touches a real home."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# one matplotlib font cache for the whole run (building it costs ~0.4 s), outside any real home
_MPL_CACHE = (
    Path(tempfile.gettempdir())
    / f"debttracker-tests-mpl-{os.getuid() if hasattr(os, 'getuid') else 0}"
)
_MPL_CACHE.mkdir(mode=0o700, exist_ok=True)
os.environ["MPLCONFIGDIR"] = str(_MPL_CACHE)


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
    from debttracker import paths

    paths.set_data_dir_override(None)  # a CLI test's --data-dir must not leak into the next
    monkeypatch.setattr(paths, "_override", None)
    return data


@pytest.fixture(autouse=True)
def _no_session_bus(monkeypatch):
    """No test reaches the desktop's notification server: the session bus is unreachable
    (the D-Bus notifier tests start their own private bus and connect to it by address)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/debttracker-tests")


def pytest_collection_modifyitems(config, items):
    """``slow`` tests (soaks, long fuzz runs) run only when asked for with ``-m slow``."""
    if "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow (make soak)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
