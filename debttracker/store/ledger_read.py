"""Read side of the ledger in plain SQL: the debts table, totals, what is due next.

One implementation for two callers: the start-up path runs it on a bare ``sqlite3.Connection``
(the Overview paints before SQLAlchemy is imported) and :mod:`store.ledger_queries` runs it on
a Session's DB-API connection.  So this module imports nothing of SQLAlchemy, SQLModel or
Alembic, nor any store module that does (``tests/store/test_ledger_read.py`` checks).

Aggregates run in SQL over the current schedule version (``instalment.terms_version =
debt.terms_version``); Python only prices what is late (penalty interest through core) for the
few instalments that are overdue, so lists stay fast on ten years of payments.

Storage, as SQLAlchemy writes it in SQLite (``store/models.py``): dates are ISO text
``YYYY-MM-DD`` (compared as text, parsed with :meth:`date.fromisoformat`), booleans 0/1, rates
and other decimals strings, money integer fen.  Rows are read by position; the connection's
``row_factory`` is left alone (the connection may be shared).  Results are the same Python
values and types the SQLAlchemy version gave.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from debttracker.core.caps import Verdict, all_in_rate, applicable_caps
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen
from debttracker.core.overdue import LateFeeRule, days_overdue, late_fee
from debttracker.store import ledger_asof, lpr
from debttracker.store.ledger_cards import card_positions, with_cards
from debttracker.store.ledger_replay import (
    InstalmentState,
    ReplayTerms,
    penalty_owed_fen,
    rate_of,
    replay_terms,
)

if TYPE_CHECKING:
    import sqlite3

    from debttracker.core.cards import CardPosition


@dataclass(frozen=True, slots=True)
class DebtRow:
    """One line of the debts table, as of a date."""

    id: int
    lender_id: int
    lender: str
    lender_kind: str
    hotline: str
    name: str
    kind: str
    currency: str
    status: str  # derived: overdue / settled override "current"
    stored_status: str
    balance: Decimal  # principal left + interest and fees already due and unpaid
    principal_left: Decimal
    next_due_date: date | None
    next_due_amount: Decimal
    days_overdue: int
    penalty_accrued: Decimal
    overdue_principal: Decimal
    overdue_interest: Decimal
    overdue_fees: Decimal
    apr: Decimal | None
    above_cap: bool
    cap_rate: Decimal | None  # the lowest cap line that applies
    # the all-in annual cost judged against the caps: the APR, with penalty interest and
    # 违约金 while overdue (core.caps.all_in_rate)
    judged_rate: Decimal | None = None
    card: CardPosition | None = None  # a card by its statement (store.ledger_cards)


@dataclass(frozen=True, slots=True)
class DueItem:
    debt_id: int
    debt: str
    lender: str
    currency: str
    due: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class _Late:
    principal: int = 0
    interest: int = 0
    fees: int = 0
    penalty: int = 0


# -- SQL fragments (aliases: d = debt, i = instalment, l = lender) --------------------------

_CURRENT = "i.debt_id = d.id AND i.terms_version = d.terms_version"
_DUE_CHARGES = "i.interest_fen - i.paid_interest_fen + i.fee_fen - i.paid_fee_fen"
_OPEN_ALL = "i.principal_fen - i.paid_principal_fen + " + _DUE_CHARGES


def _iso(day: date) -> str:
    """A date as SQLAlchemy stores and binds it in SQLite."""
    return day.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[Any]:
    """Every row as a plain tuple, whatever the connection's ``row_factory`` (a cursor's own
    factory is set, the shared connection's is left as it is)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


# -- late items: what is owed on instalments already due, priced through core ---------------


class _TermsRow(NamedTuple):
    """The debt columns :func:`replay_terms` reads, with the types SQLAlchemy gave them."""

    rate: str
    rate_basis: str
    day_basis: int
    penalty_uplift: str
    penalty_compound: bool
    grace_days: int
    late_fee_fixed_fen: int
    late_fee_percent: str
    allocation_order: str
    method: str
    start_date: date
    prepay_mode: str


