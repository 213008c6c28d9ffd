"""Case file for one lender or one debt: everything a complaint (12378 / 12363, domain.md §6.3),
a mediator or a lawyer needs, gathered from the store, and the evidence ZIP with a manifest.

:func:`gather` collects the facts (no Qt); ``debttracker.reports.casefile_pdf`` renders them.
Each debt's status, days overdue, penalty and what is owed are the Ledger's own figures as of
the export date (``ledger_read.debt_rows`` and ``ledger_detail.owed_today``, the functions the
Ledger tab shows), never the stored status nor a second calculation.  Every record the user
logged comes whole (the contact rows themselves, not only the timeline's one-line summary).
:func:`write_evidence_zip` writes ``evidence/<file>`` for every evidence file in scope plus
``manifest.csv`` and ``manifest.json`` (recorded SHA-256, size, time added, what it is attached
to, and whether the file still matches).  A missing file is listed, never silently skipped.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from sqlmodel import Session, col, select

from debttracker.core.money import from_fen
from debttracker.store import negotiation as repo
from debttracker.store.atomic import write_atomic
from debttracker.store.csv_out import safe_writer
from debttracker.store.evidence import path_of, sha256_of
from debttracker.store.ledger_detail import OwedToday, owed_today
from debttracker.store.ledger_queries import debt_rows
from debttracker.store.ledger_read import DebtRow
from debttracker.store.models import Debt, Lender, Payment
from debttracker.store.negotiation_agreements import agreements
from debttracker.store.negotiation_tables import (
    Agreement,
    Contact,
    Evidence,
    EvidenceLink,
    Incident,
)
from debttracker.store.negotiation_tables import Promise as PromiseRow
from debttracker.store.negotiation_timeline import Entry, aware, timeline
from debttracker.store.safe_names import zip_entry_name


@dataclass(frozen=True, slots=True)
class DebtFigures:
    debt_id: int
    name: str
    currency: str
    status: str  # as of the export date, as the Ledger shows it (overdue when late)
    principal: Decimal
    received: Decimal
    start: date
    term_months: int
    rate: str  # contract rate as stored (fraction) with its basis
    rate_basis: str
    terms_version: int
    paid: Decimal  # payments up to the export date
    ledger: DebtRow | None = None  # the Ledger's row as of the export date (its true APR too)
    owed: OwedToday | None = None  # the Ledger's "owed today" breakdown as of that date


@dataclass(frozen=True, slots=True)
class Target:
    """A record evidence is attached to, described for a reader: its kind, when, the lender."""

    kind: str  # contact, promise, agreement, incident
    when: object  # datetime (aware) or date
    lender: str


@dataclass(frozen=True, slots=True)
class ManifestRow:
    path: str  # inside the ZIP; "" when the file is missing
    original_name: str
    sha256: str
    size: int
    added_at: str
    attached_to: str
    status: str  # ok, altered, missing


@dataclass
class CaseFile:
    lender: Lender
    debt: Debt | None
    generated_on: date
    debts: list[DebtFigures] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    promises: list[PromiseRow] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    evidence: list[tuple[Evidence, list[str]]] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    # evidence id -> the records it is attached to, for the PDF (the manifest keeps the ids)
    attached: dict[int, list[Target]] = field(default_factory=dict)


def _figures(session: Session, debt: Debt, as_of: date) -> DebtFigures:
    paid = session.exec(
        select(Payment.amount_fen).where(Payment.debt_id == debt.id, Payment.paid_on <= as_of)
    ).all()
    [row] = debt_rows(session, as_of, debt.id)
    return DebtFigures(
        debt_id=debt.id or 0,
        name=debt.name,
        currency=debt.currency,
        status=row.status,
        principal=from_fen(debt.principal_fen),
        received=from_fen(debt.received_fen),
        start=debt.start_date,
        term_months=debt.term_months,
        rate=debt.rate,
        rate_basis=debt.rate_basis,
        terms_version=debt.terms_version,
        paid=from_fen(sum(paid)),
        ledger=row,
        owed=owed_today(session, debt.id or 0, as_of),
    )


def _in_scope(debt_id: int | None, row_debt: int | None) -> bool:
    return debt_id is None or row_debt in (None, debt_id)


def gather(
    session: Session,
    *,
    lender_id: int | None = None,
    debt_id: int | None = None,
    today: date,
    tz: tzinfo | None = None,
) -> CaseFile:
    """The case file of one lender (all its debts) or of one debt."""
    debt = repo.require(session, Debt, debt_id, "debt") if debt_id is not None else None
    lender = repo.require(session, Lender, debt.lender_id if debt else lender_id, "lender")
    case = CaseFile(lender, debt, today)
    debts = [debt] if debt else session.exec(select(Debt).where(Debt.lender_id == lender.id))
    case.debts = [_figures(session, d, today) for d in debts]
    # records oldest first, as a reader follows the story
    contacts = [c for c in repo.contacts(session, lender.id) if _in_scope(debt_id, c.debt_id)]
    case.contacts = sorted(contacts, key=lambda c: (aware(c.at), c.id or 0))
    case.entries = timeline(session, today, lender_id=lender.id, debt_id=debt_id, tz=tz)
    promises = [p for p in repo.promises(session, lender.id) if _in_scope(debt_id, p.debt_id)]
    case.promises = sorted(promises, key=lambda p: (p.made_on, p.id or 0))
    found = agreements(session, lender.id, debt_id)
    case.agreements = sorted(found, key=lambda a: (a.signed_on, a.id or 0))
    incidents = repo.incidents(session, lender.id)
    case.incidents = sorted(incidents, key=lambda i: (aware(i.at), i.id or 0))
    case.evidence = _evidence(session, case, debt_id)
    return case


def _evidence(
    session: Session, case: CaseFile, debt_id: int | None
) -> list[tuple[Evidence, list[str]]]:
    """Evidence attached to anything in the case, with what it is attached to."""
    name = case.lender.name
    targets: dict[tuple[str, int], str] = {}
    described: dict[tuple[str, int], Target] = {}
    records: list[tuple[str, int | None, object]] = [
        *(("contact", c.id, c.at) for c in case.contacts),
        *(("promise", p.id, p.made_on) for p in case.promises),
        *(("agreement", a.id, a.signed_on) for a in case.agreements),
        *(("incident", i.id, i.at) for i in case.incidents),
    ]
    for kind, ident, when in records:
        key = (f"{kind}_id", ident or 0)
        targets[key] = f"{kind} {ident}"
        described[key] = Target(kind, when, name)
    attached: dict[int, list[str]] = {}
    for link in session.exec(select(EvidenceLink).order_by(col(EvidenceLink.id))):
        for column in ("contact_id", "promise_id", "agreement_id", "incident_id"):
            key = (column, getattr(link, column) or 0)
            if key in targets:
                attached.setdefault(link.evidence_id, []).append(targets[key])
                case.attached.setdefault(link.evidence_id, []).append(described[key])
    rows = session.exec(select(Evidence).where(col(Evidence.id).in_(list(attached))))
    ordered = sorted(rows, key=lambda e: (e.added_at, e.id or 0))
    return [(e, attached[e.id or 0]) for e in ordered]


def _manifest_row(data_dir: Path, evidence: Evidence, attached: list[str]) -> ManifestRow:
    path = path_of(data_dir, evidence)
    if not path.is_file():
        status = "missing"
    else:
        status = "ok" if sha256_of(path) == evidence.sha256 else "altered"
    added = evidence.added_at
    added = added if added.tzinfo else added.replace(tzinfo=UTC)
    return ManifestRow(
        path="" if status == "missing" else zip_entry_name("evidence", evidence.stored_name),
        original_name=evidence.original_name,
        sha256=evidence.sha256,
        size=evidence.size,
        added_at=added.astimezone(UTC).isoformat(),
        attached_to="; ".join(attached),
        status=status,
    )


MANIFEST_FIELDS = ("path", "original_name", "sha256", "size", "added_at", "attached_to", "status")


def write_evidence_zip(case: CaseFile, data_dir: Path, target: Path) -> list[ManifestRow]:
    """Write the evidence ZIP (files + manifest.csv + manifest.json) to ``target``."""
    rows = [_manifest_row(data_dir, e, attached) for e, attached in case.evidence]

    def write(out: BinaryIO) -> None:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            _fill_zip(archive, case, data_dir, rows)

    write_atomic(target, write)  # a temp name, fsync, rename; 0600
    return rows


def _fill_zip(
    archive: zipfile.ZipFile, case: CaseFile, data_dir: Path, rows: list[ManifestRow]
) -> None:
    for (evidence, _), row in zip(case.evidence, rows, strict=True):
        if row.path:
            archive.write(path_of(data_dir, evidence), row.path)
    text = io.StringIO()
    writer = safe_writer(text, lineterminator="\n")
    writer.writerow(MANIFEST_FIELDS)
    for row in rows:
        writer.writerow([getattr(row, name) for name in MANIFEST_FIELDS])
    archive.writestr("manifest.csv", "\ufeff" + text.getvalue())  # BOM: Excel reads UTF-8
    payload = {
        "lender": case.lender.name,
        "debt": case.debt.name if case.debt else None,
        "generated_on": case.generated_on.isoformat(),
        "algorithm": "SHA-256",
        "files": [{name: getattr(row, name) for name in MANIFEST_FIELDS} for row in rows],
    }
    archive.writestr("manifest.json", json.dumps(payload, ensure_ascii=False, indent=2))
