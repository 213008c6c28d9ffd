"""``debttracker-cli backup/backups/restore/export/import/check``."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from sqlmodel import select

from debttracker import paths
from debttracker.cli import main
from debttracker.store.db import open_database
from debttracker.store.models import Lender
from tests.store.safety_data import LENDER_NAME, filled_dir


@pytest.fixture(autouse=True)
def forget_data_dir_override():
    """``--data-dir`` sets a process-wide override; do not let it leak into the next test."""
    yield
    paths.set_data_dir_override(None)


@pytest.fixture
def data(isolated_paths):
    return filled_dir(isolated_paths)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def names(base):
    conn = sqlite3.connect(paths.database_path(base))
    try:
        return {r[0] for r in conn.execute("select name from lender")}
    finally:
        conn.close()


def test_backup_list_and_restore(data, capsys):
    code, out, _ = run(capsys, "backup")
    assert code == 0 and "-manual.sqlite3" in out
    backup_path = out.split(" (")[0].strip()
    conn = sqlite3.connect(paths.database_path(data))
    with conn:
        conn.execute("delete from payment")
    conn.close()
    code, out, _ = run(capsys, "backups")
    assert code == 0 and "manual" in out and backup_path in out
    code, out, err = run(capsys, "restore", backup_path)
    assert code == 0, err
    assert "previous data backed up" in out and "pre-restore" in out
    conn = sqlite3.connect(paths.database_path(data))
    try:
        assert conn.execute("select count(*) from payment").fetchone()[0] > 0
    finally:
        conn.close()


def test_backup_to_a_folder(data, capsys, tmp_path):
    code, out, _ = run(capsys, "backup", "--to", str(tmp_path / "usb"))
    assert code == 0 and str(tmp_path / "usb") in out
    assert list((tmp_path / "usb").glob("*.sqlite3"))


def test_export_then_import_into_a_new_directory(data, capsys, tmp_path):
    target = tmp_path / "all.zip"
    code, _, _ = run(capsys, "export", str(target))
    assert code == 0 and target.exists()
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh"
    code, _, err = run(capsys, "--data-dir", str(fresh), "import", str(target))
    assert code == 0, err
    assert LENDER_NAME in names(fresh)
    code, out, err = run(capsys, "--data-dir", str(fresh), "check")
    assert code == 0 and "evidence: ok" in out, err
    again = tmp_path / "again.zip"
    assert run(capsys, "--data-dir", str(fresh), "export", str(again))[0] == 0
    assert again.read_bytes() == target.read_bytes()  # same data, same archive


def test_import_refuses_a_directory_with_data_unless_replace(data, capsys, tmp_path):
    target = tmp_path / "all.zip"
    run(capsys, "export", str(target))
    code, _, err = run(capsys, "import", str(target))
    assert code == 1 and err.count("\n") == 1 and "already holds data" in err
    code, out, err = run(capsys, "import", "--replace", str(target))
    assert code == 0, err
    assert "pre-import" in out


def test_export_csv(data, capsys, tmp_path):
    code, _, _ = run(capsys, "export", "--csv", str(tmp_path / "csv"))
    assert code == 0 and (tmp_path / "csv" / "lender.csv").exists()


@pytest.mark.parametrize("command", ["restore", "import"])
def test_missing_file_is_a_bad_argument(data, capsys, command, tmp_path):
    code, _, err = run(capsys, command, str(tmp_path / "nope"))
    assert code == 2 and err.count("\n") == 1 and "no such file" in err


def test_a_bad_file_is_one_line(data, capsys, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "debttracker-export", "version": 9}')
    code, _, err = run(capsys, "import", str(bad))  # a bad file to import: exit 2
    assert code == 2 and err.count("\n") == 1 and "version 9" in err
    code, _, err = run(capsys, "restore", str(bad))
    assert code == 1 and err.count("\n") == 1


def test_check_ok(data, capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and "database: ok" in out


def test_check_with_nothing_yet(isolated_paths, capsys):
    code, out, _ = run(capsys, "check")
    assert code == 0 and "no data yet" in out


def test_check_finds_a_damaged_database(data, capsys):
    db_path = paths.database_path(data)
    conn = sqlite3.connect(db_path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    with db_path.open("r+b") as fh:
        fh.seek(4096 * 2)
        fh.write(b"\x00\xff" * 4096)
    code, _, err = run(capsys, "check")
    assert code == 1 and err.count("\n") == 1 and "damaged" in err


def test_check_finds_altered_evidence(data, capsys, tmp_path):
    from datetime import UTC, datetime

    from debttracker.store import evidence, negotiation_tables

    source = tmp_path / "photo.jpg"
    source.write_bytes(b"photo of the letter")
    db = open_database(data)
    try:
        with db.session() as s:
            lender_id = s.exec(select(Lender.id)).first()
            incident = negotiation_tables.Incident(
                lender_id=lender_id, at=datetime(2026, 3, 1, tzinfo=UTC), kind="other"
            )
            s.add(incident)
            s.flush()
            evidence.attach(
                s, data, source, "incident", incident.id, now=datetime(2026, 3, 1, tzinfo=UTC)
            )
    finally:
        db.close()
    assert run(capsys, "check")[0] == 0
    stored = next(p for p in (data / "evidence").rglob("*") if p.is_file())
    stored.chmod(0o600)
    stored.write_bytes(b"tampered")
    code, out, err = run(capsys, "check")
    assert code == 1 and "altered" in out and err.count("\n") == 1
