"""Read-side of the ledger: the debts table, totals, overview, a debt's schedule and payments.

Aggregates run in SQL over the current schedule version (``instalment.terms_version =
debt.terms_version``); Python only prices what is late (penalty interest through core) for
the few instalments that are overdue, so lists stay fast on ten years of payments.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from debttracker.core.caps import Verdict, applicable_caps
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen
from debttracker.core.overdue import days_overdue
from debttracker.store.ledger_replay import InstalmentState, penalty_owed_fen
from debttracker.store.ledger_terms import D, I, L, replay_terms

_CURRENT = and_(I.c.debt_id == D.c.id, I.c.terms_version == D.c.terms_version)
_OPEN = I.c.principal_fen - I.c.paid_principal_fen + I.c.interest_fen - I.c.paid_interest_fen
_OPEN_ALL = _OPEN + I.c.fee_fen - I.c.paid_fee_fen


@dataclass(frozen=True, slots=True)
class DebtRow:
    """One line of the debts table, as of a date."""

    id: int
    lender_id: int
    lender: str
    lender_kind: str
    hotline: str
    name: str
    kind: str
    currency: str
    status: str  # derived: overdue / settled override "current"
    stored_status: str
    balance: Decimal  # principal left + interest and fees already due and unpaid
    principal_left: Decimal
    next_due_date: date | None
    next_due_amount: Decimal
    days_overdue: int
    penalty_accrued: Decimal
    overdue_principal: Decimal
    overdue_interest: Decimal
    overdue_fees: Decimal
    apr: Decimal | None
    above_cap: bool
    cap_rate: Decimal | None  # the lowest cap line that applies


@dataclass(frozen=True, slots=True)
class _Late:
    principal: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0


def _late_items(s: Session, as_of: date, debt_id: int | None) -> dict[int, _Late]:
    """Principal, interest, fees and penalty owed on instalments already due, per debt."""
    query = (
        select(
            I.c.debt_id, I.c.id, I.c.n, I.c.due_date, I.c.principal_fen, I.c.interest_fen,
            I.c.fee_fen, I.c.paid_principal_fen, I.c.paid_interest_fen, I.c.paid_fee_fen,
            I.c.paid_penalty_fen, D.c.rate, D.c.rate_basis, D.c.day_basis, D.c.penalty_uplift,
            D.c.penalty_compound, D.c.grace_days, D.c.late_fee_fixed_fen, D.c.late_fee_percent,
            D.c.allocation_order, D.c.method, D.c.start_date, D.c.prepay_mode,
        )
        .join(D, _CURRENT)
        .where(I.c.settled_on.is_(None), I.c.due_date < as_of)
    )  # fmt: skip
    if debt_id is not None:
        query = query.where(I.c.debt_id == debt_id)
    late: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    terms_cache: dict[int, Any] = {}
    for row in s.execute(query):
        terms = terms_cache.get(row.debt_id)
        if terms is None:
            terms = terms_cache[row.debt_id] = replay_terms(row)
        inst = InstalmentState(*row[1:11])
        totals = late[row.debt_id]
        totals[0] += inst.open_principal_fen
        totals[1] += inst.open_interest_fen
        totals[2] += inst.open_fee_fen
        totals[3] += penalty_owed_fen(inst, terms, as_of)
    return {key: _Late(*values) for key, values in late.items()}


@lru_cache(maxsize=4096)
def _caps(kind: str, start: date, apr: Decimal | None) -> tuple[bool, Decimal | None]:
    try:
        lines = applicable_caps(kind, start, apr=apr)
    except DomainError:
        return False, None
    lowest = min(line.rate for line in lines)
    return any(line.verdict is Verdict.ABOVE for line in lines), lowest


def debt_rows(s: Session, as_of: date, debt_id: int | None = None) -> list[DebtRow]:
    """Every debt (or one) with balance, next due, days overdue, penalty today and APR."""
    agg = (
        select(
            I.c.debt_id,
            func.sum(I.c.principal_fen - I.c.paid_principal_fen).label("principal_left"),
            func.sum(
                case(
                    (I.c.due_date <= as_of,
                     I.c.interest_fen - I.c.paid_interest_fen + I.c.fee_fen - I.c.paid_fee_fen),
                    else_=0,
                )
            ).label("due_charges"),
            func.min(case((I.c.settled_on.is_(None), I.c.n))).label("next_n"),
        )
        .join(D, _CURRENT)
        .group_by(I.c.debt_id)
        .subquery()
    )  # fmt: skip
    nxt = I.alias("nxt")
    query = (
        select(
            D.c.id, D.c.lender_id, L.c.name.label("lender"), L.c.kind.label("lender_kind"),
            L.c.hotline, D.c.name, D.c.kind, D.c.currency, D.c.status, D.c.grace_days,
            D.c.apr, D.c.start_date, agg.c.principal_left, agg.c.due_charges,
            nxt.c.due_date.label("next_due"),
            (nxt.c.principal_fen - nxt.c.paid_principal_fen + nxt.c.interest_fen
             - nxt.c.paid_interest_fen + nxt.c.fee_fen - nxt.c.paid_fee_fen).label("next_amount"),
        )
        .join(L, L.c.id == D.c.lender_id)
        .outerjoin(agg, agg.c.debt_id == D.c.id)
        .outerjoin(
            nxt,
            and_(nxt.c.debt_id == D.c.id, nxt.c.terms_version == D.c.terms_version,
                 nxt.c.n == agg.c.next_n),
        )
        .order_by(D.c.id)
    )  # fmt: skip
    if debt_id is not None:
        query = query.where(D.c.id == debt_id)
    late = _late_items(s, as_of, debt_id)
    return [_debt_row(row, late.get(row.id, _Late()), as_of) for row in s.execute(query)]


def _debt_row(row: Any, late: _Late, as_of: date) -> DebtRow:
    principal_left = row.principal_left or 0
    overdue = days_overdue(row.next_due, as_of, row.grace_days) if row.next_due is not None else 0
    status = row.status
    if row.next_due is None and principal_left <= 0:
        status = "settled" if status in ("current", "overdue") else status
    elif status == "current" and overdue > 0:
        status = "overdue"
    elif status == "overdue" and overdue == 0:
        status = "current"
    apr = Decimal(row.apr) if row.apr else None
    above, cap = _caps(row.lender_kind, row.start_date, apr)
    return DebtRow(
        id=row.id, lender_id=row.lender_id, lender=row.lender, lender_kind=row.lender_kind,
        hotline=row.hotline, name=row.name, kind=row.kind, currency=row.currency,
        status=status, stored_status=row.status,
        balance=from_fen(principal_left + (row.due_charges or 0)),
        principal_left=from_fen(principal_left), next_due_date=row.next_due,
        next_due_amount=from_fen(row.next_amount or 0), days_overdue=overdue,
        penalty_accrued=from_fen(late.penalty) if overdue else ZERO,
        overdue_principal=from_fen(late.principal), overdue_interest=from_fen(late.interest),
        overdue_fees=from_fen(late.fees), apr=apr, above_cap=above, cap_rate=cap,
    )  # fmt: skip


def totals(rows: list[DebtRow]) -> dict[str, Decimal]:
    """Balance per currency (penalty not included), in currency order."""
    out: dict[str, Decimal] = {}
    for row in rows:
        out[row.currency] = out.get(row.currency, ZERO) + row.balance
    return dict(sorted(out.items()))


def sql_totals(s: Session, as_of: date) -> dict[str, Decimal]:
    """Balance per currency straight from SQL (the CLI and benchmarks)."""
    query = (
        select(
            D.c.currency,
            func.sum(
                I.c.principal_fen - I.c.paid_principal_fen
                + case((I.c.due_date <= as_of,
                        I.c.interest_fen - I.c.paid_interest_fen + I.c.fee_fen - I.c.paid_fee_fen),
                       else_=0)
            ),
        )
        .join(I, _CURRENT)
        .group_by(D.c.currency)
        .order_by(D.c.currency)
    )  # fmt: skip
    return {currency: from_fen(fen or 0) for currency, fen in s.execute(query)}


@dataclass(frozen=True, slots=True)
class DueItem:
    debt_id: int
    debt: str
    lender: str
    currency: str
    due: date
    amount: Decimal


def upcoming(s: Session, as_of: date, limit: int = 5) -> list[DueItem]:
    """The next open instalments due on or after ``as_of``."""
    query = (
        select(D.c.id, D.c.name, L.c.name, D.c.currency, I.c.due_date, _OPEN_ALL)
        .join(I, _CURRENT)
        .join(L, L.c.id == D.c.lender_id)
        .where(I.c.settled_on.is_(None), I.c.due_date >= as_of, _OPEN_ALL > 0)
        .order_by(I.c.due_date, D.c.id)
        .limit(limit)
    )
    return [DueItem(r[0], r[1], r[2], r[3], r[4], from_fen(r[5])) for r in s.execute(query)]


def due_between(s: Session, first: date, last: date) -> dict[str, Decimal]:
    """What is still to pay on instalments due from ``first`` to ``last``, per currency."""
    query = (
        select(D.c.currency, func.sum(_OPEN_ALL))
        .join(I, _CURRENT)
        .where(I.c.settled_on.is_(None), I.c.due_date >= first, I.c.due_date <= last)
        .group_by(D.c.currency)
    )
    return {currency: from_fen(fen or 0) for currency, fen in s.execute(query)}
