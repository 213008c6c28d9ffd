"""What the budget needs from the ledger, read-only: minimum payments due in a month and the
facts for shortfall triage (penalty cost per day if a payment slips, status, negotiating).

A debt's current schedule is its ``instalment`` rows whose ``terms_version`` equals
``debt.terms_version``.  What a debt asks for in a month is :func:`core.dues.due_in_month`: its
instalments due then, or for a card without any its minimum payment
(``core.cards.card_due_in_month``).  Settled and written-off debts owe nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from debttracker.core.budget import DAYS_PER_MONTH, DebtFact, Triage, shortfall_triage
from debttracker.core.cards import MinimumPaymentRule
from debttracker.core.dues import CardTerms, DueRow, dues_by_month
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen
from debttracker.core.overdue import LateFeeRule, accrued_penalty, days_overdue, late_fee
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import add_months, days_in_month
from debttracker.store import dues_read
from debttracker.store.models import Debt, Instalment, Lender, Payment

CLOSED_STATUSES = frozenset({"settled", "written_off"})
NEGOTIATING_STATUSES = frozenset({"negotiating"})


@dataclass(frozen=True, slots=True)
class MinimumDue:
    """What one debt asks for in a month: the scheduled minimum and how much is still unpaid."""

    debt_id: int
    debt_name: str
    lender_name: str
    kind: str
    status: str
    due_date: date
    amount: Decimal
    unpaid: Decimal
    principal_part: Decimal
    interest_part: Decimal


@dataclass(frozen=True, slots=True)
class DebtFacts:
    """Facts for shortfall triage: what letting this month's minimum slip would cost."""

    due: MinimumDue
    negotiating: bool
    overdue_amount: Decimal
    days_overdue: int
    penalty_per_day: Decimal | None  # None when the debt's rate could not be read
    late_fee: Decimal
    annual_rate: Decimal | None


