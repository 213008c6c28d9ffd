"""True cost: IRR, APR, EAR and XIRR (domain.md §2, vectors 17, 18, 19, 21, 24)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.irr import (
    borrower_flows,
    dated_borrower_flows,
    irr,
    true_cost,
    xirr,
    xirr_cost,
)
from debttracker.core.messages import DomainError
from debttracker.core.rates import Rate, as_percent
from debttracker.core.schedule import Method, build_schedule

D = Decimal


@pytest.mark.parametrize(
    ("flows", "monthly", "apr", "ear"),
    [
        ([D(10_000)] + [D(-1000)] * 12, "2.922854", "35.0742", "41.2999"),  # 17
        ([D(10_000)] + [D("-888.49")] * 12, "1.000038", "12.0005", "12.6830"),  # 18
        ([D(9_500)] + [D("-888.49")] * 12, "1.821363", "21.8564", "24.1844"),  # 19
        ([D(12_000)] + [D(-1072)] * 12, "1.086185", "13.0342", "13.8418"),  # 21
        ([D(10_000)] + [D(-100)] * 11 + [D(-10_100)], "1.000000", "12.0000", "12.6825"),  # 24
    ],
)
def test_irr_vectors(flows, monthly, apr, ear):
    cost = true_cost(flows)
    assert as_percent(cost.periodic, 6) == D(monthly)
    assert as_percent(cost.apr, 4) == D(apr)
    assert as_percent(cost.effective, 4) == D(ear)
    assert cost.per_year == 12


def test_flows_from_schedule_with_upfront_fee():
    s = build_schedule(D(10_000), Rate(D("0.12")), 12, Method.ANNUITY, date(2024, 1, 1))
    flows = borrower_flows(s, D(10_000), upfront_fees=D(500))
    assert flows[0] == D(9_500)
    assert len(flows) == 13
    assert as_percent(true_cost(flows).apr, 2) > D("21")


@pytest.mark.parametrize(
    "flows",
    [[D(1), D(2)], [D(-1), D(-2)], [D(0), D(0)], [D(-1), D(1), D(-1)], []],
)
def test_no_rate_raises_domain_error(flows):
    with pytest.raises(DomainError) as info:
        irr(flows)
    assert "No interest rate exists" in str(info.value)


def test_extreme_but_valid_rates():
    assert irr([D(100), D(-1)]) == D("-0.99")
    assert irr([D(100), D(-1_000_000)]) == D(9999)


def test_xirr_yearly_flows_equal_effective_rate():
    flows = [(date(2023, 1, 1), D(10_000)), (date(2024, 1, 1), D(-11_000))]
    assert as_percent(xirr(flows), 6) == D("10.000000")


def test_xirr_of_schedule_close_to_effective():
    s = build_schedule(D(10_000), Rate(D("0.12")), 12, Method.ANNUITY, date(2024, 1, 1))
    cost = xirr_cost(dated_borrower_flows(s, D(10_000), date(2024, 1, 1)))
    assert abs(cost.effective - D("0.1268")) < D("0.003")
    assert abs(cost.apr - D("0.12")) < D("0.003")


def test_xirr_no_rate():
    with pytest.raises(DomainError):
        xirr([(date(2024, 1, 1), D(5)), (date(2024, 2, 1), D(6))])
    with pytest.raises(DomainError):
        xirr([])


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=100_000, max_value=10**10),
    st.integers(min_value=1, max_value=36_000),
    st.integers(min_value=2, max_value=360),
)
def test_irr_of_fee_free_annuity_gives_back_rate(principal_fen, rate_bp100, months):
    """Within 0.01 % APR despite the payment being rounded to the fen."""
    annual = D(rate_bp100) / 100_000
    s = build_schedule(
        D(principal_fen) / 100, Rate(annual), months, Method.ANNUITY, date(2024, 1, 31)
    )
    apr = true_cost(borrower_flows(s, D(principal_fen) / 100)).apr
    assert abs(apr - annual) <= D("0.0001")
