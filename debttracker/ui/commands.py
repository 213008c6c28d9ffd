"""The base of undoable edits that run one store action per redo/undo.

Each ``_run(action)`` is one session (one transaction).  A refusal the first time (a
``DomainError``) keeps its message and field and marks the command obsolete, so the undo stack
drops it and the dialog can show why; after a first success a refusal is a real error.  On
success the aggregates the command touches are announced on ``ctx.events.data_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

from debttracker.core.messages import DomainError, Message
from debttracker.ui.context import AppContext


class StoreCommand(QUndoCommand):
    #: what ``data_changed`` announces after each successful run
    aggregates: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.error: Message | None = None
        self.error_field: str | None = None
        self._done_once = False

    def _run(self, action: Callable[[Session], Any]) -> Any:
        try:
            with self.ctx.db.session() as s:
                result = action(s)
        except DomainError as exc:
            if self._done_once:
                raise
            self.error, self.error_field = exc.message, exc.field
            self.setObsolete(True)
            return None
        self._done_once = True
        for name in self.aggregates:
            self.ctx.events.data_changed.emit(name)
        return result
