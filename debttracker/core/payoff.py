"""Payoff planner: simulate paying a set of debts month by month under a strategy (issue 8).

Rules of the simulation, in this order each month:

1. Interest: a scheduled debt is charged ``principal × contract rate / 12`` plus the month's
   scheduled fee (the penalty rate while something of it is overdue); another debt
   ``balance × rate / 12``, its ``penalty_rate`` when it has one, else its ``annual_rate`` (the
   true APR).  Rounded half-up to the fen.
2. Minimums: every open debt gets what is due this month: for a debt with a schedule
   (``dues``, from :func:`core.dues.due_in_month`) its scheduled amount -- interest monthly
   and the principal at the end for 先息后本, nothing until maturity and then all of it for
   a bullet, everything left once the schedule has ended --, else ``min(minimum, balance)``.
   When the month's money is less than that sum it pays in strategy order as far as it goes;
   the rest stays owed (overdue: a scheduled debt is then charged its penalty rate), the plan
   goes on and is marked not feasible, its message naming the first such month, the amount
   short and each debt not paid (a balloon that exceeds the budget shows up here).
3. The rest of the month's money (the *pool*) goes to the debts in strategy order, each paid up
   to its balance before the next one gets anything. The order is fixed at the start.
4. **Snowball rollover:** the month's money stays the same when a debt is paid off, so the
   paid-off debt's minimum falls into the pool for the others. The ``minimum`` strategy is the
   baseline without rollover: each debt gets its minimum only and the rest is not spent.

The month's money is ``monthly`` (or the latest entry of ``changes`` at or before that month)
plus any one-off ``extras`` for that month. Months are numbered from 1 (the first month of the
plan); the UI maps them to calendar months.

The plan stops and reports the unpaid debts (``feasible=False`` with a message) when no open
debt's payment covers its interest and no change of amount or scheduled due is still to come
(nothing would ever be paid off), or after ``max_months`` (600).
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
    # the contract's schedule (core.dues): what is due in plan months 1, 2, ...; empty for a
    # debt planned by a fixed monthly minimum
    dues: tuple[Decimal, ...] = ()
    fees: tuple[Decimal, ...] = ()  # the fee part of each month's due
    principal: Decimal | None = None  # of ``balance``; the rest is interest, fees, penalty due
    interest_rate: Decimal | None = None  # contract annual rate on principal (scheduled debts)
    overdue: Decimal = Decimal(0)  # already overdue today (charged at ``late_rate``)
    late_rate: Decimal | None = None  # annual, while something is overdue (scheduled debts)

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
    # every month the money did not cover what was due: (month, short, ((debt id, unpaid), ...))
    shortfalls: tuple[tuple[int, Decimal, tuple[tuple[DebtId, Decimal], ...]], ...] = ()
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
    late_rates: list[tuple[int, int]]  # while something is overdue (scheduled debts)
    mins: list[int]
    bal: list[int]
    principal: list[int]  # of bal (scheduled debts; interest is charged on it alone)
    dues: list[list[int] | None]  # scheduled debts: fen due in months 1..n
    fees: list[list[int]]
    late: list[int]  # fen overdue (scheduled debts)
    interest: list[int]
    paid: list[int]
    payoff: list[int | None]
    rows: list[list[int]] | None
    extra_rows: list[list[int]] | None = None
    month: int = 0
    stop: Message | None = None
    first_month: str = ""
    shortfalls: list[tuple[int, int, tuple[tuple[int, int], ...]]] = field(default_factory=list)


def _half_up(amount: int, rate: tuple[int, int]) -> int:
    num, den = rate
    return (2 * amount * num + den) // (2 * den)


def _charge(state: _State, active: list[int]) -> list[int]:
    """Add this month's interest (half-up to the fen) and scheduled fee to each open debt:
    on the principal at the contract rate (the penalty rate while something is overdue) for a
    scheduled debt, on the whole balance at its rate otherwise; return it."""
    bal, interest, month = state.bal, state.interest, state.month
    charged = []
    for i in active:
        if state.dues[i] is None:
            amount = _half_up(bal[i], state.rates[i])
        else:
            rate = state.late_rates[i] if state.late[i] > 0 else state.rates[i]
            fees = state.fees[i]
            amount = _half_up(state.principal[i], rate) + (
                fees[month - 1] if month <= len(fees) else 0
            )
        bal[i] += amount
        interest[i] += amount
        charged.append(amount)
    return charged


def _due_now(state: _State, i: int) -> int:
    """What debt ``i`` must pay this month: its scheduled due (everything once the schedule
    has ended: the balloon), or its fixed minimum."""
    dues, bal = state.dues[i], state.bal[i]
    if dues is None:
        return min(state.mins[i], bal)
    if state.month >= len(dues):  # the last instalment clears it; later, all is due
        return bal
    return min(dues[state.month - 1], bal)


def _pay(state: _State, i: int, amount: int) -> None:
    state.bal[i] -= amount
    state.paid[i] += amount
    charges = state.bal[i] + amount - state.principal[i]
    if state.dues[i] is None:
        state.principal[i] = state.bal[i]
    else:
        state.principal[i] -= max(amount - max(charges, 0), 0)


def _record_short(state: _State, active: list[int], due: list[int], covered: list[int]) -> None:
    """Note a month whose money did not cover what was due (see :func:`_short_message`)."""
    unpaid = tuple((i, d - c) for i, d, c in zip(active, due, covered, strict=True) if d > c)
    state.shortfalls.append((state.month, sum(amount for _i, amount in unpaid), unpaid))


def _when(state: _State, month: int) -> str:
    """Plan month ``month`` as ``YYYY-MM`` when the first month is known, else its number."""
    if not state.first_month:
        return str(month)
    year, first = (int(part) for part in state.first_month.split("-"))
    index = year * 12 + first - 1 + month - 1
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _short_message(state: _State) -> Message | None:
    """The first month short, by how much and which debts were not paid; and, when another
    month is worse (a balloon falling due), that month too."""
    if not state.shortfalls:
        return None

    def names(parts: tuple[tuple[int, int], ...]) -> str:
        return ", ".join(f"{state.names[i]} {from_fen(amount):,}" for i, amount in parts)

    first = state.shortfalls[0]
    worst = max(state.shortfalls, key=lambda item: item[1])
    args: list[object] = [_when(state, first[0]), from_fen(first[1]), names(first[2])]
    if worst[0] == first[0]:
        text = QT_TRANSLATE_NOOP(
            "payoff",
            "In %1 the money is short by %2 of what falls due; not paid: %3. Unpaid amounts "
            "become overdue and cost penalty interest.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "payoff",
            "In %1 the money is short by %2 of what falls due; not paid: %3. The biggest gap "
            "is in %4: short by %5; not paid: %6. Unpaid amounts become overdue and cost "
            "penalty interest.",
        )
        args += [_when(state, worst[0]), from_fen(worst[1]), names(worst[2])]
    return msg("payoff", text, *args)


def _month(state: _State, active: list[int], money: int, roll: bool) -> bool:
    """Pay one month for ``active`` (priority order); True while some debt is moving down."""
    charged = _charge(state, active)
    due = [_due_now(state, i) for i in active]
    covered, left = [], money
    for amount in due:  # in priority order when the money is short
        covered.append(min(amount, left))
        left -= covered[-1]
    if left < 0 or sum(covered) < sum(due):
        _record_short(state, active, due, covered)
    pool = left if roll else 0
    moving = False
    for i, minimum, paid_min, interest in zip(active, due, covered, charged, strict=True):
        extra = min(pool, state.bal[i] - paid_min)
        pool -= extra
        if state.extra_rows is not None:
            state.extra_rows[i][-1] = extra
        amount = paid_min + extra
        _pay(state, i, amount)
        if state.dues[i] is not None:
            state.late[i] = max(state.late[i] + minimum - amount, 0) if state.bal[i] else 0
        if state.bal[i] == 0:
            state.payoff[i] = state.month
        moving = moving or amount > interest or state.bal[i] == 0
    return moving


def _monthly_rate(annual: Decimal) -> tuple[int, int]:
    num, den = annual.as_integer_ratio()
    return num, den * 12


def _new_state(debts: Sequence[PayoffDebt], record: bool, first_month: str) -> _State:
    """Convert the debts to integer fen and exact monthly-rate fractions."""
    bal = [to_fen(d.balance) for d in debts]
    scheduled = [bool(d.dues) for d in debts]
    return _State(
        names=[d.name for d in debts],
        rates=[
            _monthly_rate(d.interest_rate if s and d.interest_rate is not None else d.charged_rate)
            for d, s in zip(debts, scheduled, strict=True)
        ],
        late_rates=[
            _monthly_rate(d.late_rate if d.late_rate is not None else d.charged_rate) for d in debts
        ],
        mins=[to_fen(d.minimum) for d in debts],
        bal=bal,
        principal=[
            min(to_fen(d.principal), b) if d.principal is not None else b
            for d, b in zip(debts, bal, strict=True)
        ],
        dues=[[to_fen(a) for a in d.dues] if d.dues else None for d in debts],
        fees=[[to_fen(a) for a in d.fees] for d in debts],
        late=[to_fen(d.overdue) for d in debts],
        interest=[0] * len(debts),
        paid=[0] * len(debts),
        payoff=[0 if b == 0 else None for b in bal],
        rows=[[b] for b in bal] if record else None,
        first_month=first_month,
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
    last_event = max([last_event, *(len(d) for d in state.dues if d is not None)])
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
    first_month: str = "",
) -> PayoffPlan:
    """Simulate paying ``debts`` with ``monthly`` a month under ``strategy`` (see module doc).

    ``extras``: one-off amounts added in a month; ``changes``: a new monthly amount from a
    month on. ``record=True`` also keeps every month's balances for the charts.
    ``first_month`` ("2026-12") names month 1 in the messages.
    """
    _validate(debts, strategy)
    budget = _budgets(monthly, extras or {}, changes or {})
    state = _new_state(debts, record, first_month)
    _run(state, _priority(debts, strategy), budget, strategy != "minimum", max_months)
    state.stop = state.stop or _short_message(state)
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
        shortfalls=tuple(
            (m, from_fen(short), tuple((debts[i].id, from_fen(a)) for i, a in parts))
            for m, short, parts in state.shortfalls
        ),
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
