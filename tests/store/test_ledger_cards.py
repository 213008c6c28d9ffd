"""A credit card by its statement in the store: written from the dialog's form, read back in
the debts table (minimum, due date, overdue from the day after it, revolving interest and
违约金 owed), payments before the due date reducing the statement; migration l003 up/down."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import inspect

from debttracker.core.debts import DebtForm, LenderInput, PaymentInput, validate_debt
from debttracker.store import ledger, ledger_detail, ledger_queries
from debttracker.store.db import _alembic_config, current_revisions, open_database

D = Decimal


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def card_form(lender_id: int, **changes: str) -> DebtForm:
    form = DebtForm(
        lender_id=lender_id, name="招行信用卡", kind="card", rate="0.05%", rate_basis="daily",
        stmt_balance="10,000", stmt_date="2026-04-05", stmt_due_date="2026-04-23",
        statement_day="5", card_due_day="23", penalty_uplift="50", late_fee_percent="3",
    )  # fmt: skip
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def _add_card(db, **changes: str) -> int:
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("招商银行信用卡", "card_issuer", "95555"))
        data, errors = validate_debt(card_form(lender, **changes))
        assert errors == {}
        assert data is not None
        return ledger.add_debt(s, data)


def _row(db, debt: int, as_of: date):
    with db.session() as s:
        return ledger_queries.debt_rows(s, as_of, debt)[0]


def test_a_card_is_its_statement(db):
    debt = _add_card(db)
    row = _row(db, debt, date(2026, 4, 10))
    assert row.kind == "card" and row.card is not None
    assert (row.card.balance, row.card.minimum) == (D(10000), D(1000))
    assert (row.next_due_date, row.next_due_amount) == (date(2026, 4, 23), D(1000))
    assert row.balance == D(10000) and row.status == "current" and row.days_overdue == 0
    assert row.apr == D("0.1825")  # the cost of revolving, 0.05 % a day × 365
    with db.session() as s:
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 4, 10))
    assert [(line.due, line.total) for line in lines] == [(date(2026, 4, 23), D(10000))]


def test_a_payment_before_the_due_date_reduces_the_statement(db):
    debt = _add_card(db)
    with db.session() as s:
        result = ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 20), D(2000)))
    assert (result.principal, result.interest, result.penalty) == (D(2000), 0, 0)
    row = _row(db, debt, date(2026, 4, 22))
    assert row.balance == D(8000) and row.next_due_amount == 0 and row.status == "current"


def test_minimum_paid_then_revolving_interest_is_owed_not_overdue(db):
    debt = _add_card(db)
    with db.session() as s:
        ledger.add_payment(s, debt, PaymentInput(date(2026, 4, 23), D(2000)))
    row = _row(db, debt, date(2026, 5, 5))
    # 10,000 × 0.05 % × 18 days (04-05..04-23) + 8,000 × 0.05 % × 12 days
    assert row.card is not None and row.card.revolving_interest == D(90) + D(48)
    assert row.balance == D(8000) and row.card.owed == D(8000) + D(138)
    assert row.penalty_accrued == D(138)  # on top of the balance, as a loan's penalty
    assert row.status == "current" and row.days_overdue == 0 and row.card.late_fee == 0


def test_minimum_unpaid_is_overdue_from_the_day_after_due_with_late_fee(db):
    debt = _add_card(db, card_late_fee_percent="5")
    assert _row(db, debt, date(2026, 4, 23)).status == "current"
    row = _row(db, debt, date(2026, 4, 24))
    assert row.status == "overdue" and row.days_overdue == 1
    assert row.card is not None and row.card.late_fee == D(50)  # 5 % of the minimum 1,000
    assert row.card.revolving_interest == D(95)  # 19 days on 10,000
    assert row.penalty_accrued == D(95) + D(50) and row.overdue_principal == D(1000)
    assert row.balance == D(10000) and row.card.owed == D(10000) + D(95) + D(50)


def test_the_bill_round_trips_for_the_dialog(db):
    debt = _add_card(db, stmt_minimum="1200", stmt_charges="30", card_min_floor="100")
    with db.session() as s:
        data = ledger.debt_input(s, debt)
    assert data.card is not None
    st = data.card.statement
    assert (st.balance, st.minimum, st.charges, st.due_date) == (
        D(10000),
        D(1200),
        D(30),
        date(2026, 4, 23),
    )
    assert data.card.min_floor == D(100)
    assert data.penalty_uplift == 0 and data.late_fee_percent == 0  # a card's rules are its own


def test_card_form_errors_are_per_field():
    data, errors = validate_debt(
        card_form(1, stmt_balance="", stmt_due_date="2026-04-01", stmt_minimum="abc")
    )
    assert data is None
    assert set(errors) == {"stmt_balance", "stmt_due_date", "stmt_minimum"}
    _data, errors = validate_debt(card_form(1, stmt_minimum="20000"))
    assert set(errors) == {"stmt_minimum"}


def test_bill_instalment_debt_has_fee_per_period_and_true_apr(db):
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("招商银行信用卡", "card_issuer", "95555"))
        form = DebtForm(
            lender_id=lender, name="账单分期", kind="card_instalment", principal="12000",
            start_date="2026-01-23", term_months="12", period_fee="72", rate="5%",
        )  # fmt: skip
        data, errors = validate_debt(form)
        assert errors == {} and data is not None
        debt = ledger.add_debt(s, data)
        lines = ledger_detail.schedule_lines(s, debt, date(2026, 1, 23))
        row = ledger_queries.debt_rows(s, date(2026, 1, 23), debt)[0]
    assert {line.total for line in lines} == {D(1072)}
    assert row.apr is not None and row.apr.quantize(D("0.0001")) == D("0.1303")


def _columns(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute("pragma table_info(debt)")}


def test_migration_l003_up_and_down(tmp_path):
    from alembic import command

    db = open_database(tmp_path / "m")
    path = db.path
    cfg = _alembic_config()
    try:
        assert "stmt_balance_fen" in _columns(path)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "l002_ledger")
        assert "l002_ledger" in current_revisions(db.engine)
        cols = _columns(path)
        assert "stmt_balance_fen" not in cols and "card_min_floor_fen" not in cols
        assert "prepay_mode" in cols
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
        assert "l003_ledger" in current_revisions(db.engine)
        with db.engine.connect() as conn:
            names = {c["name"] for c in inspect(conn).get_columns("debt")}
        assert {"stmt_date", "stmt_due_date", "card_late_fee_percent"} <= names
    finally:
        db.close()
