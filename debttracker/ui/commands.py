"""The base of undoable edits that run one store action per redo/undo.

Each ``_run(action)`` is one session (one transaction).  A refusal the first time (a
``DomainError``, or a save the disk refused: full, read-only, locked) keeps its message and
field and marks the command obsolete, so the undo stack drops it and the dialog can show why.
After a first success a refused undo/redo changes nothing, says why on the status bar and
drops the command too (the data stay as they are, and the stack no longer claims otherwise).
Any other exception also drops the command before it reaches the error hook: a failed save
never stays on the stack.  An undo or redo that finds its row is no longer the one it wrote
(:class:`RowChanged`, checked by the command; or its id taken: ``IntegrityError``) changes
nothing and clears the stack -- a guard under the window's outside-change check
(:mod:`ui.data_watch`), for a change that lands while ours commits.  On success the aggregates the command touches are announced on
``ctx.events.data_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.store.errors import StoreError
from debttracker.ui.context import AppContext
from debttracker.ui.errors import UNEXPECTED, store_failure
from debttracker.ui.i18n import translate_message


class RowChanged(Exception):
    """The row an undo or redo would touch is not the one this command wrote (another
    program changed, removed or took its id meanwhile)."""


ROW_CHANGED = QT_TRANSLATE_NOOP(
    "StoreFailure",
    "This edit cannot be undone or redone: another program changed the same record "
    "meanwhile. Nothing was changed; the undo history was cleared.",
)


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
        except StoreError as exc:  # disk full, read-only, locked: the store refused to write
            self.setObsolete(True)  # a failed edit never stays on the stack
            self._refused(store_failure(exc) or exc.message, None)
            return None
        except DomainError as exc:
            if self._done_once:
                self.setObsolete(True)
                raise
            self._refused(exc.message, exc.field)
            return None
        except (RowChanged, IntegrityError):
            if not self._done_once:
                raise
            self._row_changed()
            return None
        except Exception as exc:
            failure = store_failure(exc)
            self.setObsolete(True)  # whatever it was, this command is off the stack
            if failure is None:
                if not self._done_once:  # the dialog stays open; the hook shows the details
                    self.error = msg("StoreFailure", UNEXPECTED)
                raise
            self._refused(failure, None)
            return None
        self._done_once = True
        for name in self.aggregates:
            self.ctx.events.data_changed.emit(name)
        return result

    def _row_changed(self) -> None:
        """Touch nothing more: this and every older edit may be about rows others changed."""
        self._refused(msg("StoreFailure", ROW_CHANGED), None)
        QTimer.singleShot(0, self.ctx.undo_stack.clear)  # not while the stack runs this

    @staticmethod
    def check_row(now: object, then: object) -> None:
        """Raise :class:`RowChanged` unless the row read ``now`` is what was written."""
        if now != then:
            raise RowChanged

    def _refused(self, message: Message, field: str | None) -> None:
        self.error, self.error_field = message, field
        self.setObsolete(True)
        if self._done_once:  # an undo or redo: no dialog is waiting for the message
            self.ctx.events.status_message.emit(translate_message(message))
