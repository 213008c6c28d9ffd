"""Replaying a debt's payments over its schedule, in memory (no SQL).

Every change to a debt's payments replays all of them in date order from a clean schedule, so
the paid columns of the instalments and the allocation of each payment always agree, whatever
was edited or deleted.  The maths is core's: :func:`core.allocation.allocate` splits each
payment (oldest instalment first, the debt's order of penalty, fees, interest, principal) and
:mod:`core.overdue` prices what is late on the payment's day:

* penalty owed on an instalment = the penalty interest accrued from its due date on what is
  still owed of it (principal, and its interest when the debt compounds) plus its late fee,
  less what was already paid as penalty;
* a payment pays what is due and the next instalment coming, so paying a few days early
  counts as paying that instalment;
* money left after that reduces the principal of the later instalments (paid ahead);
  anything beyond the whole balance stays on the payment as an unapplied credit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debttracker.core.allocation import Allocation, OpenItem, allocate
from debttracker.core.money import from_fen, to_fen
from debttracker.core.overdue import LateFeeRule, accrued_penalty, days_overdue, late_fee
from debttracker.core.rates import Rate


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

    def reset(self) -> None:
        self.paid_principal_fen = self.paid_interest_fen = 0
        self.paid_fee_fen = self.paid_penalty_fen = 0
        self.settled_on = None

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

    @property
    def unapplied_fen(self) -> int:
        return self.amount_fen - (
            self.alloc_penalty_fen
            + self.alloc_fees_fen
            + self.alloc_interest_fen
            + self.alloc_principal_fen
        )


def penalty_owed_fen(item: InstalmentState, terms: ReplayTerms, as_of: date) -> int:
    """Penalty interest plus late fee still owed on ``item`` on ``as_of`` (0 when not late)."""
    if item.settled_on is not None or days_overdue(item.due, as_of, terms.grace_days) == 0:
        return 0
    accrual = accrued_penalty(
        from_fen(max(item.open_principal_fen, 0)),
        terms.rate,
        terms.penalty_uplift,
        item.due,
        as_of,
        unpaid_interest=from_fen(max(item.open_interest_fen, 0)),
        compound=terms.penalty_compound,
    )
    owed_now = item.open_principal_fen + item.open_interest_fen + item.open_fee_fen
    rule = LateFeeRule(from_fen(terms.late_fee_fixed_fen), terms.late_fee_percent)
    fee = late_fee(from_fen(max(owed_now, 0)), rule)
    return max(to_fen(accrual.total) + to_fen(fee) - item.paid_penalty_fen, 0)


def open_items(
    instalments: list[InstalmentState], terms: ReplayTerms, on: date
) -> tuple[list[InstalmentState], list[OpenItem], int]:
    """Instalments due by ``on`` and still open plus the next one coming (a payment made a few
    days early pays that instalment), their open items, and the principal after them."""
    due: list[InstalmentState] = []
    items: list[OpenItem] = []
    future = 0
    took_next = False
    for inst in instalments:
        if inst.settled_on is not None:
            continue
        if inst.due > on:
            if took_next:
                future += inst.open_principal_fen
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
    instalments: list[InstalmentState], terms: ReplayTerms, paid_on: date, amount_fen: int
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
        _settle_if_paid(inst, paid_on, to_fen(items[line.index].penalty - line.penalty))
    ahead = to_fen(allocation.prepaid_principal)
    for inst in instalments:
        if ahead <= 0:
            break
        if inst.settled_on is None and inst.open_principal_fen > 0:
            part = min(ahead, inst.open_principal_fen)
            inst.paid_principal_fen += part
            ahead -= part
            _settle_if_paid(inst, paid_on, 0)
    return allocation


def replay(
    instalments: list[InstalmentState], payments: Iterable[PaymentState], terms: ReplayTerms
) -> None:
    """Reset the instalments and apply every payment in (date, id) order; both are mutated."""
    instalments.sort(key=lambda inst: inst.n)
    for inst in instalments:
        inst.reset()
    ordered = sorted(payments, key=lambda p: (p.paid_on, p.id if p.id is not None else 1 << 62))
    for pay in ordered:
        allocation = apply_payment(instalments, terms, pay.paid_on, pay.amount_fen)
        pay.alloc_penalty_fen = to_fen(allocation.penalty)
        pay.alloc_fees_fen = to_fen(allocation.fees)
        pay.alloc_interest_fen = to_fen(allocation.interest)
        pay.alloc_principal_fen = to_fen(allocation.principal + allocation.prepaid_principal)
