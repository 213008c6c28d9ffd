"""The case file as a PDF (QtGui only: ``QTextDocument`` printed on a ``QPdfWriter``).

The document is built as HTML from the facts ``store.casefile.gather`` collected; every piece
of user text is escaped, and translatable strings carry no markup.  A CJK font is set as the
document default so Chinese never renders as boxes, and the text layer is corrected so every
word can be searched and copied (:mod:`debttracker.reports.pdf_text`).  :func:`export_case_file`
writes the PDF and the evidence ZIP side by side and needs a ``QGuiApplication`` (the CLI makes
an offscreen one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from debttracker.core.messages import QT_TRANSLATE_NOOP, fill
from debttracker.reports import casefile_sections as sections
from debttracker.reports.casefile_sections import e, whole
from debttracker.reports.entries import describe, when_text
from debttracker.reports.labels import label
from debttracker.reports.pdf_text import document_font, print_pdf, write_pdf
from debttracker.store.casefile import CaseFile, ManifestRow, write_evidence_zip

CTX = "casefile"
CJK_FAMILIES = [
    "DejaVu Sans",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
    "Sans Serif",
]
_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def t(text: str, *args: object) -> str:
    return fill(QCoreApplication.translate(CTX, text), args)


def _entries(case: CaseFile, kinds: set[str]) -> str:
    rows = [
        [whole(when_text(x)), label("kind", x.kind), describe(x)]
        for x in case.entries
        if x.kind in kinds
    ]
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "When")), t(QT_TRANSLATE_NOOP("casefile", "What")),
        t(QT_TRANSLATE_NOOP("casefile", "Details")),
    ]  # fmt: skip
    return sections.table(headers, rows)


def _debts(case: CaseFile) -> str:
    note = t(
        QT_TRANSLATE_NOOP(
            "casefile",
            "True APR: the internal rate of return of the money actually received against every "
            "scheduled payment of the contract, times 12 (PBOC Announcement [2021] No. 3).",
        )
    )
    blocks = "".join(sections.debt_block(d, case.generated_on) for d in case.debts)
    return blocks + f"<p><small>{e(note)}</small></p>"


def _section(title: str, body: str, empty: bool) -> str:
    nothing = t(QT_TRANSLATE_NOOP("casefile", "None recorded."))
    return f"<h2>{e(title)}</h2>" + (f"<p>{e(nothing)}</p>" if empty else body)


def case_html(case: CaseFile) -> str:
    """The whole case file as HTML."""
    who = case.lender.name + (f" · {case.debt.name}" if case.debt else "")
    parts = [
        "<h1>" + e(t(QT_TRANSLATE_NOOP("casefile", "Case file: %1"), who)) + "</h1>",
        "<p>" + e(t(QT_TRANSLATE_NOOP("casefile", "Prepared on %1 by the borrower from their own records."), case.generated_on.isoformat())) + "</p>",
        "<p>" + e(t(QT_TRANSLATE_NOOP("casefile", "Official channels of the lender: %1"), case.lender.hotline or "—")) + "</p>",
        _section(t(QT_TRANSLATE_NOOP("casefile", "Debts and their true cost")), _debts(case), not case.debts),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Agreements")), sections.agreements(case), not case.agreements),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Contacts, everything logged")), sections.contacts(case), not case.contacts),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Promises and whether they were kept")), sections.promises(case), not case.promises),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Incidents")), sections.incidents(case, case.incidents), not case.incidents),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Rule breaches found in the contact log")), _entries(case, {"breach"}),
                 not any(x.kind == "breach" for x in case.entries)),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Timeline")), _entries(case, {x.kind for x in case.entries}), not case.entries),
        _section(t(QT_TRANSLATE_NOOP("casefile", "Evidence (files in the ZIP, with SHA-256)")), sections.evidence(case), not case.evidence),
        "<h2>" + e(t(QT_TRANSLATE_NOOP("casefile", "Where to complain"))) + "</h2>",
        "<p>" + e(t(QT_TRANSLATE_NOOP("casefile", "Complain to the lender first; it must answer within 15 days (up to 60 for complex cases). Then: 12378 (National Financial Regulatory Administration) for banks and consumer-finance companies; 12363 (People’s Bank of China) for credit reports and payments; the local financial regulator for microcredit companies; 110 for threats or violence. This is information, not legal advice."))) + "</p>",
    ]  # fmt: skip
    return "<html><body>" + "".join(parts) + "</body></html>"


def pdf_bytes(case: CaseFile) -> bytes:
    """The case file as PDF bytes (A4), with a searchable text layer (:mod:`.pdf_text`)."""
    document = QTextDocument()
    document.setDefaultFont(document_font(CJK_FAMILIES, 9))
    document.setDefaultStyleSheet(
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; } th { background: #eee; }"
    )
    document.setHtml(case_html(case))

    def configure(writer: QPdfWriter) -> None:
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(case.lender.name)
        writer.setCreator("debttracker")

    return print_pdf(document, configure)


def render_pdf(case: CaseFile, target: Path) -> None:
    """Write the case file PDF to ``target``, whole or not at all (never an empty file)."""
    payload = pdf_bytes(case)
    write_pdf(target, payload)


@dataclass(frozen=True, slots=True)
class Exported:
    pdf: Path
    zip: Path
    manifest: list[ManifestRow]


def file_stem(case: CaseFile) -> str:
    who = case.lender.name + (f"-{case.debt.name}" if case.debt else "")
    return f"case-{_UNSAFE.sub('_', who).strip('_') or 'lender'}-{case.generated_on:%Y%m%d}"


def export_case_file(case: CaseFile, data_dir: Path, out_dir: Path) -> Exported:
    """Write ``<stem>.pdf`` and ``<stem>-evidence.zip`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = file_stem(case)
    pdf = out_dir / f"{stem}.pdf"
    archive = out_dir / f"{stem}-evidence.zip"
    payload = pdf_bytes(case)  # first: a failure to draw leaves neither file
    manifest = write_evidence_zip(case, data_dir, archive)
    write_pdf(pdf, payload)
    return Exported(pdf, archive, manifest)
