"""CSV import: a preview that marks each bad row with its reason; the import (one undoable
command, one transaction) is only possible when every row is good."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.store.ledger_csv import ImportPlan, read_plan
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.ledger.models import _Table

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(_Table):
    """Line number, check result, then the file's columns."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        ok = self.tr("OK")
        columns: list[Any] = [
            (self.tr("Line"), lambda r: str(r.line), lambda r: r.line),
            (self.tr("Check"), lambda r: ok if r.error is None else "✗ " + translate_message(r.error),
             lambda r: r.error is None),
        ]  # fmt: skip
        for name in plan.columns:
            columns.append(
                (name, lambda r, n=name: r.values.get(n, ""), lambda r, n=name: r.values.get(n, ""))
            )
        self.columns = tuple(columns)
        self.rows = list(plan.rows)

    def extra(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.error is not None:
            return QBrush(QColor(255, 228, 222))
        return None


class ImportDialog(QDialog):
    """Shows the plan for a file; emits ``accepted_plan(plan)`` when the user imports it."""

    accepted_plan = Signal(object)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            text = None
            error = self.tr("Cannot read the file: %1").replace("%1", str(exc))
        with ctx.db.session() as s:
            self.plan = read_plan(s, text) if text is not None else ImportPlan("", ())
        self.model = ImportPreviewModel(self.plan, self)
        table = QTableView()
        table.setObjectName("importPreviewTable")
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        self.summary = QLabel()
        self.summary.setObjectName("importSummaryLabel")
        self.summary.setWordWrap(True)
        bad = sum(1 for row in self.plan.rows if row.error is not None)
        if text is None:
            self.summary.setText(error)
        elif self.plan.error is not None:
            self.summary.setText(translate_message(self.plan.error))
        elif bad:
            self.summary.setText(
                self.tr("%1 of %2 rows have problems (marked ✗). Nothing will be imported; "
                        "correct the file and open it again.")
                .replace("%1", str(bad)).replace("%2", str(len(self.plan.rows)))
            )  # fmt: skip
        else:
            self.summary.setText(
                self.tr("All %1 rows are good. Import writes them all at once (undo with Ctrl+Z).")
                .replace("%1", str(len(self.plan.rows)))
            )  # fmt: skip
        layout.addWidget(self.summary)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(self.plan.ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.plan.ok:
            return
        self.accepted_plan.emit(self.plan)
        super().accept()
