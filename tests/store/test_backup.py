"""Backups: consistent copies, names, rotation, evidence by hash, restore that keeps the old."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from debttracker import paths
from debttracker.core.messages import DomainError
from debttracker.core.retention import RetentionPolicy
from debttracker.store import backup_evidence as ev
from debttracker.store.backup import (
    create_backup,
    ensure_daily_backup,
    list_backups,
    restore,
    rotate,
)
from debttracker.store.db import open_database
from tests.store.safety_data import LENDER_NAME, counts, filled_dir

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def data(tmp_path):
    base = filled_dir(tmp_path / "data")
    evidence = paths.evidence_dir(base)
    (evidence / "2026").mkdir()
    (evidence / "2026" / "call.m4a").write_bytes(b"recording" * 1000)
    (evidence / "letter.pdf").write_bytes(b"%PDF-1.4 letter")
    return base


def lender_names(base):
    conn = sqlite3.connect(paths.database_path(base))
    try:
        return {r[0] for r in conn.execute("select name from lender")}
    finally:
        conn.close()


def test_a_manual_backup_is_a_whole_private_copy(data):
    info = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0, 0))
    assert info.path.name == "debttracker-20260315-100000-manual.sqlite3"
    assert info.kind == "manual" and info.size > 0
    assert info.evidence_files == len(ev.live_files(data)) >= 2
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert LENDER_NAME in lender_names(data)
    if os.name == "posix":
        for path in [info.path, info.manifest, *(data / "backups" / "evidence").rglob("*")]:
            if path.is_file():
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700


def test_two_backups_in_one_second_do_not_collide(data):
    moment = datetime(2026, 3, 15, 10, 0, 0)
    first = create_backup(data, "manual", now=moment)
    second = create_backup(data, "manual", now=moment)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_evidence_content_is_stored_once(data):
    create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0, 0))
    create_backup(data, "manual", now=datetime(2026, 3, 15, 11, 0, 0))
    blobs = [p for p in (data / "backups" / "evidence").rglob("*") if p.is_file()]
    contents = {p.read_bytes() for p in ev.live_files(data).values()}
    assert len(blobs) == len(contents)


def test_list_backups_newest_first_with_kind_and_size(data):
    create_backup(data, "manual", now=datetime(2026, 3, 14, 9, 0, 0))
    create_backup(data, "pre-import", now=datetime(2026, 3, 15, 9, 0, 0))
    (data / "backups" / "pre-migration-0001-20260301-080000.sqlite3").write_bytes(
        paths.database_path(data).read_bytes()
    )
    (data / "backups" / "notes.txt").write_text("not a backup")
    found = list_backups(data)
    assert [b.kind for b in found] == ["pre-import", "manual", "pre-migration"]
    assert found[0].taken_at == datetime(2026, 3, 15, 9, 0, 0)
    assert all(b.size > 0 for b in found)


def test_no_database_no_backup(tmp_path):
    with pytest.raises(DomainError, match="no data"):
        create_backup(tmp_path / "empty", "manual")
    assert ensure_daily_backup(tmp_path / "empty", date(2026, 3, 15)) is None


def test_daily_backup_once_a_day(data):
    day = date(2026, 3, 15)
    first = ensure_daily_backup(data, day, now=datetime(2026, 3, 15, 8, 0))
    assert first is not None and first.kind == "daily"
    assert ensure_daily_backup(data, day, now=datetime(2026, 3, 15, 18, 0)) is None
    assert ensure_daily_backup(data, day + timedelta(days=1)) is not None


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_never_other_kinds(data):
    start = datetime(2025, 1, 1, 8, 0)
    for n in range(0, 400, 5):
        create_backup(data, "daily", now=start + timedelta(days=n))
    manual = create_backup(data, "manual", now=start)
    removed = rotate(data, RetentionPolicy())
    left = list_backups(data)
    daily = [b for b in left if b.kind == "daily"]
    assert removed and len(daily) <= 7 + 4 + 12
    assert len({(b.taken_at.year, b.taken_at.month) for b in daily}) == 12
    assert manual.path.exists()
    assert not any(p.exists() for p in removed)
    # evidence still referenced by the remaining manifests is still there
    for info in left:
        for entry in ev.read_manifest(info.manifest).values():
            assert ev.blob_path(data / "backups", entry.sha256).exists()


def test_rotation_policy_comes_from_settings(data):
    conn = sqlite3.connect(paths.database_path(data))
    with conn:
        conn.execute("insert into setting(key, value) values ('backup.keep_daily', '2')")
        conn.execute("insert into setting(key, value) values ('backup.keep_weekly', '0')")
        conn.execute("insert into setting(key, value) values ('backup.keep_monthly', '0')")
    conn.close()
    for n in range(5):
        create_backup(data, "daily", now=datetime(2026, 3, 1 + n, 8, 0))
    rotate(data)
    assert [b.taken_at.day for b in list_backups(data)] == [5, 4]


def test_restore_takes_a_backup_first_and_brings_back_data_and_evidence(data):
    info = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0))
    conn = sqlite3.connect(paths.database_path(data))
    with conn:
        conn.execute("update lender set name = 'changed after the backup'")
    conn.close()
    (data / "evidence" / "letter.pdf").unlink()
    (data / "evidence" / "new-after-backup.jpg").write_bytes(b"jpeg")

    result = restore(info, data)

    assert LENDER_NAME in lender_names(data)
    assert result.pre_restore is not None and result.pre_restore.kind == "pre-restore"
    assert "changed after the backup" in lender_names_of(result.pre_restore.path)
    assert (data / "evidence" / "letter.pdf").read_bytes() == b"%PDF-1.4 letter"
    assert (data / "evidence" / "new-after-backup.jpg").exists()  # never deleted
    assert result.evidence_restored == 1
    if os.name == "posix":
        assert stat.S_IMODE(paths.database_path(data).stat().st_mode) == 0o600
    # the restored database opens and migrates like any other
    db = open_database(data)
    try:
        assert counts(db)["lender"] >= 1
    finally:
        db.close()


def lender_names_of(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("select name from lender")}
    finally:
        conn.close()


def test_restore_while_a_wal_holds_recent_writes(data):
    """The old write-ahead log must not be replayed onto the restored file."""
    info = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0))
    db = open_database(data)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("insert into setting(key, value) values ('after', 'x')")
    db.close()
    restore(info, data)
    conn = sqlite3.connect(paths.database_path(data))
    try:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert conn.execute("select count(*) from setting where key='after'").fetchone()[0] == 0
    finally:
        conn.close()


def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(data, tmp_path):
    before = paths.database_path(data).read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"garbage" * 100)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("create table t(a)")
    conn.close()
    for bad in (junk, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises(DomainError):
            restore(bad, data)
    assert paths.database_path(data).read_bytes() == before
    assert list_backups(data) == []


def test_restore_over_a_damaged_file_sets_it_aside(data):
    info = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0))
    db_path = paths.database_path(data)
    db_path.write_bytes(b"definitely not sqlite" * 50)
    result = restore(info, data)
    assert result.set_aside is not None and result.set_aside.exists()
    assert result.set_aside.read_bytes() == b"definitely not sqlite" * 50
    assert LENDER_NAME in lender_names(data)


@POSIX
def test_restored_evidence_is_read_only(data):
    info = create_backup(data, "manual", now=datetime(2026, 3, 15, 10, 0))
    (data / "evidence" / "letter.pdf").unlink()
    restore(info, data)
    assert stat.S_IMODE((data / "evidence" / "letter.pdf").stat().st_mode) == 0o400
