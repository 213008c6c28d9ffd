"""Money parsing and formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.money import (
    LOCALES,
    format_money,
    from_fen,
    parse_money,
    q2,
    round_half_up_div,
    to_fen,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("¥1,234.50", "1234.50"),
        ("￥1234.50", "1234.50"),
        ("１２３４", "1234.00"),
        ("１，２３４．５", "1234.50"),
        ("1.2万", "12000.00"),
        ("3千", "3000.00"),
        ("2亿", "200000000.00"),
        ("  88.8 ", "88.80"),
        ("1234元", "1234.00"),
        ("RMB 10", "10.00"),
        ("CN¥1,000.00", "1000.00"),
        ("US$5", "5.00"),
        ("0", "0.00"),
        (".5", "0.50"),
    ],
)
def test_parse_money_accepts(text, expected):
    assert parse_money(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("abc", "Not an amount"),
        ("1.234", "two decimal places"),
        ("1.2345678万", "two decimal places"),
        ("NaN", "Not an amount"),
        ("Infinity", "Not an amount"),
        ("1e5", "Not an amount"),
        ("1,23", "Not an amount"),
        ("1000000000000", "too large"),
        ("-5", "negative"),
        ("①", "Not an amount"),
        ("١٢", "Not an amount"),
    ],
)
def test_parse_money_rejects_with_reason(text, reason):
    with pytest.raises(DomainError) as info:
        parse_money(text)
    assert reason in str(info.value)
    assert info.value.field == "amount"


def test_negative_only_when_allowed():
    assert parse_money("-¥1,234.50", allow_negative=True) == Decimal("-1234.50")
    assert parse_money("¥-5", allow_negative=True) == Decimal("-5.00")
    assert parse_money("−5", allow_negative=True) == Decimal("-5.00")


def test_fen_helpers():
    assert to_fen(Decimal("1.005")) == 101
    assert from_fen(-5) == Decimal("-0.05")
    assert str(from_fen(0)) == "0.00"
    assert q2("2.675") == Decimal("2.68")
    assert round_half_up_div(5, 10) == 1
    assert round_half_up_div(-5, 10) == -1
    assert round_half_up_div(4, 10) == 0


@pytest.mark.parametrize(
    ("currency", "locale", "expected"),
    [
        ("CNY", "zh_CN", "-¥1,234,567.50"),
        ("CNY", "en", "-CN¥1,234,567.50"),
        ("USD", "zh_CN", "-US$1,234,567.50"),
        ("USD", "en", "-$1,234,567.50"),
        ("CNY", "zh_TW", "-CN¥1,234,567.50"),
        ("CHF", "en", "-CHF 1,234,567.50"),
    ],
)
def test_format_money(currency, locale, expected):
    assert format_money(Decimal("-1234567.5"), currency, locale) == expected


amounts = st.decimals(
    min_value=Decimal("-999999999999.99"),
    max_value=Decimal("999999999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


@settings(max_examples=1500)
@given(amounts, st.sampled_from(["CNY", "USD", "HKD", "EUR", "CHF"]), st.sampled_from(LOCALES))
def test_parse_format_roundtrip(amount, currency, locale):
    assert parse_money(format_money(amount, currency, locale), allow_negative=True) == amount


@settings(max_examples=1500)
@given(st.text())
def test_parse_money_garbage_only_domain_error(text):
    try:
        value = parse_money(text, allow_negative=True)
    except DomainError:
        return
    assert value == q2(value)
    assert abs(value) < 10**12


def test_thirty_nines_after_the_point_are_refused_not_rounded():
    with pytest.raises(DomainError):
        parse_money("0." + "9" * 30)
    with pytest.raises(DomainError):
        parse_money("1" * 65)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.2萬", "12000.00"), ("3億", "300000000.00"), ("1.2万", "12000.00"), ("２千", "2000.00")],
)
def test_traditional_and_simplified_multipliers(text, expected):
    assert parse_money(text) == Decimal(expected)