_LATE_SQL = f"""
SELECT i.debt_id, i.id, i.n, i.due_date, i.principal_fen, i.interest_fen, i.fee_fen,
       i.paid_principal_fen, i.paid_interest_fen, i.paid_fee_fen, i.paid_penalty_fen,
       d.rate, d.rate_basis, d.day_basis, d.penalty_uplift, d.penalty_compound, d.grace_days,
       d.late_fee_fixed_fen, d.late_fee_percent, d.allocation_order, d.method, d.start_date,
       d.prepay_mode
FROM instalment AS i JOIN debt AS d ON {_CURRENT}
WHERE i.settled_on IS NULL AND i.due_date < ?"""


def _terms(row: Sequence[Any]) -> ReplayTerms:
    """The replay terms from a :data:`_LATE_SQL` row (its debt columns)."""
    (rate, basis, day_basis, uplift, compound, grace, fee_fixed, fee_percent, order, method,
     start, prepay_mode) = row[11:]  # fmt: skip
    return replay_terms(
        _TermsRow(
            rate, basis, day_basis, uplift, bool(compound), grace,
            fee_fixed, fee_percent, order, method, date.fromisoformat(start), prepay_mode,
        )
    )  # fmt: skip


def _late_items(conn: sqlite3.Connection, as_of: date, debt_id: int | None) -> dict[int, _Late]:
    """Principal, interest, fees and penalty owed on instalments already due, per debt."""
    sql = _LATE_SQL
    params: list[object] = [_iso(as_of)]
    if debt_id is not None:
        sql += " AND i.debt_id = ?"
        params.append(debt_id)
    late: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    terms_cache: dict[int, ReplayTerms] = {}
    for row in _rows(conn, sql, params):
        owner = row[0]
        terms = terms_cache.get(owner)
        if terms is None:
            terms = terms_cache[owner] = _terms(row)
        inst = InstalmentState(row[1], row[2], date.fromisoformat(row[3]), *row[4:11])
        sums = late[owner]
        sums[0] += inst.open_principal_fen
        sums[1] += inst.open_interest_fen
        sums[2] += inst.open_fee_fen
        sums[3] += penalty_owed_fen(inst, terms, as_of)
    return {key: _Late(*values) for key, values in late.items()}


# -- the debts table ------------------------------------------------------------------------


class _DebtLine(NamedTuple):
    """One row of :data:`_DEBTS_SQL`, dates parsed."""

    id: int
    lender_id: int
    lender: str
    lender_kind: str
    hotline: str
    name: str
    kind: str
    currency: str
    status: str
    grace_days: int
    apr: str
    start_date: date
    principal_left: int | None
    due_charges: int | None
    next_due: date | None
    next_amount: int | None
    rate: str = "0"
    rate_basis: str = "annual"
    day_basis: int = 365
    penalty_uplift: str = "0"
    late_fee_fixed_fen: int = 0
    late_fee_percent: str = "0"


# {inner}/{outer}: the one-debt filters (inside the aggregate too, so it reads one debt)
_DEBTS_SQL = f"""
SELECT d.id, d.lender_id, l.name, l.kind, l.hotline, d.name, d.kind, d.currency, d.status,
       d.grace_days, d.apr, d.start_date, agg.principal_left, agg.due_charges, nxt.due_date,
       nxt.principal_fen - nxt.paid_principal_fen + nxt.interest_fen - nxt.paid_interest_fen
       + nxt.fee_fen - nxt.paid_fee_fen,
       d.rate, d.rate_basis, d.day_basis, d.penalty_uplift, d.late_fee_fixed_fen,
       d.late_fee_percent
FROM debt AS d
JOIN lender AS l ON l.id = d.lender_id
LEFT OUTER JOIN (
    SELECT i.debt_id AS debt_id,
           sum(i.principal_fen - i.paid_principal_fen) AS principal_left,
           sum(CASE WHEN i.due_date <= ? THEN {_DUE_CHARGES} ELSE 0 END) AS due_charges,
           min(CASE WHEN i.settled_on IS NULL THEN i.n END) AS next_n
    FROM instalment AS i JOIN debt AS d ON {_CURRENT}{{inner}}
    GROUP BY i.debt_id
) AS agg ON agg.debt_id = d.id
LEFT OUTER JOIN instalment AS nxt
    ON nxt.debt_id = d.id AND nxt.terms_version = d.terms_version AND nxt.n = agg.next_n{{outer}}
ORDER BY d.id"""


