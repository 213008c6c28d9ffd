"""A credit card entered as its bill reads (账单金额, 最低还款额, 账单日, 到期还款日), typed
into the debt dialog key by key; the ledger row shows the minimum and the due date, and the
row turns overdue from the day after the due date with revolving interest and 违约金."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 10)


@pytest.fixture
def window(qtbot, tmp_path):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    w.resize(1200, 780)
    yield w
    w.shutdown()


def _find(parent: QWidget, cls, name: str):
    found = parent.findChild(cls, name)
    assert found is not None, name
    return found


def _dialog(tab: QWidget, name: str) -> QDialog:
    dialogs = [d for d in tab.findChildren(QDialog, name) if d.isVisible()]
    assert dialogs, name
    return dialogs[-1]


def _type(qtbot, dialog: QWidget, name: str, text: str) -> None:
    edit = _find(dialog, QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _click(qtbot, widget: QWidget, name: str) -> None:
    button = _find(widget, QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick an item by keyboard: Home, then Down until it is chosen."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == code


def _error(dialog: QWidget, name: str) -> str:
    label = _find(dialog, QLabel, name)
    return label.text() if label.isVisible() else ""


def test_card_typed_from_its_bill_shows_minimum_and_due_date(window, qtbot):
    tab = window.tab("ledgerTab")
    _click(qtbot, tab, "emptyAddDebtButton")
    dialog = _dialog(tab, "debtDialog")
    _click(qtbot, dialog, "newLenderButton")
    lender = _dialog(tab, "lenderDialog")
    _type(qtbot, lender, "lenderNameEdit", "China Merchants Bank card")
    _click(qtbot, lender, "lenderSaveButton")
    _type(qtbot, dialog, "debtNameEdit", "Card ending 1234")
    card_box = _find(dialog, QWidget, "debtCardBox")
    assert not card_box.isVisible()
    _choose(qtbot, _find(dialog, QComboBox, "debtKindCombo"), "card")
    assert card_box.isVisible()
    assert not _find(dialog, QLineEdit, "debtPrincipalEdit").isVisible()  # the bill says it
    assert _find(dialog, QLineEdit, "debtRateEdit").text() == "0.05%"  # 万分之五 a day
    save = _find(dialog, QPushButton, "debtSaveButton")
    assert not save.isEnabled()

    _type(qtbot, dialog, "cardBalanceEdit", "10,000")
    _type(qtbot, dialog, "cardStatementDateEdit", "2026-11-05")
    _type(qtbot, dialog, "cardDueDateEdit", "2026-11-01")  # before the statement: refused
    assert _error(dialog, "cardDueDateError") and not save.isEnabled()
    _type(qtbot, dialog, "cardDueDateEdit", "2026-11-23")
    _type(qtbot, dialog, "cardMinimumEdit", "20,000")  # more than the bill: refused
    assert _error(dialog, "cardMinimumError") and not save.isEnabled()
    _type(qtbot, dialog, "cardMinimumEdit", "")  # by the rule: 10 % of 10,000
    assert _error(dialog, "cardDueDateError") == "" and save.isEnabled()
    summary = _find(dialog, QLabel, "debtSummaryLabel").text()
    assert "1,000.00" in summary and "2026-11-23" in summary
    _click(qtbot, dialog, "debtSaveButton")

    table = _find(tab, QTableView, "debtsTable")
    model = table.model()
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1] == "Card ending 1234"
    assert row[2].endswith("10,000.00")  # the statement balance
    assert row[3] == "2026-11-23"  # the bill's due date, not the start date's month
    assert row[4].endswith("1,000.00")  # the minimum, not a twelfth of a loan
    assert row[5] == ""  # not overdue

    # the day after the due date, nothing paid: overdue 1 day, interest and 违约金 owed
    window.ctx.today = lambda: date(2026, 11, 24)
    window.ctx.events.data_changed.emit("ledger")
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[5] == "1 days"
    # 10,000 × 0.05 % × 19 days (11-05..11-24) = 95 + 违约金 5 % of 1,000 = 50
    assert row[6].endswith("145.00")
    assert _find(tab, QLabel, "cardLateFeeLabel").text().endswith("50.00")
    assert _find(tab, QLabel, "revolvingInterestLabel").text().endswith("95.00")
