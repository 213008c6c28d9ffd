"""Helpers for the multi-process tests: start workers and CLI processes, kill, verify."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(ROOT), DEBTTRACKER_LANG="en", QT_QPA_PLATFORM="offscreen")


class Worker:
    """A ``tests.store.mp_worker`` process (a GUI-like writer) driven over its stdin."""

    def __init__(self, data_dir: Path, log: Path) -> None:
        with log.open("ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.store.mp_worker", str(data_dir)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                cwd=ROOT,
                env=ENV,
            )
        self.log = log
        self.acked: set[int] = set()
        assert self._line() == "ready", log.read_text()

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().decode().strip()

    def ask(self, command: str) -> str:
        """Send one command and return its answer (a lender id is remembered once acked)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        self.proc.stdin.flush()
        answer = self._line()
        assert answer, f"{command}: worker died: {self.log.read_text()}"
        if answer.startswith("ack "):
            self.acked.add(int(answer.split()[1]))
        return answer

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()

    def quit(self) -> None:
        assert self.ask("quit") == "bye"
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


def cli(data_dir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``debttracker-cli --data-dir DATA_DIR ARGS`` as its own process."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "debttracker.cli",
            "--data-dir",
            str(data_dir),
            "--lang",
            "en",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=ENV,
        timeout=timeout,
    )


def lender_ids(db_path: Path) -> set[int]:
    """Every lender id in the database, read by a fresh connection after integrity_check."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in conn.execute("SELECT id FROM lender")}
    finally:
        conn.close()


def payment_notes(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {str(row[0]) for row in conn.execute("SELECT note FROM payment")}
    finally:
        conn.close()
