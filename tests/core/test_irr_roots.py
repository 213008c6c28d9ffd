"""Every rate, huge rates, several rates (issue 16 item 5) and the all-in cap rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, localcontext

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from debttracker.core.caps import Verdict, all_in_rate, applicable_caps, check_lpr_entry
from debttracker.core.irr import irr_all, rates_of, true_cost, xirr_all
from debttracker.core.messages import DomainError

D = Decimal


def _npv(flows, rate):
    with localcontext() as ctx:
        ctx.prec = 60
        return sum((a / (1 + rate) ** t for t, a in flows), D(0))


def test_two_rates_in_one_old_grid_cell_are_both_found():
    assert irr_all([D(1000), D(-2320), D(1344)]) == (D("0.12"), D("0.20"))
    cost = true_cost([D(1000), D(-2320), D(1344)], per_year=1)
    assert cost.several and cost.periodic == D("0.12")


def test_714_loan_has_its_huge_rate():
    """Receive 700, repay 1,000 seven days later: (10/7)^(365/7) − 1 ≈ 1.194 × 10⁸."""
    (rate,) = xirr_all([(date(2026, 1, 1), D(700)), (date(2026, 1, 8), D(-1000))])
    with localcontext() as ctx:
        ctx.prec = 40
        expected = (D(10) / 7) ** (D(365) / 7) - 1
    assert abs(rate / expected - 1) < D("1e-20")
    assert D("1.19e8") < rate < D("1.2e8")


@pytest.mark.parametrize(
    "flows",
    [
        [(date(2026, 1, 1), D(700)), (date(2026, 1, 2), D(-1000))],  # a one-day loan
        [(date(2026, 1, 1), D("0.01")), (date(2026, 1, 2), D(-1000))],  # 0.01 received
    ],
)
def test_one_day_and_tiny_loans_give_a_rate_not_a_traceback(flows):
    (rate,) = xirr_all(flows)
    assert rate > D("1e50")


def test_periodic_tiny_received():
    cost = true_cost([D("0.01"), D(-1000)])
    assert cost.periodic == D(99999)


flow_amounts = st.integers(-(10**7), 10**7).map(lambda fen: D(fen) / 100)


@settings(max_examples=200, deadline=None)
@given(st.lists(flow_amounts, min_size=2, max_size=8), st.integers(-90, 400))
def test_every_returned_rate_zeroes_the_npv_and_no_rate_means_no_sign_change(amounts, pct):
    """Each rate makes NPV ≈ 0; when none is returned NPV keeps one sign at any rate."""
    flows = list(enumerate(amounts))
    rates = rates_of(flows)
    scale = sum(abs(a) for a in amounts) or D(1)
    for rate in rates:
        # ≈ 0 relative to the size of the discounted terms (the rate is given to 28 digits)
        terms = _npv([(t, abs(a)) for t, a in flows], rate)
        assert abs(_npv(flows, rate)) <= terms * D("1e-20")
    if not rates:
        probe = D(pct) / 100
        values = [_npv(flows, r) for r in (probe, D(0), D("-0.5"), D(3))]
        signs = {v > 0 for v in values if abs(v) > scale * D("1e-25")}
        assert len(signs) <= 1


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 10**6), st.integers(1, 10**6), st.integers(1, 3650))
def test_two_flow_xirr_is_exact(received_fen, paid_fen, days):
    start = date(2026, 1, 1)
    flows = [(start, D(received_fen) / 100), (start + timedelta(days=days), -D(paid_fen) / 100)]
    (rate,) = xirr_all(flows)
    with localcontext() as ctx:
        ctx.prec = 50
        expected = (D(paid_fen) / D(received_fen)) ** (D(365) / days) - 1
    assume(expected.adjusted() < 900)
    assert abs(rate - expected) <= abs(expected) * D("1e-20") + D("1e-24")


def test_no_rate_cases_still_say_so():
    with pytest.raises(DomainError):
        irr_all([D(1000), D(-1000), D(1000)])  # v² − v + 1 has no real root


def test_all_in_rate_counts_penalty_and_late_fee_while_overdue():
    # contract 18 %, APR 20 % (fees), +50 % penalty: 27 % + 2 % fees; 5 % fee over 30 days
    rate = all_in_rate(
        D("0.20"), D("0.18"), D("0.5"), days_overdue=10, late_fee=D(50), overdue_amount=D(1000)
    )
    assert rate == D("0.29") + D("0.05") * 365 / 30
    assert all_in_rate(D("0.20"), D("0.18"), D("0.5")) == D("0.20")  # current: the APR
    lines = applicable_caps("bank", date(2025, 1, 1), apr=all_in_rate(
        D("0.20"), D("0.18"), D("0.5"), days_overdue=5))  # fmt: skip
    assert lines[0].verdict is Verdict.ABOVE  # 29 % > 24 % although the APR is within


def test_lpr_entries_are_checked():
    assert check_lpr_entry(date(2026, 1, 20), D("0.029"))[1] == D("0.029")
    with pytest.raises(DomainError):
        check_lpr_entry(date(2026, 1, 20), D("0.5"))
