"""Exact money: ``Decimal`` at the edges, integer fen (minor units) in storage.

Never ``float``. Rounding is half-up to the fen unless a caller says otherwise.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def q2(value: Decimal | int | str) -> Decimal:
    """Round to the fen, half-up."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal | int | str) -> int:
    """Decimal yuan -> integer fen (rounded half-up to the fen first)."""
    return int(q2(amount) * 100)


def from_fen(fen: int) -> Decimal:
    """Integer fen -> Decimal yuan with two places."""
    return (Decimal(int(fen)) / 100).quantize(CENT)
