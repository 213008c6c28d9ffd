"""Integrity at start: quick_check, damaged files set aside untouched, locks, good backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime

import pytest

from debttracker import paths
from debttracker.store.backup import create_backup
from debttracker.store.db import open_database
from debttracker.store.integrity import (
    DamagedDatabaseError,
    DatabaseLockedError,
    Status,
    check_database,
    latest_good_backup,
    set_aside,
)
from tests.store.safety_data import filled_dir


@pytest.fixture
def data(tmp_path):
    return filled_dir(tmp_path / "data")


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path, offset_pages=(2, 3, 4)):
    """Overwrite a few pages in the middle of the file with garbage."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    page = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        for n in offset_pages:
            fh.seek(page * n)
            fh.write(b"\xde\xad\xbe\xef" * (page // 4))


def test_a_good_database_passes(data):
    report = check_database(paths.database_path(data))
    assert report.status == Status.OK and report.ok and report.message() is None
    report.raise_for_status()


def test_a_missing_database_is_fine(tmp_path):
    assert check_database(tmp_path / "none.sqlite3").status == Status.MISSING


def test_the_check_never_writes(data):
    db_path = paths.database_path(data)
    before = digest(db_path)
    check_database(db_path)
    assert digest(db_path) == before


def test_not_sqlite(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"PK\x03\x04 a zip file pretending")
    report = check_database(path)
    assert report.status == Status.NOT_SQLITE and report.damaged
    with pytest.raises(DamagedDatabaseError, match="not a debttracker database"):
        report.raise_for_status()


def test_damaged_pages_are_detected(data):
    db_path = paths.database_path(data)
    damage(db_path)
    report = check_database(db_path)
    assert report.status == Status.DAMAGED
    assert report.problems
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        report.raise_for_status()


def test_a_truncated_file_is_detected(data):
    db_path = paths.database_path(data)
    conn = sqlite3.connect(db_path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    size = db_path.stat().st_size
    with db_path.open("r+b") as fh:
        fh.truncate(size // 3)
    assert check_database(db_path).damaged


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1])
conn.execute("pragma locking_mode=exclusive")
conn.execute("begin exclusive")
conn.execute("insert into setting(key, value) values ('locker', 'x')")
print("locked", flush=True)
sys.stdin.readline()
conn.rollback()
conn.close()
"""


def test_a_database_locked_by_another_process(data):
    db_path = paths.database_path(data)
    proc = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        assert proc.stdout.readline().strip() == "locked"
        report = check_database(db_path, timeout=0.2)
        assert report.status == Status.LOCKED
        with pytest.raises(DatabaseLockedError, match="another program"):
            report.raise_for_status()
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
    assert check_database(db_path).status == Status.OK


def test_set_aside_moves_file_and_log_and_never_overwrites(data):
    db_path = paths.database_path(data)
    db_path.write_bytes(b"damaged content")
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"wal content")
    moment = datetime(2026, 3, 15, 10, 0, 0)
    first = set_aside(db_path, now=moment)
    assert first.name == "debttracker.sqlite3.damaged-20260315-100000"
    assert first.read_bytes() == b"damaged content"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal content"
    assert not db_path.exists() and not wal.exists()

    db_path.write_bytes(b"second damaged file")
    second = set_aside(db_path, now=moment)
    assert second != first
    assert first.read_bytes() == b"damaged content"
    assert second.read_bytes() == b"second damaged file"
    if os.name == "posix":
        assert stat.S_IMODE(second.stat().st_mode) == 0o600


def test_latest_good_backup_skips_damaged_ones(data):
    good = create_backup(data, "manual", now=datetime(2026, 3, 14, 10, 0))
    bad = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0))
    damage(bad.path)
    found = latest_good_backup(data)
    assert found is not None and found.path == good.path


def test_no_backup_at_all(tmp_path):
    assert latest_good_backup(tmp_path / "data") is None


def test_open_database_reports_damage(data):
    """``open_database`` refuses a damaged file with a DomainError, never a traceback."""
    from debttracker.core.messages import DomainError

    db_path = paths.database_path(data)
    damage(db_path)
    before = digest(db_path)
    with pytest.raises(DomainError):
        db = open_database(data)
        db.close()
    assert digest(db_path) == before
