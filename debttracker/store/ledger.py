"""Ledger repository: lenders, debts with their schedule, payments with their allocation.

Every function takes the caller's ``Session`` (one per user action, see ``Database.session``),
so an action lands whole or not at all.  Money crosses this boundary as ``Decimal``; rows are
returned as small frozen dataclasses, never ORM objects.  Lists and totals for many debts are
in :mod:`store.ledger_queries` (aggregates in SQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from debttracker.core.cards import bill_instalments, statement_schedule
from debttracker.core.debts import DebtInput, LenderInput
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import from_fen, to_fen
from debttracker.core.schedule import Schedule, build_schedule, days_in_month
from debttracker.store.ledger_cards import card_input, card_values
from debttracker.store.ledger_payments import (
    PaymentResult,
    StoredPayment,
    add_payment,
    delete_payment,
    get_payment,
    preview_payment,
    replay_debt,
    update_payment,
)
from debttracker.store.ledger_terms import D, I, L, P, apr_of, rate_of
from debttracker.store.models import Debt, Lender

__all__ = [
    "LenderRow",
    "PaymentResult",
    "StoredPayment",
    "add_debt",
    "add_lender",
    "add_payment",
    "debt_input",
    "delete_debt",
    "delete_lender",
    "delete_payment",
    "get_payment",
    "has_debts",
    "lenders",
    "preview_payment",
    "restore_debt",
    "schedule_of",
    "update_debt",
    "update_lender",
    "update_payment",
]


def _not_found(what: str, ident: int) -> DomainError:
    return DomainError(msg("ledger", QT_TRANSLATE_NOOP("ledger", "No %1 with id %2."), what, ident))


# --- lenders -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LenderRow:
    id: int
    name: str
    kind: str
    hotline: str
    website: str
    notes: str
    debt_count: int


def add_lender(s: Session, data: LenderInput, *, lender_id: int | None = None) -> int:
    lender = Lender(
        id=lender_id,
        name=data.name.strip(),
        kind=data.kind,
        hotline=data.hotline.strip(),
        website=data.website.strip(),
        notes=data.notes,
    )
    s.add(lender)
    s.flush()
    assert lender.id is not None
    return lender.id


def update_lender(s: Session, lender_id: int, data: LenderInput) -> LenderInput:
    """Apply ``data``; returns the previous values (for undo)."""
    lender = s.get(Lender, lender_id)
    if lender is None:
        raise _not_found("lender", lender_id)
    old = LenderInput(lender.name, lender.kind, lender.hotline, lender.website, lender.notes)
    lender.name, lender.kind = data.name.strip(), data.kind
    lender.hotline, lender.website, lender.notes = data.hotline, data.website, data.notes
    s.add(lender)
    s.flush()
    return old


def delete_lender(s: Session, lender_id: int) -> LenderInput:
    if s.scalar(select(func.count()).where(D.c.lender_id == lender_id)):
        raise DomainError(
            msg("ledger", QT_TRANSLATE_NOOP("ledger", "This lender still has debts.")),
            field="lender",
        )
    lender = s.get(Lender, lender_id)
    if lender is None:
        raise _not_found("lender", lender_id)
    old = LenderInput(lender.name, lender.kind, lender.hotline, lender.website, lender.notes)
    try:  # the caller's session rolls back on the error below
        s.delete(lender)
        s.flush()
    except IntegrityError as exc:  # contacts, promises ... of the negotiation log refer to it
        raise DomainError(
            msg("ledger", QT_TRANSLATE_NOOP(
                "ledger", "The negotiation log still has records about this lender.")),
            field="lender",
        ) from exc  # fmt: skip
    return old


def lenders(s: Session) -> list[LenderRow]:
    counts = select(D.c.lender_id, func.count().label("n")).group_by(D.c.lender_id).subquery()
    query = (
        select(
            L.c.id, L.c.name, L.c.kind, L.c.hotline, L.c.website, L.c.notes,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.lender_id == L.c.id)
        .order_by(L.c.name)
    )  # fmt: skip
    return [LenderRow(*row) for row in s.execute(query)]


def get_lender(s: Session, lender_id: int) -> LenderRow:
    for row in lenders(s):
        if row.id == lender_id:
            return row
    raise _not_found("lender", lender_id)


# --- debts ---------------------------------------------------------------------------------


def schedule_of(data: DebtInput) -> Schedule:
    """The schedule of a debt's terms (core maths), due dates moved to ``due_day`` if set.
    A card's is its statement (one instalment due on the bill's due date); a 账单分期's is
    the principal evenly with its fee each period (:mod:`core.cards`)."""
    if data.kind == "card" and data.card is not None:
        return statement_schedule(data.card.statement)
    if data.kind == "card_instalment":
        return bill_instalments(data.principal, data.term_months, data.period_fee, data.start_date)
    return build_schedule(
        data.principal,
        data.rate,
        data.term_months,
        data.method,
        data.start_date,
        fee=data.period_fee,
        due_day=data.due_day,  # a first period short of a month: interest by its days
    )


def _due(day: date, due_day: int | None) -> date:
    if due_day is None:
        return day
    return day.replace(day=min(due_day, days_in_month(day.year, day.month)))


def instalment_rows(
    debt_id: int, data: DebtInput, schedule: Schedule, version: int = 1
) -> list[dict[str, Any]]:
    return [
        {
            "debt_id": debt_id,
            "terms_version": version,
            "n": row.n,
            "due_date": row.due if data.card else _due(row.due, data.due_day),
            "principal_fen": to_fen(row.principal),
            "interest_fen": to_fen(row.interest),
            "fee_fen": to_fen(row.fee),
            "paid_principal_fen": 0,
            "paid_interest_fen": 0,
            "paid_fee_fen": 0,
            "paid_penalty_fen": 0,
            "settled_on": None,
        }
        for row in schedule.installments
    ]


def debt_values(data: DebtInput, schedule: Schedule) -> dict[str, Any]:
    """The ``debt`` columns for ``data`` (APR of ``schedule`` included)."""
    return {
        "lender_id": data.lender_id,
        "name": data.name,
        "kind": data.kind,
        "currency": data.currency,
        "principal_fen": to_fen(data.principal),
        "received_fen": to_fen(data.received_amount),
        "start_date": data.start_date,
        "term_months": data.term_months,
        "method": data.method,
        "rate": str(data.rate.value),
        "rate_basis": data.rate.basis.value,
        "day_basis": data.rate.day_basis,
        "upfront_fee_fen": to_fen(data.upfront_fee),
        "period_fee_fen": to_fen(data.period_fee),
        "penalty_uplift": str(data.penalty_uplift),
        "penalty_compound": data.penalty_compound,
        "late_fee_fixed_fen": to_fen(data.late_fee_fixed),
        "late_fee_percent": str(data.late_fee_percent),
        "due_day": data.due_day,
        "grace_days": data.grace_days,
        "status": data.status,
        "card_limit_fen": None if data.card_limit is None else to_fen(data.card_limit),
        "statement_day": data.statement_day,
        "card_due_day": data.card_due_day,
        "min_payment_percent": str(data.min_payment_percent),
        "notes": data.notes,
        "prepay_mode": data.prepay_mode,
        **card_values(data.card),
        # a card: the cost of revolving (its daily rate a year, domain.md §2.3)
        "apr": str(data.rate.annual())
        if data.card
        else apr_of(schedule, data.start_date, data.received_amount, data.upfront_fee),
    }


def add_debt(s: Session, data: DebtInput, *, debt_id: int | None = None) -> int:
    """Write the debt and its generated schedule (one transaction: the caller's session)."""
    if s.get(Lender, data.lender_id) is None:
        raise _not_found("lender", data.lender_id)
    schedule = schedule_of(data)
    values = debt_values(data, schedule)
    if debt_id is not None:
        values["id"] = debt_id
    new_id = s.connection().execute(insert(D).values(**values)).inserted_primary_key
    assert new_id is not None
    ident = int(new_id[0])
    s.execute(insert(I), instalment_rows(ident, data, schedule))
    return ident


def debt_input(s: Session, debt_id: int) -> DebtInput:
    """The terms of a debt as the dialog edits them."""
    d = s.get(Debt, debt_id)
    if d is None:
        raise _not_found("debt", debt_id)
    return DebtInput(
        lender_id=d.lender_id,
        name=d.name,
        principal=from_fen(d.principal_fen),
        start_date=d.start_date,
        term_months=d.term_months,
        rate=rate_of(d.rate, d.rate_basis, d.day_basis),
        kind=d.kind,
        currency=d.currency,
        received=from_fen(d.received_fen),
        method=d.method,
        upfront_fee=from_fen(d.upfront_fee_fen),
        period_fee=from_fen(d.period_fee_fen),
        penalty_uplift=Decimal(d.penalty_uplift),
        penalty_compound=d.penalty_compound,
        late_fee_fixed=from_fen(d.late_fee_fixed_fen),
        late_fee_percent=Decimal(d.late_fee_percent),
        due_day=d.due_day,
        grace_days=d.grace_days,
        status=d.status,
        card_limit=None if d.card_limit_fen is None else from_fen(d.card_limit_fen),
        statement_day=d.statement_day,
        card_due_day=d.card_due_day,
        min_payment_percent=Decimal(d.min_payment_percent),
        notes=d.notes,
        prepay_mode=d.prepay_mode,
        card=card_input(d),
    )


def update_debt(s: Session, debt_id: int, data: DebtInput) -> DebtInput:
    """New terms for the current version: regenerate its schedule, replay the payments.
    Returns the previous terms (for undo)."""
    old = debt_input(s, debt_id)
    version = s.scalar(select(D.c.terms_version).where(D.c.id == debt_id))
    schedule = schedule_of(data)
    s.execute(update(D).where(D.c.id == debt_id).values(**debt_values(data, schedule)))
    s.execute(delete(I).where(I.c.debt_id == debt_id, I.c.terms_version == version))
    s.execute(insert(I), instalment_rows(debt_id, data, schedule, version or 1))
    replay_debt(s, debt_id)
    return old


@dataclass(frozen=True)
class DebtSnapshot:
    """Everything a deleted debt had, to restore it exactly (undo)."""

    debt: dict[str, Any]
    instalments: list[dict[str, Any]]
    payments: list[dict[str, Any]]


def _rows(s: Session, table: Any, where: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in s.execute(select(table).where(where))]


def delete_debt(s: Session, debt_id: int) -> DebtSnapshot:
    debt = _rows(s, D, D.c.id == debt_id)
    if not debt:
        raise _not_found("debt", debt_id)
    snapshot = DebtSnapshot(
        debt[0],
        _rows(s, I, I.c.debt_id == debt_id),
        _rows(s, P, P.c.debt_id == debt_id),
    )
    s.execute(delete(P).where(P.c.debt_id == debt_id))
    s.execute(delete(I).where(I.c.debt_id == debt_id))
    s.execute(delete(D).where(D.c.id == debt_id))
    return snapshot


def restore_debt(s: Session, snapshot: DebtSnapshot) -> None:
    s.execute(insert(D), [snapshot.debt])
    if snapshot.instalments:
        s.execute(insert(I), snapshot.instalments)
    if snapshot.payments:
        s.execute(insert(P), snapshot.payments)


def has_debts(s: Session) -> bool:
    return s.scalar(select(D.c.id).limit(1)) is not None
