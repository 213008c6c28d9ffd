"""SIGKILL during create, migrate, import and restore: afterwards the data directory opens
and holds a whole database, and every write acknowledged before the kill is there.

``DEBTTRACKER_KILL_TRIALS`` sets the trials per operation (default 4); ``make soak`` runs the
``slow`` soak with 1,000+ trials in all.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debttracker import paths
from debttracker.store.db import open_database
from tests.store.mp_util import ENV, ROOT, cli, lender_ids

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

TRIALS = int(os.environ.get("DEBTTRACKER_KILL_TRIALS", "4"))
FIXTURES = Path(__file__).parent / "fixtures"
SOAK_TRIALS = int(os.environ.get("DEBTTRACKER_SOAK_TRIALS", "250"))  # x 4 operations


def _cli_argv(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "debttracker.cli", "--data-dir", str(data_dir), *args]


def kill_at_random(argv: list[str], rng: random.Random) -> None:
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(rng.uniform(0.0, 1.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def assert_whole(data_dir: Path, acked: set[int]) -> None:
    """The directory opens (a new database if none was made) and has every acked lender."""
    open_database(data_dir).close()
    assert acked <= lender_ids(paths.database_path(data_dir))
    listed = cli(data_dir, "debts", "--json")
    assert listed.returncode == 0, listed.stderr


def _seed(data_dir: Path) -> set[int]:
    from tests.store.mp_util import Worker

    w = Worker(data_dir, data_dir.parent / "worker.log")
    for _ in range(2):
        w.ask("write")
    w.quit()
    return w.acked


def one_trial(tmp: Path, operation: str, rng: random.Random) -> None:
    data_dir = tmp / "data"
    tmp.mkdir(parents=True, exist_ok=True)
    if operation == "create":
        kill_at_random(_cli_argv(data_dir, "debts"), rng)
        assert_whole(data_dir, set())
        return
    if operation == "migrate":
        data_dir.mkdir(parents=True)
        shutil.copy(FIXTURES / "schema_0001.sqlite3", paths.database_path(data_dir))
        kill_at_random(_cli_argv(data_dir, "debts"), rng)
        assert_whole(data_dir, set())
        return
    acked = _seed(data_dir)
    made = cli(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.split(" (")[0]
    exported = tmp / "all.json"
    assert cli(data_dir, "export", str(exported)).returncode == 0
    if operation == "restore":
        kill_at_random(_cli_argv(data_dir, "restore", backup_file), rng)
    else:
        kill_at_random(_cli_argv(data_dir, "import", "--replace", str(exported)), rng)
    assert_whole(data_dir, acked)


OPERATIONS = ("create", "migrate", "restore", "import")


@pytest.mark.parametrize("operation", OPERATIONS)
def test_kill_during_operation_leaves_a_whole_database(tmp_path, operation):
    rng = random.Random(f"{operation}-15")
    for trial in range(TRIALS):
        one_trial(tmp_path / f"t{trial}", operation, rng)


@pytest.mark.slow
def test_soak_kills_during_every_operation(tmp_path):
    """``make soak``: SOAK_TRIALS x 4 operations (1,000 by default), each verified."""
    rng = random.Random(20261202)
    done = 0
    for trial in range(SOAK_TRIALS):
        for operation in OPERATIONS:
            one_trial(tmp_path / f"{operation}{trial}", operation, rng)
            shutil.rmtree(tmp_path / f"{operation}{trial}")
            done += 1
    print(f"\n{done} SIGKILL trials (create, migrate, restore, import), none lost")
