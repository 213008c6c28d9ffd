"""Agreements: a negotiated new version of a debt's terms.

Recording an agreement writes new ``instalment`` rows with the next ``terms_version`` (from
``core.negotiation.agreement_schedule``), makes that version the debt's current one and marks
the debt restructured.  Earlier versions stay untouched as history.  Only the latest agreement
of a debt can be taken back (undo), and only while nothing has been paid on its schedule.
Missed instalments of an agreement in force are breaches (:func:`agreement_breaches`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from debttracker.core import negotiation as core
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import from_fen, to_fen
from debttracker.store.ledger_payments import replay_debt
from debttracker.store.ledger_terms import terms_apr
from debttracker.store.models import Debt, Instalment
from debttracker.store.negotiation import Capture, dump_row, require, restore
from debttracker.store.negotiation_tables import Agreement, EvidenceLink

RESTRUCTURED = "restructured"


def _rows(session: Session, debt_id: int, version: int) -> list[Instalment]:
    query = (
        select(Instalment)
        .where(Instalment.debt_id == debt_id, Instalment.terms_version == version)
        .order_by(col(Instalment.n))
    )
    return list(session.exec(query).all())


def _paid(row: Instalment) -> int:
    return row.paid_principal_fen + row.paid_interest_fen + row.paid_fee_fen


def _due(row: Instalment) -> int:
    return row.principal_fen + row.interest_fen + row.fee_fen


def remaining_rows(session: Session, debt_id: int) -> list[core.PlannedRow]:
    """What is still unpaid of each instalment of the debt's current terms."""
    debt: Debt = require(session, Debt, debt_id, "debt")
    left = []
    for row in _rows(session, debt_id, debt.terms_version):
        parts = (
            row.principal_fen - row.paid_principal_fen,
            row.interest_fen - row.paid_interest_fen,
            row.fee_fen - row.paid_fee_fen,
        )
        if any(p > 0 for p in parts):
            left.append(core.PlannedRow(row.n, row.due_date, *(max(p, 0) for p in parts)))
    return left


def outstanding(session: Session, debt_id: int) -> Decimal:
    """Unpaid principal, interest and fees of the current terms (penalties not included)."""
    return from_fen(sum(r.total_fen for r in remaining_rows(session, debt_id)))


def remaining_by_debt(session: Session) -> dict[int, tuple[Decimal, int]]:
    """``{debt_id: (outstanding, unpaid instalments)}`` of every debt's current terms, in one
    aggregate query (what :func:`outstanding` and :func:`remaining_rows` give one debt)."""
    parts = (
        func.max(col(Instalment.principal_fen) - col(Instalment.paid_principal_fen), 0),
        func.max(col(Instalment.interest_fen) - col(Instalment.paid_interest_fen), 0),
        func.max(col(Instalment.fee_fen) - col(Instalment.paid_fee_fen), 0),
    )
    query = (
        select(col(Instalment.debt_id), func.sum(parts[0] + parts[1] + parts[2]), func.count())
        .join(Debt, col(Debt.id) == col(Instalment.debt_id))
        .where(col(Instalment.terms_version) == col(Debt.terms_version))
        .where(parts[0] + parts[1] + parts[2] > 0)
        .group_by(col(Instalment.debt_id))
    )
    return {int(d): (from_fen(int(fen or 0)), int(n)) for d, fen, n in session.exec(query)}


def preview(session: Session, draft: core.AgreementDraft) -> list[core.PlannedRow]:
    """The schedule ``draft`` would write (the draft must be valid)."""
    remaining = remaining_rows(session, draft.debt_id) if draft.debt_id is not None else []
    return core.agreement_schedule(draft, remaining)


