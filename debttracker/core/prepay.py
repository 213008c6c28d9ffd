"""Early repayment (提前还款): partial (keep the term or keep the payment) and full payoff.

The prepayment is made together with instalment ``after`` (``after=0``: before the first
instalment), on its due date, so no broken-period interest arises; the rest of the schedule is
recomputed from the reduced balance and keeps the original due dates.  A full payoff on any
date adds the interest accrued by actual days since the last due date (daily rate, the debt's
360/365 basis).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, round_half_up_div, to_fen
from debttracker.core.rates import Rate
from debttracker.core.schedule import (
    Method,
    Schedule,
    annuity_rows,
    assemble,
    build_rows,
    due_date,
    equal_principal_rows,
)


class PrepayMode(StrEnum):
    KEEP_TERM = "keep-term"  # same end date, lower payment
    KEEP_PAYMENT = "keep-payment"  # same payment, shorter term
    FULL = "full"


@dataclass(frozen=True, slots=True)
class Prepayment:
    """What a prepayment does: the amount paid now and the schedule that replaces the rest."""

    after: int
    paid_on: date
    amount: Decimal
    accrued_interest: Decimal
    remaining: Schedule


def _balance_after(schedule: Schedule, after: int) -> int:
    if not 0 <= after < len(schedule.installments):
        raise DomainError(
            msg("prepay", QT_TRANSLATE_NOOP("prepay", "No open instalment after number %1"), after),
            field="after",
        )
    if after == 0:
        return to_fen(schedule.total_principal)
    return to_fen(schedule.installments[after - 1].balance)


def payoff(
    schedule: Schedule, rate: Rate, start: date, after: int, on: date | None = None
) -> Prepayment:
    """Pay everything after instalment ``after``: the balance plus interest accrued to ``on``."""
    balance = _balance_after(schedule, after)
    last_due = due_date(start, after) if after else start
    on = on or last_due
    days = (on - last_due).days
    if days < 0 or on > schedule.installments[after].due:
        raise DomainError(
            msg("prepay", QT_TRANSLATE_NOOP("prepay", "The payoff date must fall between %1 and %2"),
                last_due.isoformat(), schedule.installments[after].due.isoformat()),
            field="date",
        )  # fmt: skip
    daily = rate.daily_exact()
    accrued = round_half_up_div(balance * daily.numerator * days, daily.denominator)
    empty = Schedule((), ZERO, ZERO)
    return Prepayment(after, on, from_fen(balance + accrued), from_fen(accrued), empty)


def prepay(
    schedule: Schedule,
    rate: Rate,
    method: Method | str,
    start: date,
    *,
    after: int,
    amount: Decimal,
    mode: PrepayMode | str = PrepayMode.KEEP_TERM,
) -> Prepayment:
    """Prepay ``amount`` of principal with instalment ``after`` and recompute the rest.

    ``KEEP_TERM`` re-amortises the reduced balance over the remaining months (lower payment);
    ``KEEP_PAYMENT`` keeps the next regular payment (annuity) or principal part (equal
    principal) and shortens the term; ``FULL`` is :func:`payoff` on the due date.
    """
    mode, method = PrepayMode(mode), Method(method)
    if mode is PrepayMode.FULL:
        return payoff(schedule, rate, start, after)
    balance = _balance_after(schedule, after)
    paid = to_fen(amount)
    if paid <= 0 or paid > balance or paid != amount * 100:
        raise DomainError(
            msg(
                "prepay",
                QT_TRANSLATE_NOOP(
                    "prepay", "The prepayment must be between 0.01 and the balance %1"
                ),
                from_fen(balance),
            ),
            field="amount",
        )
    if paid == balance:
        return payoff(schedule, rate, start, after)
    rest = balance - paid
    next_row = schedule.installments[after]
    fee = next_row.fee
    if mode is PrepayMode.KEEP_TERM:
        months = len(schedule.installments) - after
        rows = build_rows(rest, rate, months, method, start, after + 1)
        dues = [next_row.due] if method is Method.BULLET else None
        remaining = assemble(rows, rest, start, after + 1, fee, dues)
    else:
        remaining = assemble(
            _keep_payment_rows(schedule, rate, method, after, rest), rest, start, after + 1, fee
        )
    paid_on = due_date(start, after) if after else start
    return Prepayment(after, paid_on, from_fen(paid), ZERO, remaining)


def _keep_payment_rows(
    schedule: Schedule, rate: Rate, method: Method, after: int, rest: int
) -> list[tuple[int, int]]:
    """Same payment (or principal part), never a longer term than the original."""
    next_row = schedule.installments[after]
    left = len(schedule.installments) - after
    if method is Method.ANNUITY:
        payment = to_fen(next_row.principal + next_row.interest)
        rows = annuity_rows(rest, rate.monthly_exact(), payment, None)
        return (
            rows if len(rows) <= left else annuity_rows(rest, rate.monthly_exact(), payment, left)
        )
    if method is Method.EQUAL_PRINCIPAL:
        part = to_fen(next_row.principal)
        months = min(left, -(-rest // part)) if part else left
        return equal_principal_rows(rest, rate.monthly_exact(), part, months)
    raise DomainError(
        msg(
            "prepay",
            QT_TRANSLATE_NOOP(
                "prepay", "Keeping the payment applies only to annuity and equal-principal loans."
            ),
        ),
        field="mode",
    )
