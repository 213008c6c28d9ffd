"""Paying ahead in the UI: the payment dialog says what the prepayment does; the debt dialog
chooses between a lower payment and a shorter term; undo restores the schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QTableView

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.rates import Rate
from debttracker.store import ledger
from debttracker.ui.app import build_main_window


def _dialog(parent, name: str) -> QDialog:
    dialogs = [d for d in parent.findChildren(QDialog, name) if d.isVisible()]
    assert dialogs, name
    return dialogs[-1]


def _click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot, parent, name: str, text: str) -> None:
    edit = parent.findChild(QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def _seed(data_dir) -> None:
    from debttracker.store.db import open_database

    db = open_database(data_dir)
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput("工商银行", "bank", "95588"))
        debt = ledger.add_debt(
            s, DebtInput(lender, "Car loan", Decimal(10000), date(2026, 1, 15), 12,
                         Rate(Decimal("0.12")), method="annuity"),
        )  # fmt: skip
        for month in (2, 3):
            ledger.add_payment(s, debt, PaymentInput(date(2026, month, 15), Decimal("888.49")))
    db.close()


def test_prepayment_preview_mode_and_undo(qtbot, tmp_path):
    _seed(tmp_path / "d")
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: date(2026, 4, 15)
    try:
        tab = w.tab("ledgerTab")
        schedule = tab.findChild(QTableView, "scheduleTable")
        _click(qtbot, tab, "recordPaymentButton")
        pay = _dialog(tab, "paymentDialog")
        _type(qtbot, pay, "paymentAmountEdit", "3888.49")
        _type(qtbot, pay, "paymentDateEdit", "2026-04-15")
        text = pay.findChild(QLabel, "paymentAllocationLabel").text()
        assert "Prepays" in text and "3,000.00" in text
        assert "remaining 9 instalments become" in text and "538.27" in text and "888.49" in text
        _click(qtbot, pay, "paymentSaveButton")
        assert schedule.model().index(3, 5).data().endswith("538.27")
        # the debt dialog: same payment, fewer months
        _click(qtbot, tab, "editDebtButton")
        dialog = _dialog(tab, "debtDialog")
        combo = dialog.findChild(QComboBox, "prepayModeCombo")
        assert combo.currentData() == "keep-term"
        combo.setCurrentIndex(combo.findData("keep-payment"))
        _click(qtbot, dialog, "debtSaveButton")
        assert schedule.model().index(3, 5).data().endswith("888.49")
        assert schedule.model().index(11, 5).data().endswith("0.00")
        w.undo_stack.undo()  # the mode
        assert schedule.model().index(3, 5).data().endswith("538.27")
        w.undo_stack.undo()  # the payment: the schedule as agreed
        assert schedule.model().index(3, 5).data().endswith("888.49")
        assert schedule.model().index(11, 5).data().endswith("888.47")
    finally:
        w.shutdown()
