"""Payoff planner: simulate paying a set of debts month by month under a strategy (issue 8).

Rules of the simulation, in this order each month:

1. Interest: every open debt is charged ``balance × rate / 12``, rounded half-up to the fen.
   The rate is the debt's ``penalty_rate`` when it has one (an overdue debt costs its penalty
   rate while it stays overdue), else its ``annual_rate`` (the true APR).
2. Minimums: every open debt gets ``min(minimum, balance)``. When the month's money is less
   than that sum the plan stops: it is not feasible.
3. The rest of the month's money (the *pool*) goes to the debts in strategy order, each paid up
   to its balance before the next one gets anything. The order is fixed at the start.
4. **Snowball rollover:** the month's money stays the same when a debt is paid off, so the
   paid-off debt's minimum falls into the pool for the others. The ``minimum`` strategy is the
   baseline without rollover: each debt gets its minimum only and the rest is not spent.

The month's money is ``monthly`` (or the latest entry of ``changes`` at or before that month)
plus any one-off ``extras`` for that month. Months are numbered from 1 (the first month of the
plan); the UI maps them to calendar months.

The plan stops and reports the unpaid debts (``feasible=False`` with a message) when the money
does not cover the minimums, when no open debt's payment covers its interest and no change of
amount is still to come (nothing would ever be paid off), or after ``max_months`` (600).
The loop works in integer fen, so 50 debts plan in a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import ZERO, from_fen, to_fen

DebtId = int | str
STRATEGIES = ("avalanche", "snowball", "penalty", "custom", "minimum")
MAX_MONTHS = 600


@dataclass(frozen=True, slots=True)
class PayoffDebt:
    """One debt as the planner sees it (agreements already applied by the caller)."""

    id: DebtId
    name: str
    balance: Decimal
    annual_rate: Decimal  # true APR as a fraction, e.g. Decimal("0.18")
    minimum: Decimal
    penalty_rate: Decimal | None = None  # annual fraction, for overdue debts
    order: int = 0  # position in the user's custom order

    @property
    def charged_rate(self) -> Decimal:
        """The annual rate the simulation charges."""
        return self.annual_rate if self.penalty_rate is None else self.penalty_rate


@dataclass(frozen=True, slots=True)
class DebtOutcome:
    """What happens to one debt under the plan."""

    id: DebtId
    name: str
    payoff_month: int | None  # None: not paid off within the plan
    interest_paid: Decimal
    total_paid: Decimal
    final_balance: Decimal
    grows: bool  # the balance at the end is higher than at the start


@dataclass(frozen=True, slots=True)
class PayoffPlan:
    """The result of :func:`plan`. ``balances`` is filled only when ``record=True``."""

    strategy: str
    feasible: bool
    message: Message | None
    outcomes: tuple[DebtOutcome, ...]
    total_interest: Decimal
    total_paid: Decimal
    months: int  # months simulated
    debt_free_month: int | None
    unpaid_ids: tuple[DebtId, ...]
    # balances[i][m]: debt i (input order) at the end of month m, in fen; m = 0 is the start
    balances: tuple[tuple[int, ...], ...] = field(default=(), repr=False)
    # extras[i][m - 1]: money above its minimum that debt i received in month m, in fen
    # (the extra / snowball money); filled only when ``record=True``
    extras: tuple[tuple[int, ...], ...] = field(default=(), repr=False)


def _error(text: str, fieldname: str, *args: object) -> DomainError:
    return DomainError(msg("payoff", text, *args), field=fieldname)


def _validate(debts: Sequence[PayoffDebt], strategy: str) -> None:
    """Reject inputs the simulation cannot honour."""
    if strategy not in STRATEGIES:
        raise _error(QT_TRANSLATE_NOOP("payoff", "Unknown strategy: %1"), "strategy", strategy)
    seen: set[DebtId] = set()
    for debt in debts:
        if debt.id in seen:
            raise _error(QT_TRANSLATE_NOOP("payoff", "Debt %1 is listed twice"), "debts", debt.id)
        seen.add(debt.id)
        rates = (debt.annual_rate, debt.penalty_rate or ZERO)
        if min(debt.balance, debt.minimum, *rates) < 0:
            raise _error(
                QT_TRANSLATE_NOOP("payoff", "%1: amounts and rates cannot be negative"),
                "debts",
                debt.name,
            )


def _priority(debts: Sequence[PayoffDebt], strategy: str) -> list[int]:
    """Indexes of ``debts`` in the order the pool pays them (ties: input order)."""
    keys = {
        "avalanche": lambda i: (-debts[i].charged_rate, debts[i].balance, i),
        "minimum": lambda i: (-debts[i].charged_rate, debts[i].balance, i),
        "snowball": lambda i: (debts[i].balance, -debts[i].charged_rate, i),
        "penalty": lambda i: (
            debts[i].penalty_rate is None,
            -(debts[i].penalty_rate or ZERO),
            -debts[i].charged_rate,
            i,
        ),
        "custom": lambda i: (debts[i].order, i),
    }
    return sorted(range(len(debts)), key=keys[strategy])


def _money(text: str, fieldname: str, amount: Decimal) -> int:
    """Fen of a non-negative amount of money for a month."""
    if amount < 0:
        raise _error(text, fieldname, amount)
    return to_fen(amount)


def _budgets(
    monthly: Decimal, extras: Mapping[int, Decimal], changes: Mapping[int, Decimal]
) -> tuple[int, list[tuple[int, int]], dict[int, int], int]:
    """Base fen, sorted (month, fen) changes, extras in fen, and the last month anything changes."""
    bad = QT_TRANSLATE_NOOP("payoff", "The monthly amount cannot be negative: %1")
    for month in (*extras, *changes):
        if month < 1:
            raise _error(QT_TRANSLATE_NOOP("payoff", "Months start at 1, not %1"), "month", month)
    base = _money(bad, "monthly", monthly)
    steps = sorted((m, _money(bad, "changes", a)) for m, a in changes.items())
    extra = {m: _money(bad, "extras", a) for m, a in extras.items()}
    return base, steps, extra, max((*extras, *changes), default=0)


@dataclass(slots=True)
class _State:
    """Mutable fen state of a running simulation (lists indexed like the input debts)."""

    names: list[str]
    rates: list[tuple[int, int]]  # monthly rate as numerator / denominator
    mins: list[int]
    bal: list[int]
    interest: list[int]
    paid: list[int]
    payoff: list[int | None]
    rows: list[list[int]] | None
    extra_rows: list[list[int]] | None = None
    month: int = 0
    stop: Message | None = None


def _charge(state: _State, active: list[int]) -> list[int]:
    """Add this month's interest (half-up to the fen) to each open debt; return it."""
    bal, rates, interest = state.bal, state.rates, state.interest
    charged = []
    for i in active:
        num, den = rates[i]
        amount = (2 * bal[i] * num + den) // (2 * den)
        bal[i] += amount
        interest[i] += amount
        charged.append(amount)
    return charged


