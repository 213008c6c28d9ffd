"""The Overview's agenda: what is due, promised and to follow up in the next 14 days.

One table, sorted by date: instalments and card days coming due, promises of mine and replies
the lender promised (pending), and follow-ups of the lender's promises that passed -- read from
the reminders' own agenda (:func:`debttracker.store.reminders_agenda.agenda`, done and snoozed
left out), so the window shows what the notifications would.  On GNOME there is no tray, so
this is where the user sees it all at a glance.  It is read on a pool thread (SQLAlchemy is not
on the start-up path), when shown and after every change of the data; Enter or a double click
opens the item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.ui.context import AppContext
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.dates import date_text
from debttracker.ui.widgets.table import RowTable

DAYS = 14
OVERDUE = QColor("#b3261e")


@dataclass(frozen=True, slots=True)
class AgendaRow:
    due: date
    status: str  # overdue, today, upcoming, follow_up
    what: str  # instalment, my_promise, lender_promise, follow_up, card_statement, card_due
    name: str
    amount: Decimal | None
    ref: tuple[str, object]


def load_agenda(ctx: AppContext) -> list[AgendaRow]:
    """Pool-thread work: the agenda of the next :data:`DAYS` days, sorted by date."""
    from debttracker.core.reminders import LENDER
    from debttracker.store import reminders as store
    from debttracker.store.reminders_agenda import agenda

    now = ctx.now()
    assert now.tzinfo is not None
    with ctx.db.session() as s:
        facts = store.build_facts(s, now.tzinfo, now.date())
    lenders = {p.id for p in facts.promises if p.who == LENDER}
    rows = []
    for item in agenda(facts, now, DAYS):
        what = item.kind
        if item.status == "follow_up":
            what = "follow_up"
        elif item.kind == "promise":
            what = "lender_promise" if item.ref[1] in lenders else "my_promise"
        rows.append(AgendaRow(item.due, item.status, what, item.name, item.amount, item.ref))
    return sorted(rows, key=lambda r: (r.due, r.what, r.name))


class AgendaModel(RowTable):
    """Due date, when (overdue / today / in N days), what, which, amount."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.columns = (
            (self.tr("Date"), lambda r: date_text(r.due), lambda r: r.due.toordinal()),
            (self.tr("When"), self.when, lambda r: r.due.toordinal()),
            (self.tr("What"), self.what, self.what),
            (self.tr("Item"), lambda r: r.name, lambda r: r.name),
            (self.tr("Amount"), self.amount, lambda r: r.amount or Decimal(0)),
        )

    def when(self, row: AgendaRow) -> str:
        days = (row.due - self.today).days
        if row.status == "follow_up":
            return self.tr("Follow up now")
        if days < 0:
            return self.tr("Overdue")
        if days == 0:
            return self.tr("Today")
        return self.tr("In %1 days").replace("%1", str(days))

    def what(self, row: AgendaRow) -> str:
        texts = {
            "instalment": self.tr("Instalment due"),
            "my_promise": self.tr("My promise"),
            "lender_promise": self.tr("Reply promised by the lender"),
            "follow_up": self.tr("Follow up the lender's promise"),
            "card_statement": self.tr("Card statement day"),
            "card_due": self.tr("Card payment due"),
        }
        return texts.get(row.what, row.what)

    def amount(self, row: AgendaRow) -> str:
        if row.amount is None:
            return ""
        from debttracker.ui.reminders.commands import format_amount

        return format_amount(row.amount)

    def extra(self, item: Any, column: int, role: int) -> Any:
        late = item.status in ("overdue", "follow_up")
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.columns[column][1](item)
        return None


class AgendaPanel(QGroupBox):
    """The agenda table with its empty state; see the module docstring."""

    loaded = Signal()  # the rows arrived (tests)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agenda: the next %1 days").replace("%1", str(DAYS)), parent)
        self.setObjectName("agendaPanel")
        self.ctx = ctx
        self._stale = True
        self._loading = self._again = False
        self.model = AgendaModel(self)
        self.view = QTableView()
        self.view.setObjectName("agendaTable")
        self.view.setAccessibleName(self.tr("Agenda for the next %1 days").replace("%1", str(DAYS)))
        self.view.setAccessibleDescription(
            self.tr("Due dates, promises and follow-ups, by date. Press Enter to open one.")
        )
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._open)
        self.empty = QLabel(
            self.tr("Nothing is due, promised or to follow up in the next %1 days.").replace(
                "%1", str(DAYS)
            )
        )
        self.empty.setObjectName("agendaEmptyLabel")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _aggregate: str) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Read the agenda again on a pool thread (once more if the data change meanwhile)."""
        if not self._stale:
            return
        if self._loading:
            self._again = True
            return
        self._stale = self._again = False
        self._loading = True
        tasks.run(
            QThreadPool.globalInstance(), partial(load_agenda, self.ctx), self._loaded, self._failed
        )

    def _loaded(self, rows: list[AgendaRow]) -> None:
        self._loading = False
        if self._again:
            self._stale = True
            self.refresh()
            return
        self.model.today = self.ctx.today()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self.loaded.emit()

    def _failed(self, error: object) -> None:
        self._loading = False
        self._stale = True  # tried again at the next show or change
        text = self.tr("The agenda could not be read: %1").replace("%1", tasks.failure_text(error))
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def _open(self, index: QModelIndex) -> None:
        row: AgendaRow = self.model.row_at(index.row())
        kind, ident = row.ref
        if kind == "instalment" and isinstance(ident, tuple):
            self.ctx.events.open_debt.emit(int(ident[0]))
        elif kind == "card" and isinstance(ident, int):
            self.ctx.events.open_debt.emit(ident)
        elif kind == "promise":
            self.ctx.events.show_tab.emit("negotiationTab")
