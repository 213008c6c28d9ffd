"""Payment allocation: oldest due instalment first, penalty → fees → interest → principal.

The order of the components is configurable per debt (a contract may say otherwise).  Money
left after every due item is paid reduces the outstanding principal not yet due (future
instalments); anything beyond that is returned as ``unapplied`` (an overpayment credit).
All arithmetic is in integer fen, so the parts always sum exactly to the payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, q2, to_fen


class Component(StrEnum):
    PENALTY = "penalty"
    FEE = "fee"
    INTEREST = "interest"
    PRINCIPAL = "principal"


DEFAULT_ORDER = (Component.PENALTY, Component.FEE, Component.INTEREST, Component.PRINCIPAL)


@dataclass(frozen=True, slots=True)
class OpenItem:
    """What is still owed on one instalment."""

    due: date
    penalty: Decimal = ZERO
    fee: Decimal = ZERO
    interest: Decimal = ZERO
    principal: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class ItemAllocation:
    """How much of the payment went to each part of one open item (``index`` into the input)."""

    index: int
    due: date
    penalty: Decimal
    fee: Decimal
    interest: Decimal
    principal: Decimal


@dataclass(frozen=True, slots=True)
class Allocation:
    """Totals by component; ``prepaid_principal`` reduces future principal; the parts sum to
    ``payment`` exactly."""

    payment: Decimal
    penalty: Decimal
    fees: Decimal
    interest: Decimal
    principal: Decimal
    prepaid_principal: Decimal
    unapplied: Decimal
    items: tuple[ItemAllocation, ...]


def _check(payment: Decimal, order: Sequence[Component | str]) -> tuple[Component, ...]:
    if (
        not isinstance(payment, Decimal)
        or not payment.is_finite()
        or payment < 0
        or q2(payment) != payment
    ):
        raise DomainError(
            msg(
                "allocation",
                QT_TRANSLATE_NOOP("allocation", "Not a valid payment amount: %1"),
                payment,
            ),
            field="amount",
        )
    try:
        components = tuple(Component(part) for part in order)
    except ValueError:
        components = ()
    if sorted(components) != sorted(DEFAULT_ORDER):
        raise DomainError(
            msg(
                "allocation",
                QT_TRANSLATE_NOOP(
                    "allocation",
                    "The allocation order must name penalty, fee, interest and principal once each.",
                ),
            ),
            field="order",
        )
    return components


def allocate(
    payment: Decimal,
    items: Sequence[OpenItem],
    order: Sequence[Component | str] = DEFAULT_ORDER,
    future_principal: Decimal = ZERO,
) -> Allocation:
    """Apply ``payment`` to ``items`` (oldest due first, ties in input order) in ``order``.

    ``future_principal`` is the outstanding principal not yet due; an overpayment reduces it.
    """
    components = _check(payment, order)
    left = to_fen(payment)
    totals = dict.fromkeys(Component, 0)
    lines = []
    for index in sorted(range(len(items)), key=lambda i: items[i].due):
        item = items[index]
        paid = dict.fromkeys(Component, 0)
        for part in components:
            owed = max(to_fen(getattr(item, part.value)), 0)
            paid[part] = min(owed, left)
            left -= paid[part]
        if any(paid.values()):
            lines.append(
                ItemAllocation(index, item.due, *(from_fen(paid[c]) for c in DEFAULT_ORDER))
            )
        for part in Component:
            totals[part] += paid[part]
    prepaid = min(left, max(to_fen(future_principal), 0))
    left -= prepaid
    return Allocation(
        payment=from_fen(to_fen(payment)),
        penalty=from_fen(totals[Component.PENALTY]),
        fees=from_fen(totals[Component.FEE]),
        interest=from_fen(totals[Component.INTEREST]),
        principal=from_fen(totals[Component.PRINCIPAL]),
        prepaid_principal=from_fen(prepaid),
        unapplied=from_fen(left),
        items=tuple(lines),
    )
