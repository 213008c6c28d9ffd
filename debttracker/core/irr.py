"""True cost of a loan: IRR per period, nominal APR, effective annual rate, and XIRR.

PBOC Announcement [2021] No. 3 (domain.md §2): the annualised rate counts every cost directly
related to the loan against the principal actually in use; the compound method is the IRR.
From the borrower's side the flows are + the net amount received at t0 and − every payment.

* nominal APR = periodic IRR × periods per year (the usual Chinese headline figure);
* effective annual rate = (1 + periodic IRR)^periods − 1;
* XIRR for dated flows: Σ CF_i / (1+r)^(days_i/365) = 0 (Actual/365), ``r`` effective annual.

The solver works in ``Decimal`` (40 digits): it brackets a sign change on a fixed grid of rates,
then runs Newton's method kept inside the bracket, bisecting whenever Newton would leave it.
It stops after at most ``MAX_ITERATIONS`` steps and never hangs; when no rate balances the
flows it raises :class:`DomainError` saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO
from debttracker.core.schedule import Schedule

MAX_ITERATIONS = 200
_PREC = 40
_TOLERANCE = Decimal("1e-30")
# Candidate rates per period for bracketing, searched outwards from 0 (the usual region first).
_UP = (
    "0",
    "0.001",
    "0.01",
    "0.05",
    "0.1",
    "0.25",
    "0.5",
    "1",
    "2",
    "5",
    "10",
    "100",
    "1000",
    "1e6",
)
_DOWN = ("0", "-0.05", "-0.2", "-0.5", "-0.9", "-0.99", "-0.9999")

Evaluate = Callable[[Decimal], tuple[Decimal, Decimal]]


@dataclass(frozen=True, slots=True)
class TrueCost:
    """Rates as fractions: ``periodic`` per period, nominal ``apr``, ``effective`` annual."""

    periodic: Decimal
    apr: Decimal
    effective: Decimal
    per_year: int


def _no_rate() -> DomainError:
    return DomainError(
        msg("irr", QT_TRANSLATE_NOOP("irr", "No interest rate exists for these cash flows.")),
        field="flows",
    )


def _check_signs(amounts: Sequence[Decimal]) -> None:
    if not any(a > 0 for a in amounts) or not any(a < 0 for a in amounts):
        raise DomainError(
            msg(
                "irr",
                QT_TRANSLATE_NOOP(
                    "irr",
                    "No interest rate exists: the cash flows need both money received and money paid.",
                ),
            ),
            field="flows",
        )


def _bracket(evaluate: Evaluate) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Adjacent grid rates (lo, hi) where the NPV changes sign, with the NPVs there."""
    for grid in (_UP, _DOWN):
        previous: tuple[Decimal, Decimal] | None = None
        for text in grid:
            rate = Decimal(text)
            value = evaluate(rate)[0]
            if value == 0:
                return rate, rate, value, value
            if previous is not None and (previous[1] < 0) != (value < 0):
                lo, hi = sorted((previous[0], rate))
                flo, fhi = (previous[1], value) if lo == previous[0] else (value, previous[1])
                return lo, hi, flo, fhi
            previous = (rate, value)
    raise _no_rate()


def solve(evaluate: Evaluate) -> Decimal:
    """A root of ``evaluate(r) -> (npv, d npv/dr)``: bracketed Newton with bisection."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        lo, hi, flo, _fhi = _bracket(evaluate)
        if lo == hi:
            return lo
        rate = (lo + hi) / 2
        for _ in range(MAX_ITERATIONS):
            value, slope = evaluate(rate)
            if value == 0:
                return rate
            if (value < 0) == (flo < 0):
                lo, flo = rate, value
            else:
                hi = rate
            step_ok = slope != 0
            candidate = rate - value / slope if step_ok else lo
            if not step_ok or not lo < candidate < hi:
                candidate = (lo + hi) / 2
            if abs(candidate - rate) <= _TOLERANCE * (1 + abs(rate)) or hi - lo <= _TOLERANCE:
                return candidate
            rate = candidate
        return rate


def _periodic_npv(flows: Sequence[Decimal]) -> Evaluate:
    reversed_flows = list(reversed(flows))

    def evaluate(rate: Decimal) -> tuple[Decimal, Decimal]:
        v = 1 / (1 + rate)
        value = slope = Decimal(0)
        for amount in reversed_flows:  # Horner for f(v) and f'(v)
            slope = slope * v + value
            value = value * v + amount
        return value, -slope * v * v

    return evaluate


def irr(flows: Sequence[Decimal]) -> Decimal:
    """The periodic IRR of equally spaced flows (``flows[0]`` at t0), as a fraction."""
    amounts = [Decimal(a) for a in flows]
    _check_signs(amounts)
    return +solve(_periodic_npv(amounts))


def annualise(periodic: Decimal, per_year: int = 12) -> TrueCost:
    """Nominal APR (× periods) and effective rate ((1+r)^k − 1) for a periodic rate."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        effective = (1 + periodic) ** per_year - 1
    return TrueCost(+periodic, +(periodic * per_year), +effective, per_year)


def true_cost(flows: Sequence[Decimal], per_year: int = 12) -> TrueCost:
    """IRR of regular flows, annualised both ways."""
    return annualise(irr(flows), per_year)


def _dated_npv(flows: Sequence[tuple[date, Decimal]]) -> Evaluate:
    first = min(day for day, _ in flows)
    ordered = sorted(((day - first).days, amount) for day, amount in flows)

    def evaluate(rate: Decimal) -> tuple[Decimal, Decimal]:
        one_plus = 1 + rate
        w = (-one_plus.ln() / 365).exp()  # discount factor per day
        value = slope = Decimal(0)
        factor, day_before = Decimal(1), 0
        for days, amount in ordered:
            factor *= w ** (days - day_before)
            day_before = days
            value += amount * factor
            slope -= Decimal(days) / 365 * amount * factor
        return value, slope / one_plus

    return evaluate


def xirr(flows: Sequence[tuple[date, Decimal]]) -> Decimal:
    """Effective annual rate of dated flows (Actual/365), as a fraction."""
    if not flows:
        raise _no_rate()
    _check_signs([amount for _, amount in flows])
    return +solve(_dated_npv([(day, Decimal(amount)) for day, amount in flows]))


def xirr_cost(flows: Sequence[tuple[date, Decimal]], per_year: int = 12) -> TrueCost:
    """XIRR expressed like :func:`true_cost`: periodic = (1+x)^(1/k) − 1, APR = periodic × k."""
    effective = xirr(flows)
    with localcontext() as ctx:
        ctx.prec = _PREC
        periodic = ((1 + effective).ln() / per_year).exp() - 1
    return TrueCost(+periodic, +(periodic * per_year), effective, per_year)


def borrower_flows(
    schedule: Schedule, received: Decimal, upfront_fees: Decimal = ZERO
) -> list[Decimal]:
    """+ net amount received (after upfront fees / 砍头息) at t0, − each payment (fees included)."""
    return [received - upfront_fees] + [-row.payment for row in schedule.installments]


def dated_borrower_flows(
    schedule: Schedule, received: Decimal, start: date, upfront_fees: Decimal = ZERO
) -> list[tuple[date, Decimal]]:
    """:func:`borrower_flows` with the disbursement date and each due date, for :func:`xirr`."""
    return [(start, received - upfront_fees)] + [
        (row.due, -row.payment) for row in schedule.installments
    ]
