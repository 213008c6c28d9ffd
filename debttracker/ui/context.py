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