@lru_cache(maxsize=4096)
def _caps(
    kind: str, start: date, apr: Decimal | None, table: lpr.Table
) -> tuple[bool, Decimal | None]:
    try:
        lines = applicable_caps(kind, start, table, apr=apr)
    except DomainError:
        return False, None
    lowest = min(line.rate for line in lines)
    return any(line.verdict is Verdict.ABOVE for line in lines), lowest


def judged_rate(row: _DebtLine, late: _Late, days: int, apr: Decimal | None) -> Decimal | None:
    """The all-in rate the cap lines judge: the APR, with penalty interest and 违约金 while
    overdue (:func:`core.caps.all_in_rate`)."""
    if apr is None or days <= 0:
        return apr
    try:
        contract = rate_of(row.rate, row.rate_basis, row.day_basis).annual()
        uplift = Decimal(row.penalty_uplift or "0")
        rule = LateFeeRule(from_fen(row.late_fee_fixed_fen), Decimal(row.late_fee_percent or "0"))
    except (ArithmeticError, ValueError, DomainError):
        return apr
    overdue = from_fen(late.principal + late.interest + late.fees)
    fee = late_fee(overdue, rule)
    return all_in_rate(
        apr, contract, uplift, days_overdue=days, late_fee=fee, overdue_amount=overdue
    )


_TERMS_SQL = """
SELECT d.id, d.terms_version, 0, '', 0, 0, 0, 0, 0, 0, 0,
       d.rate, d.rate_basis, d.day_basis, d.penalty_uplift, d.penalty_compound, d.grace_days,
       d.late_fee_fixed_fen, d.late_fee_percent, d.allocation_order, d.method, d.start_date,
       d.prepay_mode
FROM debt AS d WHERE d.id = ?"""


def _as_of_line(conn: sqlite3.Connection, line: _DebtLine, as_of: date) -> tuple[_DebtLine, _Late]:
    """``line`` and its late items from a replay of the debt as it stood on ``as_of``
    (:mod:`store.ledger_asof`): later payments and agreements left out, penalties by day."""
    row = _rows(conn, _TERMS_SQL, (line.id,))[0]
    state = ledger_asof.replayed(conn, line.id, row[1], _terms(row), as_of)
    line = line._replace(
        principal_left=state.principal_left,
        due_charges=state.due_charges,
        next_due=state.next_due,
        next_amount=state.next_amount,
        status=state.status or line.status,
    )
    return line, _Late(*state.late)


def debt_rows(
    conn: sqlite3.Connection, as_of: date, debt_id: int | None = None, *, started: bool = False
) -> list[DebtRow]:
    """Every debt (or one) with balance, next due, days overdue, penalty today and APR, as
    of ``as_of``: a debt with payments or agreements after it, or partly paid late
    instalments, is replayed to that day.  ``started`` leaves out debts begun after it."""
    params: list[object] = [_iso(as_of)]
    if debt_id is None:
        sql = _DEBTS_SQL.format(inner="", outer="")
    else:
        sql = _DEBTS_SQL.format(inner="\n    WHERE i.debt_id = ?", outer="\nWHERE d.id = ?")
        params += [debt_id, debt_id]
    lines = [
        _DebtLine._make(
            (*row[:11], date.fromisoformat(row[11]), row[12], row[13], _date(row[14]), *row[15:])
        )
        for row in _rows(conn, sql, params)
    ]
    table = lpr.table_from_connection(conn)
    if started:
        lines = [line for line in lines if line.start_date <= as_of]
    late = _late_items(conn, as_of, debt_id)
    replay_ids = ledger_asof.needing_replay(conn, as_of)
    out = []
    for line in lines:
        if line.id in replay_ids:
            line, owed = _as_of_line(conn, line, as_of)
        else:
            owed = late.get(line.id, _Late())
        out.append(_debt_row(line, owed, as_of, table))
    return with_cards(out, card_positions(conn, as_of, debt_id))


