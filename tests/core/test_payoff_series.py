"""Chart series from payoff plans (core.payoff_series)."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.budget import Month
from debttracker.core.payoff import PayoffDebt, plan
from debttracker.core.payoff_series import (
    OTHER,
    balance_layers,
    payoff_order,
    progress,
    progress_series,
    stack,
    strategy_results,
    totals,
)

TWO = [
    PayoffDebt("A", "Card A", D("1000.00"), D("0.12"), D("100")),
    PayoffDebt("B", "Friend B", D("500.00"), D("0"), D("50")),
]


def test_layers_last_paid_at_the_bottom_and_stacked():
    result = plan(TWO, D("300"), "avalanche", record=True)  # A paid in month 5, B in 6
    layers = balance_layers(TWO, result)
    assert [layer.id for layer in layers] == ["B", "A"]
    tops = stack(layers, 8)
    assert tops[0] == (50000, 45000, 40000, 35000, 30000, 2577, 0, 0)
    assert tops[1][0] == 150000 and tops[1][-1] == 0
    assert totals(result) == tops[1][:7]


def test_layer_order_can_be_kept():
    result = plan(TWO, D("300"), "snowball", record=True)
    assert [layer.id for layer in balance_layers(TWO, result, ["A", "B"])] == ["A", "B"]


def test_small_debts_are_summed_into_other():
    debts = [PayoffDebt(i, f"d{i}", D(100 * (i + 1)), D("0.1"), D(20)) for i in range(10)]
    result = plan(debts, D("400"), "avalanche", record=True)
    layers = balance_layers(debts, result, max_layers=4)
    assert len(layers) == 4
    other = next(layer for layer in layers if layer.id == OTHER)
    assert other.count == 7 and other.fen[0] == sum(100 * (i + 1) for i in range(7)) * 100
    assert layers[0].id == OTHER  # at the bottom


def test_stack_keeps_a_grown_balance_when_the_plan_stopped():
    # 10,000 at 24 %: 200.00 interest a month against 150 paid -- the plan stops in month 1
    stuck = [PayoffDebt("S", "Loan app", D("10000"), D("0.24"), D("100"))]
    result = plan(stuck, D("150"), "avalanche", record=True)
    assert result.months == 1 and not result.feasible
    tops = stack(balance_layers(stuck, result), 4)
    assert tops[-1][1] == tops[-1][3] > 1_000_000


def test_strategy_results_side_by_side():
    results = strategy_results(TWO, D("300"))
    by_name = {r.strategy: r for r in results}
    assert [r.strategy for r in results] == [
        "avalanche",
        "snowball",
        "penalty",
        "custom",
        "minimum",
    ]
    assert by_name["avalanche"].total_interest == D("25.77")
    assert by_name["snowball"].total_interest == D("37.27")
    assert by_name["minimum"].debt_free_month == 11


def test_payoff_order_with_focus():
    items = payoff_order(plan(TWO, D("300"), "avalanche"))
    assert [(i.id, i.focus_from, i.payoff_month) for i in items] == [("A", 0, 5), ("B", 5, 6)]
    minimum = payoff_order(plan(TWO, D("300"), "minimum"))
    assert [(i.id, i.focus_from) for i in minimum] == [("B", 0), ("A", 0)]
    debts = [PayoffDebt("S", "Loan app", D("10000"), D("0.24"), D("100"))]
    stuck = payoff_order(plan(debts, D("150"), "avalanche"))
    assert all(i.payoff_month is None for i in stuck)


def test_progress_share_and_series():
    assert progress(D("250"), D("750")).share == D("0.25")
    assert progress(D(0), D(0)).share == 0
    series = progress_series(Month(2026, 1), [100, 90, 80], Month(2026, 3), [80, 40, 0])
    assert series.offset == 2 and series.month(4) == Month(2026, 5)
    assert progress_series(Month(2026, 3), [], Month(2026, 3), [5]).actual == ()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 500_000), st.integers(0, 3000), st.integers(100, 50_000)),
        min_size=1,
        max_size=9,
    ),
    st.integers(0, 200_000),
)
def test_layers_always_sum_to_the_plan_total(rows, extra):
    debts = [
        PayoffDebt(i, f"d{i}", D(bal) / 100, D(rate) / 10_000, D(minimum) / 100)
        for i, (bal, rate, minimum) in enumerate(rows)
    ]
    monthly = sum((d.minimum for d in debts), D(0)) + D(extra) / 100
    result = plan(debts, monthly, "avalanche", record=True, max_months=120)
    layers = balance_layers(debts, result, max_layers=4)
    top = stack(layers, result.months + 1)[-1]
    assert top == totals(result)
    assert all(v >= 0 for v in top)
