"""Penalty after a partial payment accrues day by day (issue 16 item 4) and every figure as of a
date replays only what happened by then (item 3)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.money import to_fen
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import build_schedule
from debttracker.store import ledger, ledger_queries
from debttracker.store.db import open_database
from debttracker.store.ledger_replay import (
    InstalmentState,
    PaymentState,
    ReplayTerms,
    penalty_owed_fen,
    replay,
)

RATE = Rate(Decimal("0.06"), RateBasis.ANNUAL, 365)
START = date(2026, 1, 15)


def _instalments(principal: int = 12000) -> list[InstalmentState]:
    schedule = build_schedule(Decimal(principal), RATE, 12, "annuity", START)
    return [
        InstalmentState(r.n, r.n, r.due, to_fen(r.principal), to_fen(r.interest), to_fen(r.fee))
        for r in schedule.installments
    ]


def _terms(compound: bool = True, percent: Decimal = Decimal(0), grace: int = 0) -> ReplayTerms:
    return ReplayTerms(RATE, Decimal("0.5"), compound, grace, late_fee_percent=percent, start=START)


def test_issue_case_partial_payment_penalty_is_0_92():
    """12,000 at 6 %, 12-month annuity from 2026-01-15, +50 %, compounding, 500 paid 03-01."""
    insts, terms = _instalments(), _terms()
    replay(insts, [PaymentState(1, date(2026, 3, 1), 50000)], terms)
    # 14 days on 972.80 + 60.00 (3.5653, 3.57 paid), then 7 days on 536.37: 0.9258; rounded once
    assert penalty_owed_fen(insts[0], terms, date(2026, 3, 8)) == 92


def test_percentage_late_fee_is_charged_on_what_fell_overdue():
    """A 5 % 违约金 on the 1,032.80 overdue is 51.64 and stays owed after a partial payment."""
    terms = _terms(compound=False, percent=Decimal("0.05"))
    insts = _instalments()
    replay(insts, [PaymentState(1, date(2026, 3, 1), 30000)], terms)
    first = insts[0]
    owed = penalty_owed_fen(first, terms, date(2026, 3, 8))
    interest = (
        Fraction(97280 * 14, 1) * Fraction(9, 100) / 365
        + Fraction(first.open_principal_fen * 7) * Fraction(9, 100) / 365
    )
    exact = round(interest)  # no .5 ties here
    assert owed == exact + 5164 - first.paid_penalty_fen


def _accrual_by_day(principal: int, interest: int, pays: list[tuple[date, int, int]], due, as_of):
    """Independent check: sum of each day's outstanding × daily penalty rate."""
    annual = Fraction(6, 100) * Fraction(3, 2)
    total = Fraction(0)
    day = due
    while day < as_of:
        for paid_on, p, i in pays:
            if paid_on == day:
                principal, interest = principal - p, interest - i
        total += Fraction(principal + interest) * annual / 365
        day += timedelta(days=1)
    return total


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 60000)), min_size=1, max_size=4),
    st.integers(1, 120),
)
def test_pay_then_penalty_equals_day_by_day_accrual(payments, horizon):
    """Whatever partial payments were made after the due date, the penalty owed equals the
    day-by-day accrual on what was outstanding, less the penalty paid."""
    insts, terms = _instalments(), _terms()
    first_due = insts[0].due
    pays = [
        PaymentState(k, first_due + timedelta(days=1 + offset), amount)
        for k, (offset, amount) in enumerate(sorted(payments))
    ]
    replay(insts, pays, terms)
    first = insts[0]
    as_of = first_due + timedelta(days=1 + max(o for o, _ in payments) + horizon)
    log = [(d, p, i) for d, p, i, _f in first.paid_log]
    expected = _accrual_by_day(
        first.open_principal_fen + sum(p for _, p, _ in log),
        first.open_interest_fen + sum(i for _, _, i in log),
        log,
        first_due,
        as_of,
    )
    owed = penalty_owed_fen(first, terms, as_of)
    if first.settled_on is not None:
        assert owed == 0
    else:
        assert owed == max(int(expected + Fraction(1, 2)) - first.paid_penalty_fen, 0)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def _debt(db, start: date = START) -> int:
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("工商银行", "bank"))
        return ledger.add_debt(
            s,
            DebtInput(
                lender, "消费贷", Decimal(12000), start, 12, RATE,
                penalty_uplift=Decimal("0.5"), penalty_compound=True,
            ),
        )  # fmt: skip


def test_stored_debt_penalty_after_partial_payment(db):
    debt = _debt(db)
    with db.session() as s:
        ledger.add_payment(s, debt, PaymentInput(date(2026, 3, 1), Decimal(500)))
    with db.session() as s:
        row = ledger_queries.debt_rows(s, date(2026, 3, 8), debt)[0]
    assert row.penalty_accrued == Decimal("0.92")


def test_as_of_forgets_later_payments_and_unstarted_debts(db):
    debt = _debt(db)
    with db.session() as s:
        for k in range(1, 6):
            ledger.add_payment(
                s, debt, PaymentInput(START.replace(month=1 + k), Decimal("1032.80"))
            )
        lender = ledger.add_lender(s, LenderInput("招商银行", "bank"))
        later = ledger.add_debt(
            s, DebtInput(lender, "later", Decimal(1000), date(2026, 5, 1), 6, RATE)
        )
    with db.session() as s:
        now = ledger_queries.debt_rows(s, date(2026, 6, 20), started=True)
        then = ledger_queries.debt_rows(s, date(2026, 3, 20), started=True)
        before = ledger_queries.debt_rows(s, date(2025, 11, 1), started=True)
    assert {r.id for r in now} == {debt, later}
    assert {r.id for r in then} == {debt} and before == []
    (row,) = then
    # two instalments paid by 03-20: the third (due 04-15) is next, principal after two paid
    assert row.next_due_date == date(2026, 4, 15)
    schedule = build_schedule(Decimal(12000), RATE, 12, "annuity", START)
    assert row.principal_left == schedule.installments[1].balance
    assert row.days_overdue == 0 and row.status == "current"


def test_stored_debt_first_period_by_days(db):
    """Issue 16 item 11: the ledger's schedule charges the 16 days from 01-20 to 02-05."""
    from debttracker.store import ledger_detail

    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("银行", "bank"))
        debt = ledger.add_debt(
            s,
            DebtInput(
                lender, "贷款", Decimal(12000), date(2026, 1, 20), 12, Rate(Decimal("0.12")),
                due_day=5,
            ),
        )  # fmt: skip
        first = ledger_detail.schedule_lines(s, debt, date(2026, 1, 21))[0]
    assert first.due == date(2026, 2, 5) and first.interest == Decimal("63.12")
