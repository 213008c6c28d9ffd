"""Credit cards: cycle, minimum payment, revolving interest (domain.md §1.7, vectors 12, 14)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debttracker.core.cards import (
    CardRules,
    MinimumPaymentRule,
    Posting,
    PostingKind,
    StatementAmounts,
    card_cycle,
    cycle_for,
    minimum_payment,
    revolving_interest,
    statement_interest,
)
from debttracker.core.messages import DomainError
from debttracker.core.rates import Rate, RateBasis

D = Decimal
DAILY = Rate(D("0.0005"), RateBasis.DAILY)
PURCHASE = [Posting(date(2024, 3, 30), D(1000))]


def test_cycle_of_vector_12():
    cycle = cycle_for(date(2024, 3, 30), statement_day=5, due_day=23)
    assert (cycle.start, cycle.statement, cycle.due) == (
        date(2024, 3, 6),
        date(2024, 4, 5),
        date(2024, 4, 23),
    )
    assert cycle_for(date(2024, 4, 5), 5, 23).statement == date(2024, 4, 5)
    assert cycle_for(date(2024, 4, 6), 5, 23).statement == date(2024, 5, 5)


def test_due_next_month_and_clamping():
    cycle = card_cycle(statement_day=20, due_day=8, year=2024, month=1)
    assert cycle.due == date(2024, 2, 8)
    feb = card_cycle(statement_day=31, due_day=20, year=2024, month=2)
    assert (feb.start, feb.statement, feb.due) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        date(2024, 3, 20),
    )
    with pytest.raises(DomainError):
        card_cycle(0, 20, 2024, 1)


def test_vector_12_revolving_interest():
    cycle = cycle_for(date(2024, 3, 30), 5, 23)
    minimum_only = [(date(2024, 4, 23), D(100))]
    assert statement_interest(PURCHASE, minimum_only, DAILY, cycle, date(2024, 5, 5)) == D("17.40")
    paid_in_full = [(date(2024, 4, 23), D(1000))]
    assert statement_interest(PURCHASE, paid_in_full, DAILY, cycle, date(2024, 5, 5)) == D("0.00")


def test_vector_12_both_ends_variant():
    rules = CardRules(count_both_ends=True)
    assert revolving_interest(
        PURCHASE, [(date(2024, 4, 23), D(100))], DAILY, date(2024, 5, 5), rules
    ) == D("17.85")


def test_fees_never_bear_interest_and_are_repaid_first():
    postings = [*PURCHASE, Posting(date(2024, 3, 30), D(50), PostingKind.FEE)]
    # the 100 repayment clears the 50 fee first, so only 50 of the purchase is repaid
    got = revolving_interest(postings, [(date(2024, 4, 23), D(100))], DAILY, date(2024, 5, 5))
    assert got == D("17.70")  # 1000 x 24 days + 950 x 12 days, at 0.05 %
    purchase_first = CardRules(
        order=(
            PostingKind.PURCHASE,
            PostingKind.CASH_ADVANCE,
            PostingKind.INTEREST,
            PostingKind.FEE,
        )
    )
    assert revolving_interest(
        postings, [(date(2024, 4, 23), D(100))], DAILY, date(2024, 5, 5), purchase_first
    ) == D("17.40")


def test_vector_14_minimum_payment():
    assert minimum_payment(StatementAmounts(purchases=D(10_000))) == D("1000.00")


def test_minimum_payment_parts_and_rules():
    amounts = StatementAmounts(
        purchases=D(5000),
        cash_advances=D(1000),
        fees=D(20),
        interest=D("17.40"),
        over_limit=D(300),
        previous_unpaid_minimum=D(100),
    )
    assert minimum_payment(amounts) == D("500") + D(1000) + D(20) + D("17.40") + D(300) + D(100)
    assert minimum_payment(amounts, MinimumPaymentRule(cash_advances=D("0.1"))) == D("1037.40")
    assert minimum_payment(
        StatementAmounts(purchases=D(500)), MinimumPaymentRule(floor=D(200))
    ) == D("200.00")
    assert minimum_payment(
        StatementAmounts(purchases=D(150)), MinimumPaymentRule(floor=D(200))
    ) == D("150.00")
