"""The payoff plan's per-month extra money and the spans the payoff-order chart draws."""

from __future__ import annotations

from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.payoff import PayoffDebt, plan
from debttracker.core.payoff_series import extra_spans, payoff_order

TWO = [
    PayoffDebt("A", "Card A", D("1000.00"), D("0.12"), D("100")),
    PayoffDebt("B", "Friend B", D("500.00"), D("0"), D("50")),
]


def months_with_extra(row: tuple[int, ...]) -> set[int]:
    return {m for m, fen in enumerate(row, start=1) if fen > 0}


def covered(spans: tuple[tuple[int, int], ...]) -> set[int]:
    return {m for first, last in spans for m in range(first, last + 1)}


def test_extra_goes_to_the_focus_debt_then_rolls_over():
    result = plan(TWO, D("300"), "avalanche", record=True)  # A paid in month 5, B in 6
    a, b = result.extras
    # 300 − 150 of minimums = 150 extra to A in months 1–4; in month 5 what A still owes is
    # below its minimum, so the whole pool rolls over to B
    assert a[:4] == (15000, 15000, 15000, 15000)
    assert b[:4] == (0, 0, 0, 0)
    assert b[4] > 0
    items = {i.id: i for i in payoff_order(result)}
    assert a[4] == 0 and items["A"].payoff_month == 5
    assert items["A"].extra_spans == ((1, 4),)
    # month 6: B owes less than its minimum, so no extra
    assert items["B"].extra_spans == ((5, 5),) and b == (0, 0, 0, 0, 22423, 0)
    assert covered(items["B"].extra_spans) == months_with_extra(b)


def test_minimum_only_gives_no_extra_and_no_spans():
    result = plan(TWO, D("300"), "minimum", record=True)
    assert all(fen == 0 for row in result.extras for fen in row)
    assert all(item.extra_spans == () for item in payoff_order(result))


def test_extra_spans_joins_consecutive_months():
    assert extra_spans([0, 5, 5, 0, 0, 7, 1, 0]) == ((2, 3), (6, 7))
    assert extra_spans([]) == ()


debt = st.builds(
    lambda i, bal, rate, minimum: PayoffDebt(
        f"d{i}", f"Debt {i}", D(bal), D(rate) / 100, D(minimum)
    ),
    st.integers(0, 10**6),
    st.integers(100, 50_000),
    st.integers(0, 30),
    st.integers(10, 2_000),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(debt, min_size=1, max_size=5, unique_by=lambda d: d.id), st.integers(0, 5_000))
def test_spans_equal_the_months_with_extra(debts, more):
    monthly = sum((d.minimum for d in debts), D(0)) + more
    result = plan(debts, monthly, "snowball", record=True, max_months=240)
    by_id = {d.id: i for i, d in enumerate(debts)}
    for item in payoff_order(result):
        row = result.extras[by_id[item.id]]
        assert len(row) == result.months
        assert covered(item.extra_spans) == months_with_extra(row)
        assert (
            not item.extra_spans
            or item.payoff_month is None
            or (item.extra_spans[-1][1] <= item.payoff_month)
        )
