"""The Payoff tab driven like a person: strategies, amounts, the what-if slider, extras,
custom order, the not-enough message, refresh on data changes, export."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QTableView,
)

from debttracker.core.debts import PaymentInput
from debttracker.store import ledger
from debttracker.store import payoff_inputs as inputs
from tests.ui.payoff_helpers import TODAY, open_window, sample_dir, wait_for_canvas


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_dir(tmp_path_factory.mktemp("payoff"))


@pytest.fixture
def window(qtbot, sample, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    w = open_window(data)
    qtbot.addWidget(w)
    tab = w.tab("payoffTab")
    wait_for_canvas(qtbot, tab.balances_chart)
    yield w
    w.shutdown()


def type_with_input_method(widget, text: str) -> None:
    """Chinese text arrives from an input method as a commit string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find(w, cls, name):
    found = w.findChild(cls, name)
    assert found is not None, name
    return found


def test_widgets_are_there_and_the_budget_amount_is_the_default(window):
    for cls, name in (
        (QComboBox, "strategyCombo"), (QLineEdit, "monthlyAmountEdit"),
        (QSlider, "whatIfSlider"), (QLineEdit, "whatIfEdit"), (QTableView, "payoffResultsTable"),
        (QPushButton, "exportChartButton"), (QLabel, "notEnoughLabel"),
    ):  # fmt: skip
        find(window, cls, name)
    assert find(window, QLineEdit, "monthlyAmountEdit").text() == "4,190.00"
    assert "budget" in find(window, QLabel, "monthlySourceLabel").text()


def test_not_enough_money_is_said_plainly_and_one_click_covers_the_minimums(window, qtbot):
    label = find(window, QLabel, "notEnoughLabel")
    assert label.isVisible()
    # the month, the amount short and the debt not paid are named (the Budget's shortfall):
    # minimums 2,961.30 + 1,072.00 + what is left of the card's October minimum with its
    # 违约金 588.00 + 985.46 = 5,606.76, less the budget's 4,190.00
    assert "not enough" in label.text() and "1,416.76" in label.text()
    assert "2026-11" in label.text() and "个人消费贷款" in label.text()
    button = find(window, QPushButton, "coverMinimumsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tab = window.tab("payoffTab")
    # this month is covered now; the schedules still ask for more later (the uncle's 45,000
    # bullet in 2028-03 is the biggest gap), and the label says so
    assert tab.outcome.plan.shortfalls[0][0] > 1
    assert "2028-03" in label.text() and "借舅舅的钱" in label.text()
    assert tab.outcome.plan.debt_free_month is not None
    assert "Debt-free in" in find(window, QLabel, "payoffSummaryLabel").text()


def test_what_if_slider_and_field_follow_each_other_and_pay_off_sooner(window, qtbot):
    tab = window.tab("payoffTab")
    tab.cover_button.click()
    before = tab.outcome.plan.debt_free_month
    slider = find(window, QSlider, "whatIfSlider")
    slider.setValue(slider.value() + 300)  # 3,000 more a month
    after = tab.outcome.plan.debt_free_month
    assert after < before
    edit = find(window, QLineEdit, "whatIfEdit")
    assert edit.text() == f"{tab.controls.extra:,.2f}"
    edit.clear()
    qtbot.keyClicks(edit, "9000")
    assert slider.value() == 900 and tab.controls.extra == D(9000)
    qtbot.keyClicks(edit, "x")  # a bad amount: explained, the plan stays
    assert find(window, QLabel, "whatIfErrorLabel").isVisible()
    assert tab.controls.extra == D(9000)
    # the charts were moved by blitting and redraw in full once the amount rests
    qtbot.waitUntil(lambda: not tab._settle.isActive(), timeout=3000)


def test_monthly_amount_typed_bad_is_explained_and_kept(window, qtbot):
    edit = find(window, QLineEdit, "monthlyAmountEdit")
    edit.clear()
    qtbot.keyClicks(edit, "12abc")
    error = find(window, QLabel, "monthlyErrorLabel")
    assert error.isVisible() and error.text()
    assert edit.text() == "12abc"
    edit.clear()
    type_with_input_method(edit, "2万")
    assert not error.isVisible()
    tab = window.tab("payoffTab")
    assert tab.outcome.plan.feasible
    find(window, QPushButton, "resetMonthlyButton").click()
    assert edit.text() == "4,190.00"


def test_strategies_change_the_plan_and_are_remembered(window, qtbot):
    tab = window.tab("payoffTab")
    tab.controls.set_extra(D(9000))
    combo = find(window, QComboBox, "strategyCombo")
    interest = {}
    for name in ("avalanche", "snowball", "minimum"):
        combo.setCurrentIndex(combo.findData(name))
        interest[name] = tab.outcome.plan.total_interest
        assert tab.outcome.plan.strategy == name
    assert interest["avalanche"] <= interest["snowball"]
    with window.ctx.db.session() as s:
        assert inputs.saved_strategy(s) == "minimum"


def test_custom_order_moves_a_debt_first(window, qtbot):
    tab = window.tab("payoffTab")
    tab.controls.set_extra(D(9000))
    combo = find(window, QComboBox, "strategyCombo")
    combo.setCurrentIndex(combo.findData("custom"))
    editor = tab.order_editor
    assert editor.isVisible()
    last = editor.model.rowCount() - 1
    editor.view.setCurrentIndex(editor.model.index(last, 0))
    uncle = editor.ids()[-1]
    for _ in range(last):
        qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.ids()[0] == uncle and tab.outcome.debts[-1].order == 0)
    custom = {o.id: o.payoff_month for o in tab.outcome.plan.outcomes}[uncle]
    combo.setCurrentIndex(combo.findData("avalanche"))
    avalanche = {o.id: o.payoff_month for o in tab.outcome.plan.outcomes}[uncle]
    assert custom < avalanche
    with window.ctx.db.session() as s:
        assert inputs.saved_order(s)[0] == uncle


