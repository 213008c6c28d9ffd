"""Budget maths with exact decimals (issue 5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.budget import (
    EXPENSE,
    INCOME,
    BudgetLine,
    DebtFact,
    Month,
    change_recurring,
    copy_plan,
    last_months,
    month_summary,
    shortfall_triage,
    trend,
    validate_line,
)
from debttracker.core.messages import DomainError

D = Decimal
MAR, APR, MAY = Month(2026, 3), Month(2026, 4), Month(2026, 5)

SALARY = BudgetLine(1, INCOME, "Salary", "salary", D("6800.10"), Month(2026, 1))
RENT = BudgetLine(2, EXPENSE, "Rent", "rent", D("2200.00"), Month(2026, 1))
FOOD = BudgetLine(3, EXPENSE, "Food", "food", D("1333.33"), Month(2026, 1))
FUN = BudgetLine(4, EXPENSE, "Games", "other", D("199.99"), Month(2026, 1), essential=False)
BONUS = BudgetLine(5, INCOME, "Side work", "side", D("500.05"), MAR, recurring=False)
LINES = [SALARY, RENT, FOOD, FUN, BONUS]


def test_month_arithmetic():
    assert Month(2026, 12).shift(1) == Month(2027, 1)
    assert Month(2026, 1).shift(-1) == Month(2025, 12)
    assert Month.parse("2026-03") == MAR and str(MAR) == "2026-03"
    assert Month.of(date(2028, 2, 29)) == Month(2028, 2)
    assert last_months(MAR, 3) == [Month(2026, 1), Month(2026, 2), MAR]
    with pytest.raises(DomainError):
        Month(2026, 13)
    with pytest.raises(DomainError):
        Month.parse("March")


def test_month_summary_exact():
    s = month_summary(LINES, MAR, D("3500.00"))
    assert s.income == D("7300.15")  # 6800.10 + 500.05
    assert s.essential == D("3533.33")  # 2200.00 + 1333.33
    assert s.discretionary == D("199.99")
    assert s.spending == D("3733.32")
    assert s.available == D("3766.82")
    assert s.covers and s.shortfall == D("0.00")
    assert s.left_after_minimums == D("266.82")


def test_shortfall_when_minimums_exceed_available():
    s = month_summary(LINES, APR, D("3500.00"))  # no side work in April
    assert s.available == D("3266.77")
    assert not s.covers
    assert s.shortfall == D("233.23")


def test_actual_replaces_planned_for_its_month_only():
    food = BudgetLine(
        3, EXPENSE, "Food", "food", D("1333.33"), Month(2026, 1), actuals=((MAR, D("1500.50")),)
    )
    assert food.amount_in(MAR) == D("1500.50")
    assert food.amount_in(APR) == D("1333.33")
    assert food.amount_in(Month(2025, 12)) == D("0.00")


def test_change_recurring_keeps_history():
    rent = BudgetLine(
        2,
        EXPENSE,
        "Rent",
        "rent",
        D("2200"),
        Month(2026, 1),
        actuals=((Month(2026, 2), D("2210")), (APR, D("2450"))),
    )
    old, new = change_recurring(rent, APR, D("2400"))
    assert old.end == MAR and old.id == 2 and old.actuals == ((Month(2026, 2), D("2210")),)
    assert new.id is None and new.start == APR and new.planned == D("2400")
    assert new.actuals == ((APR, D("2450")),)
    assert [line.amount_in(MAR) for line in (old, new)] == [D("2200.00"), D("0.00")]
    assert new.amount_in(MAY) == D("2400.00")
    # from its first month it is a plain edit
    assert change_recurring(rent, Month(2026, 1), D("1")) == [
        BudgetLine(2, EXPENSE, "Rent", "rent", D("1"), Month(2026, 1), actuals=rent.actuals)
    ]


def test_copy_plan_copies_one_offs_and_ended_lines():
    ended = BudgetLine(6, EXPENSE, "Course", "other", D("300"), Month(2026, 1), end=MAR)
    copies = copy_plan([*LINES, ended], MAR, APR)
    assert [(c.name, c.start, c.recurring, c.id) for c in copies] == [
        ("Side work", APR, False, None),
        ("Course", APR, False, None),
    ]
    # copying again changes nothing
    assert copy_plan([*LINES, ended, *copies], MAR, APR) == []
    # April now has the same plan as March
    before = month_summary([*LINES, ended], MAR, D("0"))
    after = month_summary([*LINES, ended, *copies], APR, D("0"))
    assert (after.income, after.essential, after.discretionary) == (
        before.income,
        before.essential,
        before.discretionary,
    )


def test_validate_line():
    assert validate_line(SALARY) == []
    bad = BudgetLine(None, "gift", " ", "x", D("-1"), MAR, end=Month(2026, 1))
    assert [f for f, _ in validate_line(bad)] == ["kind", "name", "planned", "end"]


DEBTS = [
    DebtFact("card", "Card", D("1200.00"), D("1.35"), "overdue"),  # 40.50 a month
    DebtFact("app", "Loan app", D("800.00"), D("4.10"), "overdue"),  # 123.00
    DebtFact("bank", "Bank loan", D("1500.00"), D("0.90"), "negotiating"),  # 27.00
    DebtFact("friend", "Friend", D("500.00"), D("0"), "current"),  # 0.00
    DebtFact("paid", "Paid", D("0"), D("9"), "current"),  # nothing due: not an option
]


def test_shortfall_triage_orders_plainly():
    t = shortfall_triage(DEBTS, D("1800.00"))
    assert [o.id for o in t.cheapest_to_slip] == ["friend", "bank", "card", "app"]
    assert [o.monthly_penalty for o in t.cheapest_to_slip] == [
        D("0.00"),
        D("27.00"),
        D("40.50"),
        D("123.00"),
    ]
    assert [o.id for o in t.heaviest_penalty] == ["app", "card", "bank", "friend"]
    assert [o.id for o in t.negotiating] == ["bank"]
    # friend 500 + bank 1500 = 2000 ≥ 1800, costing 27.00 a month
    assert t.suggestion == ("friend", "bank")
    assert t.suggestion_cost == D("27.00") and t.suggestion_covers


def test_triage_when_nothing_can_cover():
    t = shortfall_triage(DEBTS, D("10000"))
    assert not t.suggestion_covers and len(t.suggestion) == 4
    assert t.suggestion_cost == D("190.50")
    assert shortfall_triage(DEBTS, D("0")).suggestion == ()


def test_trend_twelve_months():
    points = trend(LINES, last_months(Month(2026, 6), 12))
    assert len(points) == 12 and points[0].month == Month(2025, 7)
    assert points[0].income == D("0.00")  # before the lines began
    march = points[8]
    assert march.month == MAR
    assert (march.income, march.spending, march.available) == (
        D("7300.15"),
        D("3733.32"),
        D("3766.82"),
    )


amounts = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), amounts), max_size=12), amounts)
def test_available_identity(raw, minimums):
    lines = [
        BudgetLine(i, INCOME if inc else EXPENSE, f"l{i}", "c", amount, MAR, essential=ess)
        for i, (inc, ess, amount) in enumerate(raw)
    ]
    s = month_summary(lines, MAR, minimums)
    assert s.available == s.income - s.essential
    assert s.income + s.spending == sum((a for _, _, a in raw), D(0))
    assert s.shortfall == max(minimums - s.available, D(0))
    assert s.covers == (s.available >= minimums)
    assert s.available.as_tuple().exponent == -2
