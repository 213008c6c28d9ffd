"""Replaying a debt's payments over its schedule, in memory (no SQL).

Every change to a debt's payments replays all of them in date order from a clean schedule, so
the paid columns of the instalments and the allocation of each payment always agree, whatever
was edited or deleted.  The maths is core's: :func:`core.allocation.allocate` splits each
payment (oldest instalment first, the debt's order of penalty, fees, interest, principal) and
:mod:`core.overdue` prices what is late on the payment's day:

* penalty owed on an instalment = the penalty interest accrued day by day from its due date on
  what was outstanding of it each day (principal, and its interest when the debt compounds;
  a payment lowers the base from its own day), rounded once, plus its late fee on what was
  overdue when it fell overdue, less what was already paid as penalty;
* a payment pays what is due and the next instalment coming when nothing else is due or it
  falls due within a week, so paying a few days early counts as paying that instalment;
* money left after that is prepaid principal (提前还款): :func:`core.prepay.prepay`
  recomputes the rest of the schedule from the reduced balance, as if paid with the last
  instalment this payment covers -- the same term with a lower payment (``keep-term``, the
  usual 月供减少) or the same payment over fewer months (``keep-payment``), per debt;
  instalments a shorter term no longer needs become zero and count as settled.  Their agreed
  amounts are kept (``contract_*``), so every replay starts from the schedule as agreed;
* anything beyond the whole balance stays on the payment as an unapplied credit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from debttracker.core.allocation import Allocation, OpenItem, allocate
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen, round_half_up_div, to_fen
from debttracker.core.overdue import LateFeeRule, days_overdue, late_fee, penalty_rate
from debttracker.core.prepay import PrepayMode, prepay
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import Installment, Schedule

EARLY_DAYS = 7


@dataclass(frozen=True, slots=True)
class ReplayTerms:
    """What of a debt the replay needs."""

    rate: Rate
    penalty_uplift: Decimal
    penalty_compound: bool
    grace_days: int
    late_fee_fixed_fen: int = 0
    late_fee_percent: Decimal = Decimal(0)
    order: tuple[str, ...] = ("penalty", "fee", "interest", "principal")
    method: str = "annuity"
    start: date | None = None
    prepay_mode: str = PrepayMode.KEEP_TERM.value


_ORDER_ALIASES = {"fees": "fee"}


def rate_of(value: str, basis: str, day_basis: int) -> Rate:
    return Rate(
        Decimal(value or "0"), RateBasis(basis), day_basis if day_basis in (360, 365) else 365
    )


def order_of(text: str) -> tuple[str, ...]:
    """``"penalty,fees,interest,principal"`` -> core component names."""
    return tuple(_ORDER_ALIASES.get(part.strip(), part.strip()) for part in text.split(","))


def replay_terms(d: Any) -> ReplayTerms:
    """From a ``Debt`` or any object with the same attribute names and Python types (a result
    row, or :class:`store.ledger_read`'s terms row built from plain sqlite3)."""
    return ReplayTerms(
        rate=rate_of(d.rate, d.rate_basis, d.day_basis),
        penalty_uplift=Decimal(d.penalty_uplift or "0"),
        penalty_compound=d.penalty_compound,
        grace_days=d.grace_days,
        late_fee_fixed_fen=d.late_fee_fixed_fen,
        late_fee_percent=Decimal(d.late_fee_percent or "0"),
        order=order_of(d.allocation_order),
        method=d.method,
        start=d.start_date,
        prepay_mode=d.prepay_mode or "keep-term",
    )


@dataclass(slots=True)
class InstalmentState:
    id: int | None
    n: int
    due: date
    principal_fen: int
    interest_fen: int
    fee_fen: int
    paid_principal_fen: int = 0
    paid_interest_fen: int = 0
    paid_fee_fen: int = 0
    paid_penalty_fen: int = 0
    settled_on: date | None = None
    # the agreed (principal, interest, fee) while a prepayment has recomputed this instalment
    contract: tuple[int, int, int] | None = None
    # (day, principal, interest, fee) paid on it, in order: what was outstanding day by day
    paid_log: list[tuple[date, int, int, int]] = field(default_factory=list)

    def reset(self) -> None:
        """Back to the schedule as agreed, nothing paid."""
        self.paid_principal_fen = self.paid_interest_fen = 0
        self.paid_fee_fen = self.paid_penalty_fen = 0
        self.settled_on = None
        self.paid_log = []
        if self.contract is not None:
            self.principal_fen, self.interest_fen, self.fee_fen = self.contract
            self.contract = None

    def replace_amounts(self, principal: int, interest: int, fee: int) -> None:
        if self.contract is None:
            self.contract = (self.principal_fen, self.interest_fen, self.fee_fen)
        self.principal_fen, self.interest_fen, self.fee_fen = principal, interest, fee

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.interest_fen + self.fee_fen

    @property
    def open_principal_fen(self) -> int:
        return self.principal_fen - self.paid_principal_fen

    @property
    def open_interest_fen(self) -> int:
        return self.interest_fen - self.paid_interest_fen

    @property
    def open_fee_fen(self) -> int:
        return self.fee_fen - self.paid_fee_fen


@dataclass(slots=True)
class PaymentState:
    id: int | None
    paid_on: date
    amount_fen: int
    alloc_penalty_fen: int = 0
    alloc_fees_fen: int = 0
    alloc_interest_fen: int = 0
    alloc_principal_fen: int = 0
    prepaid_fen: int = 0  # the part of the principal paid ahead (recomputes the rest)
    remaining: tuple[int, ...] = ()  # totals of the instalments left after a prepayment
    before: tuple[int, ...] = ()  # and what they were before it

    @property
    def unapplied_fen(self) -> int:
        return self.amount_fen - (
            self.alloc_penalty_fen
            + self.alloc_fees_fen
            + self.alloc_interest_fen
            + self.alloc_principal_fen
        )


def _outstanding(item: InstalmentState) -> tuple[int, int, int, list[tuple[date, int, int, int]]]:
    """(principal, interest, fee) owed on ``item`` before any payment, and its payments.

    Without a log (an instalment read back from the database) the open amounts now stand for
    the whole period, which is exact when nothing was paid on it.
    """
    if not item.paid_log:
        return item.open_principal_fen, item.open_interest_fen, item.open_fee_fen, []
    log = item.paid_log
    return (
        item.open_principal_fen + sum(p for _d, p, _i, _f in log),
        item.open_interest_fen + sum(i for _d, _p, i, _f in log),
        item.open_fee_fen + sum(f for _d, _p, _i, f in log),
        log,
    )


def penalty_accrued_exact(item: InstalmentState, terms: ReplayTerms, as_of: date) -> Fraction:
    """Penalty interest on ``item`` from its due date to ``as_of``, in exact fen, day by day on
    what was actually outstanding: a payment lowers the base from its own day (domain.md §4)."""
    principal, interest, _fee, log = _outstanding(item)
    annual = penalty_rate(terms.rate, terms.penalty_uplift)
    basis = terms.rate.day_basis
    total = Fraction(0)
    day = item.due
    for paid_on, p, i, _f in [*log, (as_of, 0, 0, 0)]:
        if paid_on > day:
            end = min(paid_on, as_of)
            base = max(principal, 0) + (max(interest, 0) if terms.penalty_compound else 0)
            total += Fraction(base) * annual * max((end - day).days, 0) / basis
            day = max(day, end)
        principal, interest = principal - p, interest - i
    return total


def late_fee_owed_fen(item: InstalmentState, terms: ReplayTerms) -> int:
    """违约金 on what was overdue when the instalment fell overdue (after the payments made by
    the end of the grace days); later partial payments do not lower a fee already incurred."""
    principal, interest, fee, log = _outstanding(item)
    last_on_time = item.due + timedelta(days=terms.grace_days)
    for paid_on, p, i, f in log:
        if paid_on <= last_on_time:
            principal, interest, fee = principal - p, interest - i, fee - f
    rule = LateFeeRule(from_fen(terms.late_fee_fixed_fen), terms.late_fee_percent)
    return to_fen(late_fee(from_fen(max(principal + interest + fee, 0)), rule))


def penalty_owed_fen(item: InstalmentState, terms: ReplayTerms, as_of: date) -> int:
    """Penalty interest plus late fee still owed on ``item`` on ``as_of`` (0 when not late):
    everything accrued so far (rounded once), less what was already paid as penalty."""
    if item.settled_on is not None or days_overdue(item.due, as_of, terms.grace_days) == 0:
        return 0
    accrued = penalty_accrued_exact(item, terms, as_of)
    interest = round_half_up_div(accrued.numerator, accrued.denominator)
    return max(interest + late_fee_owed_fen(item, terms) - item.paid_penalty_fen, 0)


def open_items(
    instalments: list[InstalmentState], terms: ReplayTerms, on: date
) -> tuple[list[InstalmentState], list[OpenItem], int]:
    """Instalments due by ``on`` and still open plus the next one coming, their open items,
    and the principal after them.  The next one counts when nothing else is due (paying early)
    or when it falls due within :data:`EARLY_DAYS`; otherwise money beyond what is due is a
    prepayment made with the last instalment due."""
    due: list[InstalmentState] = []
    items: list[OpenItem] = []
    future = 0
    took_next = False
    for inst in instalments:
        if inst.settled_on is not None:
            continue
        if inst.due > on:
            if took_next or (due and (inst.due - on).days > EARLY_DAYS):
                future += inst.open_principal_fen
                took_next = True
                continue
            took_next = True
        due.append(inst)
        items.append(
            OpenItem(
                inst.due,
                from_fen(penalty_owed_fen(inst, terms, on)),
                from_fen(inst.open_fee_fen),
                from_fen(inst.open_interest_fen),
                from_fen(inst.open_principal_fen),
            )
        )
    return due, items, future


def _settle_if_paid(inst: InstalmentState, on: date, penalty_left: int) -> None:
    if (
        inst.open_principal_fen <= 0
        and inst.open_interest_fen <= 0
        and inst.open_fee_fen <= 0
        and penalty_left <= 0
    ):
        inst.settled_on = on


def apply_payment(
    instalments: list[InstalmentState],
    terms: ReplayTerms,
    paid_on: date,
    amount_fen: int,
    pay: PaymentState | None = None,
) -> Allocation:
    """Apply one payment to the instalments (mutated) and return core's allocation."""
    due, items, future = open_items(instalments, terms, paid_on)
    allocation = allocate(from_fen(amount_fen), items, terms.order, from_fen(future))
    for line in allocation.items:
        inst = due[line.index]
        inst.paid_penalty_fen += to_fen(line.penalty)
        inst.paid_fee_fen += to_fen(line.fee)
        inst.paid_interest_fen += to_fen(line.interest)
        inst.paid_principal_fen += to_fen(line.principal)
        inst.paid_log.append(
            (paid_on, to_fen(line.principal), to_fen(line.interest), to_fen(line.fee))
        )
        _settle_if_paid(inst, paid_on, to_fen(items[line.index].penalty - line.penalty))
    ahead = to_fen(allocation.prepaid_principal)
    if ahead > 0:
        after = instalments.index(due[-1]) + 1 if due else 0
        _recompute_rest(instalments, terms, after, ahead, paid_on, pay)
    return allocation


def _reduce_principal(rest: list[InstalmentState], ahead: int, paid_on: date) -> None:
    for inst in rest:
        if ahead <= 0:
            break
        if inst.settled_on is None and inst.open_principal_fen > 0:
            part = min(ahead, inst.open_principal_fen)
            inst.paid_principal_fen += part
            inst.paid_log.append((paid_on, part, 0, 0))
            ahead -= part
            _settle_if_paid(inst, paid_on, 0)


def _as_schedule(instalments: list[InstalmentState]) -> Schedule:
    """The current amounts of the instalments as a core schedule (balances included)."""
    balance = sum(inst.principal_fen for inst in instalments)
    rows = []
    for inst in instalments:
        balance -= inst.principal_fen
        rows.append(
            Installment(
                inst.n, inst.due, from_fen(inst.total_fen), from_fen(inst.principal_fen),
                from_fen(inst.interest_fen), from_fen(inst.fee_fen), from_fen(balance),
            )
        )  # fmt: skip
    interest = sum(inst.interest_fen for inst in instalments)
    return Schedule(tuple(rows), from_fen(interest), sum((r.payment for r in rows), ZERO))


def _recompute_rest(
    instalments: list[InstalmentState],
    terms: ReplayTerms,
    after: int,
    ahead: int,
    paid_on: date,
    pay: PaymentState | None,
) -> None:
    """Prepay ``ahead`` fen with the first ``after`` instalments (all paid) through
    :func:`core.prepay.prepay`; the later instalments take the recomputed amounts."""
    rest = instalments[after:]
    schedule = _as_schedule(instalments)
    start = terms.start or instalments[0].due
    mode = terms.prepay_mode
    if mode == PrepayMode.KEEP_PAYMENT and terms.method not in ("annuity", "equal-principal"):
        mode = PrepayMode.KEEP_TERM
    try:
        result = prepay(
            schedule, terms.rate, terms.method, start, after=after, amount=from_fen(ahead),
            mode=mode,
        )  # fmt: skip
    except DomainError:  # terms core cannot re-amortise: pay the next principal instead
        _reduce_principal(rest, ahead, paid_on)
        return
    before = tuple(inst.total_fen for inst in rest)
    new_rows = result.remaining.installments
    for index, inst in enumerate(rest):
        if index < len(new_rows):
            row = new_rows[index]
            inst.replace_amounts(to_fen(row.principal), to_fen(row.interest), to_fen(row.fee))
        else:  # a shorter term (or a payoff) no longer needs it
            inst.replace_amounts(0, 0, 0)
            inst.settled_on = paid_on
    if pay is not None:
        pay.prepaid_fen = ahead
        pay.before = before
        pay.remaining = tuple(inst.total_fen for inst in rest[: len(new_rows)])


def replay(
    instalments: list[InstalmentState], payments: Iterable[PaymentState], terms: ReplayTerms
) -> None:
    """Reset the instalments and apply every payment in (date, id) order; both are mutated."""
    instalments.sort(key=lambda inst: inst.n)
    for inst in instalments:
        inst.reset()
    ordered = sorted(payments, key=lambda p: (p.paid_on, p.id if p.id is not None else 1 << 62))
    for pay in ordered:
        pay.prepaid_fen, pay.remaining, pay.before = 0, (), ()
        allocation = apply_payment(instalments, terms, pay.paid_on, pay.amount_fen, pay)
        pay.alloc_penalty_fen = to_fen(allocation.penalty)
        pay.alloc_fees_fen = to_fen(allocation.fees)
        pay.alloc_interest_fen = to_fen(allocation.interest)
        pay.alloc_principal_fen = to_fen(allocation.principal + allocation.prepaid_principal)
