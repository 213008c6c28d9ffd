"""The ledger tab, worked as a person would: add a lender and a debt by typing, see the
schedule, record a partial payment, undo and redo it; bad input; CSV import."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


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


def _add_lender_and_debt(qtbot, tab) -> None:
    _click(qtbot, tab, "emptyAddDebtButton")
    debt_dialog = _dialog(tab, "debtDialog")
    _click(qtbot, debt_dialog, "newLenderButton")
    lender_dialog = _dialog(tab, "lenderDialog")
    _type(qtbot, lender_dialog, "lenderNameEdit", "Anhe Consumer Finance")
    _type(qtbot, lender_dialog, "lenderHotlineEdit", "400-000-1234")
    _click(qtbot, lender_dialog, "lenderSaveButton")
    assert debt_dialog.lender_combo.currentText() == "Anhe Consumer Finance"
    _type(qtbot, debt_dialog, "debtNameEdit", "Consumer loan")
    _type(qtbot, debt_dialog, "debtPrincipalEdit", "12,000")
    _type(qtbot, debt_dialog, "debtStartEdit", "2026-01-10")
    _type(qtbot, debt_dialog, "debtTermEdit", "12")
    debt_dialog.method_combo.setCurrentIndex(debt_dialog.method_combo.findData("equal-principal"))
    _type(qtbot, debt_dialog, "debtRateEdit", "12%")
    summary = _find(debt_dialog, QLabel, "debtSummaryLabel").text()
    assert "1,120.00" in summary  # first payment 1,000 principal + 120 interest
    _click(qtbot, debt_dialog, "debtSaveButton")


def test_add_debt_pay_undo_redo(window, qtbot):
    tab = window.tab("ledgerTab")
    assert tab.stack.currentWidget() is _find(tab, QWidget, "ledgerEmptyState")
    _add_lender_and_debt(qtbot, tab)
    table = _find(tab, QTableView, "debtsTable")
    assert table.model().rowCount() == 1
    assert table.model().index(0, 1).data() == "Consumer loan"
    schedule = _find(tab, QTableView, "scheduleTable")
    assert schedule.model().rowCount() == 12

    assert table.model().index(0, 2).data().endswith("12,750.00")  # 12,000 + interest due
    _click(qtbot, tab, "recordPaymentButton")
    pay = _dialog(tab, "paymentDialog")
    _type(qtbot, pay, "paymentAmountEdit", "500")
    _type(qtbot, pay, "paymentDateEdit", "2026-02-10")
    allocation = _find(pay, QLabel, "paymentAllocationLabel").text()
    assert "120.00" in allocation and "380.00" in allocation
    _click(qtbot, pay, "paymentSaveButton")
    payments = _find(tab, QTableView, "paymentsTable")
    assert payments.model().rowCount() == 1
    assert payments.model().index(0, 4).data().endswith("120.00")  # interest
    assert table.model().index(0, 2).data().endswith("12,250.00")  # the new balance

    window.undo_action.trigger()
    assert payments.model().rowCount() == 0
    window.redo_action.trigger()
    assert payments.model().rowCount() == 1
    window.undo_stack.undo()  # payment
    window.undo_stack.undo()  # debt
    assert table.model().rowCount() == 0
    window.undo_stack.redo()
    assert table.model().rowCount() == 1


def test_bad_input_is_shown_inline_and_nothing_saved(window, qtbot):
    tab = window.tab("ledgerTab")
    _click(qtbot, tab, "emptyAddDebtButton")
    dialog = _dialog(tab, "debtDialog")
    lender_error = _find(dialog, QLabel, "debtLenderError")
    assert lender_error.isVisible() and lender_error.text()
    _type(qtbot, dialog, "debtNameEdit", "x")
    _find(dialog, QLineEdit, "debtNameEdit").clear()
    _type(qtbot, dialog, "debtPrincipalEdit", "-5")
    _type(qtbot, dialog, "debtTermEdit", "0")
    _type(qtbot, dialog, "debtRateEdit", "abc")
    _type(qtbot, dialog, "debtStartEdit", "2026-02-31")
    for name in ("debtNameError", "debtPrincipalError", "debtTermError", "debtRateError",
                 "debtStartError"):  # fmt: skip
        label = _find(dialog, QLabel, name)
        assert label.isVisible() and label.text(), name
    assert (
        "February" in _find(dialog, QLabel, "debtStartError").text()
        or "28" in _find(dialog, QLabel, "debtStartError").text()
    )
    save = _find(dialog, QPushButton, "debtSaveButton")
    assert not save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    dialog.accept()  # even a forced accept saves nothing while invalid
    assert window.undo_stack.count() == 0
    assert _find(tab, QTableView, "debtsTable").model().rowCount() == 0


def test_payment_dialog_refuses_bad_amounts(window, qtbot):
    tab = window.tab("ledgerTab")
    _add_lender_and_debt(qtbot, tab)
    _click(qtbot, tab, "recordPaymentButton")
    pay = _dialog(tab, "paymentDialog")
    for text in ("-3", "abc", "0"):
        _type(qtbot, pay, "paymentAmountEdit", text)
        assert _find(pay, QLabel, "paymentAmountError").isVisible()
        assert not _find(pay, QPushButton, "paymentSaveButton").isEnabled()
    pay.reject()


def test_sample_data_button_and_filters(window, qtbot, qtmodeltester):
    tab = window.tab("ledgerTab")
    _click(qtbot, tab, "sampleDataButton")
    table = _find(tab, QTableView, "debtsTable")
    assert table.model().rowCount() == 6
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    qtmodeltester.check(tab.detail.schedule_model)
    qtmodeltester.check(tab.detail.payments_model)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("overdue"))
    assert table.model().rowCount() == 2
    assert "⚠" in "".join(table.model().index(r, 8).data() for r in range(2))
    # QTest types ASCII only; Chinese arrives from the input method as committed text
    _find(tab, QLineEdit, "debtSearchEdit").insert("速借")
    assert table.model().rowCount() == 1
    assert "overdue" in _find(tab, QLabel, "debtsTotalsLabel").text()
    tab.show_debt(1)  # clears the filters that hide it
    assert tab.current_debt_id() == 1 and table.model().rowCount() == 6


def test_csv_import_marks_bad_rows_then_imports_all(window, qtbot, tmp_path, qtmodeltester):
    tab = window.tab("ledgerTab")
    tab.load_sample()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "debt_id,date,amount,note\n1,2026-11-01,100,ok\n1,2026-02-31,100,\n99,2026-11-01,5,\n"
        "1,2026-11-02,abc,\n",
        encoding="utf-8",
    )
    dialog = _checked(qtbot, tab, bad)
    qtmodeltester.check(dialog.model)
    checks = [dialog.model.index(r, 1).data() for r in range(4)]
    assert checks[0] == "OK" and all(c.startswith("✗") for c in checks[1:])
    assert not _find(dialog, QPushButton, "importButton").isEnabled()
    dialog.reject()
    good = tmp_path / "good.csv"
    good.write_text("debt_id,date,amount\n1,2026-11-01,100\n6,2026-11-02,2000\n", encoding="utf-8")
    dialog = _checked(qtbot, tab, good)
    with qtbot.waitSignal(tab.import_finished, timeout=5000):
        _click(qtbot, dialog, "importButton")
    tab.show_debt(6)
    assert tab.detail.payments_model.rowCount() == 2
    window.undo_stack.undo()
    assert tab.detail.payments_model.rowCount() == 1


def _checked(qtbot, tab, path):
    """Open the import dialog and wait for its check (on a pool thread) to finish; the
    result arrives through the event loop, so nothing is missed between the two calls."""
    dialog = tab.import_file(path)
    blocker = qtbot.waitSignal(dialog.plan_ready, timeout=5000)
    blocker.wait()
    return dialog


def test_export_table_and_schedule(window, qtbot, tmp_path):
    tab = window.tab("ledgerTab")
    tab.load_sample()
    with qtbot.waitSignal(tab.export_finished, timeout=5000):
        tab.export_table(tmp_path / "debts.csv")
    with qtbot.waitSignal(tab.export_finished, timeout=5000):
        tab.export_schedule(tmp_path / "schedule.csv")
    lines = (tmp_path / "debts.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,lender") and len(lines) == 7
    assert (tmp_path / "schedule.csv").read_text(encoding="utf-8-sig").startswith("n,due")
