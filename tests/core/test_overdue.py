"""Overdue: days, penalty interest, compounding, late fees (domain.md §4, vectors 15 and 16)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debttracker.core.messages import DomainError
from debttracker.core.overdue import (
    LateFeeRule,
    accrued_penalty,
    days_overdue,
    late_fee,
    penalty_per_day,
)
from debttracker.core.rates import Rate

D = Decimal


@pytest.mark.parametrize(
    ("uplift", "basis", "expected"),
    [("0.3", 365, "0.44"), ("0.3", 360, "0.44"), ("0.5", 365, "0.50"), ("0.5", 360, "0.51")],
)
def test_vectors_15_16_penalty_per_day(uplift, basis, expected):
    assert penalty_per_day(D(2500), Rate(D("0.049"), day_basis=basis), D(uplift)) == D(expected)


def test_days_overdue_with_grace():
    due = date(2024, 3, 10)
    assert days_overdue(due, date(2024, 3, 10)) == 0
    assert days_overdue(due, date(2024, 3, 11)) == 1
    assert days_overdue(due, date(2024, 3, 12), grace_days=3) == 0
    assert days_overdue(due, date(2024, 3, 13), grace_days=3) == 0
    assert days_overdue(due, date(2024, 3, 14), grace_days=3) == 4  # counted from the due date
    assert days_overdue(due, date(2024, 4, 1), grace_days=3, paid_on=date(2024, 3, 12)) == 0
    assert days_overdue(due, date(2024, 4, 1), paid_on=date(2024, 3, 20)) == 10
    with pytest.raises(DomainError):
        days_overdue(due, date(2024, 4, 1), grace_days=-1)


def test_accrued_penalty_rounded_once_and_compounding():
    rate = Rate(D("0.049"), day_basis=360)
    result = accrued_penalty(
        D(2500), rate, D("0.5"), date(2024, 1, 1), date(2024, 1, 31), unpaid_interest=D(100)
    )
    assert result.days == 30
    assert result.penalty == D("15.31")  # 2500 x 0.0735 / 360 x 30 = 15.3125
    assert result.compound == D("0.61")  # 100 x 0.0735 / 360 x 30 = 0.6125
    assert result.total == D("15.92")
    simple = accrued_penalty(
        D(2500),
        rate,
        D("0.5"),
        date(2024, 1, 1),
        date(2024, 1, 31),
        unpaid_interest=D(100),
        compound=False,
    )
    assert simple.compound == D("0.00") and simple.total == D("15.31")
    assert accrued_penalty(D(2500), rate, D("0.5"), date(2024, 2, 1), date(2024, 1, 31)).total == D(
        "0.00"
    )
    with pytest.raises(DomainError):
        penalty_per_day(D(1), rate, D("-0.1"))


def test_late_fee_rules():
    assert late_fee(D(1000), LateFeeRule(fixed=D(50))) == D("50.00")
    assert late_fee(D(1000), LateFeeRule(percent=D("0.05"))) == D("50.00")
    assert late_fee(D(100), LateFeeRule(percent=D("0.05"), minimum=D(10))) == D("10.00")
    assert late_fee(D(100_000), LateFeeRule(percent=D("0.05"), maximum=D(500))) == D("500.00")
    assert late_fee(D(0), LateFeeRule(fixed=D(50))) == D("0.00")