def test_one_off_extra_and_new_monthly_amount(window, qtbot):
    tab = window.tab("payoffTab")
    tab.controls.set_extra(D(8000))
    base = tab.outcome.plan.debt_free_month
    editor = tab.scenario_editor
    editor.kind_combo.setCurrentIndex(1)
    editor.amount_edit.setText("100")
    editor.add_button.click()  # from next month 100 + the 8,000 what-if: below the minimums
    assert editor.model.rowCount() == 1
    assert not tab.outcome.plan.feasible
    editor.table.selectRow(0)
    editor.remove_button.click()
    assert tab.outcome.plan.feasible
    editor.kind_combo.setCurrentIndex(0)
    type_with_input_method(editor.amount_edit, "不是钱")
    editor.add_button.click()
    assert editor.error_label.isVisible() and editor.amount_edit.text() == "不是钱"
    editor.amount_edit.setText("5万")
    editor.add_button.click()
    assert editor.model.items[0][2] == D("50000.00")
    assert tab.outcome.plan.debt_free_month < base
    with window.ctx.db.session() as s:
        assert [kind for kind, _m, _a in inputs.saved_scenario(s)] == ["extra"]


def test_results_table_has_a_row_per_debt(window, qtmodeltester):
    tab = window.tab("payoffTab")
    tab.controls.set_extra(D(8000))
    model = tab.results_model
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    names = [model.index(r, 0).data() for r in range(6)]
    assert "个人消费贷款" in names
    paid_off = [model.index(r, 4).data() for r in range(6)]
    assert all("2027" in text or "2028" in text for text in paid_off)
    tab.scenario_editor.amount_edit.setText("100")
    tab.scenario_editor.add_button.click()
    qtmodeltester.check(tab.scenario_editor.model)


def test_refreshes_when_the_ledger_changes(window, qtbot):
    tab = window.tab("payoffTab")
    owed = sum(d.balance for d in tab.debts)
    with window.ctx.db.session() as s:
        ledger.add_payment(s, tab.debts[0].id, PaymentInput(TODAY, D("1000")))
    window.ctx.events.data_changed.emit("ledger")
    assert sum(d.balance for d in tab.debts) < owed


def test_export_png_and_svg(window, qtbot, tmp_path):
    tab = window.tab("payoffTab")
    button = find(window, QPushButton, "exportChartButton")
    button.click()  # a non-blocking dialog
    dialog = window.findChild(QFileDialog, "exportChartDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    for index, suffix in ((0, ".png"), (1, ".svg")):
        tab.chart_tabs.setCurrentIndex(index)
        target = tmp_path / f"chart{suffix}"
        button.save(str(target))
        assert target.stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:500]


def test_empty_state_without_debts(qtbot, tmp_path):
    w = open_window(tmp_path / "empty")
    qtbot.addWidget(w)
    tab = w.tab("payoffTab")
    assert tab.pages.currentWidget().objectName() == "payoffEmptyState"
    with qtbot.waitSignal(w.ctx.events.show_tab):
        tab.empty.buttons["openLedgerButton"].click()
    w.shutdown()
