"""Budget maths (issue 5): what can honestly be paid each month, and what to do when it cannot.

A budget line is income or an expense in a category; expenses are essential (rent, food,
medical...) or discretionary. A line is *recurring* from its ``start`` month until its ``end``
month (included; ``None`` = open-ended) — "changing" a recurring line ends it and starts a new
one (:func:`change_recurring`), so past months keep their figures — or *one-off* in ``start``.

Each month a line counts its **actual** amount when one was recorded for that month, else its
**planned** amount: the month view shows the truth where it is known and the plan elsewhere.

Available for repayment = income − essential spending (discretionary spending is what the user
could still cut, so it is shown beside it, not subtracted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import ZERO, q2

INCOME, EXPENSE = "income", "expense"
NEGOTIATING = "negotiating"
DAYS_PER_MONTH = 30  # a month of delay, for comparing penalty costs

_ASCII_DIGITS = re.compile(r"[0-9]{1,4}")


@dataclass(frozen=True, slots=True, order=True)
class Month:
    """A calendar month, ordered; ``str()`` gives ``YYYY-MM``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise DomainError(
                msg(
                    "budget",
                    QT_TRANSLATE_NOOP("budget", "Not a month: %1-%2"),
                    self.year,
                    self.month,
                ),
                field="month",
            )

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """``"2026-03"`` → ``Month(2026, 3)``."""
        year, sep, month = text.strip().partition("-")
        # ASCII digits only: str.isdigit() also takes "²" and int() then fails
        if not (sep and _ASCII_DIGITS.fullmatch(year) and _ASCII_DIGITS.fullmatch(month)):
            raise DomainError(
                msg("budget", QT_TRANSLATE_NOOP("budget", "Not a month (YYYY-MM): %1"), text),
                field="month",
            )
        return cls(int(year), int(month))

    def shift(self, months: int) -> Month:
        """The month ``months`` later (earlier when negative)."""
        index = self.year * 12 + self.month - 1 + months
        return Month(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One income or expense line. ``id`` is None for a line not stored yet."""

    id: int | str | None
    kind: str  # INCOME or EXPENSE
    name: str
    category: str
    planned: Decimal
    start: Month
    end: Month | None = None  # last month included (recurring lines)
    recurring: bool = True
    essential: bool = True  # expenses only
    actuals: tuple[tuple[Month, Decimal], ...] = ()

    def active_in(self, month: Month) -> bool:
        """Whether the line counts in ``month``."""
        if not self.recurring:
            return month == self.start
        return self.start <= month and (self.end is None or month <= self.end)

    def amount_in(self, month: Month) -> Decimal:
        """Actual amount for ``month`` when recorded, else planned; zero when not active."""
        if not self.active_in(month):
            return ZERO
        for when, amount in self.actuals:
            if when == month:
                return q2(amount)
        return q2(self.planned)


def validate_line(line: BudgetLine) -> list[tuple[str, Message]]:
    """Errors per field (empty when valid), for live form validation."""
    errors: list[tuple[str, Message]] = []
    if line.kind not in (INCOME, EXPENSE):
        errors.append(
            ("kind", msg("budget", QT_TRANSLATE_NOOP("budget", "Choose income or expense")))
        )
    if not line.name.strip():
        errors.append(("name", msg("budget", QT_TRANSLATE_NOOP("budget", "A name is required"))))
    if line.planned < 0 or any(amount < 0 for _, amount in line.actuals):
        errors.append(
            ("planned", msg("budget", QT_TRANSLATE_NOOP("budget", "Amounts cannot be negative")))
        )
    if line.end is not None and line.end < line.start:
        errors.append(
            (
                "end",
                msg("budget", QT_TRANSLATE_NOOP("budget", "The last month is before the first")),
            )
        )
    return errors


def change_recurring(line: BudgetLine, from_month: Month, planned: Decimal) -> list[BudgetLine]:
    """Lines replacing ``line`` when its planned amount changes from ``from_month`` on.

    The old line ends the month before (keeping its actuals up to then); a new line (``id``
    None) carries the new amount and the later actuals.
    """
    if not line.recurring or from_month <= line.start:
        return [replace(line, planned=planned)]
    if line.end is not None and line.end < from_month:
        return [line]  # already ended: nothing to change
    before = tuple(a for a in line.actuals if a[0] < from_month)
    after = tuple(a for a in line.actuals if a[0] >= from_month)
    old = replace(line, end=from_month.shift(-1), actuals=before)
    return [old, replace(line, id=None, start=from_month, planned=planned, actuals=after)]


@dataclass(frozen=True, slots=True)
class MonthSummary:
    """The month view's figures."""

    month: Month
    income: Decimal
    essential: Decimal
    discretionary: Decimal
    minimums: Decimal
    available: Decimal  # income − essential
    covers: bool  # available ≥ minimums
    shortfall: Decimal  # how much the minimums exceed the available amount (≥ 0)

    @property
    def spending(self) -> Decimal:
        return self.essential + self.discretionary

    @property
    def left_after_minimums(self) -> Decimal:
        """Available minus minimums; negative when short."""
        return self.available - self.minimums


def month_summary(lines: Iterable[BudgetLine], month: Month, minimums_due: Decimal) -> MonthSummary:
    """Income, spending and what is available for repayment in ``month``."""
    income = essential = discretionary = ZERO
    for line in lines:
        amount = line.amount_in(month)
        if line.kind == INCOME:
            income += amount
        elif line.essential:
            essential += amount
        else:
            discretionary += amount
    minimums = q2(minimums_due)
    available = income - essential
    shortfall = max(minimums - available, ZERO)
    return MonthSummary(
        month, income, essential, discretionary, minimums, available, shortfall == 0, shortfall
    )


def _same_slot(a: BudgetLine, b: BudgetLine) -> bool:
    return (a.kind, a.name, a.category, a.essential) == (b.kind, b.name, b.category, b.essential)


def copy_plan(lines: Sequence[BudgetLine], from_month: Month, to_month: Month) -> list[BudgetLine]:
    """New one-off lines that make ``to_month``'s plan match ``from_month``'s.

    Recurring lines active in both months are already there; everything else planned in
    ``from_month`` is copied as a one-off (planned amount, no actuals) unless ``to_month``
    already has a line of the same kind, name, category and essential flag.
    """
    present = [line for line in lines if line.active_in(to_month)]
    copies: list[BudgetLine] = []
    for line in lines:
        if not line.active_in(from_month) or line.active_in(to_month):
            continue
        if any(_same_slot(line, other) for other in (*present, *copies)):
            continue
        copies.append(replace(line, id=None, start=to_month, end=None, recurring=False, actuals=()))
    return copies


@dataclass(frozen=True, slots=True)
class DebtFact:
    """What triage needs to know about one debt this month."""

    id: int | str
    name: str
    minimum_due: Decimal
    daily_penalty: Decimal  # penalty interest and fees one day late would add
    status: str  # current, overdue, negotiating, ...


@dataclass(frozen=True, slots=True)
class TriageOption:
    id: int | str
    name: str
    minimum_due: Decimal
    monthly_penalty: Decimal  # daily penalty × 30, to the fen
    status: str


@dataclass(frozen=True, slots=True)
class Triage:
    """Options when the money does not cover the minimums; the user decides."""

    shortfall: Decimal
    cheapest_to_slip: tuple[TriageOption, ...]  # lowest penalty per month of delay first
    heaviest_penalty: tuple[TriageOption, ...]  # highest first
    negotiating: tuple[TriageOption, ...]  # lenders already in talks
    suggestion: tuple[int | str, ...]  # cheapest debts whose minimums cover the shortfall
    suggestion_cost: Decimal  # their penalty for a month's delay
    suggestion_covers: bool


def shortfall_triage(debts: Iterable[DebtFact], shortfall: Decimal) -> Triage:
    """Order the debts plainly for a month that is ``shortfall`` short of the minimums."""
    options = [
        TriageOption(
            d.id, d.name, q2(d.minimum_due), q2(d.daily_penalty * DAYS_PER_MONTH), d.status
        )
        for d in debts
        if d.minimum_due > 0
    ]
    cheapest = sorted(options, key=lambda o: (o.monthly_penalty, -o.minimum_due, o.name))
    heaviest = sorted(options, key=lambda o: (-o.monthly_penalty, o.name))
    chosen: list[TriageOption] = []
    freed = ZERO
    for option in cheapest:
        if freed >= shortfall:
            break
        chosen.append(option)
        freed += option.minimum_due
    return Triage(
        shortfall=q2(max(shortfall, ZERO)),
        cheapest_to_slip=tuple(cheapest),
        heaviest_penalty=tuple(heaviest),
        negotiating=tuple(o for o in cheapest if o.status == NEGOTIATING),
        suggestion=tuple(o.id for o in chosen),
        suggestion_cost=sum((o.monthly_penalty for o in chosen), ZERO),
        suggestion_covers=freed >= shortfall,
    )


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: Month
    income: Decimal
    spending: Decimal
    available: Decimal


def last_months(end: Month, count: int = 12) -> list[Month]:
    """The ``count`` months ending with ``end``, oldest first."""
    return [end.shift(k - count + 1) for k in range(count)]


def trend(lines: Sequence[BudgetLine], months: Iterable[Month]) -> list[TrendPoint]:
    """Income, spending and available money per month, for the 12-month chart."""
    points = []
    for month in months:
        s = month_summary(lines, month, ZERO)
        points.append(TrendPoint(month, s.income, s.spending, s.available))
    return points
