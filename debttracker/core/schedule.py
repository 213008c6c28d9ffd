"""Repayment schedules: 等额本息, 等额本金, 先息后本, 一次性还本付息, and 随借随还 interest.

Rules (DESIGN.md §3, domain.md §1): each period's interest is the balance times the period
rate, rounded half-up to the fen; the last instalment absorbs the remainder so the balance ends
at exactly 0.00.  Instalment ``n`` is due ``n`` months after the start date, computed from the
start each time and clamped to the month end (start Jan 31: Feb 28/29, Mar 31, Apr 30 ...).

The loops work in integer fen with the exact rational period rate, so there is no drift and a
360-month schedule takes well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum
from fractions import Fraction
from itertools import pairwise

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, q2, round_half_up_div, to_fen
from debttracker.core.rates import Rate

MAX_MONTHS = 1200
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

Row = tuple[int, int]  # (principal fen, interest fen)


class Method(StrEnum):
    """Repayment method."""

    ANNUITY = "annuity"  # 等额本息
    EQUAL_PRINCIPAL = "equal-principal"  # 等额本金
    INTEREST_ONLY = "interest-only"  # 先息后本
    BULLET = "bullet"  # 一次性还本付息


@dataclass(frozen=True, slots=True)
class Installment:
    """One instalment: ``payment = principal + interest + fee``; ``balance`` after paying it."""

    n: int
    due: date
    payment: Decimal
    principal: Decimal
    interest: Decimal
    fee: Decimal
    balance: Decimal


@dataclass(frozen=True, slots=True)
class Schedule:
    """A list of instalments and its totals."""

    installments: tuple[Installment, ...]
    total_interest: Decimal
    total_paid: Decimal

    @property
    def total_principal(self) -> Decimal:
        return sum((row.principal for row in self.installments), ZERO)

    @property
    def total_fees(self) -> Decimal:
        return sum((row.fee for row in self.installments), ZERO)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(start: date, months: int) -> date:
    """``start`` plus ``months`` calendar months, clamped to the end of the target month."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    month = month0 + 1
    day = start.day
    if day > 28:
        day = min(day, days_in_month(year, month))
    return date(year, month, day)


def due_date(start: date, n: int) -> date:
    """Due date of instalment ``n`` (the first is one month after ``start``)."""
    return add_months(start, n)


# --- validation ----------------------------------------------------------------------------


def check_principal(principal: Decimal) -> int:
    """The principal in fen; it must be positive with at most two decimals."""
    if not isinstance(principal, Decimal) or not principal.is_finite() or principal <= 0:
        raise DomainError(
            msg(
                "schedule",
                QT_TRANSLATE_NOOP("schedule", "The principal must be a positive amount: %1"),
                principal,
            ),
            field="principal",
        )
    if q2(principal) != principal:
        raise DomainError(
            msg(
                "schedule",
                QT_TRANSLATE_NOOP("schedule", "Use at most two decimal places: %1"),
                principal,
            ),
            field="principal",
        )
    return to_fen(principal)


def check_months(months: int) -> int:
    if not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise DomainError(
            msg(
                "schedule",
                QT_TRANSLATE_NOOP("schedule", "The term must be 1 to %1 months, not %2"),
                MAX_MONTHS,
                months,
            ),
            field="months",
        )
    return months


# --- payment formula -----------------------------------------------------------------------


def annuity_payment_raw(
    principal: Decimal, monthly_rate: Decimal | Fraction, months: int
) -> Decimal:
    """``A = P·i·(1+i)^n / ((1+i)^n − 1)`` unrounded (40 significant digits)."""
    with localcontext() as ctx:
        ctx.prec = 40
        if isinstance(monthly_rate, Fraction):
            rate = Decimal(monthly_rate.numerator) / Decimal(monthly_rate.denominator)
        else:
            rate = Decimal(monthly_rate)
        if rate == 0:
            return principal / months
        growth = (1 + rate) ** months
        return principal * rate * growth / (growth - 1)


def annuity_payment(principal: Decimal, monthly_rate: Decimal | Fraction, months: int) -> Decimal:
    """The 等额本息 monthly payment, rounded half-up to the fen."""
    return q2(annuity_payment_raw(principal, monthly_rate, months))


# --- row generators (integer fen) ----------------------------------------------------------


def annuity_rows(balance: int, rate: Fraction, payment: int, months: int | None) -> list[Row]:
    """Fixed ``payment`` per month; the last month (or, with ``months=None``, the month the
    balance can be cleared) takes the remainder.  Rows after an early zero balance are zeros."""
    num, den2 = 2 * rate.numerator, 2 * rate.denominator
    den = rate.denominator
    rows: list[Row] = []
    k = 0
    while balance > 0 if months is None else k < months:
        k += 1
        interest = (balance * num + den) // den2
        if k == months or (months is None and balance + interest <= payment):
            principal = balance
        else:
            principal = min(max(payment - interest, 0), balance)
            if months is None and principal == 0:
                raise _never_repaid()
        rows.append((principal, interest))
        balance -= principal
    return rows


