"""Several processes on one data directory: nothing acknowledged is ever lost (issue #15).

A GUI-like worker (``tests/store/mp_worker.py``) keeps its connections open and writes; other
workers and real ``debttracker-cli`` processes check, back up, read and write beside it; the
worker is then killed with SIGKILL and every row it acknowledged must be in the file.
"""

from __future__ import annotations

import signal

import pytest

from debttracker import paths
from debttracker.store.db import open_database
from tests.store.mp_util import Worker, cli, lender_ids, payment_notes

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.fixture
def data_dir(tmp_path):
    where = tmp_path / "data"
    open_database(where).close()
    return where


def test_check_and_backup_beside_an_open_writer_lose_nothing(data_dir, tmp_path):
    """The integrity check and the daily backup run in the writer (as the GUI does at start)
    and in a second process; that process then reads and closes; the writer commits again
    and is killed.  Before the fix the check's plain open()/close() of the live file dropped
    the writer's SQLite locks, the second process deleted the WAL and later commits vanished."""
    log = tmp_path / "worker.log"
    a = Worker(data_dir, log)
    for _ in range(3):
        a.ask("write")
    assert a.ask("check") == "checked ok"
    assert a.ask("backup") == "backup daily"
    a.ask("write")
    b = Worker(data_dir, log)
    assert b.ask("check") == "checked ok"
    assert b.ask("backup") == "backup none"
    assert b.ask("read").startswith("count ")
    b.quit()
    for _ in range(3):
        a.ask("write")
    assert a.ask("read") == f"count {len(a.acked)}"
    a.kill()
    assert a.acked <= lender_ids(paths.database_path(data_dir))


def test_cli_reads_and_writes_beside_an_open_writer(data_dir, tmp_path):
    """Real CLI processes (a read, a backup, two payments) between the writer's commits."""
    seeded = cli(data_dir, "sample-data")
    assert seeded.returncode == 0, seeded.stderr
    a = Worker(data_dir, tmp_path / "worker.log")
    a.ask("write")
    a.ask("backup")
    listed = cli(data_dir, "debts", "--json")
    assert listed.returncode == 0, listed.stderr
    made = cli(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    a.ask("write")
    for amount in ("10.01", "10.02"):
        paid = cli(data_dir, "pay", "--debt", "1", "--amount", amount, "--note", "cli " + amount)
        assert paid.returncode == 0, paid.stderr
        a.ask("write")
    a.kill()
    db_path = paths.database_path(data_dir)
    assert a.acked <= lender_ids(db_path)
    assert {"cli 10.01", "cli 10.02"} <= payment_notes(db_path)