def record_agreement(session: Session, draft: core.AgreementDraft, today: date) -> int:
    """Store the agreement and its schedule as the debt's new terms; returns its id."""
    debt: Debt = require(session, Debt, draft.debt_id, "debt")
    remaining = remaining_rows(session, draft.debt_id or 0)
    core.raise_first(core.agreement_errors(draft, today, len(remaining)))
    planned = core.agreement_schedule(draft, remaining)
    assert debt.id is not None
    top = session.exec(
        select(func.max(Instalment.terms_version)).where(Instalment.debt_id == debt.id)
    ).one()
    version = max(int(top or 0), debt.terms_version) + 1
    for row in planned:
        session.add(
            Instalment(
                debt_id=debt.id,
                terms_version=version,
                n=row.n,
                due_date=row.due,
                principal_fen=row.principal_fen,
                interest_fen=row.interest_fen,
                fee_fen=row.fee_fen,
            )
        )
    agreement = Agreement(
        debt_id=debt.id,
        lender_id=debt.lender_id,
        contact_id=draft.contact_id,
        kind=draft.kind,
        signed_on=draft.signed_on,
        first_due=draft.first_due,
        balance_fen=to_fen(draft.balance),
        months=draft.months,
        annual_rate=str(draft.annual_rate),
        deferral_months=draft.deferral_months,
        settlement_fen=to_fen(draft.settlement) if draft.settlement is not None else None,
        waived_interest_fen=to_fen(draft.waived_interest),
        waived_penalty_fen=to_fen(draft.waived_penalty),
        waived_fees_fen=to_fen(draft.waived_fees),
        from_terms_version=debt.terms_version,
        to_terms_version=version,
        previous_status=debt.status,
        notes=draft.notes,
    )
    debt.terms_version = version
    debt.status = RESTRUCTURED
    session.add(agreement)
    session.add(debt)
    session.flush()
    assert agreement.id is not None
    refresh_terms(session, debt)
    return agreement.id


def refresh_terms(session: Session, debt: Debt) -> None:
    """After the debt's terms changed: reallocate the payments made under the current terms
    and recompute its true APR from them."""
    assert debt.id is not None
    replay_debt(session, debt.id)
    agreement = session.exec(
        select(Agreement).where(
            Agreement.debt_id == debt.id, Agreement.to_terms_version == debt.terms_version
        )
    ).first()
    if agreement is None:  # back on the original contract
        start, received = debt.start_date, from_fen(debt.received_fen)
        fee = from_fen(debt.upfront_fee_fen)
    else:  # cost measured on the principal carried into the new terms, not on a balance
        # that may already include deferred interest (a 延期 keeps the interest rows)
        start, received, fee = agreement.signed_on, _principal_of_terms(session, debt), Decimal(0)
    debt.apr = terms_apr(session, debt, start, received, fee)
    session.add(debt)
    session.flush()


def _principal_of_terms(session: Session, debt: Debt) -> Decimal:
    total = session.exec(
        select(
            func.sum(func.coalesce(Instalment.contract_principal_fen, Instalment.principal_fen))
        ).where(Instalment.debt_id == debt.id, Instalment.terms_version == debt.terms_version)
    ).one()
    return from_fen(int(total or 0))


def restore_agreement(session: Session, snap: Capture) -> None:
    """Redo after :func:`remove_agreement`: put the rows back and bring the ledger along."""
    restore(session, snap)
    debt = session.get(Debt, snap.rows[0][1]["id"])
    if debt is not None:
        refresh_terms(session, debt)


def remove_agreement(session: Session, agreement_id: int) -> Capture:
    """Take back the latest agreement of a debt (undo); returns what ``restore`` puts back."""
    agreement: Agreement = require(session, Agreement, agreement_id, "agreement")
    debt: Debt = require(session, Debt, agreement.debt_id, "debt")
    rows = _rows(session, debt.id or 0, agreement.to_terms_version)
    if debt.terms_version != agreement.to_terms_version or any(_paid(r) for r in rows):
        raise DomainError(
            msg(
                core.CTX,
                QT_TRANSLATE_NOOP(
                    "negotiation",
                    "This agreement can no longer be taken back: newer terms or payments "
                    "depend on it.",
                ),
            )
        )
    links = list(
        session.exec(select(EvidenceLink).where(EvidenceLink.agreement_id == agreement_id))
    )
    snap = Capture("agreement", agreement_id, [dump_row("debt", debt)])
    snap.rows += [dump_row("instalment", r) for r in rows]
    snap.rows += [dump_row("agreement", agreement)] + [dump_row("evidence_link", x) for x in links]
    for item in [*links, *rows]:
        session.delete(item)
    session.flush()
    session.delete(agreement)
    debt.terms_version = agreement.from_terms_version
    debt.status = agreement.previous_status or debt.status
    session.add(debt)
    session.flush()
    refresh_terms(session, debt)
    return snap


