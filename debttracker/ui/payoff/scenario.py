"""One-off extra payments (a bonus in March) and changes of the monthly amount from a month."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from debttracker.core.budget import Month
from debttracker.core.messages import DomainError
from debttracker.core.money import parse_money
from debttracker.ui.charts.mpl import month_text
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.plain import plain_label

Index = QModelIndex | QPersistentModelIndex
EXTRA, CHANGE = "extra", "change"
Item = tuple[str, Month, Decimal]


class ScenarioModel(QAbstractTableModel):
    """Rows of (kind, month, amount), by month."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.currency = "CNY"

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda item: (item[1], item[0]))
        self.endResetModel()

    def add(self, item: Item) -> None:
        self.set_items([*self.items, item])

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = [self.tr("Month"), self.tr("What"), self.tr("Amount")]
            return headers[section] if 0 <= section < 3 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        kind, month, amount = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return month_text(month)
            if index.column() == 1:
                return self.tr("One-off extra") if kind == EXTRA else self.tr("New monthly amount")
            return money_text(amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ScenarioEditor(QGroupBox):
    """Add and remove extras and changes; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Extra payments and changes"))
        self.setObjectName("scenarioBox")
        self.model = ScenarioModel(self)
        self.first = Month(2000, 1)
        grid = QGridLayout(self)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("scenarioKindCombo")
        self.kind_combo.addItem(self.tr("One-off extra in"), EXTRA)
        self.kind_combo.addItem(self.tr("New monthly amount from"), CHANGE)
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("scenarioMonthEdit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("scenarioAmountEdit")
        self.amount_edit.setPlaceholderText(self.tr("Amount"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("addScenarioButton")
        self.error_label = plain_label()
        self.error_label.setObjectName("scenarioErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.table = QTableView()
        self.table.setObjectName("scenarioTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(110)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeScenarioButton")
        grid.addWidget(self.kind_combo, 0, 0)
        grid.addWidget(self.month_edit, 0, 1)
        grid.addWidget(self.amount_edit, 0, 2)
        grid.addWidget(self.add_button, 0, 3)
        grid.addWidget(self.error_label, 1, 0, 1, 4)
        grid.addWidget(self.table, 2, 0, 1, 3)
        grid.addWidget(self.remove_button, 2, 3, Qt.AlignmentFlag.AlignTop)
        self.add_button.clicked.connect(self.add_from_fields)
        self.amount_edit.returnPressed.connect(self.add_from_fields)
        self.amount_edit.textEdited.connect(self._clear_error)
        self.remove_button.clicked.connect(self.remove_selected)

    def set_first_month(self, month: Month) -> None:
        """The earliest month that can be chosen (the plan's month 1)."""
        self.first = month
        self.month_edit.setMinimumDate(QDate(month.year, month.month, 1))

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)

    def add_from_fields(self) -> None:
        """Add the typed entry; a bad amount is explained next to it and stays typed."""
        try:
            amount = parse_money(self.amount_edit.text())
        except DomainError as exc:
            self.error_label.setText(translate_message(exc.message))
            self.error_label.setVisible(True)
            return
        day = self.month_edit.date()
        month = max(Month(day.year(), day.month()), self.first)
        self.model.add((self.kind_combo.currentData(), month, amount))
        self.amount_edit.clear()
        self.error_label.setVisible(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())
            self.changed.emit()

    def extras(self) -> tuple[tuple[Month, Decimal], ...]:
        return tuple((m, a) for kind, m, a in self.model.items if kind == EXTRA)

    def changes(self) -> tuple[tuple[Month, Decimal], ...]:
        return tuple((m, a) for kind, m, a in self.model.items if kind == CHANGE)
