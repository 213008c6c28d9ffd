"""Loading the store layer on a pool thread while the first screen is already in use.

Importing SQLAlchemy, SQLModel and the store modules costs about four bare Qt windows on the
development machine; doing it on the UI thread would freeze the window that has just shown
the user's figures.  :func:`preload_store` does it on a pool thread instead (imports are
thread-safe in Python; the modules listed define no Qt objects), makes the engine, configures
the ORM mappers and opens one session, so building the other tabs afterwards on the UI thread
finds everything ready.  A failure here only means the same imports happen later on the UI
thread.

``STORE_MODULES`` is every ``debttracker.store`` module a GUI module imports at its top level;
a test keeps the list complete.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from debttracker.store.db import Database

STORE_MODULES = (
    "debttracker.store.backup",
    "debttracker.store.budget",
    "debttracker.store.budget_debts",
    "debttracker.store.casefile",
    "debttracker.store.csv_out",
    "debttracker.store.db",
    "debttracker.store.dues_read",
    "debttracker.store.errors",
    "debttracker.store.evidence",
    "debttracker.store.integrity",
    "debttracker.store.ledger",
    "debttracker.store.ledger_csv",
    "debttracker.store.ledger_detail",
    "debttracker.store.ledger_queries",
    "debttracker.store.ledger_read",
    "debttracker.store.ledger_receipts",
    "debttracker.store.ledger_terms",
    "debttracker.store.models",
    "debttracker.store.negotiation",
    "debttracker.store.negotiation_agreements",
    "debttracker.store.negotiation_stream",
    "debttracker.store.negotiation_tables",
    "debttracker.store.negotiation_timeline",
    "debttracker.store.reminders",
    "debttracker.store.reminders_agenda",
    "debttracker.store.reminders_ics",
    "debttracker.store.setting_keys",
    "debttracker.store.settings",
)


def preload_store(db: Database) -> None:
    """Pool-thread work: import the store layer and make ``db`` ready for its first session."""
    for name in STORE_MODULES:
        import_module(name)
    from sqlalchemy import text
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    with db.session() as s:
        s.execute(text("SELECT 1"))