def _debt_row(row: _DebtLine, late: _Late, as_of: date, table: lpr.Table) -> DebtRow:
    principal_left = row.principal_left or 0
    overdue = days_overdue(row.next_due, as_of, row.grace_days) if row.next_due is not None else 0
    status = row.status
    if row.next_due is None and principal_left <= 0:
        status = "settled" if status in ("current", "overdue") else status
    elif status == "current" and overdue > 0:
        status = "overdue"
    elif status == "overdue" and overdue == 0:
        status = "current"
    apr = Decimal(row.apr) if row.apr else None
    judged = judged_rate(row, late, overdue, apr)
    above, cap = _caps(row.lender_kind, row.start_date, judged, table)
    return DebtRow(
        id=row.id, lender_id=row.lender_id, lender=row.lender, lender_kind=row.lender_kind,
        hotline=row.hotline, name=row.name, kind=row.kind, currency=row.currency,
        status=status, stored_status=row.status,
        balance=from_fen(principal_left + (row.due_charges or 0)),
        principal_left=from_fen(principal_left), next_due_date=row.next_due,
        next_due_amount=from_fen(row.next_amount or 0), days_overdue=overdue,
        penalty_accrued=from_fen(late.penalty) if overdue else ZERO,
        overdue_principal=from_fen(late.principal), overdue_interest=from_fen(late.interest),
        overdue_fees=from_fen(late.fees), apr=apr, above_cap=above, cap_rate=cap,
        judged_rate=judged,
    )  # fmt: skip


def totals(rows: list[DebtRow]) -> dict[str, Decimal]:
    """Balance per currency (penalty not included), in currency order."""
    out: dict[str, Decimal] = {}
    for row in rows:
        out[row.currency] = out.get(row.currency, ZERO) + row.balance
    return dict(sorted(out.items()))


def _late_partly_paid(conn: sqlite3.Connection, as_of: date) -> set[int]:
    """Debts replayed only for their penalty (which the balance leaves out)."""
    sql = ledger_asof.PARTLY_PAID_LATE_SQL
    return {row[0] for row in _rows(conn, sql, (_iso(as_of),))}


_TOTALS_SQL = f"""
SELECT d.currency,
       sum(i.principal_fen - i.paid_principal_fen
           + CASE WHEN i.due_date <= ? THEN {_DUE_CHARGES} ELSE 0 END)
FROM debt AS d JOIN instalment AS i ON {_CURRENT}
GROUP BY d.currency
ORDER BY d.currency"""


def sql_totals(conn: sqlite3.Connection, as_of: date) -> dict[str, Decimal]:
    """Balance per currency straight from SQL (the CLI and benchmarks); through
    :func:`debt_rows` when some debt must be replayed to ``as_of``."""
    if ledger_asof.needing_replay(conn, as_of) - _late_partly_paid(conn, as_of):
        return totals(debt_rows(conn, as_of))
    rows = _rows(conn, _TOTALS_SQL, (_iso(as_of),))
    return {currency: from_fen(fen or 0) for currency, fen in rows}


# -- what is due ----------------------------------------------------------------------------

_UPCOMING_SQL = f"""
SELECT d.id, d.name, l.name, d.currency, i.due_date, {_OPEN_ALL}
FROM debt AS d
JOIN instalment AS i ON {_CURRENT}
JOIN lender AS l ON l.id = d.lender_id
WHERE i.settled_on IS NULL AND i.due_date >= ? AND {_OPEN_ALL} > 0
ORDER BY i.due_date, d.id
LIMIT ?"""


def upcoming(conn: sqlite3.Connection, as_of: date, limit: int = 5) -> list[DueItem]:
    """The next open instalments due on or after ``as_of``."""
    rows = _rows(conn, _UPCOMING_SQL, (_iso(as_of), limit))
    return [
        DueItem(debt_id, debt, lender, currency, date.fromisoformat(due), from_fen(fen))
        for debt_id, debt, lender, currency, due, fen in rows
    ]


_DUE_BETWEEN_SQL = f"""
SELECT d.currency, sum({_OPEN_ALL})
FROM debt AS d JOIN instalment AS i ON {_CURRENT}
WHERE i.settled_on IS NULL AND i.due_date >= ? AND i.due_date <= ?
GROUP BY d.currency
ORDER BY d.currency"""


def due_between(conn: sqlite3.Connection, first: date, last: date) -> dict[str, Decimal]:
    """What is still to pay on instalments due from ``first`` to ``last``, per currency."""
    rows = _rows(conn, _DUE_BETWEEN_SQL, (_iso(first), _iso(last)))
    return {currency: from_fen(fen or 0) for currency, fen in rows}
