"""The scenario the Payoff tab plans (strategy, amounts, extras, changes, custom order) and
everything drawn from one plan; no widgets here, so it is cheap to test and to benchmark."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from debttracker.core.budget import Month
from debttracker.core.money import ZERO
from debttracker.core.payoff import DebtId, PayoffDebt, PayoffPlan, plan
from debttracker.core.payoff_series import (
    Layer,
    OrderItem,
    StrategyResult,
    balance_layers,
    payoff_order,
    strategy_results,
)


@dataclass(frozen=True)
class Scenario:
    """What the user asked for. Months of ``extras``/``changes`` are calendar months; the
    plan's month 1 is the month after ``start`` (today's month)."""

    strategy: str = "avalanche"
    monthly: Decimal = ZERO
    extra: Decimal = ZERO  # the what-if amount added to every month
    extras: tuple[tuple[Month, Decimal], ...] = ()  # one-off payments
    changes: tuple[tuple[Month, Decimal], ...] = ()  # a new monthly amount from a month
    order: tuple[int, ...] = ()  # custom order (debt ids)


@dataclass(frozen=True)
class Outcome:
    """A plan and its chart series."""

    start: Month
    debts: tuple[PayoffDebt, ...]
    plan: PayoffPlan
    strategies: tuple[StrategyResult, ...]
    layers: tuple[Layer, ...]
    order: tuple[OrderItem, ...]
    colours: dict[DebtId, int] = field(default_factory=dict)

    @property
    def months(self) -> int:
        return self.plan.months

    def month(self, index: int) -> Month:
        return self.start.shift(index)


def plan_month(start: Month, month: Month) -> int:
    """The plan's month number of a calendar month (0 or less: already past)."""
    return (month.year - start.year) * 12 + month.month - start.month


def _one_offs(start: Month, items: tuple[tuple[Month, Decimal], ...]) -> dict[int, Decimal]:
    """Extra payments by plan month (two in one month add up; past months are dropped)."""
    out: dict[int, Decimal] = {}
    for month, amount in items:
        index = plan_month(start, month)
        if index >= 1:
            out[index] = out.get(index, ZERO) + amount
    return out


def _changes(
    start: Month, items: tuple[tuple[Month, Decimal], ...], extra: Decimal
) -> dict[int, Decimal]:
    """New monthly amounts by plan month, each with the what-if extra on top (the last entry
    for a month wins; a change in a past month applies from month 1)."""
    out: dict[int, Decimal] = {}
    for month, amount in items:
        out[max(plan_month(start, month), 1)] = amount + extra
    return out


def with_order(debts: tuple[PayoffDebt, ...], order: tuple[int, ...]) -> tuple[PayoffDebt, ...]:
    """The debts with their custom-order positions (ids not in ``order`` come last)."""
    rank = {debt_id: i for i, debt_id in enumerate(order)}
    return tuple(replace(d, order=rank.get(d.id, len(rank) + i)) for i, d in enumerate(debts))


def compute(
    debts: tuple[PayoffDebt, ...],
    start: Month,
    scenario: Scenario,
    layer_order: tuple[DebtId, ...] | None = None,
) -> Outcome:
    """Plan ``scenario`` on ``debts`` and shape the series the charts and the table show."""
    planned = with_order(debts, scenario.order)
    monthly = scenario.monthly + scenario.extra
    extras = _one_offs(start, scenario.extras)
    changes = _changes(start, scenario.changes, scenario.extra)
    result = plan(
        planned, monthly, scenario.strategy, extras=extras, changes=changes, record=True,
        first_month=str(start),
    )  # fmt: skip
    return Outcome(
        start=start,
        debts=planned,
        plan=result,
        strategies=strategy_results(planned, monthly, extras=extras, changes=changes),
        layers=balance_layers(planned, result, layer_order),
        order=payoff_order(result),
        colours={d.id: i for i, d in enumerate(debts)},
    )
