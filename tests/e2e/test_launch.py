"""The real ``debttracker`` process on a real (virtual) X display."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debttracker import paths
from debttracker.store.db import open_database
from debttracker.store.models import Lender

pytestmark = pytest.mark.e2e

SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["shot"])
image = app.primaryScreen().grabWindow(0).toImage()
image.save(sys.argv[1])
colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
print(len(colours))
"""


def app_command(data_dir: Path) -> list[str]:
    script = Path(sys.executable).with_name("debttracker")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "debttracker"]
    return [*base, "--data-dir", str(data_dir)]


@pytest.fixture
def launched():
    """Processes started by a test; killed if still running, pipes closed, at the end."""
    procs: list[subprocess.Popen[str]] = []
    yield procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def start_app(data_dir: Path, env: dict[str, str], procs: list) -> subprocess.Popen[str]:
    env = dict(env, DEBTTRACKER_STARTUP_PROBE="print")
    proc = subprocess.Popen(
        app_command(data_dir), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    procs.append(proc)
    return proc


def wait_for(proc: subprocess.Popen[str], word: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(word):
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"app exited with {proc.returncode}: {proc.stderr.read()}")
    raise AssertionError(f"no '{word}' from the app within {timeout} s")


def seed(data_dir: Path) -> None:
    db = open_database(data_dir)
    with db.session() as s:
        s.add(Lender(name="某某消费金融", kind="consumer_finance", hotline="95188"))
    db.close()


def test_window_appears_on_x_and_closes_cleanly(x_env, tmp_path, launched):
    data = tmp_path / "data"
    proc = start_app(data, x_env, launched)
    try:
        wait_for(proc, "shown")
        wait_for(proc, "ready")
        shot = tmp_path / "screen.png"
        result = subprocess.run(
            [sys.executable, "-c", SCREENSHOT, str(shot)],
            env=x_env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert shot.stat().st_size > 1000
        assert int(result.stdout.strip().splitlines()[-1]) > 5  # not a blank screen
    finally:
        proc.send_signal(signal.SIGTERM)
        returncode = proc.wait(timeout=30)
    assert returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert (data / "ui.ini").exists()  # window state saved on the way out
    with sqlite3.connect(paths.database_path(data)) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)


def test_killed_while_idle_loses_nothing_and_starts_again(x_env, tmp_path, launched):
    data = tmp_path / "data"
    seed(data)
    proc = start_app(data, x_env, launched)
    try:
        wait_for(proc, "ready")
    finally:
        proc.kill()
        proc.wait(timeout=30)
    with sqlite3.connect(paths.database_path(data)) as conn:
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
        assert conn.execute("select name from lender").fetchall() == [("某某消费金融",)]
    again = start_app(data, x_env, launched)  # the killed instance's stale socket must not block it
    try:
        wait_for(again, "ready")
    finally:
        again.send_signal(signal.SIGTERM)
        assert again.wait(timeout=30) == 0


def test_second_launch_hands_over_to_the_first(x_env, tmp_path, launched):
    data = tmp_path / "data"
    first = start_app(data, x_env, launched)
    try:
        wait_for(first, "ready")
        second = subprocess.run(
            app_command(data), env=x_env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=30) == 0
