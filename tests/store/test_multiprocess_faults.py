"""Faults beside other processes and hostile input (issue #15 items 7, 8, 11): one clear line,
the right exit status, no traceback, folders the app did not create left alone."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from debttracker import paths
from debttracker.store import errors
from debttracker.store.db import open_database
from tests.store.mp_util import ENV, ROOT, cli


@pytest.fixture
def data_dir(tmp_path):
    where = tmp_path / "data"
    open_database(where).close()
    seeded = cli(where, "sample-data")
    assert seeded.returncode == 0, seeded.stderr
    return where


def _one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_pay_on_a_locked_database_is_one_line_exit_1(data_dir):
    holder = sqlite3.connect(paths.database_path(data_dir))
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock past the wait
    try:
        result = cli(data_dir, "pay", "--debt", "1", "--amount", "5")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert "in use by another program" in _one_clean_line(result)


@pytest.mark.parametrize(
    "args",
    [
        ("pay", "--debt", "999999999999999999999999999999", "--amount", "1"),
        ("pay", "--debt", "１", "--amount", "1"),
        ("budget", "--month", "2²026-03"),
    ],
)
def test_bad_numbers_are_one_line_exit_2(data_dir, args):
    result = cli(data_dir, *args)
    assert result.returncode == 2
    _one_clean_line(result)


def test_a_directory_named_like_the_database_is_one_line(tmp_path):
    where = tmp_path / "data"
    (where / paths.DB_NAME).mkdir(parents=True)
    result = cli(where, "debts")
    assert result.returncode in (1, 2)
    _one_clean_line(result)


def test_output_piped_into_a_closed_pipe_ends_quietly(data_dir):
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "debttracker.cli",
            "--data-dir",
            str(data_dir),
            "schedule",
            "--principal",
            "100000",
            "--annual-rate",
            "12%",
            "--months",
            "360",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=ENV,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    proc.wait()
    proc.stderr.close()
    assert "Traceback" not in err and "BrokenPipe" not in err, err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_reads_work_on_a_read_only_data_directory(data_dir):
    os.chmod(data_dir, 0o500)
    try:
        result = cli(data_dir, "debts", "--json")
    finally:
        os.chmod(data_dir, 0o700)
    assert result.returncode == 0, result.stderr


def test_backup_to_a_shared_folder_leaves_its_mode(data_dir, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    result = cli(data_dir, "backup", "--to", str(shared))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    made = [p for p in shared.iterdir() if p.suffix == ".sqlite3"]
    assert made and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in made)


def test_new_folders_the_app_creates_are_private(tmp_path):
    made = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    written = paths.write_private_file(made / "f.bin", b"x")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_classify_real_sqlite_failures(tmp_path):
    db = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (v BLOB)")
    conn.commit()
    conn.execute("PRAGMA max_page_count=3")  # the disk is "full" after a few pages
    with pytest.raises(sqlite3.Error) as full:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    conn.close()
    assert isinstance(errors.classify(full.value), errors.StoreFull)
    ro = sqlite3.connect(db.as_uri() + "?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as read_only:
        ro.execute("INSERT INTO t VALUES (1)")
    ro.close()
    assert isinstance(errors.classify(read_only.value), errors.StoreReadOnly)
    a, b = sqlite3.connect(db, timeout=0), sqlite3.connect(db, timeout=0)
    a.execute("BEGIN EXCLUSIVE")
    with pytest.raises(sqlite3.Error) as busy:
        b.execute("BEGIN EXCLUSIVE")
    a.close()
    b.close()
    assert isinstance(errors.classify(busy.value), errors.StoreBusy)
    assert all(
        isinstance(e, errors.StoreError) for e in (errors.full(), errors.busy(), errors.read_only())
    )


def test_an_empty_database_file_is_damaged_not_new(data_dir):
    from debttracker.store.integrity import Status, check_database, latest_good_backup

    made = cli(data_dir, "backup")
    assert made.returncode == 0, made.stderr
    db_path = paths.database_path(data_dir)
    for ending in ("-wal", "-shm"):
        (data_dir / (paths.DB_NAME + ending)).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    report = check_database(db_path)
    assert report.status == Status.EMPTY and report.damaged and not report.ok
    assert latest_good_backup(data_dir) is not None  # what the GUI offers
    result = cli(data_dir, "debts")
    assert result.returncode in (1, 2)  # the CLI's exit status for a damaged database
    assert "empty (0 bytes)" in _one_clean_line(result)
    assert db_path.stat().st_size == 0  # left as it was, no tables created in it
