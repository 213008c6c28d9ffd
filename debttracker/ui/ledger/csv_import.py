"""CSV import: a preview that marks each bad row with its reason; the import (one undoable
command, one transaction) is only possible when every row is good."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.store.db import Database
from debttracker.store.ledger_csv import ImportPlan, read_plan
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.plain import plain_label
from debttracker.ui.widgets.table import RowTable
from debttracker.ui.widgets.tasks import Task, start

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(RowTable):
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
    """Checks a file on a pool thread (progress shown), then shows the plan; emits
    ``plan_ready`` when the check is done and ``accepted_plan(plan)`` when the user imports."""

    accepted_plan = Signal(object)
    plan_ready = Signal()

    def __init__(
        self, ctx: AppContext, path: Path, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        self.plan = ImportPlan("", ())
        self.model = ImportPreviewModel(self.plan, self)
        self.table = QTableView()
        self.table.setObjectName("importPreviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = plain_label(self.tr("Checking %1…").replace("%1", path.name))
        self.summary.setObjectName("importSummaryLabel")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgressBar")
        self.progress.setRange(0, 0)  # busy until the first report
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.task = Task(partial(_check_file, ctx.db, path), with_progress=True)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._show_plan)
        self.task.signals.failed.connect(self._failed)
        start(pool, self.task)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, error: object) -> None:
        text = tasks.failure_text(error)
        self.summary.setText(self.tr("Cannot read the file: %1").replace("%1", text))
        self.progress.hide()
        self.plan_ready.emit()

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        self.model = ImportPreviewModel(plan, self)
        self.table.setModel(self.model)
        self.table.resizeColumnsToContents()
        bad = sum(1 for row in plan.rows if row.error is not None)
        if plan.error is not None:
            self.summary.setText(translate_message(plan.error))
        elif bad:
            self.summary.setText(
                self.tr("%1 of %2 rows have problems (marked ✗). Nothing will be imported; "
                        "correct the file and open it again.")
                .replace("%1", str(bad)).replace("%2", str(len(plan.rows)))
            )  # fmt: skip
        else:
            self.summary.setText(
                self.tr("All %1 rows are good. Import writes them all at once (undo with Ctrl+Z).")
                .replace("%1", str(len(plan.rows)))
            )  # fmt: skip
        self.import_button.setEnabled(plan.ok)
        self.plan_ready.emit()

    def accept(self) -> None:
        if not self.plan.ok:
            return
        self.accepted_plan.emit(self.plan)
        super().accept()


def _check_file(db: Database, path: Path, progress: Callable[[int, int], None]) -> ImportPlan:
    """On the pool thread: read and check the file in a session of its own."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise OSError(str(exc)) from exc
    with db.session() as s:
        return read_plan(s, text, progress)
