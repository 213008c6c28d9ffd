"""The budget tab driven as a person would: lines typed into the dialog, months switched,
the shortfall shown from the ledger's minimums, undo/redo, and the model checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlmodel import select

from debttracker.core.budget import Month
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.ui.app import build_main_window
from debttracker.ui.budget.model import BudgetLinesModel

TODAY = date(2026, 4, 10)


@pytest.fixture
def window(qtbot, tmp_path):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    w.show()
    w.show_tab("budgetTab")  # the tab loads its data when shown, as a user opens it
    qtbot.waitExposed(w)
    tab = w.tab("budgetTab")
    qtbot.mouseClick(tab.findChild(QPushButton, "thisMonthButton"), Qt.MouseButton.LeftButton)
    yield w
    w.shutdown()


def find(parent: QWidget, cls, name: str):
    widget = parent.findChild(cls, name)
    assert widget is not None, name
    return widget


def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Type ``text``: key presses for ASCII, an input-method commit (as a Chinese IME sends)
    for the rest (QTest can only press Latin-1 keys)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def text_of(tab: QWidget, name: str) -> str:
    return find(tab, QLabel, name).text()


def add_line(qtbot, tab, name, amount, *, income=False, category=None, essential=None, actual=""):
    qtbot.mouseClick(find(tab, QPushButton, "addBudgetLineButton"), Qt.MouseButton.LeftButton)
    dialog = find(tab, QDialog, "budgetLineDialog")
    kind = find(dialog, QComboBox, "budgetKindCombo")
    kind.setCurrentIndex(kind.findData("income" if income else "expense"))
    if category:
        combo = find(dialog, QComboBox, "budgetCategoryCombo")
        combo.setCurrentIndex(combo.findData(category))
    type_text(qtbot, find(dialog, QLineEdit, "budgetNameEdit"), name)
    qtbot.keyClicks(find(dialog, QLineEdit, "budgetPlannedEdit"), amount)
    if actual:
        qtbot.keyClicks(find(dialog, QLineEdit, "budgetActualEdit"), actual)
    if essential is not None:
        find(dialog, QCheckBox, "budgetEssentialCheck").setChecked(essential)
    save = find(dialog, QPushButton, "budgetSaveButton")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(QDialog, "budgetLineDialog") is None)


def add_debt(window, name="消费贷", lender="招商银行", due=date(2026, 4, 15), fen=480000, **kw):
    with window.ctx.db.session() as s:
        bank = Lender(name=lender)
        s.add(bank)
        s.flush()
        debt = Debt(lender_id=bank.id, name=name, start_date=date(2025, 4, 15), rate="0.18", **kw)
        s.add(debt)
        s.flush()
        s.add(Instalment(debt_id=debt.id, n=12, due_date=due, principal_fen=fen - 20000,
                         interest_fen=20000))  # fmt: skip
    window.ctx.events.data_changed.emit("ledger")


def test_empty_state_says_what_to_do_first(window, qtbot):
    tab = window.tab("budgetTab")
    empty = find(tab, QWidget, "budgetEmptyState")
    assert tab.stack.currentWidget() is empty
    assert "income" in find(empty, QLabel, "emptyStateBody").text()
    qtbot.mouseClick(find(empty, QPushButton, "addIncomeButton"), Qt.MouseButton.LeftButton)
    dialog = find(tab, QDialog, "budgetLineDialog")
    assert find(dialog, QComboBox, "budgetKindCombo").currentData() == "income"
    dialog.reject()


def test_typing_lines_and_marking_essential_changes_available(window, qtbot):
    tab = window.tab("budgetTab")
    add_line(qtbot, tab, "工资", "8,500", income=True, category="salary")
    assert text_of(tab, "availableLabel") == "CN¥8,500.00"
    assert tab.stack.currentWidget() is find(tab, QWidget, "budgetLinesTable")
    add_line(qtbot, tab, "房租", "2200", category="rent")  # essential by default
    assert text_of(tab, "availableLabel") == "CN¥6,300.00"
    add_line(qtbot, tab, "聚餐", "400", category="leisure")  # discretionary
    assert text_of(tab, "availableLabel") == "CN¥6,300.00"
    assert text_of(tab, "discretionaryLabel") == "CN¥400.00"
    # change it to essential in the dialog
    table = tab.table
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "聚餐")
    table.selectRow(row)
    qtbot.mouseClick(find(tab, QPushButton, "editBudgetLineButton"), Qt.MouseButton.LeftButton)
    dialog = find(tab, QDialog, "budgetLineDialog")
    find(dialog, QCheckBox, "budgetEssentialCheck").setChecked(True)
    qtbot.mouseClick(find(dialog, QPushButton, "budgetSaveButton"), Qt.MouseButton.LeftButton)
    assert text_of(tab, "availableLabel") == "CN¥5,900.00"
    # and back through the table's check box
    index = tab.proxy.index(row, 3)
    assert tab.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert text_of(tab, "availableLabel") == "CN¥6,300.00"
    assert "covers" in text_of(tab, "shortfallLabel").lower()


def test_live_validation_keeps_what_was_typed(window, qtbot):
    tab = window.tab("budgetTab")
    qtbot.mouseClick(find(tab, QPushButton, "addBudgetLineButton"), Qt.MouseButton.LeftButton)
    dialog = find(tab, QDialog, "budgetLineDialog")
    save = find(dialog, QPushButton, "budgetSaveButton")
    assert not save.isEnabled()
    type_text(qtbot, find(dialog, QLineEdit, "budgetNameEdit"), "药费")
    qtbot.keyClicks(find(dialog, QLineEdit, "budgetPlannedEdit"), "12.345")
    error = find(dialog, QLabel, "budgetPlannedError")
    assert not save.isEnabled() and error.isVisibleTo(dialog)
    assert "two decimal places" in error.text()
    planned = find(dialog, QLineEdit, "budgetPlannedEdit")
    assert planned.text() == "12.345"
    qtbot.keyClick(planned, Qt.Key.Key_Backspace)
    assert save.isEnabled() and not error.isVisibleTo(dialog)
    qtbot.keyClicks(find(dialog, QLineEdit, "budgetActualEdit"), "abc")
    assert not save.isEnabled()
    assert find(dialog, QLabel, "budgetActualError").isVisibleTo(dialog)
    dialog.reject()


def test_shortfall_and_triage_when_minimums_exceed_available(window, qtbot):
    tab = window.tab("budgetTab")
    add_line(qtbot, tab, "工资", "6000", income=True)
    add_line(qtbot, tab, "房租", "2200", category="rent")
    assert not find(tab, QWidget, "budgetTriagePanel").isVisibleTo(tab)
    add_debt(window)
    add_debt(window, "网贷", "某平台", date(2026, 4, 20), 150000, status="negotiating")
    assert text_of(tab, "minimumsLabel") == "CN¥6,300.00"
    assert text_of(tab, "availableLabel") == "CN¥3,800.00"
    assert "Short by CN¥2,500.00" in text_of(tab, "shortfallLabel")
    assert find(tab, QWidget, "budgetTriagePanel").isVisibleTo(tab)
    body = text_of(tab, "budgetTriageBody")
    assert "消费贷" in body and "网贷" in body and "Already negotiating" in body
    # the next month has no instalments: covered again
    qtbot.mouseClick(find(tab, QPushButton, "nextMonthButton"), Qt.MouseButton.LeftButton)
    assert text_of(tab, "budgetMonthLabel") == "May 2026"
    assert not find(tab, QWidget, "budgetTriagePanel").isVisibleTo(tab)


def test_undo_and_redo_every_edit(window, qtbot):
    tab = window.tab("budgetTab")
    add_line(qtbot, tab, "工资", "8500", income=True)
    add_line(qtbot, tab, "伙食", "1500", category="food", actual="1620.50")
    assert text_of(tab, "essentialLabel") == "CN¥1,620.50"
    tab.table.selectRow(1)
    qtbot.mouseClick(find(tab, QPushButton, "deleteBudgetLineButton"), Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 1
    stack = window.undo_stack
    stack.undo()
    assert tab.proxy.rowCount() == 2 and text_of(tab, "essentialLabel") == "CN¥1,620.50"
    stack.undo()
    stack.undo()
    assert tab.proxy.rowCount() == 0 and text_of(tab, "availableLabel") == "CN¥0.00"
    stack.redo()
    stack.redo()
    assert text_of(tab, "availableLabel") == "CN¥6,879.50"
    assert stack.undoText() == "Add “伙食”"


def test_months_switch_by_buttons_and_keys_and_copy_plan(window, qtbot):
    tab = window.tab("budgetTab")
    window.show()
    window.show_tab("budgetTab")
    qtbot.mouseClick(find(tab, QPushButton, "prevMonthButton"), Qt.MouseButton.LeftButton)
    assert tab.month == Month(2026, 3)
    add_line(qtbot, tab, "工资", "8500", income=True)
    qtbot.mouseClick(find(tab, QPushButton, "addBudgetLineButton"), Qt.MouseButton.LeftButton)
    dialog = find(tab, QDialog, "budgetLineDialog")
    type_text(qtbot, find(dialog, QLineEdit, "budgetNameEdit"), "牙科")
    qtbot.keyClicks(find(dialog, QLineEdit, "budgetPlannedEdit"), "680")
    find(dialog, QCheckBox, "budgetRecurringCheck").setChecked(False)
    qtbot.mouseClick(find(dialog, QPushButton, "budgetSaveButton"), Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.month == Month(2026, 4)
    assert tab.proxy.rowCount() == 1  # the one-off stayed in March
    qtbot.mouseClick(find(tab, QPushButton, "copyPlanButton"), Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 2
    qtbot.mouseClick(find(tab, QPushButton, "copyPlanButton"), Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 2  # nothing more to copy
    qtbot.keyClick(tab.table, Qt.Key.Key_PageUp)
    assert tab.month == Month(2026, 3)
    window.undo_stack.undo()  # the copy
    qtbot.mouseClick(find(tab, QPushButton, "nextMonthButton"), Qt.MouseButton.LeftButton)
    assert tab.proxy.rowCount() == 1


def test_lines_model_passes_the_model_tester(window, qtbot, qtmodeltester):
    tab = window.tab("budgetTab")
    add_line(qtbot, tab, "工资", "8500", income=True)
    add_line(qtbot, tab, "房租", "2200", category="rent", actual="2250")
    assert isinstance(tab.model, BudgetLinesModel)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
    assert tab.model.index(1, 5).data() == "CN¥2,250.00"
    assert tab.model.index(0, 6).data() == "Every month"


def test_triage_is_honest_when_the_gap_cannot_be_closed(window, qtbot):
    tab = window.tab("budgetTab")
    add_line(qtbot, tab, "工资", "3000", income=True)
    add_line(qtbot, tab, "房租", "2200", category="rent")
    add_debt(window)  # 4,800 due, 800 available: short by 4,000
    with window.ctx.db.session() as s:
        row = s.exec(select(Instalment)).one()
        row.paid_principal_fen = 200000  # 2,000 paid already: holding back the rest won't do
        s.add(row)
    window.ctx.events.data_changed.emit("ledger")
    assert "Short by CN¥4,000.00" in text_of(tab, "shortfallLabel")
    assert "Even holding back every payment" in text_of(tab, "budgetTriageBody")
    add_line(qtbot, tab, "药费", "1500", category="medical")
    assert text_of(tab, "availableLabel") == "-CN¥700.00"
    assert "essential spending is more than your income" in text_of(tab, "budgetTriageBody")


def test_the_tab_loads_when_first_shown_and_stays_current(qtbot, tmp_path, monkeypatch):
    from debttracker.store import budget as budget_repo

    calls: list[object] = []
    original = budget_repo.has_lines  # read once per load of the month
    monkeypatch.setattr(budget_repo, "has_lines", lambda *a: calls.append(a) or original(*a))
    w = build_main_window(tmp_path / "lazy")
    qtbot.addWidget(w)
    try:
        assert calls == []  # nothing read at start-up while another tab is in front
        w.show()
        w.show_tab("budgetTab")
        qtbot.waitExposed(w)
        assert len(calls) == 1
        w.show_tab("ledgerTab")
        w.ctx.events.data_changed.emit("ledger")
        assert len(calls) == 1  # hidden: only marked stale
        w.show_tab("budgetTab")
        assert len(calls) == 2  # reloaded on the next show
    finally:
        w.shutdown()
