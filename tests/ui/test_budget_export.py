"""The budget tab's trend chart (drawn lazily, CJK without missing glyphs) and the statement
(收支明细表) exported to PDF and CSV."""

from __future__ import annotations

import csv
import sys
import unicodedata
from datetime import date
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from debttracker.core.budget import INCOME, BudgetLine, Month
from debttracker.store import budget as repo
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.ui.app import build_main_window

TODAY = date(2026, 4, 10)


@pytest.fixture
def window(qtbot, tmp_path):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    with w.ctx.db.session() as s:
        for kind, name, category, planned, essential in (
            (INCOME, "工资", "salary", "8500", True),
            (INCOME, "外卖兼职", "side_work", "1200", True),
            ("expense", "房租", "rent", "2200", True),
            ("expense", "孩子学费", "children", "1500", True),
            ("expense", "娱乐", "leisure", "400", False),
        ):
            line = BudgetLine(None, kind, name, category, D(planned), Month(2025, 6),
                              essential=essential)  # fmt: skip
            repo.add_line(s, line)
        bank = Lender(name="招商银行")
        s.add(bank)
        s.flush()
        debt = Debt(lender_id=bank.id, name="消费贷", start_date=date(2025, 1, 1), rate="0.18")
        s.add(debt)
        s.flush()
        for n, month in enumerate((2, 3, 4), start=1):
            s.add(Instalment(debt_id=debt.id, n=n, due_date=date(2026, month, 5),
                             principal_fen=700000, interest_fen=30000))  # fmt: skip
        repo.set_hardship_note(s, Month(2026, 3), "2026年2月起降薪三成。\nI can pay 3,000 a month.")
    w.tab("budgetTab").this_month()
    yield w
    w.shutdown()


def test_chart_is_drawn_only_when_shown_and_not_blank(window, qtbot):
    tab = window.tab("budgetTab")
    assert tab.chart.canvas is None  # nothing drawn before the tab is first shown
    window.resize(1200, 780)
    window.show()
    window.show_tab("budgetTab")
    qtbot.waitUntil(lambda: tab.chart.canvas is not None)
    assert "matplotlib.pyplot" not in sys.modules
    canvas = tab.chart.canvas
    qtbot.waitUntil(lambda: bool(canvas.figure.axes))  # drawn once back in the event loop
    assert canvas.objectName() == "budgetTrendCanvas"
    canvas.draw()
    image = canvas.grab().toImage()
    assert image.width() > 300 and image.height() > 150
    colors = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colors) > 20
    labels = [t.get_text() for t in canvas.figure.axes[0].get_legend().get_texts()]
    assert labels == ["Income", "Spending", "Available", "Minimum payments"]


def test_chart_draws_chinese_labels_without_missing_glyphs(window, qtbot, recwarn):
    from debttracker.ui.budget.chart import font_families

    assert font_families()[0].startswith("Noto Sans CJK")
    tab = window.tab("budgetTab")
    window.show()
    window.show_tab("budgetTab")
    qtbot.waitUntil(lambda: tab.chart.canvas is not None)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        tab.chart.draw()  # month names in Chinese: "4月"
        tab.chart.canvas.draw()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ticks = [t.get_text() for t in tab.chart.canvas.figure.axes[0].get_xticklabels()]
    assert all("月" in tick for tick in ticks), ticks
    assert not [w for w in recwarn if "Glyph" in str(w.message)]


def open_export(tab, qtbot):
    qtbot.mouseClick(tab.findChild(QPushButton, "exportStatementButton"), Qt.MouseButton.LeftButton)
    dialog = tab.findChild(QDialog, "budgetStatementDialog")
    assert dialog is not None
    return dialog


def test_pdf_statement_holds_the_figures_and_the_explanation(window, qtbot, tmp_path):
    tab = window.tab("budgetTab")
    dialog = open_export(tab, qtbot)
    hardship = dialog.findChild(QPlainTextEdit, "statementHardshipEdit")
    assert hardship.toPlainText().startswith("2026年2月起降薪三成")
    target = tmp_path / "收支明细表.pdf"
    path = dialog.findChild(QLineEdit, "statementPathEdit")
    path.clear()
    qtbot.keyClicks(path, str(target).replace("收支明细表", "statement"))
    target = tmp_path / "statement.pdf"
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(
            dialog.findChild(QPushButton, "statementSaveButton"), Qt.MouseButton.LeftButton
        )
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    # Qt maps some CJK glyphs to their Kangxi radical twins (⽉ for 月); NFKC folds them back
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    for figure in ("9,700.00", "3,700.00", "6,000.00", "7,300.00", "1,300.00", "400.00"):
        assert figure in flat, figure
    assert "Income and expense statement" in flat
    assert "February 2026" in flat and "April 2026" in flat
    assert "消费贷" in flat and "招商银行" in flat and "工资" in flat
    assert "降薪三成" in flat and "I can pay 3,000 a month." in flat
    assert not list(tmp_path.glob("*.part"))


def test_csv_statement_and_bad_period(window, qtbot, tmp_path):
    tab = window.tab("budgetTab")
    dialog = open_export(tab, qtbot)
    first = dialog.findChild(type(dialog.first_edit), "fromMonthEdit")
    first.setDate(first.date().addMonths(3))  # after the last month
    error = dialog.findChild(QLabel, "statementError")
    save = dialog.findChild(QPushButton, "statementSaveButton")
    assert not save.isEnabled() and "before the first" in error.text()
    first.setDate(first.date().addMonths(-3))
    combo = dialog.findChild(QComboBox, "statementFormatCombo")
    combo.setCurrentIndex(combo.findData("csv"))
    path = dialog.findChild(QLineEdit, "statementPathEdit")
    assert path.text().endswith(".csv")
    path.clear()
    qtbot.keyClicks(path, str(tmp_path / "statement.csv"))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with (tmp_path / "statement.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Section", "Item", "Category", "2026-02", "2026-03", "2026-04", "Total"]
    assert ["Income", "工资", "Salary", "8500.00", "8500.00", "8500.00", "25500.00"] in rows
    assert [
        "Minimum payments",
        "消费贷",
        "招商银行",
        "7300.00",
        "7300.00",
        "7300.00",
        "21900.00",
    ] in rows
    assert ["Summary", "Short by", "", "1300.00", "1300.00", "1300.00", "3900.00"] in rows


def test_export_to_a_missing_folder_is_refused_inline(window, qtbot, tmp_path):
    dialog = open_export(window.tab("budgetTab"), qtbot)
    path = dialog.findChild(QLineEdit, "statementPathEdit")
    path.clear()
    qtbot.keyClicks(path, str(tmp_path / "nope" / "s.pdf"))
    assert not dialog.findChild(QPushButton, "statementSaveButton").isEnabled()
    assert "does not exist" in dialog.findChild(QLabel, "statementError").text()
    dialog.reject()
