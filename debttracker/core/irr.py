"""True cost of a loan: IRR per period, nominal APR, effective annual rate, and XIRR.

PBOC Announcement [2021] No. 3 (domain.md §2): the annualised rate counts every cost directly
related to the loan against the principal actually in use; the compound method is the IRR.
From the borrower's side the flows are + the net amount received at t0 and − every payment.

* nominal APR = periodic IRR × periods per year (the usual Chinese headline figure);
* effective annual rate = (1 + periodic IRR)^periods − 1;
* XIRR for dated flows: Σ CF_i / (1+r)^(days_i/365) = 0 (Actual/365), ``r`` effective annual.

The solver works on g = ln(1 + rate), so a 714 loan (+700, −1,000 a week later) or a one-day
loan is just a large g rather than an overflow.  Every root lies within bounds where the first
or the last flow outweighs all the others.  Flows that change sign once have exactly one rate
(Descartes' rule of signs) and the whole range is its bracket; otherwise a fine scan (dense
near 0, steps of ~0.2 % of g further out) finds every sign change, so two rates close together
(+1,000, −2,320, +1,344: 12 % and 20 %) are both reported.  Each bracket is closed by the
Illinois method in ``Decimal`` (60 digits), at most ``MAX_ITERATIONS`` steps; when no rate
balances the flows it raises :class:`DomainError` saying so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from itertools import pairwise

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO
from debttracker.core.schedule import Schedule

MAX_ITERATIONS = 200
_PREC = 60
_GRID = 20_000  # points of the fine scan when several rates may exist

Flow = tuple[int, Decimal]  # (time in periods or days, amount)


@dataclass(frozen=True, slots=True)
class TrueCost:
    """Rates as fractions: ``periodic`` per period, nominal ``apr``, ``effective`` annual.

    ``rates`` holds every periodic rate that balances the flows (ascending); ``periodic`` is
    the one reported (the lowest that is not negative, else the highest).  More than one
    means the flows change sign more than once and the "true cost" is ambiguous: say so.
    """

    periodic: Decimal
    apr: Decimal
    effective: Decimal
    per_year: int
    rates: tuple[Decimal, ...] = ()

    @property
    def several(self) -> bool:
        return len(self.rates) > 1


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


def _aggregate(flows: Sequence[Flow]) -> list[Flow]:
    """Flows at the same time summed, zeros dropped, times from 0, in time order."""
    sums: dict[int, Decimal] = {}
    for t, amount in flows:
        sums[t] = sums.get(t, Decimal(0)) + amount
    ordered = sorted((t, a) for t, a in sums.items() if a != 0)
    first = ordered[0][0] if ordered else 0
    return [(t - first, a) for t, a in ordered]


def _sign_changes(flows: Sequence[Flow]) -> int:
    return sum((a < 0) != (b < 0) for (_, a), (_, b) in pairwise(flows))


def _bounds(flows: Sequence[Flow]) -> tuple[float, float]:
    """(lo, hi) in g = ln(1 + rate): outside it the first flow (g > hi) or the last (g < lo)
    outweighs all the others together, so every root lies inside (Descartes/Cauchy)."""
    total = float(sum(abs(a) for _, a in flows))
    first, last = flows[0], flows[-1]
    hi = math.log(total / float(abs(first[1]))) / (flows[1][0] - first[0])
    lo = math.log(total / float(abs(last[1]))) / (last[0] - flows[-2][0])
    return -lo - 1.0, hi + 1.0


def _float_sign(flows: Sequence[Flow], g: float) -> int:
    """Sign of NPV at g, scaled by the dominant end so nothing overflows (float scan)."""
    if g >= 0:
        w, acc, later = math.exp(-g), 0.0, flows[-1][0]
        for t, a in reversed(flows):
            acc = acc * w ** (later - t) + float(a)
            later = t
    else:
        u, acc, previous = math.exp(g), 0.0, flows[0][0]
        for t, a in flows:
            acc = acc * u ** (t - previous) + float(a)
            previous = t
    return (acc > 0) - (acc < 0)


def _npv(flows: Sequence[Flow], g: Decimal) -> Decimal:
    """NPV at g = ln(1 + rate) in Decimal, scaled like :func:`_float_sign` (same sign)."""
    if g >= 0:
        w, acc, later = (-g).exp(), Decimal(0), flows[-1][0]
        for t, a in reversed(flows):
            acc = acc * w ** (later - t) + a
            later = t
        return acc
    u, acc, previous = g.exp(), Decimal(0), flows[0][0]
    for t, a in flows:
        acc = acc * u ** (t - previous) + a
        previous = t
    return acc


def _refine(flows: Sequence[Flow], lo: Decimal, hi: Decimal) -> Decimal | None:
    """A root in [lo, hi] by the Illinois method in Decimal (None if the ends share a sign)."""
    flo, fhi = _npv(flows, lo), _npv(flows, hi)
    if flo == 0:
        return lo
    if fhi == 0:
        return hi
    if (flo < 0) == (fhi < 0):
        return None
    side = 0
    tolerance = Decimal(10) ** (8 - _PREC)
    for _ in range(MAX_ITERATIONS):
        mid = (lo * fhi - hi * flo) / (fhi - flo)
        if not lo < mid < hi:
            mid = (lo + hi) / 2
        fmid = _npv(flows, mid)
        if fmid == 0 or hi - lo <= tolerance * (1 + abs(mid)):
            return mid
        if (fmid < 0) == (flo < 0):
            lo, flo = mid, fmid
            fhi = fhi / 2 if side == -1 else fhi
            side = -1
        else:
            hi, fhi = mid, fmid
            flo = flo / 2 if side == 1 else flo
            side = 1
    return (lo + hi) / 2


def _brackets(flows: Sequence[Flow]) -> list[tuple[float, float]]:
    """Intervals of g where NPV changes sign: the whole bounded range when the flows change
    sign once (exactly one root), else a fine sinh-spaced scan (dense near 0, relative
    steps of about 0.2 % further out) so close roots fall in separate cells."""
    lo, hi = _bounds(flows)
    if _sign_changes(flows) == 1:
        return [(lo, hi)]
    scale = 1e-6
    a, b = math.asinh(lo / scale), math.asinh(hi / scale)
    points = [scale * math.sinh(a + (b - a) * k / _GRID) for k in range(_GRID + 1)]
    found, previous = [], (points[0], _float_sign(flows, points[0]))
    for g in points[1:]:
        sign = _float_sign(flows, g)
        if sign == 0:
            found.append((g, g))
        elif previous[1] != 0 and sign != previous[1]:
            found.append((previous[0], g))
        previous = (g, sign)
    return found


def rates_of(flows: Sequence[Flow]) -> tuple[Decimal, ...]:
    """Every rate per unit of time that makes Σ amount / (1+r)^t zero, ascending (empty when
    none).  Huge rates (a 714 loan, a one-day loan) come back as huge Decimals."""
    merged = _aggregate(flows)
    if len(merged) < 2 or _sign_changes(merged) == 0:
        return ()
    roots: list[Decimal] = []
    with localcontext() as ctx:
        ctx.prec = _PREC
        for lo, hi in _brackets(merged):
            g = _refine(merged, Decimal(repr(lo)), Decimal(repr(hi)))
            if g is not None and not any(
                abs(g - r) <= Decimal("1e-40") * (1 + abs(g)) for r in roots
            ):
                roots.append(g)
        rates = [g.exp() - 1 for g in sorted(roots)]
    return tuple(+rate for rate in rates)


def _chosen(rates: Sequence[Decimal]) -> Decimal:
    return next((r for r in rates if r >= 0), rates[-1])


def irr_all(flows: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """Every periodic IRR of equally spaced flows (``flows[0]`` at t0), ascending."""
    amounts = [Decimal(a) for a in flows]
    _check_signs(amounts)
    rates = rates_of(list(enumerate(amounts)))
    if not rates:
        raise _no_rate()
    return rates


def irr(flows: Sequence[Decimal]) -> Decimal:
    """The periodic IRR of equally spaced flows (see :class:`TrueCost` for which one)."""
    return _chosen(irr_all(flows))


def annualise(periodic: Decimal, per_year: int = 12, rates: tuple[Decimal, ...] = ()) -> TrueCost:
    """Nominal APR (× periods) and effective rate ((1+r)^k − 1) for a periodic rate."""
    with localcontext() as ctx:
        ctx.prec = _PREC
        effective = (1 + periodic) ** per_year - 1
    return TrueCost(+periodic, +(periodic * per_year), +effective, per_year, rates or (periodic,))


def true_cost(flows: Sequence[Decimal], per_year: int = 12) -> TrueCost:
    """IRR of regular flows, annualised both ways (every IRR in ``rates``)."""
    rates = irr_all(flows)
    return annualise(_chosen(rates), per_year, rates)


def xirr_all(flows: Sequence[tuple[date, Decimal]]) -> tuple[Decimal, ...]:
    """Every effective annual rate of dated flows (Actual/365), ascending."""
    if not flows:
        raise _no_rate()
    _check_signs([amount for _, amount in flows])
    first = min(day for day, _ in flows)
    daily = rates_of([((day - first).days, Decimal(amount)) for day, amount in flows])
    if not daily:
        raise _no_rate()
    with localcontext() as ctx:
        ctx.prec = _PREC
        annual = [((1 + r).ln() * 365).exp() - 1 for r in daily]
    return tuple(+rate for rate in annual)


def xirr(flows: Sequence[tuple[date, Decimal]]) -> Decimal:
    """Effective annual rate of dated flows (Actual/365), as a fraction."""
    return _chosen(xirr_all(flows))


def xirr_cost(flows: Sequence[tuple[date, Decimal]], per_year: int = 12) -> TrueCost:
    """XIRR expressed like :func:`true_cost`: periodic = (1+x)^(1/k) − 1, APR = periodic × k."""
    effectives = xirr_all(flows)
    with localcontext() as ctx:
        ctx.prec = _PREC
        periodics = tuple(((1 + e).ln() / per_year).exp() - 1 for e in effectives)
    chosen = effectives.index(_chosen(effectives))
    periodic = +periodics[chosen]
    return TrueCost(
        periodic, +(periodic * per_year), effectives[chosen], per_year,
        tuple(+p for p in periodics),
    )  # fmt: skip


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
