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


HOLDER = (
    "import sys, pathlib; from debttracker.ui.instance_lock import claim_data_dir; "
    "lock = claim_data_dir(pathlib.Path(sys.argv[1])); print('held' if lock else 'busy', "
    "flush=True); sys.stdin.readline()"
)


def test_restore_and_replace_import_refused_while_the_app_holds_the_data_dir(data_dir, tmp_path):
    """The GUI's instance lock (held by a real process) makes the CLI's whole-database
    commands refuse in one line, exit 1, nothing changed; once the holder is killed the lock
    is taken over at once."""
    import subprocess
    import sys

    from tests.store.mp_util import ENV, ROOT

    a = Worker(data_dir, tmp_path / "worker.log")
    a.ask("write")
    a.quit()
    made = cli(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    backup_file = made.stdout.split(" (")[0]
    exported = tmp_path / "all.json"
    assert cli(data_dir, "export", str(exported)).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=ENV,
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
    before = paths.database_path(data_dir).stat().st_mtime_ns
    refused = [
        cli(data_dir, "restore", backup_file),
        cli(data_dir, "import", "--replace", str(exported)),
    ]
    for result in refused:
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1
        assert "the app is open on this data directory; close it first" in result.stderr
    assert paths.database_path(data_dir).stat().st_mtime_ns == before
    holder.kill()
    holder.wait()
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    restored = cli(data_dir, "restore", backup_file)
    assert restored.returncode == 0, restored.stderr


def test_list_backups_never_offers_an_empty_file(data_dir):
    from debttracker.store.backup import list_backups

    empty = paths.backups_dir(data_dir) / "debttracker-20260101-000000-manual.sqlite3"
    empty.write_bytes(b"")
    assert all(info.path != empty for info in list_backups(data_dir))
