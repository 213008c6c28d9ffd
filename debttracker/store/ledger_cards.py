"""Credit cards by their statement: the ``debt`` columns of a card's bill and rules
(migration ``l003_ledger``), and what a card owes as of a day (:func:`core.cards.card_position`
over the payments made since the statement).

The reads are plain SQL on a DB-API connection, like :mod:`store.ledger_read` (which calls
:func:`card_positions` for the debts table), so the start-up path imports no SQLAlchemy.
A card written before ``l003`` has no statement and gets no position.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from debttracker.core.card_form import CardInput
from debttracker.core.cards import CardPosition, CardTerms, Statement, card_position
from debttracker.core.money import ZERO, from_fen, to_fen
from debttracker.core.rates import Rate, RateBasis

if TYPE_CHECKING:
    import sqlite3

#: the debt columns of a card's statement and rules, in the order of :data:`_CARDS_SQL`
CARD_COLUMNS = (
    "stmt_date", "stmt_due_date", "stmt_balance_fen", "stmt_minimum_fen", "stmt_charges_fen",
    "stmt_instalment_fen", "stmt_posted_on", "card_min_floor_fen", "card_late_fee_percent",
    "card_tolerance_fen",
)  # fmt: skip


def card_values(card: CardInput | None) -> dict[str, Any]:
    """The ``debt`` columns for a card's statement (NULLs and defaults for other debts)."""
    if card is None:
        return {
            "stmt_date": None, "stmt_due_date": None, "stmt_balance_fen": None,
            "stmt_minimum_fen": None, "stmt_charges_fen": 0, "stmt_instalment_fen": 0,
            "stmt_posted_on": None, "card_min_floor_fen": 1000,
            "card_late_fee_percent": "0.05", "card_tolerance_fen": 0,
        }  # fmt: skip
    st = card.statement
    return {
        "stmt_date": st.statement_date, "stmt_due_date": st.due_date,
        "stmt_balance_fen": to_fen(st.balance),
        "stmt_minimum_fen": None if st.minimum is None else to_fen(st.minimum),
        "stmt_charges_fen": to_fen(st.charges), "stmt_instalment_fen": to_fen(st.instalment),
        "stmt_posted_on": st.posted_on, "card_min_floor_fen": to_fen(card.min_floor),
        "card_late_fee_percent": str(card.late_fee_percent),
        "card_tolerance_fen": to_fen(card.tolerance),
    }  # fmt: skip


def _day(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _card(values: tuple[Any, ...]) -> CardInput | None:
    stmt, due, balance, minimum, charges, instalment, posted, floor, late, tol = values
    if stmt is None or due is None or balance is None:
        return None
    statement = Statement(
        _day(stmt) or date.min, _day(due) or date.min, from_fen(balance),
        None if minimum is None else from_fen(minimum), from_fen(charges or 0),
        from_fen(instalment or 0), _day(posted),
    )  # fmt: skip
    return CardInput(statement, from_fen(floor or 0), Decimal(late or "0"), from_fen(tol or 0))


def card_input(debt: Any) -> CardInput | None:
    """A ``Debt`` row's card statement and rules (None for other debts or before ``l003``)."""
    if getattr(debt, "kind", None) != "card":
        return None
    return _card(tuple(getattr(debt, name) for name in CARD_COLUMNS))


def _rate(value: str, basis: str, day_basis: int) -> Rate:
    return Rate(Decimal(value or "0"), RateBasis(basis), day_basis if day_basis == 360 else 365)


_CARDS_SQL = f"""
SELECT d.id, d.rate, d.rate_basis, d.day_basis, d.min_payment_percent, d.grace_days,
       {", ".join("d." + name for name in CARD_COLUMNS)}
FROM debt AS d
WHERE d.kind = 'card' AND d.stmt_date IS NOT NULL"""

_PAID_SQL = """
SELECT p.debt_id, p.paid_on, p.amount_fen
FROM payment AS p JOIN debt AS d ON d.id = p.debt_id
WHERE d.kind = 'card' AND d.stmt_date IS NOT NULL AND p.paid_on >= d.stmt_date
  AND p.paid_on <= ?"""


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable[object]) -> list[Any]:
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        return cursor.execute(sql, tuple(params)).fetchall()
    finally:
        cursor.close()


