"""Early repayment: keep term, keep payment, full payoff."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO
from debttracker.core.prepay import PrepayMode, payoff, prepay
from debttracker.core.rates import Rate
from debttracker.core.schedule import Method, build_schedule

D = Decimal
START = date(2024, 1, 31)
RATE = Rate(D("0.12"))


def loan(method=Method.ANNUITY):
    return build_schedule(D(10_000), RATE, 12, method, START)


def test_keep_term_lowers_payment():
    s = loan()
    result = prepay(s, RATE, "annuity", START, after=3, amount=D(3000), mode=PrepayMode.KEEP_TERM)
    rest = result.remaining.installments
    assert [r.n for r in rest] == list(range(4, 13))
    assert rest[0].due == s.installments[3].due
    assert rest[0].payment < s.installments[3].payment
    assert sum(r.principal for r in rest) == s.installments[2].balance - 3000
    assert rest[-1].balance == ZERO
    assert result.paid_on == s.installments[2].due


def test_keep_payment_shortens_term():
    s = loan()
    result = prepay(s, RATE, "annuity", START, after=3, amount=D(3000), mode="keep-payment")
    rest = result.remaining.installments
    assert len(rest) < 9
    assert all(r.payment == D("888.49") for r in rest[:-1])
    assert rest[-1].payment <= D("888.49")
    assert rest[-1].balance == ZERO


def test_keep_payment_equal_principal():
    s = loan(Method.EQUAL_PRINCIPAL)
    result = prepay(s, RATE, "equal-principal", START, after=2, amount=D(2500), mode="keep-payment")
    rest = result.remaining.installments
    assert all(r.principal == D("833.33") for r in rest[:-1])
    assert sum(r.principal for r in rest) == s.installments[1].balance - 2500


def test_keep_payment_refused_for_interest_only():
    s = loan(Method.INTEREST_ONLY)
    with pytest.raises(DomainError):
        prepay(s, RATE, "interest-only", START, after=2, amount=D(2500), mode="keep-payment")


def test_full_payoff_with_accrued_interest():
    s = loan()
    balance = s.installments[2].balance
    on_due = payoff(s, RATE, START, 3)
    assert on_due.amount == balance and on_due.accrued_interest == ZERO
    later = payoff(s, RATE, START, 3, date(2024, 5, 15))  # 15 days after 2024-04-30
    assert later.accrued_interest == (balance * D("0.12") / 365 * 15).quantize(D("0.01"))
    assert later.amount == balance + later.accrued_interest
    same = prepay(s, RATE, "annuity", START, after=3, amount=balance)
    assert same.amount == balance and same.remaining.installments == ()


@pytest.mark.parametrize(
    ("after", "amount"), [(12, D(1)), (-1, D(1)), (3, D(0)), (3, D(999_999)), (3, D("1.001"))]
)
def test_prepay_bad_input(after, amount):
    with pytest.raises(DomainError):
        prepay(loan(), RATE, "annuity", START, after=after, amount=amount)


def test_payoff_date_outside_period():
    with pytest.raises(DomainError):
        payoff(loan(), RATE, START, 3, date(2024, 4, 1))


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=11),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(list(PrepayMode)),
    st.sampled_from([Method.ANNUITY, Method.EQUAL_PRINCIPAL]),
)
def test_prepay_properties(after, amount_fen, mode, method):
    s = loan(method)
    balance = s.installments[after - 1].balance if after else D(10_000)
    amount = min(D(amount_fen) / 100, balance)
    result = prepay(s, RATE, method, START, after=after, amount=amount, mode=mode)
    rest = result.remaining.installments
    if mode is PrepayMode.FULL or amount == balance:
        assert result.amount == balance and rest == ()
        return
    assert sum(r.principal for r in rest) == balance - amount
    assert rest[-1].balance == ZERO and all(r.balance >= 0 for r in rest)
    assert rest[-1].n <= 12
