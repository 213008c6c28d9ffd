"""The statement (收支明细表) tells the truth (issue 16 item 7): averages over the months with
entries, which months, a warning for an empty one, amounts whole on a line, and minimum
payments equal to what the Ledger's schedule asks in each month."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlmodel import select

from debttracker.core.budget import EXPENSE, INCOME, BudgetLine, Month
from debttracker.i18n import install_translators
from debttracker.store import budget as repo
from debttracker.store.db import open_database
from debttracker.store.ledger_detail import schedule_lines
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.ui.budget.common import money_text, month_text
from debttracker.ui.budget.statement import StatementRenderer, collect, default_first

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = date(2026, 4, 10)
FIRST, LAST = Month(2026, 2), Month(2026, 4)  # the three-month period the dialog used to offer


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def db(isolated_paths):
    """One month of budget data (April 2026: income 9,000), a loan due every month."""
    database = open_database(isolated_paths)
    with database.session() as s:
        for kind, name, category, amount in (
            (INCOME, "工资", "salary", "9000"),
            (EXPENSE, "房租", "rent", "2400"),
        ):
            repo.add_line(s, BudgetLine(None, kind, name, category, D(amount), LAST,
                                        recurring=False))  # fmt: skip
        bank = Lender(name="招商银行")
        s.add(bank)
        s.flush()
        debt = Debt(lender_id=bank.id, name="消费贷", start_date=date(2026, 1, 1), rate="0.18")
        s.add(debt)
        s.flush()
        for n, month in enumerate((2, 3, 4), start=1):
            s.add(Instalment(debt_id=debt.id, n=n, due_date=date(2026, month, 5),
                             principal_fen=1_234_567, interest_fen=30_000))  # fmt: skip
    yield database
    database.close()


def pdf_lines(path: Path) -> list[str]:
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", raw).splitlines()


def test_averages_over_the_months_with_entries_and_warns_of_empty_ones(chinese, db, tmp_path):
    with db.session() as s:
        assert default_first(s, LAST) == LAST  # the default period no longer adds empty months
        data = collect(s, FIRST, LAST, TODAY, "")
    assert data.with_entries == [LAST] and data.empty_months == [FIRST, Month(2026, 3)]
    assert data.average(lambda m: m.income) == D("9000.00")  # not 3,000
    target = tmp_path / "statement.pdf"
    StatementRenderer().write(data, target, "pdf")
    shutil.copy(target, tmp_path / "last-statement.pdf")
    lines = pdf_lines(target)
    text = "\n".join(lines)
    flat = re.sub(r"\s+", "", text)
    assert money_text(D("9000")) in text and money_text(D("3000")) not in text
    covered = re.sub(r"\s+", "", f"平均值按有记录的月份计算：{month_text(LAST)}")
    assert unicodedata.normalize("NFKC", covered) in flat
    for month in data.empty_months:
        warning = re.sub(r"\s+", "", f"{month_text(month)}没有录入任何收支")
        assert unicodedata.normalize("NFKC", warning) in flat, month
    # every amount the statement shows is whole on one line
    amounts = {money_text(x) for x in (D("9000"), D("2400"), D("6600"), D("12645.67"))}
    amounts.add(money_text(D("37937.01")))
    for amount in amounts:
        assert any(amount in line for line in lines), amount
    assert not [line for line in lines if re.search(r"[\d,]+\.$|^\.\d\d", line)]


def test_minimum_payments_equal_the_ledger_schedule(db):
    """Each debt's amount in each month of the statement is what the Ledger's schedule asks."""
    with db.session() as s:
        data = collect(s, FIRST, LAST, TODAY, "")
        debt_id = s.exec(select(Debt.id)).one()
        ledger = schedule_lines(s, debt_id, TODAY)
    [item] = data.debts
    for index, month in enumerate(data.months):
        due = sum(
            (
                x.total - x.paid
                for x in ledger
                if (x.due.year, x.due.month) == (month.year, month.month)
            ),
            D(0),
        )
        assert item.amounts[index] == due, month


def test_the_export_dialog_offers_the_months_with_entries(qtbot, db, isolated_paths, tmp_path):
    """Through the Budget tab: one month of data, so the default period is that month; the
    exported PDF says 9,000 a month."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QDateEdit,
        QDateTimeEdit,
        QDialog,
        QLabel,
        QLineEdit,
        QPushButton,
    )

    from debttracker.ui.app import build_main_window

    db.close()
    w = build_main_window(isolated_paths)
    try:
        w.ctx.today = lambda: TODAY
        tab = w.tab("budgetTab")
        tab.this_month()
        button = tab.findChild(QPushButton, "exportStatementButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = tab.findChild(QDialog, "budgetStatementDialog")
        from_edit = dialog.findChild(QDateEdit, "fromMonthEdit")
        first = from_edit.date()
        assert (first.year(), first.month()) == (2026, 4)
        coverage = dialog.findChild(QLabel, "statementCoverageLabel")
        assert coverage.text() == ""
        size = dialog.size()
        # widen the period by two months with the keyboard: the dialog warns, in its own space
        from_edit.setFocus()
        from_edit.setCurrentSection(QDateTimeEdit.Section.MonthSection)
        qtbot.keyClick(from_edit, Qt.Key.Key_Down)
        qtbot.keyClick(from_edit, Qt.Key.Key_Down)
        assert month_text(Month(2026, 2)) in coverage.text()
        assert month_text(Month(2026, 3)) in coverage.text()
        assert dialog.size() == size
        qtbot.keyClick(from_edit, Qt.Key.Key_Up)
        qtbot.keyClick(from_edit, Qt.Key.Key_Up)
        assert coverage.text() == ""
        target = tmp_path / "statement.pdf"
        path = dialog.findChild(QLineEdit, "statementPathEdit")
        path.clear()
        qtbot.keyClicks(path, str(target))
        with qtbot.waitSignal(dialog.exported):
            qtbot.mouseClick(
                dialog.findChild(QPushButton, "statementSaveButton"), Qt.MouseButton.LeftButton
            )
        text = "\n".join(pdf_lines(target))
        assert money_text(D("9000")) in text and money_text(D("3000")) not in text
    finally:
        w.shutdown()