def _month(state: _State, active: list[int], money: int, roll: bool) -> bool:
    """Pay one month for ``active`` (priority order); True while some debt is moving down."""
    bal, paid, mins = state.bal, state.paid, state.mins
    charged = _charge(state, active)
    due = [min(mins[i], bal[i]) for i in active]
    short = sum(due) - money
    if short > 0:
        state.stop = msg(
            "payoff",
            QT_TRANSLATE_NOOP(
                "payoff", "Not enough to cover the minimums in month %1: short by %2"
            ),
            state.month,
            from_fen(short),
        )
        return False
    pool = -short if roll else 0
    moving = False
    for i, minimum, interest in zip(active, due, charged, strict=True):
        extra = min(pool, bal[i] - minimum)
        pool -= extra
        if state.extra_rows is not None:
            state.extra_rows[i][-1] = extra
        amount = minimum + extra
        bal[i] -= amount
        paid[i] += amount
        if bal[i] == 0:
            state.payoff[i] = state.month
        moving = moving or amount > interest or bal[i] == 0
    return moving


def _new_state(debts: Sequence[PayoffDebt], record: bool) -> _State:
    """Convert the debts to integer fen and exact monthly-rate fractions."""
    rates = []
    for debt in debts:
        num, den = debt.charged_rate.as_integer_ratio()
        rates.append((num, den * 12))
    bal = [to_fen(d.balance) for d in debts]
    return _State(
        names=[d.name for d in debts],
        rates=rates,
        mins=[to_fen(d.minimum) for d in debts],
        bal=bal,
        interest=[0] * len(debts),
        paid=[0] * len(debts),
        payoff=[0 if b == 0 else None for b in bal],
        rows=[[b] for b in bal] if record else None,
        extra_rows=[[] for _ in bal] if record else None,
    )


