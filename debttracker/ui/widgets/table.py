"""A table model over a list of row objects, shared by the Overview and the ledger.

Columns are ``(header, display, sort key)`` triples; ``SORT_ROLE`` carries the raw value for
sorting and ``ID_ROLE`` the row's id.  It lives outside the ledger package so the Overview can
use it without importing the ledger tab (the Overview is the start-up screen, DESIGN.md §7).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


class RowTable(QAbstractTableModel):
    """Rows of frozen dataclasses, columns as (header, display, sort key) triples."""

    columns: Sequence[tuple[str, Callable[[Any], str], Callable[[Any], Any]]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = self.ordered(list(rows))
        self.endResetModel()

    def ordered(self, rows: list[Any]) -> list[Any]:
        """The natural order of the rows before the user sorts by a column."""
        return rows

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        item = self.rows[index.row()]
        _header, display, key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(item)
        if role == SORT_ROLE:
            return key(item)
        if role == ID_ROLE:
            return getattr(item, "id", getattr(item, "n", None))
        return self.extra(item, index.column(), role)

    def extra(self, item: Any, column: int, role: int) -> Any:
        return None
