"""What every tab receives: the open database, the undo stack, app-wide signals and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from debttracker.store.db import Database
    from debttracker.store.ledger_read import DebtRow


class AppEvents(QObject):
    """App-wide signals, so tabs talk without knowing each other."""

    #: data of an aggregate changed ("ledger", "budget", "negotiation", "reminders", "all")
    data_changed = Signal(str)
    #: ask the main window to show a debt in the ledger
    open_debt = Signal(int)
    #: ask the main window to switch to a tab by objectName
    show_tab = Signal(str)
    #: a short message for the status bar
    status_message = Signal(str)


def _today() -> date:
    return date.today()


def _now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class AppContext:
    """Dependencies passed to every tab; tests build one with a fake clock."""

    data_dir: Path
    db: Database
    undo_stack: QUndoStack
    events: AppEvents
    today: Callable[[], date] = field(default=_today)
    now: Callable[[], datetime] = field(default=_now)
    _debt_rows: dict[date, list[DebtRow]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        # connected before any tab: every change empties the cache before a tab refreshes
        self.events.data_changed.connect(self._forget)

    def _forget(self, _aggregate: str) -> None:
        self._debt_rows.clear()

    def debt_rows(self, as_of: date) -> list[DebtRow]:
        """Every debt's figures on ``as_of`` (the ledger's SQL aggregate), computed once per
        change of the data: the Overview and the Ledger share it.  Read with plain SQL on the
        UI thread's reader, so the Overview can show them before SQLAlchemy is loaded."""
        rows = self._debt_rows.get(as_of)
        if rows is None:
            from debttracker.store.ledger_read import debt_rows

            with self.db.read() as conn:
                rows = self._debt_rows[as_of] = debt_rows(conn, as_of)
        return rows
