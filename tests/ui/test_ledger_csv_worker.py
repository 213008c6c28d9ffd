"""CSV import and export run on a pool thread with progress; the import stays one
transaction (all rows or none) and one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton

from debttracker.core.debts import PaymentInput
from debttracker.store.ledger_detail import payment_count
from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


def _window(qtbot, tmp_path):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    w.tab("ledgerTab").load_sample()
    return w


def _count(w) -> int:
    with w.ctx.db.session() as s:
        return payment_count(s)


def test_big_import_reports_progress_and_undoes_in_one_step(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    try:
        tab = w.tab("ledgerTab")
        before = _count(w)
        lines = ["debt_id,date,amount,note"]
        lines += [f"6,2026-11-{1 + i % 20:02d},1.00,row {i}" for i in range(1500)]
        path = tmp_path / "many.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        dialog = tab.import_file(path)
        assert dialog.findChild(QProgressBar, "importProgressBar").isVisibleTo(dialog)
        checked = []
        dialog.task.signals.progress.connect(lambda done, total: checked.append((done, total)))
        qtbot.waitSignal(dialog.plan_ready, timeout=60000).wait()
        assert dialog.plan.ok and len(dialog.plan.rows) == 1500
        assert checked and checked[-1][1] == 1500
        progress = []
        with qtbot.waitSignal(tab.import_finished, timeout=60000):
            qtbot.mouseClick(
                dialog.findChild(QPushButton, "importButton"), Qt.MouseButton.LeftButton
            )
            bar = tab.findChild(QProgressBar, "csvProgressBar")
            assert bar.isVisibleTo(tab)  # shown while the worker writes
            assert not tab.findChild(QPushButton, "importCsvButton").isEnabled()
            bar.valueChanged.connect(progress.append)
        assert progress  # the bar moved while the rows were written
        assert _count(w) == before + 1500
        assert not tab.findChild(QProgressBar, "csvProgressBar").isVisibleTo(tab)
        assert tab.findChild(QPushButton, "importCsvButton").isEnabled()
        w.undo_stack.undo()  # one step takes every row back
        assert _count(w) == before
        w.undo_stack.redo()
        assert _count(w) == before + 1500
    finally:
        w.shutdown()


def test_an_import_that_fails_midway_writes_nothing(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    try:
        tab = w.tab("ledgerTab")
        before, stack = _count(w), w.undo_stack.count()
        path = tmp_path / "two.csv"
        path.write_text("debt_id,date,amount\n1,2026-11-01,100\n6,2026-11-02,200\n", "utf-8")
        dialog = tab.import_file(path)
        qtbot.waitSignal(dialog.plan_ready, timeout=60000).wait()
        # the second debt disappears between the check and the write
        last = dialog.plan.rows[-1]
        last.payload = (9999, PaymentInput(date(2026, 11, 2), Decimal(200)))
        dialog.plan.rows[-1] = replace(last)
        with qtbot.waitSignal(tab.task_failed, timeout=60000) as failed:
            dialog.accept()
        assert "9999" in failed.args[0]
        assert _count(w) == before and w.undo_stack.count() == stack
    finally:
        w.shutdown()
