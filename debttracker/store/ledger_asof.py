"""A debt as it stood on a date: its terms then, and only the payments made by then, replayed.

The stored paid columns say what the payments *so far* did.  A figure as of an earlier date
must forget the later payments and any agreement signed after it, and a penalty after a
partial payment needs to know when each part was paid (``ledger_replay.penalty_owed_fen``
accrues day by day).  For those debts :func:`replayed` rebuilds the instalments in memory
from the schedule in force on the date and the payments up to it.

Plain ``sqlite3`` like :mod:`store.ledger_read` (no SQLAlchemy), so the start-up path can use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from debttracker.store.ledger_replay import (
    InstalmentState,
    PaymentState,
    ReplayTerms,
    penalty_owed_fen,
    replay,
)

if TYPE_CHECKING:
    import sqlite3

#: debts whose stored paid columns do not tell their state on ``?``: a payment or an
#: agreement after it, or a late instalment partly paid (its penalty needs the payment days)
PARTLY_PAID_LATE_SQL = """
SELECT DISTINCT i.debt_id FROM instalment AS i JOIN debt AS d
    ON i.debt_id = d.id AND i.terms_version = d.terms_version
    WHERE i.settled_on IS NULL AND i.due_date < ?1
      AND i.paid_principal_fen + i.paid_interest_fen + i.paid_fee_fen > 0"""
_NEEDS_SQL = (
    """
SELECT DISTINCT debt_id FROM payment WHERE paid_on > ?1
UNION SELECT DISTINCT debt_id FROM agreement WHERE signed_on > ?1
UNION"""
    + PARTLY_PAID_LATE_SQL
)

_AGREEMENTS_SQL = """
SELECT signed_on, from_terms_version, to_terms_version, previous_status FROM agreement
WHERE debt_id = ? ORDER BY signed_on, id"""

_INSTALMENTS_SQL = """
SELECT id, n, due_date, coalesce(contract_principal_fen, principal_fen),
       coalesce(contract_interest_fen, interest_fen), coalesce(contract_fee_fen, fee_fen)
FROM instalment WHERE debt_id = ? AND terms_version = ? ORDER BY n"""

_PAYMENTS_SQL = """
SELECT id, paid_on, amount_fen FROM payment
WHERE debt_id = ? AND paid_on <= ? AND paid_on >= ? ORDER BY paid_on, id"""


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[Any]:
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def needing_replay(conn: sqlite3.Connection, as_of: date) -> set[int]:
    """Ids of the debts whose figures on ``as_of`` need :func:`replayed`."""
    return {row[0] for row in _rows(conn, _NEEDS_SQL, (as_of.isoformat(),))}


def version_on(
    conn: sqlite3.Connection, debt_id: int, current: int, as_of: date
) -> tuple[int, str, str]:
    """(terms version in force on ``as_of``, the day it began as ISO text ("" = the start),
    the status the debt had before the first later agreement ("" = none later))."""
    agreements = _rows(conn, _AGREEMENTS_SQL, (debt_id,))
    if not agreements:
        return current, "", ""
    version, since, status = agreements[0][1], "", ""
    for signed_on, _from, to, previous in agreements:
        if signed_on <= as_of.isoformat():
            version, since = to, signed_on
        elif not status:
            status = previous or "current"
    return version, since, status


@dataclass(frozen=True, slots=True)
class AsOf:
    """A debt's instalments on a date, replayed, and their figures in fen."""

    instalments: list[InstalmentState]
    principal_left: int
    due_charges: int  # interest and fees due by the date and unpaid
    next_due: date | None
    next_amount: int
    late: tuple[int, int, int, int]  # open principal, interest, fees, penalty of late ones
    status: str = ""  # the stored status then, when a later agreement changed it


def replayed(
    conn: sqlite3.Connection, debt_id: int, current: int, terms: ReplayTerms, as_of: date
) -> AsOf:
    """The debt on ``as_of``: the schedule in force then, the payments made by then."""
    version, since, status = version_on(conn, debt_id, current, as_of)
    insts = [
        InstalmentState(iid, n, date.fromisoformat(due), p, i, f)
        for iid, n, due, p, i, f in _rows(conn, _INSTALMENTS_SQL, (debt_id, version))
    ]
    pays = [
        PaymentState(pid, date.fromisoformat(paid_on), amount)
        for pid, paid_on, amount in _rows(
            conn, _PAYMENTS_SQL, (debt_id, as_of.isoformat(), since or "0000")
        )
    ]
    replay(insts, pays, terms)
    state = summarise(insts, terms, as_of)
    return state if not status else replace(state, status=status)


def summarise(insts: list[InstalmentState], terms: ReplayTerms, as_of: date) -> AsOf:
    """Balance, next due and what is late of replayed instalments on ``as_of``."""
    principal_left = sum(inst.open_principal_fen for inst in insts)
    due_charges = sum(
        inst.open_interest_fen + inst.open_fee_fen for inst in insts if inst.due <= as_of
    )
    nxt = next((inst for inst in insts if inst.settled_on is None), None)
    late = [0, 0, 0, 0]
    for inst in insts:
        if inst.settled_on is None and inst.due < as_of:
            late[0] += inst.open_principal_fen
            late[1] += inst.open_interest_fen
            late[2] += inst.open_fee_fen
            late[3] += penalty_owed_fen(inst, terms, as_of)
    return AsOf(
        insts,
        principal_left,
        due_charges,
        nxt.due if nxt is not None else None,
        nxt.total_fen - nxt.paid_principal_fen - nxt.paid_interest_fen - nxt.paid_fee_fen
        if nxt is not None
        else 0,
        (late[0], late[1], late[2], late[3]),
    )
