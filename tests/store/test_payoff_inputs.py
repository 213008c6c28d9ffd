"""What the payoff planner reads from the ledger and the budget (store.payoff_inputs)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import update

from debttracker.core.budget import INCOME, BudgetLine, Month
from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.payoff import plan
from debttracker.core.rates import Rate, RateBasis
from debttracker.store import budget, ledger
from debttracker.store import payoff_inputs as inputs
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Setting
from debttracker.store.sample import generate

TODAY = date(2026, 11, 23)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def add(s, name, principal, months, rate="0.12", **kw) -> int:
    lender = ledger.add_lender(s, LenderInput(f"{name} lender"))
    data = DebtInput(lender, name, D(principal), kw.pop("start", date(2026, 6, 10)), months,
                     Rate(D(rate), kw.pop("basis", RateBasis.ANNUAL)), due_day=10, **kw)  # fmt: skip
    return ledger.add_debt(s, data)


def by_name(found):
    return {d.name: d for d in found.debts}


def test_sample_debts_are_all_open_ones_with_balances_rates_minimums(db):
    generate(db, today=TODAY)
    with db.session() as s:
        found = inputs.load_debts(s, TODAY)
        rows = {d.name: d for d in found.debts}
    assert found.currency == "CNY" and found.other_currencies == ()
    assert len(rows) == 6
    bank = rows["个人消费贷款"]
    assert bank.balance == D("62598.35") and bank.penalty_rate is None
    assert bank.annual_rate == D("0.04200011")  # the stored true APR
    assert bank.minimum == D("2961.30")  # the annuity payment due in November
    # 45,000 bullet due 2028-03: nothing due until then, then all of it (its real schedule)
    uncle = rows["借舅舅的钱"]
    assert uncle.minimum == 0 and len(uncle.dues) == 17
    assert uncle.dues[-1] == D("45000.00") and not any(uncle.dues[:-1])
    overdue = rows["速借花 借款"]
    assert overdue.penalty_rate is not None and overdue.penalty_rate >= overdue.annual_rate
    assert overdue.balance > D("7880.89")  # the accrued penalty is owed too
    assert found.minimums == sum((d.minimum for d in found.debts), D(0))
    # and the planner accepts them: this month is covered; the bullet's month is the gap
    result = plan(found.debts, found.minimums + 2000, "avalanche")
    assert result.shortfalls[0][0] > 1 and result.debt_free_month is not None
    worst = max(result.shortfalls, key=lambda item: item[1])
    assert worst[2][0][0] == uncle.id and worst[0] == len(uncle.dues)
    assert plan(found.debts, D(50000), "avalanche").feasible


def test_settled_written_off_and_paid_debts_are_left_out(db):
    with db.session() as s:
        keep = add(s, "keep", 1200, 12)
        gone = add(s, "gone", 1200, 12)
        lost = add(s, "lost", 1200, 12)
        paid = add(s, "paid", 600, 1, rate="0", start=date(2026, 9, 1))
        s.execute(update(Debt).where(Debt.id == gone).values(status="settled"))
        s.execute(update(Debt).where(Debt.id == lost).values(status="written_off"))
        ledger.add_payment(s, paid, PaymentInput(date(2026, 10, 1), D(600)))
    with db.session() as s:
        found = inputs.load_debts(s, TODAY)
    assert [d.id for d in found.debts] == [keep]


def test_the_current_terms_version_is_the_one_planned(db):
    """An agreement writes version 2 of the schedule; version 1 stays for history only."""
    with db.session() as s:
        debt_id = add(s, "restructured", 12000, 12)
        s.execute(update(Debt).where(Debt.id == debt_id).values(terms_version=2))
        for n in range(1, 25):
            month = Month(2026, 12).shift(n - 1)
            s.add(Instalment(debt_id=debt_id, terms_version=2, n=n,
                             due_date=date(month.year, month.month, 10), principal_fen=25000))  # fmt: skip
    with db.session() as s:
        (debt,) = inputs.load_debts(s, TODAY).debts
    assert debt.balance == D("6000.00")  # 24 x 250, not the old 12,000 schedule
    # nothing of version 2 is due in November; 250 a month from December
    assert debt.minimum == 0 and debt.dues[1:] == (D("250.00"),) * 24


def test_currencies_other_than_the_main_one_are_named(db):
    with db.session() as s:
        add(s, "yuan", 1200, 12)
        add(s, "dollars", 500, 12, currency="USD")
    with db.session() as s:
        found = inputs.load_debts(s, TODAY)
        usd = inputs.load_debts(s, TODAY, currency="USD")
    assert [d.name for d in found.debts] == ["yuan"] and found.other_currencies == ("USD",)
    assert [d.name for d in usd.debts] == ["dollars"] and usd.other_currencies == ("CNY",)


def test_custom_order_positions(db):
    with db.session() as s:
        a, b, c = (add(s, name, 1200, 12) for name in "abc")
    with db.session() as s:
        found = inputs.load_debts(s, TODAY, order=[c, a])
    assert {d.id: d.order for d in found.debts}[c] < {d.id: d.order for d in found.debts}[a]
    assert max(d.order for d in found.debts) == {d.id: d.order for d in found.debts}[b]


def test_default_monthly_from_budget_or_minimums(db):
    with db.session() as s:
        add(s, "loan", 12000, 12)
    with db.session() as s:
        found = inputs.load_debts(s, TODAY)
        assert inputs.default_monthly(s, TODAY, found.minimums) == (found.minimums, "minimums")
        budget.add_line(s, BudgetLine(None, INCOME, "工资", "salary", D("8000"), Month(2026, 1)))
        budget.add_line(
            s, BudgetLine(None, "expense", "房租", "rent", D("2500.50"), Month(2026, 1),
                          essential=True)
        )  # fmt: skip
    with db.session() as s:
        assert inputs.default_monthly(s, TODAY, found.minimums) == (D("5499.50"), "budget")


def test_progress_history_from_payments(db):
    with db.session() as s:
        debt_id = add(s, "loan", 1200, 12, rate="0", start=date(2026, 8, 10))
        for month in (9, 10):
            ledger.add_payment(s, debt_id, PaymentInput(date(2026, month, 10), D(100)))
        ledger.add_payment(s, debt_id, PaymentInput(date(2026, 11, 12), D(150)))
    with db.session() as s:
        history = inputs.progress_history(s, TODAY, "CNY")
    assert history.first == Month(2026, 8)
    assert history.paid == (0, 10000, 10000, 15000)
    assert history.owed == (120000, 110000, 100000, 85000)
    assert history.paid_total == D("350.00")


def test_progress_history_empty(db):
    with db.session() as s:
        history = inputs.progress_history(s, TODAY, "CNY")
    assert history.paid == () and history.paid_total == 0


def test_saved_choices_round_trip_and_bad_text_is_ignored(db):
    with db.session() as s:
        assert inputs.saved_order(s) == [] and inputs.saved_strategy(s) == "avalanche"
        inputs.save_order(s, [3, 1, 2])
        inputs.save_strategy(s, "snowball")
        inputs.save_scenario(s, [("extra", Month(2027, 3), D("5000.00"))])
    with db.session() as s:
        assert inputs.saved_order(s) == [3, 1, 2]
        assert inputs.saved_strategy(s) == "snowball"
        assert inputs.saved_scenario(s) == [("extra", Month(2027, 3), D("5000.00"))]
        s.merge(Setting(key=inputs.SCENARIO.name, value='[["x"], "bad", 1'))
    with db.session() as s:
        assert inputs.saved_scenario(s) == []