def _month_range(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, first.replace(day=days_in_month(first.year, first.month))


def open_debts(session: Session) -> list[tuple[Debt, str]]:
    rows = session.exec(
        select(Debt, Lender.name)
        .join(Lender, col(Lender.id) == col(Debt.lender_id))
        .where(col(Debt.status).not_in(CLOSED_STATUSES))
        .order_by(col(Debt.id))
    ).all()
    return [(debt, lender) for debt, lender in rows]


def _due_fen(row: Instalment) -> tuple[int, int, int]:
    """(total unpaid, unpaid principal, unpaid interest+fees) of an instalment, in fen."""
    principal = max(row.principal_fen - row.paid_principal_fen, 0)
    other = max(row.interest_fen - row.paid_interest_fen, 0) + max(
        row.fee_fen - row.paid_fee_fen, 0
    )
    return principal + other, principal, other


def due_rows(session: Session, first: date | None, last: date | None) -> dict[int, list[DueRow]]:
    """The current schedule's instalments due from ``first`` to ``last`` (either open-ended when
    None), per debt, as :class:`core.dues.DueRow` (plain columns, no ORM objects)."""
    i: Any = Instalment.__table__.c  # type: ignore[attr-defined]
    d: Any = Debt.__table__.c  # type: ignore[attr-defined]
    query: Any = (
        sa_select(
            i.debt_id, i.due_date, i.principal_fen, i.interest_fen, i.fee_fen,
            i.paid_principal_fen, i.paid_interest_fen, i.paid_fee_fen,
        )
        .join(Debt.__table__, d.id == i.debt_id)  # type: ignore[attr-defined]
        .where(i.terms_version == d.terms_version)
        .order_by(i.due_date, i.n)
    )  # fmt: skip
    if first is not None:
        query = query.where(i.due_date >= first)
    if last is not None:
        query = query.where(i.due_date <= last)
    grouped: dict[int, list[DueRow]] = defaultdict(list)
    for debt_id, *values in session.execute(query):
        grouped[debt_id].append(DueRow(*values))
    return grouped


def _card_balance_fen(session: Session, debt: Debt) -> int:
    repaid = session.exec(
        select(func.coalesce(func.sum(Payment.alloc_principal_fen), 0)).where(
            Payment.debt_id == debt.id
        )
    ).one()
    return max(debt.principal_fen - int(repaid), 0)


def _decimal(text: str, default: Decimal) -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return default
    return value if value.is_finite() else default


def card_terms(session: Session, debt: Debt) -> CardTerms | None:
    """A card's terms for its monthly minimum (None for other kinds): by its statement when it
    has one, else its balance and minimum rule (a card saved before statements)."""
    if debt.kind != "card":
        return None
    from debttracker.store.ledger_queries import dbapi_connection

    by_statement = dues_read.statement_cards(dbapi_connection(session), debt.id)
    if debt.id in by_statement:
        return by_statement[debt.id]
    return CardTerms(
        from_fen(_card_balance_fen(session, debt)),
        MinimumPaymentRule(purchases=_decimal(debt.min_payment_percent, Decimal("0.10"))),
        debt.card_due_day or debt.due_day,
        debt.start_date,
    )


def minimums_due(session: Session, month: date, today: date | None = None) -> list[MinimumDue]:
    """Every open debt's minimum payment due in ``month``, by due date: ``store.dues_read``
    over :func:`core.dues.due_in_month`, the figure every screen shows (for a month after
    ``today``'s, what was paid ahead is not asked for again)."""
    from debttracker.store.ledger_queries import dbapi_connection

    found = dues_read.month_dues(dbapi_connection(session), month.year, month.month, today)
    return [_from_read(d) for d in found]


def _from_read(d: dues_read.DebtDue) -> MinimumDue:
    return MinimumDue(
        d.debt_id, d.debt_name, d.lender_name, d.kind, d.status, d.due.due_date,
        d.due.amount, d.due.unpaid, d.due.principal_part, d.due.interest_part,
    )  # fmt: skip


def total_minimums(session: Session, month: date, today: date | None = None) -> Decimal:
    return sum((d.amount for d in minimums_due(session, month, today)), ZERO)


def _rate(debt: Debt) -> Rate | None:
    try:
        return Rate(Decimal(debt.rate), RateBasis(debt.rate_basis), debt.day_basis)
    except (InvalidOperation, ValueError, DomainError):
        return None


def _overdue(session: Session, debt: Debt, today: date, month_start: date) -> tuple[int, int, int]:
    """Of the current schedule as of ``today``: (overdue fen, most days overdue, unpaid principal
    fen of instalments overdue from before ``month_start``)."""
    rows = session.exec(
        select(Instalment).where(
            Instalment.debt_id == debt.id,
            Instalment.terms_version == debt.terms_version,
            col(Instalment.due_date) < max(today, month_start),
        )
    ).all()
    total = days = earlier_principal = 0
    for row in rows:
        unpaid, unpaid_principal, _other = _due_fen(row)
        if not unpaid:
            continue
        if row.due_date < month_start:
            earlier_principal += unpaid_principal
        late = days_overdue(row.due_date, today, debt.grace_days) if row.due_date < today else 0
        if late:
            total, days = total + unpaid, max(days, late)
    return total, days, earlier_principal


def triage_facts(session: Session, month: date, today: date) -> list[DebtFacts]:
    """Facts for every debt with a minimum due in ``month`` (see :class:`DebtFacts`)."""
    debts = {debt.id: debt for debt, _lender in open_debts(session)}
    facts = []
    for due in minimums_due(session, month, today):
        debt = debts[due.debt_id]
        overdue_total, late_days, earlier_principal = _overdue(
            session, debt, today, month.replace(day=1)
        )
        rate = _rate(debt)
        uplift = _decimal(debt.penalty_uplift, ZERO)
        per_day: Decimal | None = None
        if rate is not None:
            start = max(due.due_date, today)
            accrual = accrued_penalty(
                due.principal_part + from_fen(earlier_principal),
                rate,
                uplift if debt.kind != "card" else ZERO,
                start,
                start + timedelta(days=1),
                unpaid_interest=due.interest_part,
                compound=debt.penalty_compound,
            )
            per_day = accrual.total
        rule = LateFeeRule(
            fixed=from_fen(debt.late_fee_fixed_fen),
            percent=_decimal(debt.late_fee_percent, ZERO),
        )
        facts.append(
            DebtFacts(
                due,
                debt.status in NEGOTIATING_STATUSES,
                from_fen(overdue_total),
                late_days,
                per_day,
                late_fee(due.unpaid or due.amount, rule),
                rate.annual() if rate is not None else None,
            )
        )
    return facts


def minimums_by_month(
    session: Session, first_month: date, months: int, today: date | None = None
) -> list[Decimal]:
    """Total minimums for ``months`` consecutive months from ``first_month`` (for the trend):
    :func:`core.dues.dues_by_month` per open debt, with one schedule query for the range."""
    first = first_month.replace(day=1)
    last = _month_range(add_months(first, months - 1))[1]
    from debttracker.store.ledger_queries import dbapi_connection

    scheduled = due_rows(session, first, last)
    with_rows = dues_read.debts_with_instalments(dbapi_connection(session))
    totals = [ZERO] * months
    for debt, _lender in open_debts(session):
        rows = scheduled.get(debt.id or 0, [])
        card = card_terms(session, debt)
        if card is not None and not card.by_statement and debt.id in with_rows:
            card = None
        found = dues_by_month(rows, first.year, first.month, months, card=card, today=today)
        for i, amount in enumerate(found):
            totals[i] += amount
    return totals


def as_core_fact(fact: DebtFacts) -> DebtFact:
    """The core triage input for a debt; the one-off late fee is spread over the 30 days the
    core multiplies by, so a month's delay costs 30 days of penalty plus the fee once."""
    per_day = fact.penalty_per_day or ZERO
    spread = fact.late_fee / DAYS_PER_MONTH
    return DebtFact(
        fact.due.debt_id, fact.due.debt_name, fact.due.unpaid, per_day + spread, fact.due.status
    )


def triage(session: Session, month: date, today: date, shortfall: Decimal) -> Triage:
    """Core shortfall triage over the debts with minimums due in ``month``."""
    facts = triage_facts(session, month, today)
    return shortfall_triage([as_core_fact(f) for f in facts], shortfall)
