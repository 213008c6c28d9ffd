"""Rates, bases and parsing (domain.md §1.1, vectors 26 and 27)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.rates import Rate, RateBasis, as_percent, parse_rate


@pytest.mark.parametrize(("day_basis", "expected"), [(365, "18.25"), (360, "18.00")])
def test_vector_26_daily_to_annual(day_basis, expected):
    rate = Rate(Decimal("0.0005"), RateBasis.DAILY, day_basis)
    assert as_percent(rate.annual()) == Decimal(expected)


@pytest.mark.parametrize(
    ("annual", "per_365", "per_360"),
    [("0.36", "0.0986", "0.1000"), ("0.24", "0.0658", "0.0667"), ("0.12", "0.0329", "0.0333")],
)
def test_vector_27_annual_to_daily(annual, per_365, per_360):
    assert as_percent(Rate(Decimal(annual), day_basis=365).daily(), 4) == Decimal(per_365)
    assert as_percent(Rate(Decimal(annual), day_basis=360).daily(), 4) == Decimal(per_360)


def test_conversions():
    monthly = Rate(Decimal("0.01"), RateBasis.MONTHLY)
    assert monthly.annual() == Decimal("0.12")
    assert monthly.monthly() == Decimal("0.01")
    assert Rate(Decimal("0.12")).monthly() == Decimal("0.01")
    assert Rate(Decimal("0.036"), day_basis=360).daily() == Decimal("0.0001")
    assert Rate(Decimal("0.0001"), "daily", 360).monthly() == Decimal("0.003")
    assert Rate(Decimal("0.049")).as_basis("monthly").basis is RateBasis.MONTHLY
    assert Rate(Decimal("0.049")).monthly_exact() * 12000 == 49


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        ("4.9%", "0.049", RateBasis.ANNUAL),
        ("4.9", "0.049", RateBasis.ANNUAL),
        ("４．９％", "0.049", RateBasis.ANNUAL),
        ("年化 18.25%", "0.1825", RateBasis.ANNUAL),
        ("月息1分", "0.01", RateBasis.MONTHLY),
        ("月息一分", "0.01", RateBasis.MONTHLY),
        ("月息1分5厘", "0.015", RateBasis.MONTHLY),
        ("月息8厘", "0.008", RateBasis.MONTHLY),
        ("年息1分", "0.1", RateBasis.ANNUAL),
        ("日息万分之五", "0.0005", RateBasis.DAILY),
        ("日息万5", "0.0005", RateBasis.DAILY),
        ("日利率0.05%", "0.0005", RateBasis.DAILY),
        ("0.05%/日", "0.0005", RateBasis.DAILY),
        ("1.5%/month", "0.015", RateBasis.MONTHLY),
        ("十五%", "0.15", RateBasis.ANNUAL),
        ("三点五%", "0.035", RateBasis.ANNUAL),
        ("0", "0", RateBasis.ANNUAL),
    ],
)
def test_parse_rate(text, value, basis):
    rate = parse_rate(text)
    assert rate.value == Decimal(value)
    assert rate.basis is basis


def test_parse_rate_default_basis_and_day_basis():
    rate = parse_rate("0.05%", basis="daily", day_basis=360)
    assert rate.basis is RateBasis.DAILY
    assert rate.annual() == Decimal("0.18")


@pytest.mark.parametrize(
    "text", ["", "abc", "-1%", "%", "万", "分", "1e5", "99999", "4.9%%", "nan"]
)
def test_parse_rate_rejects(text):
    with pytest.raises(DomainError) as info:
        parse_rate(text)
    assert info.value.field == "rate"


def test_rate_validation():
    with pytest.raises(DomainError):
        Rate(Decimal("0.1"), day_basis=364)
    with pytest.raises(DomainError):
        Rate(Decimal("-0.1"))


@settings(max_examples=1500)
@given(st.text())
def test_parse_rate_garbage_only_domain_error(text):
    try:
        rate = parse_rate(text)
    except DomainError:
        return
    assert 0 <= rate.annual() < 100


@settings(max_examples=300)
@given(st.decimals(min_value=0, max_value=99, places=4))
def test_parse_rate_percent_roundtrip(percent):
    assert parse_rate(f"{percent}%").value == percent / 100
