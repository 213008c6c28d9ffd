"""Both PDFs (case file, income and expense statement) have a searchable text layer in every
language: pdftotext finds every word of the document, and no Kangxi radical stands in for an
ideograph (Qt's reverse cmap gave ⾏ for 行, so "银行" could not be found)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtGui import QTextDocument

from debttracker.core.budget import Month
from debttracker.i18n import install_translators
from debttracker.reports import casefile_pdf
from debttracker.reports.pdf_text import RADICALS, fix_to_unicode
from debttracker.store import sample
from debttracker.store.casefile import gather
from debttracker.store.db import open_database
from debttracker.ui.budget.statement import StatementRenderer, collect

TODAY = date(2026, 4, 10)
LANGUAGES = ("en", "zh_CN", "zh_TW")
#: the characters the issue found mapped to radicals
TWENTY = "行月日用人入口女子工支方气水父目而金母食"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture
def language(request, qapp):
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("pdf") / "data")
    sample.generate(db, today=TODAY)
    yield db
    db.close()


def pdf_text(payload: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(payload)
    done = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_every_word_found(html: str, extracted: str) -> None:
    """Each word of the document's own text appears in what pdftotext read back (``-raw``:
    in drawing order, so two wrapped cells side by side are not interleaved)."""
    document = QTextDocument()
    document.setHtml(html)
    words = document.toPlainText().split()
    found = flat(extracted)
    missing = [w for w in words if w not in found]
    assert words and not missing, missing[:20]
    assert not [c for c in extracted if ord(c) in RADICALS]


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_case_file_pdf_text_is_the_documents_text(language, sample_db, tmp_path):
    with sample_db.session() as s:
        case = gather(s, lender_id=1, today=TODAY)
    html = casefile_pdf.case_html(case)
    text = pdf_text(casefile_pdf.pdf_bytes(case), tmp_path)
    assert_every_word_found(html, text)
    if language != "en":
        assert "银行" in flat(text)  # the sample lender 中国工商银行


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_statement_pdf_text_is_the_documents_text(language, sample_db, tmp_path):
    hardship = "今年三月起收入减少，每月只能支付父母的医疗和食品费用，目前无法按时还款。"
    with sample_db.session() as s:
        data = collect(s, Month(2026, 2), Month(2026, 4), TODAY, hardship)
    renderer = StatementRenderer()
    html = renderer.html(data)
    text = pdf_text(renderer.pdf_bytes(data), tmp_path)
    assert_every_word_found(html, text)
    assert hardship in flat(text)
    if language != "en":
        assert set(TWENTY) & set(flat(text))


def test_a_radical_the_document_holds_keeps_its_code_point(qapp):
    """Only radicals the document does not hold are rewritten; lengths never change."""
    cmap = (
        b"2 beginbfrange\n<0000> <0000> <2F8F>\n<0001> <0002> [<2F2F> <94F6>]\nendbfrange\n"
        b"1 beginbfchar\n<0003> <2F49>\nendbfchar\n"
    )
    stream = b"1 0 obj\n<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream\nendobj\n"
    head = b"%PDF-1.4\n"
    body = head + stream + b"2 0 obj\n<< /ToUnicode 1 0 R >>\nendobj\n"
    xref = b"xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n" % (
        len(head),
        len(head) + len(stream),
    )
    pdf = body + xref + b"trailer\n<< /Size 3 >>\nstartxref\n%d\n%%%%EOF\n" % len(body)
    fixed = fix_to_unicode(pdf, {0x2F8F: 0x884C, 0x2F2F: 0x5DE5})
    assert len(fixed) == len(pdf)
    assert b"<0000> <0000> <884C>" in fixed and b"[<5DE5> <94F6>]" in fixed
    assert b"<0003> <2F49>" in fixed  # not in the mapping: left as it was


def test_a_pdf_that_cannot_be_drawn_leaves_no_file(qapp, sample_db, tmp_path, monkeypatch):
    """The PDF is drawn in memory first: a failure leaves neither the PDF nor the ZIP."""

    def broken(document, configure):
        raise OSError("Qt wrote no PDF")

    monkeypatch.setattr(casefile_pdf, "print_pdf", broken)
    with sample_db.session() as s:
        case = gather(s, lender_id=1, today=TODAY)
    out = tmp_path / "out"
    with pytest.raises(OSError):
        casefile_pdf.export_case_file(case, tmp_path / "data", out)
    assert not out.exists() or not list(out.iterdir())
