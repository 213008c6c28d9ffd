"""A stored debt's terms as core objects: its rate, its replay terms, its true APR."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlmodel import Session

from debttracker.core.messages import DomainError
from debttracker.core.money import from_fen
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import Schedule
from debttracker.store.ledger_replay import ReplayTerms
from debttracker.store.models import Debt, Instalment, Lender, Payment

# Core tables, for SQL expressions that mypy can check.
D: Table = Debt.__table__  # type: ignore[attr-defined]
I: Table = Instalment.__table__  # type: ignore[attr-defined]  # noqa: E741
L: Table = Lender.__table__  # type: ignore[attr-defined]
P: Table = Payment.__table__  # type: ignore[attr-defined]

_ORDER_ALIASES = {"fees": "fee"}


def rate_of(value: str, basis: str, day_basis: int) -> Rate:
    return Rate(
        Decimal(value or "0"), RateBasis(basis), day_basis if day_basis in (360, 365) else 365
    )


def order_of(text: str) -> tuple[str, ...]:
    """``"penalty,fees,interest,principal"`` -> core component names."""
    return tuple(_ORDER_ALIASES.get(part.strip(), part.strip()) for part in text.split(","))


def replay_terms(d: Any) -> ReplayTerms:
    """From a ``Debt`` or a result row with the same column names."""
    return ReplayTerms(
        rate=rate_of(d.rate, d.rate_basis, d.day_basis),
        penalty_uplift=Decimal(d.penalty_uplift or "0"),
        penalty_compound=d.penalty_compound,
        grace_days=d.grace_days,
        late_fee_fixed_fen=d.late_fee_fixed_fen,
        late_fee_percent=Decimal(d.late_fee_percent or "0"),
        order=order_of(d.allocation_order),
        method=d.method,
        start=d.start_date,
        prepay_mode=d.prepay_mode or "keep-term",
    )


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
    return str(cost.apr.quantize(Decimal("1e-8")))


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
        return str(true_cost(flows).apr.quantize(Decimal("1e-8")))
    except DomainError:
        return ""
