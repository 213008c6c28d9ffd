"""A stored debt's terms as core objects: its rate, its replay terms, its true APR."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlmodel import Session

from debttracker.core.messages import DomainError
from debttracker.core.money import from_fen
from debttracker.core.schedule import Schedule

# rate_of, order_of and replay_terms live in ledger_replay (pure, no SQL) so that ledger_read runs
# without SQLAlchemy; re-exported here for the existing callers.
from debttracker.store.ledger_replay import order_of as order_of
from debttracker.store.ledger_replay import rate_of as rate_of
from debttracker.store.ledger_replay import replay_terms as replay_terms
from debttracker.store.models import Debt, Instalment, Lender, Payment

# Core tables, for SQL expressions that mypy can check.
D: Table = Debt.__table__  # type: ignore[attr-defined]
I: Table = Instalment.__table__  # type: ignore[attr-defined]  # noqa: E741
L: Table = Lender.__table__  # type: ignore[attr-defined]
P: Table = Payment.__table__  # type: ignore[attr-defined]


def monthly_flows(
    schedule: Schedule, start: date, received: Decimal, upfront_fee: Decimal
) -> list[Decimal]:
    """The borrower's flows by month from ``start``: + net received, − each payment in the
    month it falls due (a bullet loan has zeros before its one payment)."""
    flows = [received - upfront_fee]
    for row in schedule.installments:
        month = (row.due.year - start.year) * 12 + row.due.month - start.month
        flows.extend([Decimal(0)] * (month - len(flows) + 1))
        flows[month] -= row.payment
    return flows


def apr_of(schedule: Schedule, start: date, received: Decimal, upfront_fee: Decimal) -> str:
    """The nominal APR (monthly IRR × 12) of the borrower's flows, as a fraction string;
    "" when no rate balances them (e.g. nothing received)."""
    from debttracker.core.irr import true_cost

    try:
        cost = true_cost(monthly_flows(schedule, start, received, upfront_fee))
    except DomainError:
        return ""
    return _apr_text(cost.apr)


def _apr_text(apr: Decimal) -> str:
    """The APR to 8 places; a huge one (a tiny amount received) as it is, not an error."""
    try:
        return str(apr.quantize(Decimal("1e-8")))
    except ArithmeticError:
        return str(apr)


def terms_apr(s: Session, debt: Debt, start: date, received: Decimal, upfront_fee: Decimal) -> str:
    """The APR of the debt's current terms from their instalment rows as agreed (``contract_*``
    when a prepayment recomputed them): what :func:`apr_of` gives for a fresh schedule, for
    terms written by an agreement too (``start``/``received``: when and what they began with)."""
    from debttracker.core.irr import true_cost

    Ins: Any = I.c
    query = (
        select(
            Ins.due_date,
            func.coalesce(Ins.contract_principal_fen, Ins.principal_fen)
            + func.coalesce(Ins.contract_interest_fen, Ins.interest_fen)
            + func.coalesce(Ins.contract_fee_fen, Ins.fee_fen),
        )
        .where(Ins.debt_id == debt.id, Ins.terms_version == debt.terms_version)
        .order_by(Ins.n)
    )
    flows = [received - upfront_fee]
    for due, payment_fen in s.execute(query):
        month = (due.year - start.year) * 12 + due.month - start.month
        flows.extend([Decimal(0)] * (month - len(flows) + 1))
        flows[month] -= from_fen(int(payment_fen))
    try:
        return _apr_text(true_cost(flows).apr)
    except DomainError:
        return ""
