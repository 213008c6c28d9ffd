"""Read-side of the ledger for a Session: the debts table, totals, overview figures.

The SQL lives in :mod:`store.ledger_read` (plain SQL on a DB-API connection, so the start-up
path can run it before SQLAlchemy is imported); these wrappers run it on the Session's own
connection, inside its transaction, after flushing what the Session holds (as its autoflush
would before a query).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, cast

from sqlmodel import Session

from debttracker.store import ledger_read
from debttracker.store.ledger_read import DebtRow as DebtRow
from debttracker.store.ledger_read import DueItem as DueItem
from debttracker.store.ledger_read import totals as totals

if TYPE_CHECKING:
    import sqlite3


def dbapi_connection(s: Session) -> sqlite3.Connection:
    """The Session's sqlite3 connection (its transaction begun), pending changes flushed."""
    if s.autoflush:
        s.flush()  # a no-op when nothing is pending
    return cast("sqlite3.Connection", s.connection().connection.driver_connection)


def debt_rows(
    s: Session, as_of: date, debt_id: int | None = None, *, started: bool = False
) -> list[DebtRow]:
    """Every debt (or one) with balance, next due, days overdue, penalty and APR as of
    ``as_of`` (``started``: only debts begun by then)."""
    return ledger_read.debt_rows(dbapi_connection(s), as_of, debt_id, started=started)


def sql_totals(s: Session, as_of: date) -> dict[str, Decimal]:
    """Balance per currency straight from SQL (the CLI and benchmarks)."""
    return ledger_read.sql_totals(dbapi_connection(s), as_of)


def upcoming(s: Session, as_of: date, limit: int = 5) -> list[DueItem]:
    """The next open instalments due on or after ``as_of``."""
    return ledger_read.upcoming(dbapi_connection(s), as_of, limit)


def due_between(s: Session, first: date, last: date) -> dict[str, Decimal]:
    """What is still to pay on instalments due from ``first`` to ``last``, per currency."""
    return ledger_read.due_between(dbapi_connection(s), first, last)
