"""Case file for one lender or one debt: everything a complaint (12378 / 12363, domain.md §6.3),
a mediator or a lawyer needs, gathered from the store, and the evidence ZIP with a manifest.

:func:`gather` collects the facts (no Qt); ``debttracker.reports.casefile_pdf`` renders them.
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

from debttracker.core.irr import TrueCost, borrower_flows, true_cost
from debttracker.core.messages import DomainError
from debttracker.core.money import from_fen
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import build_schedule
from debttracker.store import negotiation as repo
from debttracker.store.atomic import write_atomic
from debttracker.store.csv_out import safe_writer
from debttracker.store.evidence import path_of, sha256_of
from debttracker.store.models import Debt, Lender, Payment
from debttracker.store.negotiation_agreements import agreements, outstanding
from debttracker.store.negotiation_tables import Agreement, Evidence, EvidenceLink, Incident
from debttracker.store.negotiation_tables import Promise as PromiseRow
from debttracker.store.negotiation_timeline import Entry, timeline
from debttracker.store.safe_names import zip_entry_name


@dataclass(frozen=True, slots=True)
class DebtFigures:
    debt_id: int
    name: str
    currency: str
    status: str
    principal: Decimal
    received: Decimal
    start: date
    term_months: int
    rate: str  # contract rate as stored (fraction) with its basis
    rate_basis: str
    terms_version: int
    outstanding: Decimal
    paid: Decimal
    cost: TrueCost | None  # true APR of the contract terms (PBOC 2021 No. 3 method)


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


def _method(text: str) -> str:
    return text.replace("_", "-")


def contract_cost(debt: Debt) -> TrueCost | None:
    """The true APR of the contract: IRR of + net amount received, − every scheduled payment."""
    try:
        rate = Rate(Decimal(debt.rate or "0"), RateBasis(debt.rate_basis), debt.day_basis)
        schedule = build_schedule(
            from_fen(debt.principal_fen),
            rate,
            debt.term_months,
            _method(debt.method),
            debt.start_date,
            fee=from_fen(debt.period_fee_fen),
        )
        received = from_fen(debt.received_fen or debt.principal_fen - debt.upfront_fee_fen)
        return true_cost(borrower_flows(schedule, received))
    except (DomainError, ValueError, ArithmeticError):
        return None


def _figures(session: Session, debt: Debt) -> DebtFigures:
    paid = session.exec(select(Payment.amount_fen).where(Payment.debt_id == debt.id)).all()
    return DebtFigures(
        debt_id=debt.id or 0,
        name=debt.name,
        currency=debt.currency,
        status=debt.status,
        principal=from_fen(debt.principal_fen),
        received=from_fen(debt.received_fen),
        start=debt.start_date,
        term_months=debt.term_months,
        rate=debt.rate,
        rate_basis=debt.rate_basis,
        terms_version=debt.terms_version,
        outstanding=outstanding(session, debt.id or 0),
        paid=from_fen(sum(paid)),
        cost=contract_cost(debt),
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
    case.debts = [_figures(session, d) for d in debts]
    case.entries = timeline(session, today, lender_id=lender.id, debt_id=debt_id, tz=tz)
    case.promises = [p for p in repo.promises(session, lender.id) if _in_scope(debt_id, p.debt_id)]
    case.agreements = agreements(session, lender.id, debt_id)
    case.incidents = repo.incidents(session, lender.id)
    case.evidence = _evidence(session, case, debt_id)
    return case


def _evidence(
    session: Session, case: CaseFile, debt_id: int | None
) -> list[tuple[Evidence, list[str]]]:
    """Evidence attached to anything in the case, with what it is attached to."""
    targets: dict[tuple[str, int], str] = {}
    for c in repo.contacts(session, case.lender.id):
        if _in_scope(debt_id, c.debt_id):
            targets[("contact_id", c.id or 0)] = f"contact {c.id}"
    for p in case.promises:
        targets[("promise_id", p.id or 0)] = f"promise {p.id}"
    for a in case.agreements:
        targets[("agreement_id", a.id or 0)] = f"agreement {a.id}"
    for i in case.incidents:
        targets[("incident_id", i.id or 0)] = f"incident {i.id}"
    attached: dict[int, list[str]] = {}
    for link in session.exec(select(EvidenceLink).order_by(col(EvidenceLink.id))):
        for column in ("contact_id", "promise_id", "agreement_id", "incident_id"):
            key = (column, getattr(link, column) or 0)
            if key in targets:
                attached.setdefault(link.evidence_id, []).append(targets[key])
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
