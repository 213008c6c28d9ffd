"""Table models of the negotiation tab.

Each list (contacts, promises, agreements, incidents, evidence, timeline, notes) is a
:class:`RecordTableModel` over ready-made :class:`Row` values: the tab queries the store in one
session and turns records into rows of display text, sort keys and a warning flag.  Sorting uses
``SORT_ROLE`` so dates and amounts sort by value, not by their text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
WARNING = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Row:
    """One displayed record: ``kind``/``ident`` find it in the store."""

    kind: str
    ident: int
    cells: tuple[str, ...]
    sort: tuple[Any, ...] = ()
    warning: bool = False
    tooltip: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class RecordTableModel(QAbstractTableModel):
    """Read-only rows with headers; ``set_rows`` replaces them all."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if not 0 <= column < len(row.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
                return row.tooltip
            return row.cells[column]
        if role == SORT_ROLE:
            return row.sort[column] if column < len(row.sort) else row.cells[column]
        if role == ID_ROLE:
            return row.ident
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(WARNING)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LazyRecordModel(RecordTableModel):
    """Rows pulled from an iterator ``CHUNK`` at a time, as the view scrolls
    (``canFetchMore``/``fetchMore``): the timeline of ten years shows its first rows at once."""

    CHUNK = 500

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(headers, parent)
        self._source: Iterator[Row] | None = None

    def set_source(self, rows: Iterable[Row]) -> None:
        source = iter(rows)
        first = list(islice(source, self.CHUNK))
        self.beginResetModel()
        self._rows = first
        self._source = source if len(first) == self.CHUNK else None
        self.endResetModel()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._source = None
        super().set_rows(rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._source is None:
            return
        more = list(islice(self._source, self.CHUNK))
        if len(more) < self.CHUNK:
            self._source = None
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()


class RecordProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; filters case-insensitively on every column."""

    def __init__(self, source: RecordTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