def card_inputs(
    conn: sqlite3.Connection, until: date | None = None, debt_id: int | None = None
) -> dict[int, tuple[CardTerms, Statement, list[tuple[date, Decimal]]]]:
    """Every card with a statement (or one): its rules, statement and the payments made
    since the statement date (up to ``until`` when given)."""
    cards_sql, paid_sql = _CARDS_SQL, _PAID_SQL
    cards_params: list[object] = []
    paid_params: list[object] = [(until or date.max).isoformat()]
    if debt_id is not None:
        cards_sql += " AND d.id = ?"
        paid_sql += " AND d.id = ?"
        cards_params.append(debt_id)
        paid_params.append(debt_id)
    paid: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for owner, day, fen in _rows(conn, paid_sql, paid_params):
        paid[owner].append((date.fromisoformat(day), from_fen(fen)))
    out: dict[int, tuple[CardTerms, Statement, list[tuple[date, Decimal]]]] = {}
    for row in _rows(conn, cards_sql, cards_params):
        card = _card(tuple(row[6:]))
        if card is None:
            continue
        min_percent = Decimal(row[4] or "0.10")
        terms: CardTerms = card.terms(_rate(row[1], row[2], row[3]), min_percent, row[5] or 0)
        out[row[0]] = (terms, card.statement, paid.get(row[0], []))
    return out


def card_positions(
    conn: sqlite3.Connection, as_of: date, debt_id: int | None = None
) -> dict[int, CardPosition]:
    """Every card with a statement (or one): what it owes on ``as_of``."""
    return {
        owner: card_position(terms, statement, payments, as_of)
        for owner, (terms, statement, payments) in card_inputs(conn, as_of, debt_id).items()
    }


def position_of(s: Any, debt_id: int, as_of: date) -> CardPosition | None:
    """:func:`card_positions` for one card through a Session."""
    from debttracker.store.ledger_queries import dbapi_connection

    return card_positions(dbapi_connection(s), as_of, debt_id).get(debt_id)


def statement_start(conn: sqlite3.Connection, debt_id: int) -> date | None:
    """A card's statement date: payments before it are already in its balance."""
    rows = _rows(conn, "SELECT stmt_date FROM debt WHERE id = ? AND kind = 'card'", (debt_id,))
    return _day(rows[0][0]) if rows and rows[0][0] else None


def with_cards(rows: list[Any], positions: dict[int, CardPosition]) -> list[Any]:
    """The debts table's rows with each card's figures from its statement: the balance stays
    what is left of the statement (its one instalment); as for a loan, what accrues on top is
    the penalty column, here revolving interest and 违约金 (balance + penalty clears it); the
    next amount is the minimum still unpaid by the bill's due date; overdue only while the
    minimum is unpaid after that date, counted from the day after it."""
    from dataclasses import replace

    out = []
    for row in rows:
        pos = positions.get(row.id)
        if pos is None:
            out.append(row)
            continue
        status = row.stored_status
        if status in ("current", "overdue", "settled"):
            status = "overdue" if pos.overdue else ("settled" if pos.owed <= 0 else "current")
        out.append(
            replace(
                row, card=pos, status=status, next_due_date=pos.due_date if pos.owed > 0 else None,
                next_due_amount=pos.minimum_unpaid, days_overdue=pos.days_overdue,
                penalty_accrued=pos.revolving_interest + pos.late_fee,
                overdue_principal=pos.minimum_unpaid if pos.overdue else ZERO,
                overdue_interest=ZERO, overdue_fees=ZERO,
            )
        )  # fmt: skip
    return out
