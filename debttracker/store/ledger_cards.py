"""Revolving interest on a credit card whose statement was not paid in full (domain.md §1.7,
core.cards): the debt's amount is posted on its start date and appears on the statement that
closes after it; unless the whole statement balance is repaid by its due date, interest runs
from the posting date on what is still unpaid, at the card's daily rate.  Repayments are the
principal parts of the payments (what they paid of interest or fees does not reduce the
posted amount; fees never bear interest).  Exact: core rounds once to the fen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session

from debttracker.core.cards import Posting, cycle_for, revolving_interest, statement_interest
from debttracker.core.money import ZERO, from_fen
from debttracker.store.ledger_terms import P, rate_of
from debttracker.store.models import Debt


@dataclass(frozen=True, slots=True)
class CardInterest:
    posted: date  # the posting date (the debt's start)
    statement: date  # the statement it first appears on
    due: date  # that statement's payment due date
    balance: Decimal  # the statement balance
    paid_by_due: Decimal
    next_statement: date
    statement_interest: Decimal  # charged on ``next_statement`` (0 when paid in full in time)
    revolving_to_date: Decimal  # accrued from the posting date to ``as_of``

    @property
    def paid_in_full(self) -> bool:
        return self.paid_by_due >= self.balance


def card_interest(s: Session, debt_id: int, as_of: date) -> CardInterest | None:
    """The revolving interest of a card debt on ``as_of`` (None for other debts)."""
    d = s.get(Debt, debt_id)
    if d is None or d.kind != "card" or not d.statement_day or not d.card_due_day:
        return None
    rate = rate_of(d.rate, d.rate_basis, d.day_basis)
    cycle = cycle_for(d.start_date, d.statement_day, d.card_due_day)
    following = cycle_for(cycle.due, d.statement_day, d.card_due_day).statement
    postings = [Posting(d.start_date, from_fen(d.principal_fen))]
    query = select(P.c.paid_on, P.c.alloc_principal_fen).where(
        P.c.debt_id == debt_id, P.c.paid_on <= as_of, P.c.alloc_principal_fen > 0
    )
    repayments = [(day, from_fen(fen)) for day, fen in s.execute(query)]
    paid_by_due = sum((amount for day, amount in repayments if day <= cycle.due), ZERO)
    charged = statement_interest(postings, repayments, rate, cycle, following)
    accrued = ZERO
    if as_of > cycle.due and paid_by_due < postings[0].amount:
        accrued = revolving_interest(postings, repayments, rate, as_of)
    return CardInterest(
        d.start_date, cycle.statement, cycle.due, postings[0].amount, paid_by_due, following,
        charged, accrued,
    )  # fmt: skip
