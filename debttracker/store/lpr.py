"""The one-year LPR table the cap verdicts use: the shipped steps (``core.caps``), edited by the
user (domain.md §3.3: the LPR changes monthly and the app is offline, so the user adds it).

Kept as one setting, ``caps.lpr_table``: JSON ``[["2025-05-20", "0.0300"], ...]``; empty means
the shipped table.  Plain ``sqlite3`` reads (:func:`table_from_connection`) serve
:mod:`store.ledger_read` on the start-up path; the Session functions serve the CLI and the GUI.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from debttracker.core.caps import DEFAULT_LPR_TABLE, check_lpr_entry
from debttracker.core.messages import DomainError
from debttracker.store.setting_keys import Key

if TYPE_CHECKING:
    import sqlite3

    from sqlmodel import Session

LPR_TABLE: Key[str] = Key("caps.lpr_table", "")

Table = tuple[tuple[date, Decimal], ...]


def parse_table(text: str) -> Table:
    """The table from its setting text; the shipped table when empty or unreadable."""
    if not text.strip():
        return DEFAULT_LPR_TABLE
    try:
        entries = [
            check_lpr_entry(date.fromisoformat(day), Decimal(rate))
            for day, rate in json.loads(text)
        ]
    except (ValueError, TypeError, InvalidOperation, DomainError):
        return DEFAULT_LPR_TABLE
    return tuple(sorted(entries)) or DEFAULT_LPR_TABLE


def dump_table(table: Table) -> str:
    return json.dumps([[day.isoformat(), str(rate)] for day, rate in sorted(table)])


def table_from_connection(conn: sqlite3.Connection) -> Table:
    """The table read with plain sqlite3 (no SQLAlchemy)."""
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (LPR_TABLE.name,)).fetchone()
    except Exception:
        return DEFAULT_LPR_TABLE
    return parse_table(row[0] if row else "")


def get_table(s: Session) -> Table:
    from debttracker.store import settings

    return parse_table(settings.get(s, LPR_TABLE))


def set_rate(s: Session, day: date, rate: Decimal) -> Table:
    """Add or replace the step effective on ``day``; returns the new table."""
    from debttracker.store import settings

    entry = check_lpr_entry(day, rate)
    table = tuple(sorted({**dict(get_table(s)), entry[0]: entry[1]}.items()))
    settings.put(s, LPR_TABLE, dump_table(table))
    return table


def remove_rate(s: Session, day: date) -> Table:
    """Drop the step effective on ``day`` (the shipped table again when none is left)."""
    from debttracker.store import settings

    table = tuple(entry for entry in get_table(s) if entry[0] != day)
    settings.put(s, LPR_TABLE, dump_table(table) if table else "")
    return table or DEFAULT_LPR_TABLE
