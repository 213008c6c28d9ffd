"""The ledger's read side in plain SQL (``store.ledger_read``) on a bare sqlite3 connection
gives what the Session wrappers (``store.ledger_queries``) give, value for value and type for
type, imports no SQLAlchemy, and its figures are pinned so SQL wrong in both would show."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.negotiation import AgreementDraft
from debttracker.core.rates import Rate
from debttracker.store import ledger, ledger_detail, ledger_queries, ledger_read
from debttracker.store import negotiation_agreements as agr
from debttracker.store.db import Database, open_database
from debttracker.store.models import Debt
from debttracker.store.sample import generate
from tests.negotiation_factory import seed_overdue_debt

TODAY = date(2026, 11, 23)
DATES = (TODAY, date(2026, 1, 1), date(2026, 6, 30), date(2028, 3, 1))


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def _typed(value: object) -> object:
    """``value`` with the type of every field, so that ``1 == True == Decimal(1)`` differ."""
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if isinstance(value, dict):
        return [(key, type(item), item) for key, item in value.items()]
    if dataclasses.is_dataclass(value):
        fields = [getattr(value, f.name) for f in dataclasses.fields(value)]
        return [(type(item), item) for item in fields]
    return (type(value), value)


def _same_both_ways(db: Database, name: str, *args: object) -> object:
    """``ledger_read.<name>`` on a plain sqlite3 connection and ``ledger_queries.<name>`` on a
    Session give equal values of equal types; returns them."""
    with db.session() as s:
        via_session = getattr(ledger_queries, name)(s, *args)
    conn = sqlite3.connect(db.path)
    try:
        plain = getattr(ledger_read, name)(conn, *args)
    finally:
        conn.close()
    assert plain == via_session
    assert _typed(plain) == _typed(via_session)
    return plain


def _check_everything(db: Database, debt_ids: list[int]) -> None:
    for as_of in DATES:
        rows = _same_both_ways(db, "debt_rows", as_of)
        assert isinstance(rows, list)
        for row in rows:
            _check_types(row)
        assert _same_both_ways(db, "sql_totals", as_of) == ledger_read.totals(rows)
        _same_both_ways(db, "upcoming", as_of, 3)
        _same_both_ways(db, "upcoming", as_of, 50)
        _same_both_ways(db, "due_between", as_of, date(as_of.year + 1, as_of.month, 1))
        for debt_id in debt_ids:
            one = _same_both_ways(db, "debt_rows", as_of, debt_id)
            assert one == [row for row in rows if row.id == debt_id]


def _check_types(row: ledger_read.DebtRow) -> None:
    assert isinstance(row.next_due_date, date | None)
    assert type(row.days_overdue) is int and type(row.above_cap) is bool
    for name in ("balance", "principal_left", "next_due_amount", "penalty_accrued"):
        assert type(getattr(row, name)) is Decimal
    assert isinstance(row.apr, Decimal | None) and isinstance(row.cap_rate, Decimal | None)


# -- the standard sample -----------------------------------------------------------------------

# figures of the SQLAlchemy version this replaced, on the sample of 2026-11-23; the card by
# its statement of 2026-09-20 (due 10-08, 300 paid of the 860 minimum: overdue since 10-09)
SAMPLE_ROWS = [
    ("个人消费贷款", "current", 0),
    ("信用卡透支（最低还款）", "overdue", 46),
    ("借舅舅的钱", "current", 0),
    ("消费贷 24期", "restructured", 0),
    ("账单分期 12期", "current", 0),
    ("速借花 借款", "overdue", 95),
]
SAMPLE_TOTALS = {"CNY": Decimal("148101.24")}
SAMPLE_FIRST_DUE = [("账单分期 12期", date(2026, 11, 23), Decimal("1072.00"))]
SAMPLE_MONTH = {"CNY": Decimal("2057.46")}
SAMPLE_LATE = [  # balance, penalty, overdue principal of the two overdue debts
    # 速借花: penalty day by day on what was outstanding (h4): 247.17
    (Decimal("7880.89"), Decimal("247.17"), Decimal("2965.66")),
    # the card: 8,300 left; revolving interest 345.70 + 违约金 28.00; 560 of the minimum unpaid
    (Decimal("8300.00"), Decimal("373.70"), Decimal("560.00")),
]


def test_sample_read_in_plain_sql_equals_the_session(db):
    generate(db, today=TODAY)
    with db.session() as s:
        ids = [row.id for row in ledger_queries.debt_rows(s, TODAY)]
    _check_everything(db, ids)
    conn = sqlite3.connect(db.path)
    try:
        rows = {row.name: row for row in ledger_read.debt_rows(conn, TODAY)}
        totals = ledger_read.sql_totals(conn, TODAY)
        first = ledger_read.upcoming(conn, TODAY, 1)
        month = ledger_read.due_between(conn, date(2026, 11, 1), date(2026, 11, 30))
    finally:
        conn.close()
    assert sorted((row.name, row.status, row.days_overdue) for row in rows.values()) == SAMPLE_ROWS
    assert totals == SAMPLE_TOTALS
    assert [(item.debt, item.due, item.amount) for item in first] == SAMPLE_FIRST_DUE
    assert month == SAMPLE_MONTH
    late = [row for row in rows.values() if row.status == "overdue"]
    assert sorted((r.balance, r.penalty_accrued, r.overdue_principal) for r in late) == SAMPLE_LATE


# -- hand-built debts ---------------------------------------------------------------------------


def _overdue_simple(s, lender: int) -> int:
    """¥12,000 equal principal at 12 % from 2026-01-10, nothing ever paid."""
    return ledger.add_debt(
        s,
        DebtInput(
            lender, "消费贷", Decimal(12000), date(2026, 1, 10), 12, Rate(Decimal("0.12")),
            method="equal-principal", penalty_uplift=Decimal("0.5"),
        ),
    )  # fmt: skip


def _overdue_compound(s, lender: int) -> int:
    """Compound penalty, a late fee and grace days; the first two months paid, then nothing."""
    debt = ledger.add_debt(
        s,
        DebtInput(
            lender, "网贷", Decimal(6000), date(2026, 3, 5), 6, Rate(Decimal("0.24")),
            penalty_compound=True, late_fee_fixed=Decimal(30), late_fee_percent=Decimal("0.05"),
            grace_days=3, penalty_uplift=Decimal("0.5"),
        ),
    )  # fmt: skip
    for line in ledger_detail.schedule_lines(s, debt, date(2026, 5, 5))[:2]:
        ledger.add_payment(s, debt, PaymentInput(line.due, line.total))
    return debt


def _settled(s, lender: int) -> int:
    """Three months, each paid on its day."""
    debt = ledger.add_debt(
        s, DebtInput(lender, "短期借款", Decimal(3000), date(2026, 2, 1), 3, Rate(Decimal("0.1")))
    )
    for line in ledger_detail.schedule_lines(s, debt, TODAY):
        ledger.add_payment(s, debt, PaymentInput(line.due, line.total))
    return debt


def _restructured(db: Database) -> int:
    """An overdue loan whose agreement (terms version 2) is paid once."""
    seeded = seed_overdue_debt(db, paid_months=3)
    with db.session() as s:
        ledger.replay_debt(s, seeded.debt_id)
        draft = AgreementDraft(
            debt_id=seeded.debt_id, kind="instalments", signed_on=date(2026, 6, 1),
            first_due=date(2026, 7, 1), balance=Decimal("7500.00"), months=12,
            annual_rate=Decimal("0.06"),
        )  # fmt: skip
        agr.record_agreement(s, draft, date(2026, 6, 1))
        ledger.add_payment(s, seeded.debt_id, PaymentInput(date(2026, 7, 1), Decimal("645.50")))
    return seeded.debt_id


@pytest.fixture
def hand_built(db) -> dict[str, int]:
    debts = {"restructured": _restructured(db)}
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("安和消费金融", "consumer_finance", "400"))
        debts["simple"] = _overdue_simple(s, lender)
        debts["compound"] = _overdue_compound(s, lender)
        debts["settled"] = _settled(s, lender)
    return debts


def _row(db: Database, debt_id: int) -> ledger_read.DebtRow:
    conn = sqlite3.connect(db.path)
    try:
        (row,) = ledger_read.debt_rows(conn, TODAY, debt_id)
    finally:
        conn.close()
    return row


def test_hand_built_debts_read_the_same_both_ways(db, hand_built):
    with db.session() as s:
        assert s.get(Debt, hand_built["restructured"]).terms_version == 2
    _check_everything(db, [*hand_built.values(), 9999])


def test_overdue_debt_balance_days_and_penalty(db, hand_built):
    row = _row(db, hand_built["simple"])
    # ten instalments due (2026-02-10 .. 11-10), none paid: principal 10 x 1000, interest
    # 120 + 110 + ... + 30 = 750 due; the first unpaid one fixes the days overdue
    assert (row.status, row.stored_status) == ("overdue", "current")
    assert row.principal_left == Decimal("12000.00") and row.balance == Decimal("12750.00")
    assert (row.overdue_principal, row.overdue_interest) == (Decimal(10000), Decimal(750))
    assert row.next_due_date == date(2026, 2, 10) and row.next_due_amount == Decimal("1120.00")
    assert row.days_overdue == (TODAY - date(2026, 2, 10)).days == 286
    # 18 % a year (12 % + 50 %) on 1000 of principal each, for 286 + 258 + 227 + 197 + 166
    # + 136 + 105 + 74 + 44 + 13 = 1506 days: 1000 * 0.18 * 1506 / 365
    assert row.penalty_accrued == Decimal("742.68")


def test_compound_penalty_with_late_fee_and_grace(db, hand_built):
    row = _row(db, hand_built["compound"])
    # ¥6,000 over six months from 2026-03-05: the last four (June .. September) all late
    assert row.status == "overdue" and row.next_due_date == date(2026, 6, 5)
    assert row.days_overdue == (TODAY - date(2026, 6, 5)).days == 171  # past the grace days
    assert row.principal_left == row.overdue_principal == Decimal("4078.68")
    assert (row.balance, row.overdue_interest) == (Decimal("4284.62"), Decimal("205.94"))
    # penalty and compound interest accrued exactly and rounded once (issue 16 item 4)
    assert row.penalty_accrued == Decimal("863.53")


def test_settled_debt(db, hand_built):
    row = _row(db, hand_built["settled"])
    assert (row.status, row.next_due_date, row.days_overdue) == ("settled", None, 0)
    assert row.balance == row.principal_left == row.next_due_amount == row.penalty_accrued == 0


def test_agreement_reads_the_new_terms(db, hand_built):
    row = _row(db, hand_built["restructured"])
    # version 2: ¥7,500 over 12 months from 2026-07-01, the first paid
    assert row.status == "restructured" and row.next_due_date == date(2026, 8, 1)
    assert row.days_overdue == (TODAY - date(2026, 8, 1)).days == 114
    assert row.next_due_amount == Decimal("645.50") and row.apr == Decimal("0.06000045")
    assert (row.balance, row.principal_left) == (Decimal("7011.44"), Decimal("6892.00"))
    assert row.penalty_accrued == Decimal("123.52")  # as the SQLAlchemy version gave


def test_the_session_wrappers_see_what_the_session_holds(db, hand_built):
    with db.session() as s:
        s.get(Debt, hand_built["simple"]).status = "written_off"  # pending, not flushed
        (row,) = ledger_queries.debt_rows(s, TODAY, hand_built["simple"])
        assert row.stored_status == row.status == "written_off"
        s.rollback()


def test_the_connections_row_factory_is_left_alone(db, hand_built):
    conn = sqlite3.connect(db.path)
    conn.row_factory = sqlite3.Row
    try:
        rows = ledger_read.debt_rows(conn, TODAY)
        assert ledger_read.upcoming(conn, TODAY)
        assert conn.row_factory is sqlite3.Row
    finally:
        conn.close()
    assert rows == _same_both_ways(db, "debt_rows", TODAY)


def test_importing_ledger_read_imports_no_sqlalchemy():
    code = (
        "import sys, debttracker.store.ledger_read\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'alembic', 'PySide6'))\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
