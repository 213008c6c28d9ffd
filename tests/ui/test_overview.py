"""Overview: figures from the ledger, and each listed debt opens in the ledger."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


def test_overview_empty_then_sample_then_click_opens_ledger(qtbot, tmp_path, qtmodeltester):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    try:
        tab = w.tab("overviewTab")
        assert tab.stack.currentWidget() is tab.empty
        qtbot.mouseClick(
            tab.findChild(QPushButton, "overviewSampleButton"), Qt.MouseButton.LeftButton
        )
        assert tab.stack.currentIndex() == 1
        assert w.tab("ledgerTab").model.rowCount() == 6  # every tab heard data_changed
        # the sample card by its statement: 8,300 left of 8,600 (tests/store/test_ledger_read.py)
        assert tab.findChild(QLabel, "totalOwedLabel").text().endswith("148,101.24")
        assert tab.findChild(QLabel, "overdueLabel").text().startswith("2 ")
        qtmodeltester.check(tab.due_model)
        qtmodeltester.check(tab.costly_model)
        costly = tab.findChild(QTableView, "costliestTable")
        assert "⚠" in costly.model().index(0, 1).data()
        assert tab.findChild(QTableView, "nextDueTable").model().rowCount() == 5
        with qtbot.waitSignal(w.ctx.events.open_debt):
            costly.clicked.emit(costly.model().index(0, 0))
        assert w.tabs.currentWidget() is w.tab("ledgerTab")
        assert w.tab("ledgerTab").current_debt_id() == 5
    finally:
        w.shutdown()


def test_progress_to_go_is_total_owed_plus_penalty(qtbot, tmp_path):
    """The Overview shows what is left twice: 'Total owed' (+ 'Penalty accrued today') in the
    tiles and 'to go' under the progress chart; they are one figure."""
    from debttracker.store import sample

    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    try:
        sample.generate(w.ctx.db, today=TODAY)
        panel = w.findChild(QWidget, "progressPanel")
        summary = w.findChild(QLabel, "progressSummaryLabel")
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            w.ctx.events.data_changed.emit("all")
            w.show_tab("overviewTab")
            w.show()
        qtbot.waitUntil(lambda: "to go" in summary.text(), timeout=30_000)

        def amount(text: str) -> Decimal:
            return Decimal(re.search(r"[\d,]+\.\d\d", text).group().replace(",", ""))

        total = amount(w.findChild(QLabel, "totalOwedLabel").text())
        penalty = amount(w.findChild(QLabel, "penaltyLabel").text())
        to_go = amount(summary.text().split(";", 1)[1])
        assert penalty > 0  # the sample has overdue debts
        assert to_go == total + penalty
        assert "penalty included" in summary.text()  # and it says so
    finally:
        w.shutdown()
