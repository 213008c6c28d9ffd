"""The ledger tab's CSV actions: choose a file, check and import it, export the debts table
or a schedule -- the reading, writing and the import's one transaction on a pool thread
(:mod:`ui.widgets.tasks`), with a progress bar; the UI thread only shows the result."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from debttracker.core.money import q2
from debttracker.store.db import Database
from debttracker.store.ledger_csv import ImportPlan, Progress, apply_plan, write_csv
from debttracker.ui.ledger import commands as cmd
from debttracker.ui.ledger.csv_import import ImportDialog
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.tasks import Task, start

if TYPE_CHECKING:
    from debttracker.ui.ledger.tab import LedgerTab

    _Base = LedgerTab
else:
    _Base = object


class CsvActions(_Base):
    """Mixed into :class:`LedgerTab` (which declares the signals and owns ``pool``)."""

    # -- CSV -------------------------------------------------------------------------------
    def _file_dialog(self, title: str, save: bool, slot: object) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setObjectName("ledgerFileDialog")
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: slot(Path(path)))  # type: ignore[operator]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_import_file(self) -> QFileDialog:
        return self._file_dialog(self.tr("Import debts or payments"), False, self.import_file)

    def choose_export_file(self) -> QFileDialog:
        return self._file_dialog(self.tr("Export the debts table"), True, self.export_table)

    def choose_schedule_file(self) -> QFileDialog:
        return self._file_dialog(self.tr("Export the schedule"), True, self.export_schedule)

    def import_file(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.ctx, path, self.pool, self)
        dialog.accepted_plan.connect(self._import_plan)
        dialog.open()
        return dialog

    def _import_plan(self, plan: ImportPlan) -> None:
        """Write the plan on a pool thread (one transaction), then put it on the undo stack."""
        task = Task(partial(_apply_in_session, self.ctx.db, plan), with_progress=True)
        task.signals.finished.connect(partial(self._imported, plan))
        self._run_task(task, self.tr("Importing %1 rows…").replace("%1", str(len(plan.rows))))

    def _imported(self, plan: ImportPlan, undo_actions: list) -> None:
        self._task_done()
        command = cmd.ImportCommand(
            self.ctx, partial(apply_plan, plan=plan), len(plan.rows), applied=undo_actions
        )
        self.push(command)
        self.import_finished.emit(len(plan.rows))

    def _run_task(self, task: Task, text: str) -> None:
        self.csv_progress.setRange(0, 0)
        self.csv_progress.setFormat(text)
        self.csv_progress.show()
        for name in ("importCsvButton", "exportCsvButton"):
            self.findChild(QPushButton, name).setEnabled(False)
        task.signals.progress.connect(self._task_progress)
        task.signals.failed.connect(self._task_failed)
        start(self.pool, task)

    def _task_progress(self, done: int, total: int) -> None:
        self.csv_progress.setRange(0, total)
        self.csv_progress.setValue(done)

    def _task_done(self, _result: object = None) -> None:
        self.csv_progress.hide()
        for name in ("importCsvButton", "exportCsvButton"):
            self.findChild(QPushButton, name).setEnabled(True)

    def _task_failed(self, error: object) -> None:
        self._task_done()
        text = tasks.failure_text(error)
        self.ctx.events.status_message.emit(text)
        self.task_failed.emit(text)

    def export_table(self, path: Path) -> None:
        header = ["id", "lender", "debt", "currency", "status", "balance", "next_due_date",
                  "next_due_amount", "days_overdue", "penalty_accrued", "apr_percent"]  # fmt: skip
        # amounts as Decimal (typed cells: a negative stays a number, text is neutralised)
        rows = [
            [r.id, r.lender, r.name, r.currency, r.status, q2(r.balance),
             r.next_due_date.isoformat() if r.next_due_date else "", q2(r.next_due_amount),
             r.days_overdue, q2(r.penalty_accrued),
             "" if r.apr is None else q2(r.apr * 100)]
            for r in self.proxy.visible_rows()
        ]  # fmt: skip
        self._write(path, header, rows)

    def export_schedule(self, path: Path) -> None:
        lines = self.detail.schedule_model.rows
        header = ["n", "due", "principal", "interest", "fee", "total", "paid", "state"]
        rows = [[x.n, x.due.isoformat(), q2(x.principal), q2(x.interest),
                 q2(x.fee), q2(x.total), q2(x.paid), x.state] for x in lines]  # fmt: skip
        self._write(path, header, rows)

    def _write(self, path: Path, header: list[str], rows: list[list[object]]) -> None:
        """Write the file on a pool thread; ``export_finished(path)`` when it is saved."""
        task = Task(partial(_write_file, path, header, rows), with_progress=True)
        task.signals.finished.connect(self._exported)
        self._run_task(task, self.tr("Saving %1…").replace("%1", path.name))

    def _exported(self, path: str) -> None:
        self._task_done()
        self.ctx.events.status_message.emit(self.tr("Saved %1").replace("%1", path))
        self.export_finished.emit(path)


def _apply_in_session(db: Database, plan: ImportPlan, progress: Progress) -> list[Any]:
    """On a pool thread: every row in one transaction (all or nothing)."""
    with db.session() as s:
        return apply_plan(s, plan, progress)


def _write_file(path: Path, header: list[str], rows: list[list[object]], progress: Progress) -> str:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(out, header, rows)
    progress(len(rows), len(rows))
    return str(path)
