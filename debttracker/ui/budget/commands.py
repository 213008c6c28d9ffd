"""Undoable budget edits.

A :class:`BudgetCommand` runs its action once, in one transaction, and keeps exact snapshots of
the rows it touched before and after (``store.budget.snapshot``).  Undo puts the "before" rows
back, redo the "after" rows, ids included, so later commands on the stack stay valid.
A run the store refuses (a ``DomainError``, disk full, read-only, locked) lands nowhere, says
why in :attr:`BudgetCommand.error` and on the status bar, and leaves the stack; any other
exception leaves the stack too, then reaches the error hook.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

from debttracker.core.budget import Month
from debttracker.core.messages import DomainError
from debttracker.store import budget as repo
from debttracker.ui.commands import ROW_CHANGED, RowChanged
from debttracker.ui.context import AppContext
from debttracker.ui.errors import UNEXPECTED, failure_kind, store_failure
from debttracker.ui.i18n import translate_message

log = logging.getLogger(__name__)


def _rows(snap: repo.Snapshot) -> tuple[list[str], ...]:
    """A snapshot's rows, in an order that does not depend on the query."""
    return tuple(
        sorted(repr(row) for row in rows) for rows in (snap.lines, snap.actuals, snap.notes)
    )


#: does the edit in a session; returns the ids of lines it created
Action = Callable[[Session], Iterable[int]]


class BudgetCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        text: str,
        action: Action,
        line_ids: Iterable[int] = (),
        note_months: Iterable[Month] = (),
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._action: Action | None = action
        self._line_ids = tuple(line_ids)
        self._note_months = tuple(note_months)
        self._before: repo.Snapshot | None = None
        self._after: repo.Snapshot | None = None
        #: ids of the lines the action created (the tab selects the first one)
        self.created: tuple[int, ...] = ()
        #: why the last run was refused (shown by the dialog that asked for it)
        self.error: str | None = None

    def redo(self) -> None:
        try:
            with self._ctx.db.session() as session:
                if self._action is not None:
                    self._first_run(session)
                elif self._before is not None and self._after is not None:
                    self._put(session, self._before, self._after)
        except Exception as exc:  # a failed edit lands nowhere and leaves the stack
            self._fail(exc)
            return
        self._ctx.events.data_changed.emit("budget")

    def _first_run(self, session: Session) -> None:
        assert self._action is not None
        self._before = repo.snapshot(session, self._line_ids, self._note_months)
        self.created = tuple(self._action(session))
        self._after = repo.snapshot(session, (*self._line_ids, *self.created), self._note_months)
        self._action = None  # the snapshots are all redo needs from now on

    def undo(self) -> None:
        if self._before is None or self._after is None:
            return
        try:
            with self._ctx.db.session() as session:
                self._put(session, self._after, self._before)
        except Exception as exc:
            self._fail(exc)
            return
        self._ctx.events.data_changed.emit("budget")

    def _put(self, session: Session, current: repo.Snapshot, wanted: repo.Snapshot) -> None:
        """Replace ``current`` by ``wanted`` -- only when the rows are still ``current``:
        restore works by id, and another program may have changed or reused them."""
        now = repo.snapshot(session, current.line_ids | wanted.line_ids, self._note_months)
        if _rows(now) != _rows(current):
            raise RowChanged
        repo.restore(session, current, wanted)

    def _fail(self, exc: Exception) -> None:
        self.setObsolete(True)  # a failed edit never stays on the stack
        failure = store_failure(exc)
        if isinstance(exc, RowChanged):
            reason = QCoreApplication.translate("StoreFailure", ROW_CHANGED)
            QTimer.singleShot(0, self._ctx.undo_stack.clear)  # not while the stack runs this
        elif failure is not None:  # logged without its SQL and parameters (personal data)
            log.error("budget edit refused by the store: %s", failure_kind(exc))
            reason = translate_message(failure)
        elif isinstance(exc, DomainError):
            reason = translate_message(exc.message)
        else:  # the dialog stays open; the error hook shows the details
            self.error = QCoreApplication.translate("StoreFailure", UNEXPECTED)
            raise exc
        self.error = reason
        text = QCoreApplication.translate("BudgetTab", "The change could not be saved: %1")
        self._ctx.events.status_message.emit(text.replace("%1", reason))
