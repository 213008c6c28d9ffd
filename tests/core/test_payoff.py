"""Payoff planner: hand-checked cases, strategy properties, and termination (issue 8)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.payoff import STRATEGIES, PayoffDebt, balance_series, compare, plan

D = Decimal

# A: 1,000.00 at 12 % a year (1 % a month), minimum 100; B: 500.00 at 0 %, minimum 50.
TWO = [
    PayoffDebt("A", "Card A", D("1000.00"), D("0.12"), D("100")),
    PayoffDebt("B", "Friend B", D("500.00"), D("0"), D("50")),
]


def test_avalanche_hand_checked():
    # Budget 300: A gets 100 + pool 150 = 250 a month, B gets 50.
    # m1 A 1000 + 10.00 - 250 = 760.00     B 450
    # m2 A  760 +  7.60 - 250 = 517.60     B 400
    # m3 A 517.60 + 5.18 (5.176) - 250 = 272.78      B 350
    # m4 A 272.78 + 2.73 (2.7278) - 250 = 25.51      B 300
    # m5 A 25.51 + 0.26 (0.2551) = 25.77 paid off; pool 300 - 25.77 - 50 = 224.23 to B -> 25.77
    # m6 B pays its last 25.77.  Interest 10 + 7.60 + 5.18 + 2.73 + 0.26 = 25.77
    result = plan(TWO, D("300"), "avalanche")
    assert result.feasible and result.message is None
    a, b = result.outcomes
    assert (a.payoff_month, b.payoff_month) == (5, 6)
    assert a.interest_paid == D("25.77") and b.interest_paid == D("0.00")
    assert result.total_interest == D("25.77")
    assert result.total_paid == D("1525.77")
    assert result.debt_free_month == 6 and result.unpaid_ids == ()


def test_snowball_hand_checked():
    # B first (smaller): B gets 200 a month, A 100.
    # m1 A 1010 - 100 = 910.00            B 300
    # m2 A 910 + 9.10 - 100 = 819.10      B 100
    # m3 A 819.10 + 8.19 = 827.29; B takes its last 100, pool leftover 100 -> A pays 200 = 627.29
    # m4 A 627.29 + 6.27 - 300 = 333.56
    # m5 A 333.56 + 3.34 - 300 = 36.90
    # m6 A 36.90 + 0.37 = 37.27 paid.  Interest 10 + 9.10 + 8.19 + 6.27 + 3.34 + 0.37 = 37.27
    result = plan(TWO, D("300"), "snowball")
    a, b = result.outcomes
    assert (a.payoff_month, b.payoff_month) == (6, 3)
    assert result.total_interest == D("37.27")
    assert result.debt_free_month == 6


def test_minimum_only_hand_checked():
    # A alone at 100 a month: 910, 819.10, 727.29, 634.56, 540.91, 446.32, 350.78, 254.29,
    # 156.83, 58.40, then 58.40 + 0.58 = 58.98 paid in month 11.  B: 500 / 50 = 10 months.
    result = plan(TWO, D("300"), "minimum")
    a, b = result.outcomes
    assert (a.payoff_month, b.payoff_month) == (11, 10)
    assert a.interest_paid == D("58.98")
    assert result.debt_free_month == 11


def test_balance_series_for_charts():
    series = balance_series(TWO, D("300"), "avalanche")
    assert series["A"] == (100000, 76000, 51760, 27278, 2551, 0, 0)
    assert series["B"] == (50000, 45000, 40000, 35000, 30000, 2577, 0)


def test_custom_and_penalty_orders():
    custom = [
        PayoffDebt("A", "A", D("1000"), D("0.12"), D("100"), order=2),
        PayoffDebt("B", "B", D("500"), D("0"), D("50"), order=1),
    ]
    assert plan(custom, D("300"), "custom").total_interest == D("37.27")  # same as snowball
    overdue = [
        TWO[0],
        PayoffDebt("B", "B", D("500"), D("0"), D("50"), penalty_rate=D("0.24")),
    ]
    result = plan(overdue, D("300"), "penalty")
    assert result.outcomes[1].payoff_month < result.outcomes[0].payoff_month
    # the penalty rate is what B is charged: 500 * 2 % = 10.00 in month 1
    assert plan(overdue, D("50"), "minimum", max_months=1).outcomes[1].interest_paid == D("10.00")


def test_extras_and_changes():
    base = plan(TWO, D("300"), "avalanche")
    bonus = plan(TWO, D("300"), "avalanche", extras={2: D("1000")})
    assert bonus.debt_free_month < base.debt_free_month
    assert bonus.total_interest < base.total_interest
    # 600 from month 2: owed 1,210.00 after m1, 1,217.60 - 600 = 617.60 after m2,
    # about 20 after m3, paid in m4 (instead of m6)
    raise_pay = plan(TWO, D("300"), "avalanche", changes={2: D("600")})
    assert raise_pay.debt_free_month == 4
    # a later cut below the minimums is short from that month on; the plan goes on
    cut = plan(TWO, D("300"), "avalanche", changes={3: D("100")})
    assert not cut.feasible and cut.shortfalls[0][0] == 3
    assert cut.debt_free_month is not None and cut.debt_free_month > base.debt_free_month


def test_not_enough_for_minimums_says_which_debt_and_goes_on():
    result = plan(TWO, D("120"), "avalanche", first_month="2026-12")
    assert not result.feasible
    assert result.message is not None and result.message.context == "payoff"
    assert result.message.render() == (
        "In 2026-12 the money is short by 30.00 of what falls due; not paid: Friend B 30.00. "
        "Unpaid amounts become overdue and cost penalty interest."
    )
    # A (higher rate) gets its 100, B only 20 of its 50; everything is still paid in the end
    assert result.shortfalls[0] == (1, D("30.00"), (("B", D("30.00")),))
    assert result.total_paid > 0 and result.debt_free_month is not None


def test_interest_above_payment_never_ends():
    # 10,000 at 24 %: 200.00 interest a month, but only 150 is paid
    debts = [PayoffDebt(1, "Loan app", D("10000"), D("0.24"), D("100"))]
    result = plan(debts, D("150"), "snowball")
    assert not result.feasible and result.months == 1
    assert "Loan app" in result.message.render()
    assert result.unpaid_ids == (1,) and result.outcomes[0].grows


def test_stuck_debt_waits_for_rollover_before_giving_up():
    # C is stuck alone (interest 200 > minimum 100), but once D is paid its money rolls to C.
    debts = [
        PayoffDebt("C", "C", D("10000"), D("0.24"), D("100")),
        PayoffDebt("D", "D", D("1000"), D("0"), D("200")),
    ]
    result = plan(debts, D("400"), "snowball")
    assert result.feasible
    # D is smaller, so it gets its 200 plus the pool of 100: 700, 400, 100, paid in month 4
    assert result.outcomes[1].payoff_month == 4
    assert result.outcomes[0].payoff_month is not None


def test_600_month_cap_terminates():
    # interest 1,000.00 a month, payment 1,000.50: it shrinks, but far too slowly
    debts = [PayoffDebt(1, "Slow", D("100000"), D("0.12"), D("1000.50"))]
    result = plan(debts, D("1000.50"), "avalanche")
    assert not result.feasible and result.months == 600
    assert "600" in result.message.render()


def test_zero_balance_debt_is_paid_at_month_zero():
    debts = [PayoffDebt(1, "Done", D("0"), D("0.1"), D("10"))]
    result = plan(debts, D("10"), "avalanche")
    assert result.feasible and result.debt_free_month == 0
    assert result.outcomes[0].payoff_month == 0


@pytest.mark.parametrize(
    ("debts", "strategy", "kwargs", "field"),
    [
        (TWO, "fastest", {}, "strategy"),
        ([TWO[0], TWO[0]], "avalanche", {}, "debts"),
        ([PayoffDebt(1, "x", D("-1"), D("0"), D("1"))], "avalanche", {}, "debts"),
        ([PayoffDebt(1, "x", D("1"), D("-0.1"), D("1"))], "avalanche", {}, "debts"),
        (TWO, "avalanche", {"extras": {0: D("1")}}, "month"),
        (TWO, "avalanche", {"changes": {2: D("-5")}}, "changes"),
        (TWO, "avalanche", {"monthly": D("-1")}, "monthly"),
    ],
)
def test_bad_inputs_rejected(debts, strategy, kwargs, field):
    monthly = kwargs.pop("monthly", D("300"))
    with pytest.raises(DomainError) as err:
        plan(debts, monthly, strategy, **kwargs)
    assert err.value.field == field


def test_compare_runs_every_strategy():
    results = compare(TWO, D("300"))
    assert set(results) == set(STRATEGIES)
    assert results["avalanche"].total_interest <= results["snowball"].total_interest


# Realistic debts: 100–200,000 yuan, 0–36 % a year, a minimum of 2–20 % of the balance.
# (On sub-yuan balances fen rounding of the interest can make avalanche a few fen dearer than
# snowball — hypothesis found such a case — so the property is stated for real-world sizes.)
debt_st = st.tuples(st.integers(100, 200_000), st.integers(0, 36), st.integers(2, 20))


def _debts(raw):
    return [
        PayoffDebt(i, f"d{i}", D(bal), D(rate) / 100, D(bal * pct) / 100)
        for i, (bal, rate, pct) in enumerate(raw)
    ]


def _monthly(debts, extra):
    return sum((d.minimum for d in debts), D(0)) + D(extra)


@settings(max_examples=300, deadline=None)
@given(st.lists(debt_st, min_size=1, max_size=5), st.integers(0, 5000))
def test_avalanche_never_pays_more_interest_than_snowball(raw, extra):
    debts = _debts(raw)
    monthly = _monthly(debts, extra)
    avalanche = plan(debts, monthly, "avalanche")
    snowball = plan(debts, monthly, "snowball")
    if avalanche.feasible and snowball.feasible:
        assert avalanche.total_interest <= snowball.total_interest


@settings(max_examples=80, deadline=None)
@given(st.lists(debt_st, min_size=1, max_size=5), st.integers(0, 5000))
def test_minimums_only_is_never_faster(raw, extra):
    debts = _debts(raw)
    monthly = _monthly(debts, extra)
    baseline = plan(debts, monthly, "minimum")
    if not baseline.feasible:
        return
    for strategy in ("avalanche", "snowball", "penalty", "custom"):
        other = plan(debts, monthly, strategy)
        assert other.feasible
        assert other.debt_free_month <= baseline.debt_free_month
        assert other.total_interest <= baseline.total_interest


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 5_000_000), st.integers(0, 60), st.integers(0, 100_000)),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 300_000),
    st.sampled_from(STRATEGIES),
    st.dictionaries(st.integers(1, 24), st.integers(0, 100_000), max_size=3),
)
def test_money_conserved_and_balances_never_negative(raw, monthly_fen, strategy, extras_fen):
    debts = [
        PayoffDebt(i, f"d{i}", D(b) / 100, D(r) / 100, D(m) / 100)
        for i, (b, r, m) in enumerate(raw)
    ]
    extras = {m: D(v) / 100 for m, v in extras_fen.items()}
    result = plan(debts, D(monthly_fen) / 100, strategy, extras=extras, record=True)
    start = sum(d.balance for d in debts)
    final = sum(o.final_balance for o in result.outcomes)
    assert result.total_paid == result.total_interest + start - final
    for debt, outcome in zip(debts, result.outcomes, strict=True):
        assert outcome.total_paid == outcome.interest_paid + debt.balance - outcome.final_balance
    assert all(b >= 0 for row in result.balances for b in row)
    assert all(len(row) == result.months + 1 for row in result.balances)
    assert result.months <= 600
    # never more is paid in a month than the month's money
    for month in range(1, result.months + 1):
        paid = sum(
            row[month - 1] - row[month] + _interest(d, row[month - 1])
            for d, row in zip(debts, result.balances, strict=True)
        )
        assert paid <= monthly_fen + extras_fen.get(month, 0)
    assert result.feasible == (result.message is None)


def _interest(debt, balance_fen):
    num, den = debt.charged_rate.as_integer_ratio()
    return (2 * balance_fen * num + 12 * den) // (2 * 12 * den)
