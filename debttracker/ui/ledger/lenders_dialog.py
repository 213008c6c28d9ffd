"""Every lender in a table, to add, edit or delete them (each change undoable).

A lender that still has debts cannot be deleted: the dialog says so next to the table and
leaves the record alone (the store refuses it too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.debts import LenderInput
from debttracker.store import ledger
from debttracker.ui.context import AppContext
from debttracker.ui.ledger import commands as cmd
from debttracker.ui.ledger.labels import lender_kind_labels
from debttracker.ui.ledger.lender_dialog import LenderDialog
from debttracker.ui.widgets.plain import plain_label
from debttracker.ui.widgets.table import ID_ROLE, RowTable


class LendersModel(RowTable):
    """Name, kind, official hotline and app/website, and how many debts each lender has."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        kinds = lender_kind_labels()
        self.columns = (
            (self.tr("Name"), lambda r: r.name, lambda r: r.name),
            (self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), lambda r: r.kind),
            (self.tr("Official hotline"), lambda r: r.hotline, lambda r: r.hotline),
            (self.tr("Official app or website"), lambda r: r.website, lambda r: r.website),
            (self.tr("Debts"), lambda r: str(r.debt_count), lambda r: r.debt_count),
        )

    def extra(self, row: ledger.LenderRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LendersDialog(QDialog):
    """Lists the lenders; ``push`` applies a ledger command (the tab's, which reports errors)."""

    def __init__(
        self,
        ctx: AppContext,
        push: Callable[..., bool],  # LedgerTab.push(command, dialog)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._push = ctx, push
        self.setObjectName("lendersDialog")
        self.setWindowTitle(self.tr("Lenders"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 380)
        layout = QVBoxLayout(self)
        self.model = LendersModel(self)
        self.table = QTableView()
        self.table.setObjectName("lendersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_selected)
        layout.addWidget(self.table)
        self.message = plain_label()
        self.message.setObjectName("lendersMessageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        bar = QHBoxLayout()
        self.add_button = self._button(bar, "lendersAddButton", self.tr("Add lender…"))
        self.edit_button = self._button(bar, "editLenderButton", self.tr("Edit lender…"))
        self.delete_button = self._button(bar, "deleteLenderButton", self.tr("Delete lender"))
        self.add_button.clicked.connect(self.add_lender)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar.addWidget(close)
        layout.addLayout(bar)
        ctx.events.data_changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    @staticmethod
    def _button(bar: QHBoxLayout, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        bar.addWidget(button)
        return button

    def done(self, result: int) -> None:
        self.ctx.events.data_changed.disconnect(self.refresh)
        super().done(result)

    def refresh(self, _aggregate: str = "all") -> None:
        selected = self.selected_id()
        with self.ctx.db.session() as s:
            self.model.set_rows(ledger.lenders(s))
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == selected:
                self.table.selectRow(row)
                break
        self._selection_changed()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def selected_row(self) -> ledger.LenderRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.message.clear()

    def add_lender(self) -> LenderDialog:
        dialog = LenderDialog(parent=self)
        dialog.saved.connect(lambda data: self._push(cmd.AddLenderCommand(self.ctx, data), dialog))
        dialog.open()
        return dialog

    def edit_selected(self) -> LenderDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        data = LenderInput(row.name, row.kind, row.hotline, row.website, row.notes)
        dialog = LenderDialog(data, parent=self)
        dialog.saved.connect(
            lambda new: self._push(cmd.EditLenderCommand(self.ctx, row.id, new), dialog)
        )
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.debt_count:
            text = self.tr(
                "%1 still has %2 debts. Delete or move those debts first; "
                "the lender stays as it is."
            )
            self.message.setText(text.replace("%1", row.name).replace("%2", str(row.debt_count)))
            return
        self._push(cmd.DeleteLenderCommand(self.ctx, row.id, row.name))