def _run(
    state: _State,
    order: list[int],
    budget: tuple[int, list[tuple[int, int]], dict[int, int], int],
    roll: bool,
    max_months: int,
) -> None:
    """Simulate until every debt is paid, or the plan cannot go on."""
    base, steps, extras, last_event = budget
    active = [i for i in order if state.bal[i] > 0]
    step = 0
    while active:
        if state.month >= max_months:
            state.stop = msg(
                "payoff",
                QT_TRANSLATE_NOOP("payoff", "Not paid off within %1 months at this amount"),
                max_months,
            )
            return
        state.month += 1
        if state.extra_rows is not None:
            for extra_row in state.extra_rows:
                extra_row.append(0)
        while step < len(steps) and steps[step][0] <= state.month:
            base = steps[step][1]
            step += 1
        moving = _month(state, active, base + extras.get(state.month, 0), roll)
        if state.rows is not None:
            for i, row in enumerate(state.rows):
                row.append(state.bal[i])
        if state.stop is not None:
            return
        active = [i for i in active if state.bal[i] > 0]
        if active and not moving and state.month >= last_event:
            state.stop = msg(
                "payoff",
                QT_TRANSLATE_NOOP(
                    "payoff",
                    "The payments do not cover the interest: these debts would never be "
                    "paid off: %1",
                ),
                ", ".join(state.names[i] for i in active),
            )
            return


def _outcomes(debts: Sequence[PayoffDebt], state: _State) -> tuple[DebtOutcome, ...]:
    return tuple(
        DebtOutcome(
            id=debt.id,
            name=debt.name,
            payoff_month=state.payoff[i],
            interest_paid=from_fen(state.interest[i]),
            total_paid=from_fen(state.paid[i]),
            final_balance=from_fen(state.bal[i]),
            grows=state.bal[i] > to_fen(debt.balance),
        )
        for i, debt in enumerate(debts)
    )


def plan(
    debts: Sequence[PayoffDebt],
    monthly: Decimal,
    strategy: str,
    *,
    extras: Mapping[int, Decimal] | None = None,
    changes: Mapping[int, Decimal] | None = None,
    max_months: int = MAX_MONTHS,
    record: bool = False,
) -> PayoffPlan:
    """Simulate paying ``debts`` with ``monthly`` a month under ``strategy`` (see module doc).

    ``extras``: one-off amounts added in a month; ``changes``: a new monthly amount from a
    month on. ``record=True`` also keeps every month's balances for the charts.
    """
    _validate(debts, strategy)
    budget = _budgets(monthly, extras or {}, changes or {})
    state = _new_state(debts, record)
    _run(state, _priority(debts, strategy), budget, strategy != "minimum", max_months)
    unpaid = tuple(d.id for i, d in enumerate(debts) if state.bal[i] > 0)
    return PayoffPlan(
        strategy=strategy,
        feasible=state.stop is None,
        message=state.stop,
        outcomes=_outcomes(debts, state),
        total_interest=from_fen(sum(state.interest)),
        total_paid=from_fen(sum(state.paid)),
        months=state.month,
        debt_free_month=None if unpaid else state.month,
        unpaid_ids=unpaid,
        balances=tuple(tuple(row) for row in state.rows) if state.rows is not None else (),
        extras=tuple(tuple(r) for r in state.extra_rows) if state.extra_rows is not None else (),
    )


def balance_series(
    debts: Sequence[PayoffDebt],
    monthly: Decimal,
    strategy: str,
    *,
    extras: Mapping[int, Decimal] | None = None,
    changes: Mapping[int, Decimal] | None = None,
) -> dict[DebtId, tuple[int, ...]]:
    """Balance per debt per month in fen (month 0 = today) for the charts; one simulation.

    Fen integers keep it cheap; the chart divides by 100 when it draws.
    """
    result = plan(debts, monthly, strategy, extras=extras, changes=changes, record=True)
    return {debt.id: row for debt, row in zip(debts, result.balances, strict=True)}


def compare(
    debts: Sequence[PayoffDebt],
    monthly: Decimal,
    *,
    extras: Mapping[int, Decimal] | None = None,
    changes: Mapping[int, Decimal] | None = None,
) -> dict[str, PayoffPlan]:
    """Every strategy on the same data, for the side-by-side chart."""
    return {name: plan(debts, monthly, name, extras=extras, changes=changes) for name in STRATEGIES}
