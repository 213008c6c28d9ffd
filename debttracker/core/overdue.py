"""Overdue maths (domain.md §4): days overdue, penalty interest (罚息), compound interest (复利)
and late fees (违约金), all as of a date the caller passes in.

Days overdue: paid (or still unpaid on ``as_of``) within the grace days means not overdue (0).
Once past the grace period the days count from the due date itself, as banks do: grace is a
tolerance, not an extension of the due date.

Penalty interest per day = overdue principal × contract annual rate × (1 + uplift) ÷ day basis
(uplift 0.3–0.5 for bank loans, PBOC 银发〔2003〕251号).  Accrued amounts are computed exactly
and rounded to the fen once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, q2, round_half_up_div, to_fen
from debttracker.core.rates import Rate


def days_overdue(due: date, as_of: date, grace_days: int = 0, paid_on: date | None = None) -> int:
    """Days overdue of an instalment on ``as_of`` (or on ``paid_on`` if it was paid by then)."""
    if grace_days < 0:
        raise DomainError(
            msg(
                "overdue",
                QT_TRANSLATE_NOOP("overdue", "Grace days cannot be negative: %1"),
                grace_days,
            ),
            field="grace_days",
        )
    reference = min(paid_on, as_of) if paid_on is not None else as_of
    late = (reference - due).days
    return late if late > grace_days else 0


def penalty_rate(contract: Rate, uplift: Decimal) -> Fraction:
    """The annual penalty rate: contract annual rate × (1 + uplift), exact."""
    if uplift < 0:
        raise DomainError(
            msg(
                "overdue",
                QT_TRANSLATE_NOOP("overdue", "The penalty uplift cannot be negative: %1"),
                uplift,
            ),
            field="uplift",
        )
    return Fraction(contract.annual()) * (1 + Fraction(uplift))


def _accrue(amount: Decimal, annual: Fraction, days: int, day_basis: int) -> int:
    exact = to_fen(amount) * annual * days / day_basis
    return round_half_up_div(exact.numerator, exact.denominator)


def penalty_per_day(overdue_principal: Decimal, contract: Rate, uplift: Decimal) -> Decimal:
    """One day of penalty interest, rounded to the fen (domain.md §10 vectors 15 and 16)."""
    return from_fen(
        _accrue(overdue_principal, penalty_rate(contract, uplift), 1, contract.day_basis)
    )


@dataclass(frozen=True, slots=True)
class PenaltyAccrual:
    """Penalty interest on principal, compound interest on unpaid interest, and their sum."""

    days: int
    penalty: Decimal
    compound: Decimal
    total: Decimal


def accrued_penalty(
    overdue_principal: Decimal,
    contract: Rate,
    uplift: Decimal,
    since: date,
    as_of: date,
    *,
    unpaid_interest: Decimal = ZERO,
    compound: bool = True,
) -> PenaltyAccrual:
    """Penalty interest from ``since`` (the due date) to ``as_of`` (days = as_of − since).

    With ``compound`` the unpaid contractual interest also bears interest at the penalty rate
    (复利, as PBOC rules allow); the penalty itself is not capitalised.
    """
    days = max((as_of - since).days, 0)
    annual = penalty_rate(contract, uplift)
    penalty = _accrue(overdue_principal, annual, days, contract.day_basis)
    extra = _accrue(unpaid_interest, annual, days, contract.day_basis) if compound else 0
    return PenaltyAccrual(days, from_fen(penalty), from_fen(extra), from_fen(penalty + extra))


@dataclass(frozen=True, slots=True)
class LateFeeRule:
    """违约金: ``fixed`` + ``percent`` (fraction) of the overdue amount, within optional bounds."""

    fixed: Decimal = ZERO
    percent: Decimal = ZERO
    minimum: Decimal | None = None
    maximum: Decimal | None = None


def late_fee(overdue_amount: Decimal, rule: LateFeeRule) -> Decimal:
    """The late fee for an overdue amount (0 when nothing is overdue)."""
    if overdue_amount <= 0:
        return ZERO
    fee = q2(rule.fixed + overdue_amount * rule.percent)
    if rule.minimum is not None:
        fee = max(fee, q2(rule.minimum))
    if rule.maximum is not None:
        fee = min(fee, q2(rule.maximum))
    return fee
