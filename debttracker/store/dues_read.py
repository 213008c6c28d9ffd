"""What every open debt asks for in a month, in plain SQL over :func:`core.dues.due_in_month`.

One reading for every screen: the Budget's minimums (``store.budget_debts``), the Overview's
"still due this month" and the statement read it, so they cannot disagree.  Plain ``sqlite3``
(no SQLAlchemy) so the Overview can use it on the start-up path; Session callers pass
``store.ledger_queries.dbapi_connection(s)``.

A debt's instalments are those of its current terms version; a credit card with a statement
asks for the statement's minimum (``core.cards.card_due_in_month``, inputs from
``store.ledger_cards.card_inputs``); one saved before statements, without instalments, for its
minimum payment on its outstanding principal.
Settled and written-off debts ask for nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from debttracker.core.cards import MinimumPaymentRule
from debttracker.core.dues import CardTerms, DueRow, MonthDue, due_in_month
from debttracker.core.money import from_fen
from debttracker.core.schedule import days_in_month

if TYPE_CHECKING:
    import sqlite3

_CURRENT = "i.debt_id = d.id AND i.terms_version = d.terms_version"
_DEBTS_SQL = (
    """
SELECT d.id, d.name, l.name, d.kind, d.status, d.currency, d.start_date, d.principal_fen,
       d.min_payment_percent, d.card_due_day, d.due_day,
       EXISTS (SELECT 1 FROM instalment AS i WHERE """
    + _CURRENT
    + """)
FROM debt AS d JOIN lender AS l ON l.id = d.lender_id
WHERE d.status NOT IN ('settled', 'written_off')
ORDER BY d.id"""
)
_ROWS_SQL = f"""
SELECT i.debt_id, i.due_date, i.principal_fen, i.interest_fen, i.fee_fen,
       i.paid_principal_fen, i.paid_interest_fen, i.paid_fee_fen
FROM instalment AS i JOIN debt AS d ON {_CURRENT}
WHERE i.due_date >= ? AND i.due_date <= ?
ORDER BY i.due_date, i.n"""
_REPAID_SQL = "SELECT debt_id, sum(alloc_principal_fen) FROM payment GROUP BY debt_id"
_PAID_IN_SQL = """
SELECT debt_id, sum(amount_fen) FROM payment WHERE paid_on >= ? AND paid_on <= ?
GROUP BY debt_id"""


@dataclass(frozen=True, slots=True)
class DebtDue:
    """One open debt's due in the month, with what the screens show beside it."""

    debt_id: int
    debt_name: str
    lender_name: str
    kind: str
    status: str
    currency: str
    due: MonthDue


def _rows(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> list[Any]:
    cursor = conn.cursor()
    cursor.row_factory = None
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def _percent(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return Decimal("0.10")
    return value if value.is_finite() else Decimal("0.10")


def month_dues(
    conn: sqlite3.Connection, year: int, month: int, today: date | None = None
) -> list[DebtDue]:
    """Every open debt's :func:`core.dues.due_in_month` for ``year``-``month``, by due date."""
    first, last = date(year, month, 1), date(year, month, days_in_month(year, month))
    span = (first.isoformat(), last.isoformat())
    scheduled: dict[int, list[DueRow]] = defaultdict(list)
    for debt_id, due, *values in _rows(conn, _ROWS_SQL, span):
        scheduled[debt_id].append(DueRow(date.fromisoformat(due), *values))
    repaid = dict(_rows(conn, _REPAID_SQL))
    paid_in = dict(_rows(conn, _PAID_IN_SQL, span))
    statements = statement_cards(conn)
    found = []
    for row in _rows(conn, _DEBTS_SQL):
        (debt_id, name, lender, kind, status, currency, start, principal, percent, card_day,
         due_day, has_rows) = row  # fmt: skip
        card = statements.get(debt_id)
        if card is None and kind == "card" and not has_rows:
            balance = from_fen(max(principal - int(repaid.get(debt_id) or 0), 0))
            rule = MinimumPaymentRule(purchases=_percent(percent))
            card = CardTerms(balance, rule, card_day or due_day, date.fromisoformat(start))
        due = due_in_month(
            scheduled.get(debt_id, ()), year, month, card=card,
            paid_in_month=from_fen(int(paid_in.get(debt_id) or 0)), today=today,
        )  # fmt: skip
        if due is not None:
            found.append(DebtDue(debt_id, name, lender, kind, status, currency, due))
    return sorted(found, key=lambda d: (d.due.due_date, d.debt_id))


def statement_cards(conn: sqlite3.Connection, debt_id: int | None = None) -> dict[int, CardTerms]:
    """Every card with a statement, as :class:`core.dues.CardTerms` for its month's minimum."""
    from debttracker.store.ledger_cards import card_inputs

    out = {}
    for owner, (rules, statement, payments) in card_inputs(conn, None, debt_id).items():
        out[owner] = CardTerms(
            statement.balance, MinimumPaymentRule(), None, statement.statement_date,
            rules=rules, statements=(statement,), payments=tuple(payments),
        )  # fmt: skip
    return out


def unpaid_by_currency(dues: Sequence[DebtDue]) -> dict[str, Decimal]:
    """What is still to pay of the month's dues, per currency (the Overview's figure)."""
    out: dict[str, Decimal] = {}
    for item in dues:
        out[item.currency] = out.get(item.currency, Decimal(0)) + item.due.unpaid
    return dict(sorted(out.items()))


def debts_with_instalments(conn: sqlite3.Connection) -> set[int]:
    """Debts whose current terms have instalment rows (the others, cards, ask a minimum)."""
    sql = f"SELECT DISTINCT i.debt_id FROM instalment AS i JOIN debt AS d ON {_CURRENT}"
    return {row[0] for row in _rows(conn, sql)}
