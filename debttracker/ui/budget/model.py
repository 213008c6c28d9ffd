"""Table model of a month's budget lines (income first, then expenses)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from debttracker.core.budget import EXPENSE, INCOME, BudgetLine, Month
from debttracker.core.money import to_fen
from debttracker.ui.budget.common import category_name, kind_name, money_text, month_text

LINE_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, CATEGORY, KIND, ESSENTIAL, PLANNED, ACTUAL, REPEATS = range(7)
Index = QModelIndex | QPersistentModelIndex


class BudgetLinesModel(QAbstractTableModel):
    """The lines that count in one month; the essential column is checkable for expenses."""

    #: the user ticked or cleared "essential" on a line: (line id, essential)
    essential_toggled = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[BudgetLine] = []
        self._month = Month(2000, 1)

    def set_lines(self, month: Month, lines: list[BudgetLine]) -> None:
        self.beginResetModel()
        self._month = month
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> BudgetLine:
        return self._lines[row]

    def row_of(self, line_id: int) -> int:
        for row, line in enumerate(self._lines):
            if line.id == line_id:
                return row
        return -1

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Item"),
            self.tr("Category"),
            self.tr("Kind"),
            self.tr("Essential"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Repeats"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ESSENTIAL and self._lines[index.row()].kind == EXPENSE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == LINE_ID_ROLE:
            return int(line.id or 0)
        if role == SORT_ROLE:
            return self._sort_key(line, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == ESSENTIAL and line.kind == EXPENSE:
            return Qt.CheckState.Checked if line.essential else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PLANNED, ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == ACTUAL:
            if self._actual(line) is None:
                return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTUAL and self._actual(line) is None:
            return self.tr("No actual amount yet; the plan counts.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.essential_toggled.emit(int(self._lines[index.row()].id or 0), checked)
        return True

    # -- helpers -----------------------------------------------------------------------------
    def _actual(self, line: BudgetLine) -> Decimal | None:
        for month, amount in line.actuals:
            if month == self._month:
                return amount
        return None

    def _repeats(self, line: BudgetLine) -> str:
        if not line.recurring:
            return self.tr("This month only")
        if line.end is None:
            return self.tr("Every month")
        return self.tr("Until %1").replace("%1", month_text(line.end))

    def _display(self, line: BudgetLine, column: int) -> str | None:
        if column == NAME:
            return line.name
        if column == CATEGORY:
            return category_name(line.kind, line.category)
        if column == KIND:
            return kind_name(line.kind)
        if column == PLANNED:
            return money_text(line.planned)
        if column == ACTUAL:
            actual = self._actual(line)
            return money_text(actual) if actual is not None else "—"
        if column == REPEATS:
            return self._repeats(line)
        return None

    def _sort_key(self, line: BudgetLine, column: int) -> Any:
        if column == KIND:
            return 0 if line.kind == INCOME else 1
        if column == ESSENTIAL:
            return int(line.essential)
        if column == PLANNED:
            return to_fen(line.planned)
        if column == ACTUAL:
            actual = self._actual(line)
            return to_fen(actual) if actual is not None else -1
        return self._display(line, column) or ""
