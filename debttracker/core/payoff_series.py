"""Chart series from payoff plans (issue 8): pure functions, integer fen, no drawing.

The planner (:mod:`core.payoff`) records each debt's balance per month when asked
(``record=True``); these functions shape that into what the charts draw:

* :func:`balance_layers` / :func:`stack`: the remaining balance per debt, stacked. Beyond a
  few debts the smaller ones are summed into one "other debts" layer, so a chart stays
  readable; the layer order (last paid at the bottom) can be kept while a slider moves.
* :func:`strategy_results`: every strategy's debt-free month and total interest, side by side.
* :func:`payoff_order`: when each debt is paid off, and since when it has the focus.
* :func:`progress` / :func:`progress_series`: paid so far against the total, and the actual
  principal owed by month next to the plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from debttracker.core.budget import Month
from debttracker.core.money import ZERO, q2
from debttracker.core.payoff import STRATEGIES, DebtId, PayoffDebt, PayoffPlan, compare

OTHER = "__other__"  # the id of the layer that sums the smaller debts
MAX_LAYERS = 7  # Okabe–Ito has eight colours; one stays for the plan/total lines


@dataclass(frozen=True, slots=True)
class Layer:
    """One band of the stacked chart: a debt, or several summed (``id == OTHER``)."""

    id: DebtId
    name: str
    fen: tuple[int, ...]  # balance at the end of each month, month 0 = today
    count: int = 1  # debts in the layer


def _grouping(debts: Sequence[PayoffDebt], max_layers: int) -> set[DebtId]:
    """Ids shown as their own layer: all, or the largest ``max_layers - 1`` by balance."""
    if len(debts) <= max_layers:
        return {d.id for d in debts}
    largest = sorted(debts, key=lambda d: (-d.balance, str(d.id)))[: max_layers - 1]
    return {d.id for d in largest}


def _default_order(layers: list[Layer], plan: PayoffPlan) -> list[DebtId]:
    """Bottom to top: never paid first, then the latest paid; the first paid is on top."""
    month = {o.id: o.payoff_month for o in plan.outcomes}

    def key(layer: Layer) -> tuple[int, int]:
        if layer.id == OTHER:
            return (0, 0)
        paid = month.get(layer.id)
        return (1, -(paid if paid is not None else 10**9))

    return [layer.id for layer in sorted(layers, key=key)]


def balance_layers(
    debts: Sequence[PayoffDebt],
    plan: PayoffPlan,
    order: Sequence[DebtId] | None = None,
    max_layers: int = MAX_LAYERS,
) -> tuple[Layer, ...]:
    """The layers of the stacked chart, bottom first.

    ``plan`` must be recorded (``record=True``) on ``debts``. ``order``: layer ids from an
    earlier call, to keep the bands where they are while the amount changes.
    """
    own = _grouping(debts, max_layers)
    layers: list[Layer] = []
    other: list[int] | None = None
    others = 0
    for debt, row in zip(debts, plan.balances, strict=True):
        if debt.id in own:
            layers.append(Layer(debt.id, debt.name, row))
        elif other is None:
            other, others = list(row), 1
        else:
            others += 1
            other = [a + b for a, b in zip(other, row, strict=True)]
    if other is not None:
        layers.append(Layer(OTHER, "", tuple(other), others))
    wanted = list(order) if order is not None else _default_order(layers, plan)
    rank = {layer_id: i for i, layer_id in enumerate(wanted)}
    return tuple(sorted(layers, key=lambda layer: rank.get(layer.id, len(rank))))


def stack(layers: Sequence[Layer], length: int) -> tuple[tuple[int, ...], ...]:
    """Cumulative tops of each layer over ``length`` months (a row ending early keeps its
    last value: 0 once paid, the grown balance when the plan stopped)."""
    tops: list[tuple[int, ...]] = []
    below = [0] * length
    for layer in layers:
        row = layer.fen[:length]
        last = row[-1] if row else 0
        padded = [*row, *([last] * (length - len(row)))]
        below = [a + b for a, b in zip(below, padded, strict=True)]
        tops.append(tuple(below))
    return tuple(tops)


def totals(plan: PayoffPlan) -> tuple[int, ...]:
    """Total balance per month of a recorded plan (fen)."""
    if not plan.balances:
        return ()
    return tuple(sum(column) for column in zip(*plan.balances, strict=True))


@dataclass(frozen=True, slots=True)
class StrategyResult:
    strategy: str
    feasible: bool
    debt_free_month: int | None
    total_interest: Decimal
    total_paid: Decimal


def strategy_results(
    debts: Sequence[PayoffDebt],
    monthly: Decimal,
    *,
    extras: Mapping[int, Decimal] | None = None,
    changes: Mapping[int, Decimal] | None = None,
) -> tuple[StrategyResult, ...]:
    """Every strategy on the same money, in :data:`core.payoff.STRATEGIES` order."""
    plans = compare(debts, monthly, extras=extras, changes=changes)
    return tuple(
        StrategyResult(
            name,
            plans[name].feasible,
            plans[name].debt_free_month,
            plans[name].total_interest,
            plans[name].total_paid,
        )
        for name in STRATEGIES
    )


@dataclass(frozen=True, slots=True)
class OrderItem:
    """One debt on the payoff timeline: the focus from ``focus_from`` to ``payoff_month``."""

    id: DebtId
    name: str
    focus_from: int
    payoff_month: int | None  # None: not paid off in the plan
    # runs of months (first, last), numbered from 1, in which the debt received extra money
    # above its minimum; empty when the plan was not recorded or nothing extra went to it
    extra_spans: tuple[tuple[int, int], ...] = ()


def extra_spans(extras: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """Runs ``(first, last)`` of months (from 1) in which ``extras[m - 1] > 0``."""
    spans: list[tuple[int, int]] = []
    for month, fen in enumerate(extras, start=1):
        if fen <= 0:
            continue
        if spans and spans[-1][1] == month - 1:
            spans[-1] = (spans[-1][0], month)
        else:
            spans.append((month, month))
    return tuple(spans)


def payoff_order(plan: PayoffPlan) -> tuple[OrderItem, ...]:
    """Debts in the order they are paid off (the unpaid last). Each one has the focus from
    the month the one before it is paid off (from the start under ``minimum``, which has no
    focus: every debt gets only its minimum)."""
    ranked = sorted(
        plan.outcomes,
        key=lambda o: (o.payoff_month is None, o.payoff_month or 0),
    )
    index = {o.id: i for i, o in enumerate(plan.outcomes)}
    items = []
    previous = 0
    for outcome in ranked:
        start = 0 if plan.strategy == "minimum" else previous
        end = outcome.payoff_month
        row = plan.extras[index[outcome.id]] if plan.extras else ()
        spans = extra_spans(row)
        items.append(OrderItem(outcome.id, outcome.name, min(start, end or start), end, spans))
        if end is not None:
            previous = end
    return tuple(items)


@dataclass(frozen=True, slots=True)
class Progress:
    """Paid so far against the total (paid + still owed); ``share`` is 0–1 (two places)."""

    paid: Decimal
    remaining: Decimal
    total: Decimal
    share: Decimal


def progress(paid: Decimal, remaining: Decimal) -> Progress:
    paid, remaining = q2(max(paid, ZERO)), q2(max(remaining, ZERO))
    total = paid + remaining
    share = (paid / total).quantize(Decimal("0.01")) if total else ZERO
    return Progress(paid, remaining, total, share)


@dataclass(frozen=True, slots=True)
class ProgressSeries:
    """Months on one axis: the actual principal owed up to today, then the plan's total.

    ``actual[i]`` is the month ``first.shift(i)``; ``plan[j]`` is ``first.shift(offset + j)``
    (``plan[0]`` is today's balance).
    """

    first: Month
    actual: tuple[int, ...]
    offset: int
    plan: tuple[int, ...]

    def month(self, index: int) -> Month:
        return self.first.shift(index)


def progress_series(
    history_first: Month, owed: Sequence[int], today: Month, plan_totals: Sequence[int]
) -> ProgressSeries:
    """Line up the history (from ``history_first``) and the plan (from ``today``)."""
    if not owed:
        return ProgressSeries(today, (), 0, tuple(plan_totals))
    offset = (today.year - history_first.year) * 12 + today.month - history_first.month
    return ProgressSeries(history_first, tuple(owed), max(offset, 0), tuple(plan_totals))