def equal_principal_rows(balance: int, rate: Fraction, part: int, months: int | None) -> list[Row]:
    """Principal ``part`` per month, interest on the balance; the last month clears it."""
    num, den2, den = 2 * rate.numerator, 2 * rate.denominator, rate.denominator
    rows: list[Row] = []
    k = 0
    while balance > 0 if months is None else k < months:
        k += 1
        interest = (balance * num + den) // den2
        principal = balance if k == months else min(part, balance)
        rows.append((principal, interest))
        balance -= principal
    return rows


def _period_days(start: date, first_n: int, months: int) -> list[int]:
    dues = [due_date(start, n) for n in range(first_n - 1, first_n + months)]
    return [(b - a).days for a, b in pairwise(dues)]


def interest_only_rows(
    balance: int, rate: Rate, months: int, start: date, first_n: int, by_days: bool
) -> list[Row]:
    """Interest each month (by months, or daily rate × actual days); principal at the end."""
    if by_days:
        daily = rate.daily_exact()
        interests = [
            round_half_up_div(balance * daily.numerator * d, daily.denominator)
            for d in _period_days(start, first_n, months)
        ]
    else:
        monthly = rate.monthly_exact()
        interests = [round_half_up_div(balance * monthly.numerator, monthly.denominator)] * months
    return [(0, i) for i in interests[:-1]] + [(balance, interests[-1])]


def bullet_rows(
    balance: int, rate: Rate, months: int, start: date, first_n: int, by_days: bool
) -> list[Row]:
    """One row at maturity: P × monthly rate × months, or P × daily rate × actual days."""
    if by_days:
        days = (due_date(start, first_n + months - 1) - due_date(start, first_n - 1)).days
        factor = rate.daily_exact() * days
    else:
        factor = rate.monthly_exact() * months
    return [(balance, round_half_up_div(balance * factor.numerator, factor.denominator))]


def _never_repaid() -> DomainError:
    return DomainError(
        msg(
            "schedule",
            QT_TRANSLATE_NOOP(
                "schedule",
                "The payment does not cover the interest; the loan would never be repaid.",
            ),
        ),
        field="payment",
    )


# --- assembling ----------------------------------------------------------------------------


