"""Payment allocation: oldest first, penalty -> fees -> interest -> principal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.allocation import Component, OpenItem, allocate
from debttracker.core.messages import DomainError

D = Decimal
JAN = OpenItem(date(2024, 1, 10), penalty=D(10), fee=D(5), interest=D(100), principal=D(800))
FEB = OpenItem(date(2024, 2, 10), penalty=D(0), fee=D(5), interest=D(90), principal=D(810))


def test_oldest_first_in_default_order():
    result = allocate(D(1000), [FEB, JAN])
    assert result.items[0].index == 1 and result.items[0].due == JAN.due
    assert (result.penalty, result.fees, result.interest, result.principal) == (
        D(10),
        D(10),
        D(180),
        D(800),
    )
    assert result.items[1].interest == D(80) and result.items[1].principal == D(0)


def test_custom_order():
    result = allocate(D(850), [JAN], order=["principal", "interest", "fee", "penalty"])
    assert (result.principal, result.interest, result.fees, result.penalty) == (
        D(800),
        D(50),
        D(0),
        D(0),
    )


def test_overpayment_reduces_future_principal_then_unapplied():
    result = allocate(D(3000), [JAN, FEB], future_principal=D(500))
    assert result.prepaid_principal == D(500)
    assert result.unapplied == D(3000) - D(915) - D(905) - D(500)


@pytest.mark.parametrize("payment", [D(-1), D("1.001"), D("NaN")])
def test_bad_payment(payment):
    with pytest.raises(DomainError):
        allocate(payment, [JAN])


def test_bad_order():
    with pytest.raises(DomainError):
        allocate(D(1), [JAN], order=["penalty", "fee", "interest"])
    with pytest.raises(DomainError):
        allocate(D(1), [JAN], order=["penalty", "fee", "interest", "bogus"])


money = st.integers(min_value=0, max_value=10**9).map(lambda fen: D(fen) / 100)
items = st.lists(st.builds(OpenItem, st.dates(), money, money, money, money), max_size=12)


@settings(max_examples=1500)
@given(money, items, money, st.permutations(list(Component)))
def test_allocation_never_loses_or_invents_a_fen(payment, open_items, future, order):
    result = allocate(payment, open_items, order, future_principal=future)
    parts = (
        result.penalty,
        result.fees,
        result.interest,
        result.principal,
        result.prepaid_principal,
        result.unapplied,
    )
    assert sum(parts) == payment
    assert all(part >= 0 for part in parts)
    assert result.prepaid_principal <= future
    owed = sum(i.penalty + i.fee + i.interest + i.principal for i in open_items)
    assert result.penalty + result.fees + result.interest + result.principal == min(payment, owed)
    for line in result.items:
        item = open_items[line.index]
        assert line.penalty <= item.penalty and line.principal <= item.principal
