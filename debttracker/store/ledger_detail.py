"""One debt in detail: its schedule with the state of each instalment, its payments page by
page, what it costs, and what is owed on it today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlmodel import Session

from debttracker.core.caps import CapLine, CounterOffer, applicable_caps, counter_offer
from debttracker.core.cards import CardPosition
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen
from debttracker.core.overdue import days_overdue
from debttracker.store import lpr
from debttracker.store.ledger_queries import debt_rows
from debttracker.store.ledger_terms import D, I, L, P
from debttracker.store.models import Debt

# states of an instalment
PAID, PARTLY, OVERDUE, DUE, UPCOMING = "paid", "partly", "overdue", "due", "upcoming"


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    n: int
    due: date
    principal: Decimal
    interest: Decimal
    fee: Decimal
    total: Decimal
    paid: Decimal  # principal + interest + fee paid
    penalty_paid: Decimal
    state: str
    settled_on: date | None


def schedule_lines(s: Session, debt_id: int, as_of: date) -> list[ScheduleLine]:
    version = s.scalar(select(D.c.terms_version).where(D.c.id == debt_id))
    grace = s.scalar(select(D.c.grace_days).where(D.c.id == debt_id)) or 0
    query = (
        select(
            I.c.n, I.c.due_date, I.c.principal_fen, I.c.interest_fen, I.c.fee_fen,
            I.c.paid_principal_fen + I.c.paid_interest_fen + I.c.paid_fee_fen,
            I.c.paid_penalty_fen, I.c.settled_on,
        )
        .where(I.c.debt_id == debt_id, I.c.terms_version == version)
        .order_by(I.c.n)
    )  # fmt: skip
    lines = []
    for n, due, p, i, f, paid, pen, settled in s.execute(query):
        total = p + i + f
        if settled is not None:
            state = PAID
        elif days_overdue(due, as_of, grace) > 0:
            state = OVERDUE
        elif paid > 0:
            state = PARTLY
        elif due <= as_of:
            state = DUE
        else:
            state = UPCOMING
        lines.append(
            ScheduleLine(
                n, due, from_fen(p), from_fen(i), from_fen(f), from_fen(total),
                from_fen(paid), from_fen(pen), state, settled,
            )
        )  # fmt: skip
    return lines


@dataclass(frozen=True, slots=True)
class PaymentLine:
    id: int
    paid_on: date
    amount: Decimal
    method: str
    note: str
    penalty: Decimal
    fees: Decimal
    interest: Decimal
    principal: Decimal
    receipt_path: str  # the receipt's original name ("" when none)
    receipt_evidence_id: int | None = None  # its copy in the evidence store


def payment_count(s: Session, debt_id: int | None = None) -> int:
    query = select(func.count()).select_from(P)
    if debt_id is not None:
        query = query.where(P.c.debt_id == debt_id)
    return int(s.scalar(query) or 0)


def payment_page(s: Session, debt_id: int, offset: int, limit: int) -> list[PaymentLine]:
    """Payments newest first, a window at a time (index ``ix_payment_debt_paid_on``)."""
    query = (
        select(
            P.c.id, P.c.paid_on, P.c.amount_fen, P.c.method, P.c.note, P.c.alloc_penalty_fen,
            P.c.alloc_fees_fen, P.c.alloc_interest_fen, P.c.alloc_principal_fen, P.c.receipt_path,
            P.c.receipt_evidence_id,
        )
        .where(P.c.debt_id == debt_id)
        .order_by(P.c.paid_on.desc(), P.c.id.desc())
        .offset(offset)
        .limit(limit)
    )  # fmt: skip
    return [
        PaymentLine(r[0], r[1], from_fen(r[2]), r[3], r[4], from_fen(r[5]), from_fen(r[6]),
                    from_fen(r[7]), from_fen(r[8]), r[9], r[10])
        for r in s.execute(query)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CostSummary:
    currency: str
    principal: Decimal
    received: Decimal
    upfront_fee: Decimal
    interest_total: Decimal
    fees_total: Decimal  # period fees over the schedule + upfront fee
    interest_paid: Decimal
    fees_paid: Decimal
    penalty_paid: Decimal
    interest_left: Decimal
    fees_left: Decimal
    apr: Decimal | None
    caps: tuple[CapLine, ...]
    counter: CounterOffer | None


def cost_summary(s: Session, debt_id: int) -> CostSummary:
    d = s.get(Debt, debt_id)
    if d is None:
        raise KeyError(debt_id)
    sums = s.execute(
        select(
            func.sum(I.c.interest_fen), func.sum(I.c.fee_fen), func.sum(I.c.paid_interest_fen),
            func.sum(I.c.paid_fee_fen), func.sum(I.c.paid_penalty_fen),
            func.sum(I.c.principal_fen + I.c.interest_fen + I.c.fee_fen),
        ).where(I.c.debt_id == debt_id, I.c.terms_version == d.terms_version)
    ).one()  # fmt: skip
    interest, fees, paid_i, paid_f, paid_pen, total = (v or 0 for v in sums)
    lender_kind = s.scalar(select(L.c.kind).where(L.c.id == d.lender_id)) or "bank"
    apr = Decimal(d.apr) if d.apr else None
    try:
        caps = applicable_caps(lender_kind, d.start_date, lpr.get_table(s), apr=apr)
    except DomainError:
        caps = ()
    counter = None
    lowest = min(caps, key=lambda c: c.rate) if caps else None
    if apr is not None and lowest is not None and apr > lowest.rate:
        try:
            counter = counter_offer(
                from_fen(d.received_fen - d.upfront_fee_fen), d.term_months, lowest.rate,
                from_fen(total + d.upfront_fee_fen), d.start_date,
            )  # fmt: skip
        except DomainError:
            counter = None
    return CostSummary(
        currency=d.currency, principal=from_fen(d.principal_fen),
        received=from_fen(d.received_fen), upfront_fee=from_fen(d.upfront_fee_fen),
        interest_total=from_fen(interest), fees_total=from_fen(fees + d.upfront_fee_fen),
        interest_paid=from_fen(paid_i), fees_paid=from_fen(paid_f),
        penalty_paid=from_fen(paid_pen), interest_left=from_fen(interest - paid_i),
        fees_left=from_fen(fees - paid_f), apr=apr, caps=caps, counter=counter,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class OwedToday:
    """What is owed on a debt today: the late part broken down, and the rest of the principal."""

    as_of: date
    days_overdue: int
    principal: Decimal
    interest: Decimal
    penalty: Decimal
    fees: Decimal
    principal_not_yet_due: Decimal
    card: CardPosition | None = None  # a credit card by its statement

    @property
    def total_late(self) -> Decimal:
        return self.principal + self.interest + self.penalty + self.fees


def owed_today(s: Session, debt_id: int, as_of: date) -> OwedToday:
    row = debt_rows(s, as_of, debt_id)[0]
    return OwedToday(
        as_of=as_of,
        days_overdue=row.days_overdue,
        principal=row.overdue_principal,
        interest=row.overdue_interest,
        penalty=row.penalty_accrued,
        fees=row.overdue_fees,
        principal_not_yet_due=max(row.principal_left - row.overdue_principal, ZERO),
        card=row.card,
    )
