"""Ledger repository: debts with their schedule, payments with their allocation, aggregates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.messages import DomainError
from debttracker.core.rates import Rate
from debttracker.store import ledger, ledger_detail, ledger_queries
from debttracker.store.db import open_database

TODAY = date(2026, 11, 23)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def _equal_principal(lender_id: int) -> DebtInput:
    return DebtInput(
        lender_id, "消费贷", Decimal(12000), date(2026, 1, 10), 12, Rate(Decimal("0.12")),
        method="equal-principal", penalty_uplift=Decimal("0.5"),
    )  # fmt: skip


def _setup(db) -> tuple[int, int]:
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("安和消费金融", "consumer_finance", "400"))
        debt = ledger.add_debt(s, _equal_principal(lender))
    return lender, debt


def test_add_debt_writes_schedule_and_apr(db):
    _lender, debt = _setup(db)
    with db.session() as s:
        lines = ledger_detail.schedule_lines(s, debt, TODAY)
        row = ledger_queries.debt_rows(s, TODAY, debt)[0]
    assert len(lines) == 12
    assert sum(line.principal for line in lines) == Decimal("12000.00")
    assert lines[0].interest == Decimal("120.00") and lines[0].total == Decimal("1120.00")
    assert row.apr is not None and abs(row.apr - Decimal("0.12")) < Decimal("0.0001")
    # nothing paid, ten instalments already due: overdue since 2026-02-10
    assert row.status == "overdue" and row.days_overdue == (TODAY - date(2026, 2, 10)).days
    assert row.penalty_accrued > 0


def test_partial_payment_is_allocated_and_undoable(db):
    _lender, debt = _setup(db)
    with db.session() as s:
        preview = ledger.preview_payment(s, debt, date(2026, 2, 10), Decimal(500))
    with db.session() as s:
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 2, 10), Decimal(500)))
    assert (result.interest, result.principal) == (preview.interest, preview.principal)
    assert result.interest == Decimal("120.00") and result.principal == Decimal("380.00")
    with db.session() as s:
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 2, 10))
        assert lines[0].state == "partly" and lines[0].paid == Decimal("500.00")
        old = ledger.delete_payment(s, result.payment_id)
    with db.session() as s:
        assert ledger_detail.schedule_lines(s, debt, date(2026, 2, 10))[0].paid == 0
        again = ledger.add_payment(s, debt, old.data, payment_id=old.id)
    assert again.payment_id == result.payment_id


def test_edit_payment_replays_and_overpayment_pays_ahead(db):
    _lender, debt = _setup(db)
    with db.session() as s:
        first = ledger.add_payment(s, debt, PaymentInput(date(2026, 2, 9), Decimal(1120)))
        second = ledger.add_payment(s, debt, PaymentInput(date(2026, 3, 9), Decimal(3000)))
    assert first.interest == Decimal("120.00")
    assert second.principal + second.interest + second.fees + second.penalty == Decimal(3000)
    with db.session() as s:
        ledger.update_payment(s, first.payment_id, PaymentInput(date(2026, 2, 9), Decimal(100)))
        page = ledger_detail.payment_page(s, debt, 0, 10)
    assert [p.amount for p in page] == [Decimal("3000.00"), Decimal("100.00")]
    assert page[1].interest == Decimal("100.00") and page[1].principal == 0


def test_late_payment_pays_penalty_first(db):
    _lender, debt = _setup(db)
    with db.session() as s:
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 3, 12), Decimal(100)))
    assert result.penalty > 0 and result.penalty + result.interest == Decimal(100)


def test_update_and_delete_debt_restores_exactly(db):
    lender, debt = _setup(db)
    with db.session() as s:
        ledger.add_payment(s, debt, PaymentInput(date(2026, 2, 10), Decimal(1120)))
        old = ledger.update_debt(s, debt, _with_months(_equal_principal(lender), 6))
        assert len(ledger_detail.schedule_lines(s, debt, TODAY)) == 6
        assert old.term_months == 12
    with db.session() as s:
        snapshot = ledger.delete_debt(s, debt)
        assert not ledger.has_debts(s)
    with db.session() as s:
        ledger.restore_debt(s, snapshot)
        assert ledger_detail.payment_count(s, debt) == 1
        assert ledger.debt_input(s, debt).term_months == 6


def _with_months(data: DebtInput, months: int) -> DebtInput:
    from dataclasses import replace

    return replace(data, term_months=months)


def test_lender_with_debts_cannot_be_deleted(db):
    lender, _debt = _setup(db)
    with db.session() as s, pytest.raises(DomainError):
        ledger.delete_lender(s, lender)


def test_a_failed_action_writes_nothing(db):
    lender, _debt = _setup(db)
    with pytest.raises(DomainError), db.session() as s:
        ledger.add_debt(s, _with_months(_equal_principal(lender), 6))
        ledger.add_payment(s, 9999, PaymentInput(TODAY, Decimal(1)))
    with db.session() as s:
        assert len(ledger_queries.debt_rows(s, TODAY)) == 1


def test_totals_in_sql_match_rows(db):
    _setup(db)
    with db.session() as s:
        rows = ledger_queries.debt_rows(s, TODAY)
        assert ledger_queries.totals(rows) == ledger_queries.sql_totals(s, TODAY)
        assert ledger_queries.upcoming(s, TODAY)[0].due == date(2026, 12, 10)
