"""Privacy: private files and folders, no network connection in the main flows, no personal
data in logs."""

from __future__ import annotations

import copy
import logging
import os
import socket
import stat
from datetime import date, datetime

import pytest

from debttracker import paths
from debttracker.cli import main
from debttracker.core.messages import DomainError
from debttracker.store.backup import create_backup, ensure_daily_backup, restore
from debttracker.store.db import open_database
from debttracker.store.exchange import export_csv, export_data, import_data, write_export
from tests.store.safety_data import LENDER_NAME, fill


@pytest.fixture
def no_network(monkeypatch):
    """Every way to open a connection fails loudly and is recorded."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if args else kwargs)
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def main_flows(base, tmp_path, capsys):
    db = open_database(base)
    try:
        fill(db)
        from debttracker.store import evidence

        _attach_evidence(db, base, tmp_path, evidence)
        write_export(db, tmp_path / "export.json")
        export_csv(db, tmp_path / "csv")
        doc = export_data(db)
    finally:
        db.close()
    ensure_daily_backup(base, date(2026, 3, 15))
    info = create_backup(base, "manual", now=datetime(2026, 3, 15, 12, 0))
    restore(info, base)
    fresh = open_database(tmp_path / "fresh")
    try:
        import_data(fresh, doc)
    finally:
        fresh.close()
    for argv in (["backup"], ["backups"], ["check"], ["export", str(tmp_path / "cli.json")]):
        assert main(["--data-dir", str(base), *argv]) == 0
    paths.set_data_dir_override(None)
    capsys.readouterr()
    return doc


def _attach_evidence(db, base, tmp_path, evidence):
    from sqlmodel import select

    from debttracker.store.models import Lender
    from debttracker.store.negotiation_tables import Incident

    source = tmp_path / "threat.png"
    source.write_bytes(b"\x89PNG screenshot of a threatening message")
    moment = datetime(2026, 3, 1, 9, 0).astimezone()
    with db.session() as s:
        lender_id = s.exec(select(Lender.id)).first()
        incident = Incident(lender_id=lender_id, at=moment, kind="threat")
        s.add(incident)
        s.flush()
        evidence.attach(s, base, source, "incident", incident.id, now=moment)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_everything_written_is_private(tmp_path, capsys, no_network):
    base = tmp_path / "data"
    main_flows(base, tmp_path, capsys)
    checked = 0
    for root in (base, tmp_path / "fresh", tmp_path / "csv"):
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            if path.is_dir():
                assert mode == 0o700, path
            else:
                assert mode in (0o600, 0o400), (path, oct(mode))
            checked += 1
    for path in (tmp_path / "export.json", tmp_path / "cli.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert checked > 10


def test_main_flows_make_no_network_connection(tmp_path, capsys, no_network):
    main_flows(tmp_path / "data", tmp_path, capsys)
    assert no_network == []


def test_logs_hold_no_personal_data_after_errors(tmp_path, capsys, caplog):
    base = tmp_path / "data"
    log_file = paths.logs_dir(base) / "debttracker.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("debttracker")
    logger.addHandler(handler)
    caplog.set_level(logging.DEBUG)
    try:
        db = open_database(base)
        try:
            fill(db)
            doc = export_data(db)
            bad = copy.deepcopy(doc)
            row = next(r for r in bad["tables"]["lender"] if r["name"] == LENDER_NAME)
            row["created_at"] = "not a time " + LENDER_NAME
            for attempt in (bad, doc):
                with pytest.raises(DomainError) as err:
                    import_data(db, attempt)
                assert LENDER_NAME not in str(err.value)
        finally:
            db.close()
        junk = tmp_path / "junk.sqlite3"
        junk.write_text(LENDER_NAME)
        with pytest.raises(DomainError):
            restore(junk, base)
        bad_file = tmp_path / "bad.json"
        bad_file.write_text(
            '{"format": "debttracker-export", "version": 1, "tables": {"'
            + LENDER_NAME.replace('"', "")
            + '": []}}',
            encoding="utf-8",
        )
        assert main(["--data-dir", str(base), "import", "--replace", str(bad_file)]) == 2
        paths.set_data_dir_override(None)
        capsys.readouterr()
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert LENDER_NAME not in log_file.read_text(encoding="utf-8")
    assert LENDER_NAME not in caplog.text
    assert "招商银行" not in caplog.text
