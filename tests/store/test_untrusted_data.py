"""Issue 15 items 5, 9, 10: paths from data, the export archive, CSV formulas, the log."""

from __future__ import annotations

import csv
import io
import json
import logging
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlmodel import select

from debttracker import paths
from debttracker.cli import main
from debttracker.core.messages import DomainError
from debttracker.store import backup_evidence as bev
from debttracker.store.backup import create_backup, restore
from debttracker.store.csv_out import safe_cell, safe_writer
from debttracker.store.db import open_database
from debttracker.store.evidence import check_integrity
from debttracker.store.exchange import dumps, export_data, import_data
from debttracker.store.exchange_archive import import_file
from debttracker.store.exchange_export import export_csv, write_archive
from debttracker.store.safe_names import is_file_name, zip_entry_name
from tests.store.safety_data import counts, filled_dir

HOSTILE_NAMES = ["../../secret.txt", "/etc/passwd", "C:\\x.txt", "a\x00b", "..", "sub/x", ""]


@pytest.fixture
def source(tmp_path):
    db = open_database(filled_dir(tmp_path / "source"))
    yield db
    db.close()


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_import_refuses_an_unsafe_stored_name(source, tmp_path, name):
    doc = export_data(source)
    doc["tables"]["evidence"][0]["stored_name"] = name
    empty = open_database(tmp_path / "empty")
    try:
        with pytest.raises(DomainError, match=r"plain file name|value is required"):
            import_data(empty, doc)
        assert sum(counts(empty).values()) == 0
    finally:
        empty.close()


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [("evidence", "sha256", "../../x"), ("payment", "receipt_path", "/home/u/.ssh/id_rsa")],
)
def test_import_refuses_hashes_and_receipt_paths(source, tmp_path, table, column, value):
    doc = export_data(source)
    doc["tables"][table][0][column] = value
    empty = open_database(tmp_path / "empty")
    try:
        with pytest.raises(DomainError, match=r"SHA-256|plain file name"):
            import_data(empty, doc)
    finally:
        empty.close()


def test_cli_import_of_a_hostile_file_is_one_line_exit_2(source, tmp_path, capsys):
    doc = export_data(source)
    doc["tables"]["evidence"][0]["stored_name"] = "../../secret.txt"
    bad = tmp_path / "bad.json"
    bad.write_text(dumps(doc), encoding="utf-8")
    fresh = tmp_path / "fresh"
    try:
        code = main(["--data-dir", str(fresh), "import", str(bad)])
    finally:
        paths.set_data_dir_override(None)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "plain file name" in err
    db = open_database(fresh)
    assert sum(counts(db).values()) == 0
    db.close()


def test_case_file_zip_never_carries_a_file_from_outside(source, tmp_path):
    from debttracker.store.casefile import gather, write_evidence_zip
    from debttracker.store.models import Lender

    for n in range(1, 50):
        (tmp_path / f"secret-{n}.txt").write_text("TOP-SECRET", encoding="utf-8")
    with source.engine.begin() as conn:
        conn.execute(text("UPDATE evidence SET stored_name = '../../secret-' || id || '.txt'"))
    with source.session() as s:
        lenders = [lender.id for lender in s.exec(select(Lender)).all()]
        cases = [gather(s, lender_id=i, today=date(2026, 3, 15)) for i in lenders]
    case = next(c for c in cases if c.evidence)
    target = tmp_path / "case.zip"
    rows = write_evidence_zip(case, source.path.parent, target)
    with zipfile.ZipFile(target) as archive:
        assert all(".." not in n and not n.startswith("/") for n in archive.namelist())
        assert not any(b"TOP-SECRET" in archive.read(n) for n in archive.namelist())
    assert {r.status for r in rows} == {"missing"}


def test_restore_refuses_a_manifest_whose_hash_is_a_path(source, tmp_path):
    data = source.path.parent
    (tmp_path / "secret.txt").write_text("TOP-SECRET", encoding="utf-8")
    info = create_backup(data, "manual")
    manifest = bev.manifest_path(info.path)
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    doc["files"]["stolen.txt"] = {"sha256": "../../../../secret.txt", "size": 10}
    manifest.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(DomainError, match="damaged"):
        restore(info.path, data)
    assert not (data / "evidence" / "stolen.txt").exists()