def agreements(
    session: Session, lender_id: int | None = None, debt_id: int | None = None
) -> list[Agreement]:
    query = select(Agreement).order_by(col(Agreement.signed_on).desc(), col(Agreement.id).desc())
    if lender_id is not None:
        query = query.where(Agreement.lender_id == lender_id)
    if debt_id is not None:
        query = query.where(Agreement.debt_id == debt_id)
    return list(session.exec(query).all())


def terms_history(session: Session, debt_id: int) -> dict[int, list[Instalment]]:
    """Every version of the debt's schedule: ``{terms_version: rows}``, oldest first."""
    query = (
        select(Instalment)
        .where(Instalment.debt_id == debt_id)
        .order_by(col(Instalment.terms_version), col(Instalment.n))
    )
    history: dict[int, list[Instalment]] = {}
    for row in session.exec(query):
        history.setdefault(row.terms_version, []).append(row)
    return history


def terms_start(session: Session, debt_id: int, version: int) -> date | None:
    """The signing date of the agreement that wrote ``version`` (None for the contract)."""
    return session.exec(
        select(col(Agreement.signed_on)).where(
            Agreement.debt_id == debt_id, Agreement.to_terms_version == version
        )
    ).first()


@dataclass(frozen=True, slots=True)
class AgreementBreach:
    """A missed instalment of an agreement in force."""

    agreement_id: int
    debt_id: int
    lender_id: int
    n: int
    due: date
    owed: Decimal


def agreement_breaches(
    session: Session, today: date, lender_id: int | None = None, debt_id: int | None = None
) -> list[AgreementBreach]:
    """Instalments of agreements in force still short after their due date (and grace)."""
    query: Any = (
        core_select(
            col(Agreement.id),
            col(Agreement.debt_id),
            col(Agreement.lender_id),
            col(Debt.grace_days),
            col(Instalment.n),
            col(Instalment.due_date),
            col(Instalment.principal_fen) + col(Instalment.interest_fen) + col(Instalment.fee_fen),
            col(Instalment.paid_principal_fen)
            + col(Instalment.paid_interest_fen)
            + col(Instalment.paid_fee_fen),
        )
        .join(Debt, col(Debt.id) == col(Agreement.debt_id))
        .join(Instalment, col(Instalment.debt_id) == col(Agreement.debt_id))
        .where(col(Debt.terms_version) == col(Agreement.to_terms_version))
        .where(col(Instalment.terms_version) == col(Agreement.to_terms_version))
        .order_by(col(Agreement.id), col(Instalment.n))
    )  # one query for every agreement in force, not one per agreement
    if lender_id is not None:
        query = query.where(Agreement.lender_id == lender_id)
    if debt_id is not None:
        query = query.where(Agreement.debt_id == debt_id)
    schedules: dict[tuple[int, int, int, int], list[tuple[int, date, int, int]]] = {}
    for ident, debt, lender, grace, n, due, owed, paid in session.exec(query):
        schedules.setdefault((ident, debt, lender, grace), []).append((n, due, owed, paid))
    found = [
        AgreementBreach(ident, debt, lender, n, due, from_fen(owed))
        for (ident, debt, lender, grace), rows in schedules.items()
        for n, due, owed in core.missed_instalments(rows, today, grace)
    ]
    return sorted(found, key=lambda b: (b.due, b.debt_id, b.n))
