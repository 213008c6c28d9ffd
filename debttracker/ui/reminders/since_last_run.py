"""At start: what fell due while debttracker was not running, with Done / Snooze / Open.

Shown with ``open()`` (non-blocking).  Done and Snooze are undoable commands on the one undo
stack; Open asks the controller to show the item (the debt in the ledger, the promise in the
negotiation log).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.reminders import Reminder
from debttracker.ui.context import AppContext
from debttracker.ui.reminders.commands import (
    ReminderStateCommand,
    format_day,
    format_moment,
    qdate,
    reminder_time,
    snooze_choices,
    status_text,
)
from debttracker.ui.reminders.notifier import describe, kind_label
from debttracker.ui.widgets.plain import plain_label

_Index = QModelIndex | QPersistentModelIndex


class MissedModel(QAbstractTableModel):
    """Due date, what, and what the user did with it (Done / Snoozed until …)."""

    COLUMNS = 4

    def __init__(self, ctx: AppContext, reminders: list[Reminder], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.reminders = list(reminders)
        self.statuses = [status_text(ctx, r.key) for r in self.reminders]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reminders)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Due"), self.tr("Kind"), self.tr("What"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.reminders):
            return None
        r = self.reminders[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return format_day(r.due)
            if column == 1:
                return kind_label(r.kind)
            if column == 2:
                return describe(r)
            return self.statuses[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Reminded at %1").replace("%1", format_moment(r.at, self.ctx))
        return None

    def refresh(self) -> None:
        self.statuses = [status_text(self.ctx, r.key) for r in self.reminders]
        if self.reminders:
            top, bottom = self.index(0, 3), self.index(len(self.reminders) - 1, 3)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])


class SnoozeDateDialog(QDialog):
    """Choose the day a snoozed reminder comes back (tomorrow at the earliest)."""

    chosen = Signal(object)  # date

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDateDialog")
        self.setWindowTitle(self.tr("Snooze until"))
        form = QFormLayout(self)
        self.day = QDateEdit()
        self.day.setObjectName("snoozeDate")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(qdate(today).addDays(1))
        self.day.setDate(qdate(today).addDays(7))
        form.addRow(self.tr("Remind me again on:"), self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        picked: QDate = self.day.date()
        self.chosen.emit(date(picked.year(), picked.month(), picked.day()))
        super().accept()


class SinceLastRunDialog(QDialog):
    """Lists what fell due while the app was closed; see the module docstring."""

    open_requested = Signal(object)  # ref

    def __init__(
        self,
        ctx: AppContext,
        reminders: list[Reminder],
        since: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sinceLastRunDialog")
        self.setWindowTitle(self.tr("While debttracker was closed"))
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = self.tr("These fell due since debttracker last ran (%1):")
        self.intro = plain_label(intro.replace("%1", format_moment(since, ctx)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = MissedModel(ctx, reminders, self)
        self.view = QTableView()
        self.view.setObjectName("missedTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.view)
        layout.addLayout(self._buttons())
        if reminders:
            self.view.selectRow(0)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()
        ctx.events.data_changed.connect(self._on_data_changed)
        self.resize(760, 360)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("missedDone")
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QToolButton()
        self.snooze_button.setObjectName("missedSnooze")
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        menu.setObjectName("snoozeMenu")
        menu.addAction(self.tr("For 1 hour"), lambda: self.snooze("hour")).setObjectName(
            "snoozeHour"
        )
        menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze("tomorrow")).setObjectName(
            "snoozeTomorrow"
        )
        menu.addAction(self.tr("Until a date…"), self.choose_date).setObjectName("snoozeDate")
        self.snooze_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("missedOpen")
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("missedClose")
        close.clicked.connect(self.accept)
        for widget in (self.done_button, self.snooze_button, self.open_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # -- selection -------------------------------------------------------------------------
    def selected(self) -> list[Reminder]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.reminders[r] for r in rows]

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        some = bool(self.selected())
        for widget in (self.done_button, self.snooze_button, self.open_button):
            widget.setEnabled(some)

    def _on_data_changed(self, aggregate: str) -> None:
        if aggregate in ("reminders", "all"):
            self.model.refresh()

    # -- actions ---------------------------------------------------------------------------
    def mark_done(self) -> None:
        keys = [r.key for r in self.selected()]
        if keys:
            self.ctx.undo_stack.push(
                ReminderStateCommand(self.ctx, keys, done=True, snoozed_until=None)
            )

    def snooze(self, choice: str) -> None:
        self.snooze_until(snooze_choices(self.ctx)[choice])

    def snooze_until(self, until: datetime) -> None:
        keys = [r.key for r in self.selected()]
        if keys:
            self.ctx.undo_stack.push(
                ReminderStateCommand(self.ctx, keys, done=False, snoozed_until=until)
            )

    def choose_date(self) -> SnoozeDateDialog:
        dialog = SnoozeDateDialog(self.ctx.now().date(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda day: self.snooze_until(reminder_time(self.ctx, day)))
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.open_requested.emit(chosen[0].ref)