def test_archive_round_trip_passes_check(source, tmp_path):
    summary = write_archive(source, tmp_path / "all.zip")
    assert summary.files > 0 and not summary.missing
    target = open_database(tmp_path / "target")
    try:
        import_file(target, summary.path)
        assert dumps(export_data(target)) == dumps(export_data(source))
        with target.session() as s:
            assert check_integrity(s, target.path.parent) == []
    finally:
        target.close()


def _rewrite(archive_path, out_path, change):
    with zipfile.ZipFile(archive_path) as src, zipfile.ZipFile(out_path, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, change(name, src.read(name)))


def test_archive_with_tampered_or_unsafe_entries_is_refused(source, tmp_path):
    good = write_archive(source, tmp_path / "all.zip").path

    def tamper(name, data):
        return b"changed" if name.startswith("evidence/") else data

    def unsafe(name, data):
        if name == "evidence-manifest.json":
            doc = json.loads(data)
            doc["files"][0]["name"] = "../evil.txt"
            return json.dumps(doc).encode()
        return data

    for change in (tamper, unsafe):
        bad = tmp_path / f"{change.__name__}.zip"
        _rewrite(good, bad, change)
        target = open_database(tmp_path / change.__name__)
        try:
            with pytest.raises(DomainError):
                import_file(target, bad)
            assert sum(counts(target).values()) == 0
            assert not list((target.path.parent / "evidence").glob("*"))
        finally:
            target.close()
    assert not (tmp_path / "evil.txt").exists()


def test_names_and_zip_entries():
    assert not any(is_file_name(n) for n in HOSTILE_NAMES)
    assert is_file_name("20260301-083000-0123abcd.png")
    assert zip_entry_name("evidence", "../secret.txt") == "evidence/_secret.txt"
    assert zip_entry_name("evidence", "C:\\x") == "evidence/C__x"


# --- CSV formula injection -------------------------------------------------------------------


@pytest.mark.parametrize("cell", ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_text_cells_are_neutralised(cell):
    assert safe_cell(cell) == "'" + cell


def test_numbers_stay_numbers():
    out = io.StringIO()
    safe_writer(out).writerow([Decimal("-12.00"), -5, "-12.00", None, True])
    assert out.getvalue().strip() == "-12.00,-5,'-12.00,,true"


def test_table_csv_export_neutralises_names(source, tmp_path):
    with source.engine.begin() as conn:
        conn.execute(text("UPDATE lender SET name = '=HYPERLINK(1)' WHERE id = 1"))
    export_csv(source, tmp_path / "csv")
    with (tmp_path / "csv" / "lender.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["name"] == "'=HYPERLINK(1)" for r in rows)
    assert not any(r["name"].startswith("=") for r in rows)


def test_ledger_write_csv_neutralises(source):
    from debttracker.store.ledger_csv import write_csv

    out = io.StringIO()
    write_csv(out, ["name", "balance"], [["=cmd|' /C calc'!A0", Decimal("-1.50")]])
    assert out.getvalue().splitlines()[1] == "'=cmd|' /C calc'!A0,-1.50"


# --- the log ---------------------------------------------------------------------------------


def test_a_failed_save_leaves_no_note_in_the_log(source, tmp_path):
    log_file = tmp_path / "debttracker.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("debttracker")
    logger.addHandler(handler)
    try:
        with pytest.raises(Exception) as err, source.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO payment (debt_id, paid_on, amount_fen, note) VALUES (:d, :p, :a, :n)"
                ),
                {"d": 999_999, "p": "2026-03-01", "a": 1234, "n": "SECRET-NOTE-123"},
            )
        logger.exception("save failed: %s", err.value)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "save failed" in logged and "SECRET-NOTE-123" not in logged


def test_statement_csv_neutralises_names_and_keeps_negative_amounts(qapp):
    from debttracker.core.budget import Month
    from debttracker.ui.budget.statement import Item, StatementData, StatementRenderer

    data = StatementData(
        months=[Month(2026, 3)],
        summaries=[],
        prepared=date(2026, 3, 15),
        hardship='=HYPERLINK("http://x")',
        income=[Item("@SUM(A1)", "-cat", [Decimal("-12.00")])],
    )
    rows = list(csv.reader(io.StringIO(StatementRenderer().csv_text(data))))
    item = next(r for r in rows if r[1].endswith("SUM(A1)"))
    assert item[1:4] == ["'@SUM(A1)", "'-cat", "-12.00"]
    assert rows[-1][1] == '\'=HYPERLINK("http://x")'
