"""``evidence-check`` and ``case-file`` from the command line."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import unicodedata
import zipfile
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from debttracker import paths
from debttracker.cli import main as cli_main
from debttracker.core.negotiation import AgreementDraft, ContactDraft, PromiseDraft
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store.db import open_database
from debttracker.store.negotiation_tables import Evidence
from tests.negotiation_factory import seed_overdue_debt

NOW = datetime(2026, 10, 20, 7, 0, tzinfo=UTC)
DATA: list[str] = []


def main(argv: list[str]) -> int:
    """The CLI on this test's data directory; ``--data-dir`` is process-wide, so reset it."""
    try:
        return cli_main(["--data-dir", DATA[-1], *argv])
    finally:
        paths.set_data_dir_override(None)


@pytest.fixture(autouse=True)
def _widgets_app(qapp):
    """case-file makes a QGuiApplication when none exists; let it find pytest-qt's instead."""
    return qapp


@pytest.fixture
def data(isolated_paths, tmp_path):
    """A data directory with a debt, a contact, a promise, an agreement and two files."""
    DATA.append(str(isolated_paths))
    db = open_database(isolated_paths)
    seeded = seed_overdue_debt(db)
    files = []
    for name, payload in (
        ("录音.txt", "录音文字稿：同意分期".encode()),
        ("shot.png", b"\x89PNG-x"),
    ):
        path = tmp_path / name
        path.write_bytes(payload)
        files.append(path)
    with db.session() as s:
        cid = repo.add_contact(
            s, ContactDraft(NOW, seeded.lender_id, "out", "call", "95188", summary="申请分期十二期"),
            NOW,
        )  # fmt: skip
        repo.add_promise(
            s,
            PromiseDraft(seeded.lender_id, "lender", "reply", date(2026, 9, 30), working_days=5),
            NOW.date(),
        )
        balance = agr.outstanding(s, seeded.debt_id)
        aid = agr.record_agreement(
            s,
            AgreementDraft(seeded.debt_id, "instalments", date(2026, 10, 16), date(2026, 11, 16),
                           balance, months=12),
            NOW.date(),
        )  # fmt: skip
        ev.attach(s, isolated_paths, files[0], "contact", cid, now=NOW)
        ev.attach(s, isolated_paths, files[1], "agreement", aid, now=NOW)
    db.close()
    return isolated_paths, seeded


def test_evidence_check_passes_then_reports_an_altered_file(data, capsys):
    data_dir, _ = data
    assert main(["evidence-check"]) == 0
    assert "All 2 evidence files match" in capsys.readouterr().out
    db = open_database(data_dir)
    with db.session() as s:
        row = s.exec(ev.select(Evidence).where(Evidence.original_name == "录音.txt")).one()
        stored = ev.path_of(data_dir, row)
    db.close()
    os.chmod(stored, 0o600)
    stored.write_text("改过的", encoding="utf-8")
    assert main(["evidence-check"]) == 1
    out = capsys.readouterr().out
    assert f"altered: {row.stored_name}" in out and "1 of 2" in out
    assert main(["evidence-check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [p["problem"] for p in report["problems"]] == ["altered"]


def test_case_file_writes_pdf_and_zip_with_a_true_manifest(data, tmp_path, capsys):
    _, seeded = data
    out = tmp_path / "out"
    code = main(["case-file", "--lender", str(seeded.lender_id), "--out", str(out),
                 "--as-of", "2026-10-20"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    pdfs = list(out.glob("*.pdf"))
    zips = list(out.glob("*.zip"))
    assert len(pdfs) == 1 and len(zips) == 1
    with zipfile.ZipFile(zips[0]) as archive:
        names = set(archive.namelist())
        manifest = list(
            csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig")))
        )
        listed = json.loads(archive.read("manifest.json"))
        assert {row["original_name"] for row in manifest} == {"录音.txt", "shot.png"}
        for row in manifest:
            assert row["status"] == "ok" and row["path"] in names
            assert hashlib.sha256(archive.read(row["path"])).hexdigest() == row["sha256"]
            assert int(row["size"]) == len(archive.read(row["path"]))
        assert names == {row["path"] for row in manifest} | {"manifest.csv", "manifest.json"}
        assert [f["sha256"] for f in listed["files"]] == [row["sha256"] for row in manifest]
    # NFKC: the CJK font maps some glyphs to their Kangxi-radical twins (⾦ for 金) on extraction
    raw = "".join(page.extract_text() for page in PdfReader(pdfs[0]).pages)
    text = unicodedata.normalize("NFKC", raw)
    assert "招联消费金融" in text
    assert "10,000.00" in text  # the principal
    assert "2026-10-13" in text  # the promise's earliest due date


def test_case_file_for_one_debt(data, tmp_path):
    _, seeded = data
    out = tmp_path / "debt"
    assert main(["case-file", "--debt", str(seeded.debt_id), "--out", str(out)]) == 0
    assert len(list(out.glob("*.pdf"))) == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["case-file", "--out", "x"],
        ["case-file", "--lender", "1", "--debt", "1", "--out", "x"],
        ["case-file", "--lender", "abc", "--out", "x"],
        ["case-file", "--lender", "1", "--out", "x", "--as-of", "2026-13-01"],
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(data, argv, capsys):
    with pytest.raises(SystemExit) as stop:
        code = main(argv)
        raise SystemExit(code)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_unknown_lender_is_a_clear_error(data, tmp_path, capsys):
    assert main(["case-file", "--lender", "99", "--out", str(tmp_path / "o")]) == 1
    assert "99" in capsys.readouterr().err


def test_no_evidence_is_fine(isolated_paths, capsys):
    DATA.append(str(isolated_paths))
    assert main(["evidence-check"]) == 0
    assert "All 0" in capsys.readouterr().out