def _due_dates(start: date, first_n: int, count: int) -> list[date]:
    """Due dates of instalments ``first_n .. first_n+count-1`` (cheap month stepping)."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + first_n, 12)
    month, day, dues = month0 + 1, start.day, []
    for _ in range(count):
        dues.append(date(year, month, day if day <= 28 else min(day, days_in_month(year, month))))
        if month == 12:
            year, month = year + 1, 1
        else:
            month += 1
    return dues


def assemble(
    rows: Sequence[Row],
    balance: int,
    start: date,
    first_n: int = 1,
    fee: Decimal = ZERO,
    dues: Sequence[date] | None = None,
) -> Schedule:
    """Turn fen rows into a :class:`Schedule` (due dates from ``start``, numbering from ``first_n``)."""
    fee_fen = to_fen(fee)
    fee_value = from_fen(fee_fen)
    if dues is None:
        dues = _due_dates(start, first_n, len(rows))
    make = Installment
    decimal = Decimal
    payments: dict[int, Decimal] = {}
    installments = []
    total_interest = total_paid = 0
    for n, (principal, interest), due in zip(
        range(first_n, first_n + len(rows)), rows, dues, strict=True
    ):
        balance -= principal
        payment = principal + interest + fee_fen
        total_interest += interest
        total_paid += payment
        pay = payments.get(payment)
        if pay is None:
            pay = payments[payment] = decimal(payment).scaleb(-2)
        installments.append(
            make(
                n,
                due,
                pay,
                decimal(principal).scaleb(-2),
                decimal(interest).scaleb(-2),
                fee_value,
                decimal(balance).scaleb(-2),
            )
        )
    return Schedule(tuple(installments), from_fen(total_interest), from_fen(total_paid))


def build_rows(
    balance: int,
    rate: Rate,
    months: int,
    method: Method | str,
    start: date,
    first_n: int = 1,
    by_days: bool = False,
) -> list[Row]:
    """The fen rows of a fresh schedule for ``balance`` fen over ``months`` months."""
    method = Method(method)
    if method is Method.ANNUITY:
        monthly = rate.monthly_exact()
        payment = to_fen(annuity_payment(from_fen(balance), monthly, months))
        return annuity_rows(balance, monthly, payment, months)
    if method is Method.EQUAL_PRINCIPAL:
        return equal_principal_rows(
            balance, rate.monthly_exact(), round_half_up_div(balance, months), months
        )
    if method is Method.INTEREST_ONLY:
        return interest_only_rows(balance, rate, months, start, first_n, by_days)
    return bullet_rows(balance, rate, months, start, first_n, by_days)


def due_on_day(day: date, due_day: int | None) -> date:
    """``day`` moved to the ``due_day`` of its month (clamped to the month's end)."""
    if due_day is None:
        return day
    return day.replace(day=min(due_day, days_in_month(day.year, day.month)))


def _first_period(
    rows: list[Row], balance: int, rate: Rate, method: Method, start: date, dues: list[date]
) -> list[Row]:
    """Rows whose first period runs from ``start`` to ``dues[0]`` (a due day other than the
    start's day): its interest is the daily rate × the actual days, as Chinese lenders charge
    (首期按实际天数计息); the principal parts and later periods are unchanged."""
    daily = rate.daily_exact()
    days = (dues[0] - start).days
    first = round_half_up_div(balance * daily.numerator * days, daily.denominator)
    if method is Method.BULLET:  # one row: n − 1 whole months plus the first period by days
        monthly = rate.monthly_exact()
        month = round_half_up_div(balance * monthly.numerator, monthly.denominator)
        principal, interest = rows[0]
        return [(principal, max(interest - month, 0) + first)]
    return [(rows[0][0], first), *rows[1:]]


def build_schedule(
    principal: Decimal,
    rate: Rate,
    months: int,
    method: Method | str,
    start: date,
    *,
    fee: Decimal = ZERO,
    by_days: bool = False,
    due_day: int | None = None,
) -> Schedule:
    """A schedule for a new loan; ``fee`` is a fixed fee per instalment (listed separately).

    ``by_days`` counts interest-only and bullet interest by actual days at the daily rate
    (day basis 360 or 365 from ``rate``) instead of by months.  ``due_day`` moves every due
    date to that day of its month (start 2026-01-20, due day 5: first due 02-05); the first
    period is then not a whole month and its interest is the daily rate × its actual days
    (16 days here) -- the convention Chinese lenders use for 首期.  Later periods are months.
    """
    balance = check_principal(principal)
    check_months(months)
    try:
        method = Method(method)
    except ValueError as exc:
        raise DomainError(
            msg("schedule", QT_TRANSLATE_NOOP("schedule", "Unknown repayment method: %1"), method),
            field="method",
        ) from exc
    rows = build_rows(balance, rate, months, method, start, 1, by_days)
    count = 1 if method is Method.BULLET else months
    first_n = months if method is Method.BULLET else 1
    dues = [due_on_day(due_date(start, n), due_day) for n in range(first_n, first_n + count)]
    if due_day is not None and due_on_day(due_date(start, 1), due_day) != due_date(start, 1):
        first_due = due_on_day(due_date(start, 1), due_day)
        if by_days and method in (Method.BULLET, Method.INTEREST_ONLY):
            rows = _by_days_to(rows, balance, rate, start, dues)
        else:
            rows = _first_period(rows, balance, rate, method, start, [first_due])
    return assemble(rows, balance, start, 1, fee, dues)


def _by_days_to(
    rows: list[Row], balance: int, rate: Rate, start: date, dues: list[date]
) -> list[Row]:
    """Interest by actual days between the moved due dates (by-days interest-only / bullet)."""
    daily = rate.daily_exact()
    edges = [start, *dues]
    interests = [
        round_half_up_div(balance * daily.numerator * (b - a).days, daily.denominator)
        for a, b in pairwise(edges)
    ]
    return [
        (principal, interest) for (principal, _old), interest in zip(rows, interests, strict=True)
    ]


# --- 随借随还: daily interest on a drawn balance -------------------------------------------


def daily_interest(principal: Decimal, rate: Rate, days: int) -> Decimal:
    """``principal × daily rate × days``, rounded to the fen (domain.md §1.6)."""
    daily = rate.daily_exact()
    return from_fen(
        round_half_up_div(to_fen(principal) * daily.numerator * days, daily.denominator)
    )


def draw_repay_interest(
    events: Iterable[tuple[date, Decimal]],
    rate: Rate,
    as_of: date,
    *,
    count_both_ends: bool = False,
) -> Decimal:
    """Interest on a 随借随还 line: draws (+) and repayments (−) by date, accrued to ``as_of``.

    Each day from a draw up to the day before ``as_of`` bears interest on the balance at the
    end of that day (a repayment stops interest on its own day).  ``count_both_ends`` also
    charges ``as_of`` itself (the variant some sources use, domain.md §1.6).  Rounded once.
    """
    daily = rate.daily_exact()
    end = as_of.toordinal() + (1 if count_both_ends else 0)
    ordered = sorted(((d.toordinal(), to_fen(a)) for d, a in events if d.toordinal() < end))
    fen_days = 0
    balance = 0
    for index, (day, amount) in enumerate(ordered):
        balance += amount
        following = ordered[index + 1][0] if index + 1 < len(ordered) else end
        fen_days += max(balance, 0) * (following - day)
    return from_fen(round_half_up_div(fen_days * daily.numerator, daily.denominator))
