"""Schedules: vectors 1, 2, 5, 6, 7, 9, 10, 11 and properties (domain.md §1, §10)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, q2
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import (
    Method,
    add_months,
    annuity_payment,
    annuity_payment_raw,
    build_schedule,
    daily_interest,
    draw_repay_interest,
)

START = date(2024, 1, 15)
R49 = Rate(Decimal("0.049"))
D = Decimal


def test_vector_1_annuity_million():
    assert annuity_payment_raw(D(1_000_000), R49.monthly_exact(), 360).quantize(D("0.000001")) == D(
        "5307.267206"
    )
    s = build_schedule(D(1_000_000), R49, 360, Method.ANNUITY, START)
    first, last = s.installments[0], s.installments[-1]
    assert (first.payment, first.interest, first.principal) == (
        D("5307.27"),
        D("4083.33"),
        D("1223.94"),
    )
    assert last.payment == D("5305.19")
    assert s.total_interest == D("910615.12")
    assert D("5307.27") * 360 - 1_000_000 == D("910617.20")
    formula = annuity_payment_raw(D(1_000_000), R49.monthly_exact(), 360) * 360 - 1_000_000
    assert q2(formula) == D("910616.19")


def test_vector_2_annuity_630k():
    assert annuity_payment(D(630_000), R49.monthly_exact(), 360) == D("3343.58")
    formula = annuity_payment_raw(D(630_000), R49.monthly_exact(), 360) * 360 - 630_000
    assert q2(formula) == D("573688.20")


def test_vector_5_annuity_small():
    s = build_schedule(D(10_000), Rate(D("0.12")), 12, "annuity", START)
    assert s.installments[0].payment == D("888.49")
    assert s.installments[0].interest == D("100.00")
    assert s.installments[-1].payment == D("888.47")
    assert s.total_interest == D("661.86")


def test_vector_6_equal_principal_million():
    s = build_schedule(D(1_000_000), R49, 360, Method.EQUAL_PRINCIPAL, START)
    rows = s.installments
    assert rows[0].principal == D("2777.78")
    assert (rows[0].payment, rows[1].payment) == (D("6861.11"), D("6849.77"))
    assert rows[0].payment - rows[1].payment == D("11.34")
    assert rows[-1].payment == D("2788.32")
    assert s.total_interest == D("737041.08")
    closed = D(1_000_000) * D("0.049") / 12 * 361 / 2
    assert q2(closed) == D("737041.67")


def test_vector_7_equal_principal_630k():
    s = build_schedule(D(630_000), R49, 360, Method.EQUAL_PRINCIPAL, START)
    assert s.installments[0].payment == D("4322.50")
    assert s.installments[0].payment - s.installments[1].payment == D("7.15")
    assert q2(D(630_000) * D("0.049") / 12 * 361 / 2) == D("464336.25")


def test_vector_9_interest_only():
    s = build_schedule(D(100_000), Rate(D("0.12")), 12, Method.INTEREST_ONLY, START)
    assert [r.payment for r in s.installments] == [D("1000.00")] * 11 + [D("101000.00")]
    assert s.total_interest == D("12000.00")
    assert s.installments[-1].balance == ZERO


def test_vector_10_bullet():
    by_months = build_schedule(D(100_000), Rate(D("0.06")), 12, Method.BULLET, date(2023, 1, 1))
    assert len(by_months.installments) == 1
    assert by_months.installments[0].payment == D("106000.00")
    assert by_months.installments[0].due == date(2024, 1, 1)
    for basis, interest in ((360, "6083.33"), (365, "6000.00")):
        rate = Rate(D("0.06"), day_basis=basis)
        s = build_schedule(D(100_000), rate, 12, Method.BULLET, date(2023, 1, 1), by_days=True)
        assert s.total_interest == D(interest)


def test_vector_11_draw_and_repay():
    rate = Rate(D("0.0005"), RateBasis.DAILY)
    assert daily_interest(D(10_000), rate, 30) == D("150.00")
    assert daily_interest(D(10_000), rate, 7) == D("35.00")
    start = date(2024, 3, 1)
    assert draw_repay_interest([(start, D(10_000))], rate, start + timedelta(days=30)) == D(
        "150.00"
    )
    events = [(start, D(10_000)), (start + timedelta(days=10), D(-5_000))]
    # 10,000 x 10 days + 5,000 x 20 days at 0.05 % = 50 + 50
    assert draw_repay_interest(events, rate, start + timedelta(days=30)) == D("100.00")
    assert draw_repay_interest(events, rate, start + timedelta(days=30), count_both_ends=True) == D(
        "102.50"
    )


def test_interest_only_by_days_varies_with_month_length():
    rate = Rate(D("0.0005"), RateBasis.DAILY)
    s = build_schedule(D(10_000), rate, 3, Method.INTEREST_ONLY, date(2024, 1, 31), by_days=True)
    # Jan 31 -> Feb 29 (29 days), -> Mar 31 (31), -> Apr 30 (30)
    assert [r.interest for r in s.installments] == [D("145.00"), D("155.00"), D("150.00")]


def test_fee_is_added_and_listed():
    s = build_schedule(D(10_000), Rate(D("0.12")), 12, "annuity", START, fee=D("10"))
    assert s.installments[0].fee == D("10.00")
    assert s.installments[0].payment == D("898.49")
    assert s.total_paid == D("10000") + D("661.86") + D("120")
    assert s.total_fees == D("120.00")


def test_due_dates_clamp_from_start():
    s = build_schedule(D(1200), Rate(D("0.12")), 5, "annuity", date(2024, 1, 31))
    assert [r.due for r in s.installments] == [
        date(2024, 2, 29), date(2024, 3, 31), date(2024, 4, 30), date(2024, 5, 31), date(2024, 6, 30)
    ]  # fmt: skip
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)


def test_zero_rate():
    s = build_schedule(D(100), Rate(D(0)), 3, "annuity", START)
    assert [r.payment for r in s.installments] == [D("33.33"), D("33.33"), D("33.34")]


@pytest.mark.parametrize(
    ("principal", "months", "method"),
    [(D(0), 12, "annuity"), (D("-1"), 12, "annuity"), (D("1.001"), 12, "annuity"),
     (D(100), 0, "annuity"), (D(100), 1201, "annuity"), (D(100), 12, "balloon")],
)  # fmt: skip
def test_bad_input(principal, months, method):
    with pytest.raises(DomainError):
        build_schedule(principal, R49, months, method, START)


@st.composite
def loans(draw):
    principal = draw(st.integers(min_value=1, max_value=10**11)) / D(100)
    rate = Rate(
        draw(st.integers(min_value=0, max_value=60_000)) / D(100_000),
        day_basis=draw(st.sampled_from([360, 365])),
    )
    months = draw(st.integers(min_value=1, max_value=360))
    method = draw(st.sampled_from(list(Method)))
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
    return principal, rate, months, method, start, draw(st.booleans())


@settings(max_examples=800, deadline=None)
@given(loans())
def test_schedule_properties(loan):
    principal, rate, months, method, start, by_days = loan
    s = build_schedule(principal, rate, months, method, start, by_days=by_days)
    rows = s.installments
    assert sum(r.principal for r in rows) == principal
    assert all(r.balance >= 0 and r.principal >= 0 and r.interest >= 0 for r in rows)
    assert rows[-1].balance == ZERO
    assert all(r.payment == r.principal + r.interest + r.fee for r in rows)
    assert s.total_paid == principal + s.total_interest
    assert len(rows) == (1 if method is Method.BULLET else months)
    assert rows[-1].due == add_months(start, months)


@settings(max_examples=1000)
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    st.integers(min_value=-1200, max_value=1200),
)
def test_month_end_clamping(start, months):
    due = add_months(start, months)
    assert (due.year * 12 + due.month) - (start.year * 12 + start.month) == months
    assert due.day == start.day or (due.day < start.day and (due + timedelta(days=1)).day == 1)


# --- issue 16 item 11: a first period that is not a whole month ----------------------------


@pytest.mark.parametrize("method", ["annuity", "equal-principal", "interest-only"])
def test_first_period_with_a_due_day_is_charged_by_its_days(method):
    """Start 2026-01-20, due day 5: first due 02-05 after 16 days, interest 12,000 × 12 % ÷ 365
    × 16 = 63.12 (not a month's 120.00); the later instalments are those of the plain schedule."""
    start = date(2026, 1, 20)
    moved = build_schedule(Decimal(12000), Rate(Decimal("0.12")), 12, method, start, due_day=5)
    plain = build_schedule(Decimal(12000), Rate(Decimal("0.12")), 12, method, start)
    first = moved.installments[0]
    assert first.due == date(2026, 2, 5) and first.interest == Decimal("63.12")
    assert first.principal == plain.installments[0].principal
    assert [r.interest for r in moved.installments[1:]] == [
        r.interest for r in plain.installments[1:]
    ]
    assert [r.due.day for r in moved.installments] == [5] * 12
    assert sum(r.principal for r in moved.installments) == Decimal(12000)


def test_bullet_with_a_due_day_counts_the_first_period_by_days():
    start = date(2026, 1, 20)
    s = build_schedule(Decimal(12000), Rate(Decimal("0.12")), 12, "bullet", start, due_day=5)
    (only,) = s.installments
    assert only.due == date(2027, 1, 5) and only.interest == Decimal("1320.00") + Decimal("63.12")


def test_due_day_equal_to_the_start_day_changes_nothing():
    start = date(2026, 1, 20)
    rate = Rate(Decimal("0.12"))
    assert build_schedule(Decimal(12000), rate, 12, "annuity", start, due_day=20) == (
        build_schedule(Decimal(12000), rate, 12, "annuity", start)
    )
