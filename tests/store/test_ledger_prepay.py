"""Paying ahead: the prepaid principal recomputes the rest of the schedule through
``core.prepay`` (keep the term by default, or keep the payment), and undo restores it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.prepay import prepay
from debttracker.core.rates import Rate
from debttracker.core.schedule import build_schedule
from debttracker.store import ledger, ledger_detail, ledger_queries
from debttracker.store.db import open_database
from debttracker.store.ledger_terms import I

START = date(2026, 1, 15)
RATE = Rate(Decimal("0.12"))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def _loan(lender_id: int, mode: str = "keep-term") -> DebtInput:
    return DebtInput(
        lender_id, "等额本息 10,000", Decimal(10000), START, 12, RATE, method="annuity",
        prepay_mode=mode,
    )  # fmt: skip


def _setup(db, mode: str = "keep-term") -> int:
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("工商银行", "bank", "95588"))
        debt = ledger.add_debt(s, _loan(lender, mode))
        for n in (1, 2):
            due = date(2026, 1 + n, 15)
            ledger.add_payment(s, debt, PaymentInput(due, Decimal("888.49")))
    return debt


def _rows(s, debt: int) -> list[tuple]:
    query = select(I).where(I.c.debt_id == debt).order_by(I.c.n)
    return [tuple(row) for row in s.execute(query)]


def _expected(mode: str):
    schedule = build_schedule(Decimal(10000), RATE, 12, "annuity", START)
    assert schedule.installments[0].payment == Decimal("888.49")
    return prepay(schedule, RATE, "annuity", START, after=3, amount=Decimal(3000), mode=mode)


def test_prepayment_keeps_the_term_and_lowers_the_payment(db):
    debt = _setup(db)
    with db.session() as s:
        before = _rows(s, debt)
        preview = ledger.preview_payment(s, debt, date(2026, 4, 15), Decimal("3888.49"))
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 15), Decimal("3888.49")))
    assert preview == replace(result, payment_id=0)
    assert result.prepaid == Decimal("3000.00") and result.unapplied == 0
    assert result.interest == Decimal("84.15")  # instalment 3's interest, unchanged
    expected = _expected("keep-term").remaining.installments
    assert len(expected) == 9 and len(result.remaining) == 9
    assert result.remaining == tuple(row.payment for row in expected)
    assert result.remaining[0] == Decimal("538.27") and result.before[0] == Decimal("888.49")
    with db.session() as s:
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 4, 15))
        row = ledger_queries.debt_rows(s, date(2026, 4, 16), debt)[0]
    assert [line.state for line in lines[:3]] == ["paid"] * 3
    rest = lines[3:]
    assert [(x.principal, x.interest) for x in rest] == [
        (r.principal, r.interest) for r in expected
    ]
    assert sum(x.interest for x in rest) == _expected("keep-term").remaining.total_interest
    assert sum(x.interest for x in rest) == Decimal(
        "233.61"
    )  # was 385.59: no interest on what was repaid
    assert row.principal_left == sum(x.principal for x in rest) == Decimal("4610.80")
    assert row.next_due_amount == Decimal("538.27")  # 4,610.80 over 9 months at 1 %
    # undo (delete the payment): the schedule as agreed, exactly
    with db.session() as s:
        ledger.delete_payment(s, result.payment_id)
    with db.session() as s:
        assert _rows(s, debt) == before


def test_prepayment_can_shorten_the_term_instead(db):
    debt = _setup(db, "keep-payment")
    with db.session() as s:
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 15), Decimal("3888.49")))
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 4, 16))
    expected = _expected("keep-payment").remaining.installments
    assert len(expected) == len(result.remaining) == 6
    assert result.remaining[:5] == (Decimal("888.49"),) * 5
    assert [(x.principal, x.interest) for x in lines[3:9]] == [
        (r.principal, r.interest) for r in expected
    ]
    # the three months no longer needed are zero and count as settled
    assert [(x.total, x.state) for x in lines[9:]] == [(Decimal(0), "paid")] * 3
    with db.session() as s:
        row = ledger_queries.debt_rows(s, date(2027, 10, 20), debt)[0]
    assert row.next_due_date == date(2026, 5, 15)


def test_editing_the_mode_replays_and_undo_restores(db):
    debt = _setup(db)
    with db.session() as s:
        ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 15), Decimal("3888.49")))
        kept_term = _rows(s, debt)
        shorter = replace(ledger.debt_input(s, debt), prepay_mode="keep-payment")
        old = ledger.update_debt(s, debt, shorter)
    with db.session() as s:
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 4, 16))
        assert lines[4].total == Decimal("888.49") and lines[-1].total == 0
        ledger.update_debt(s, debt, old)
    with db.session() as s:
        assert [r[4:] for r in _rows(s, debt)] == [r[4:] for r in kept_term]


def test_paying_everything_early_leaves_no_future_interest(db):
    debt = _setup(db)
    with db.session() as s:
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 15), Decimal(9000)))
        row = ledger_queries.debt_rows(s, date(2026, 4, 16), debt)[0]
    assert result.remaining == () and result.unapplied > 0
    assert row.principal_left == 0 and row.status == "settled"


def test_sample_overdue_card_accrues_revolving_interest(db):
    """The sample card by its statement of 2026-09-20 (8,600, posted from 09-02, due 10-08,
    0.05 %/day): 300 paid on the due date, less than the 860 minimum, so the interest-free
    period is lost and the unpaid 560 draws 5 % 违约金 (core.cards.card_position)."""
    from debttracker.store.ledger_detail import owed_today
    from debttracker.store.sample import generate

    today = date(2026, 11, 23)
    generate(db, today=today)
    with db.session() as s:
        card = owed_today(s, 3, today).card
        plan = owed_today(s, 2, today).card  # a 账单分期 is a schedule, not a statement
    assert card is not None and not card.interest_free
    assert (card.statement_date, card.due_date, card.minimum) == (
        date(2026, 9, 20), date(2026, 10, 8), Decimal(860),
    )  # fmt: skip
    # 8,600 × 0.05 % × 36 days (09-02..10-08) + 8,300 × 0.05 % × 46 days (10-08..11-23)
    assert card.revolving_interest == Decimal("154.80") + Decimal("190.90")
    assert card.late_fee == Decimal("28.00") and card.days_overdue == 46
    assert card.owed == Decimal(8300) + Decimal("345.70") + Decimal("28.00")
    assert plan is None
