"""Names and notes are shown as typed, never as HTML (issue #15 item 10): a lender named
``<h1>X</h1>`` reads ``<h1>X</h1>`` in every label of every tab and dialog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.rates import Rate
from debttracker.store import ledger
from debttracker.store.db import open_database
from debttracker.ui.app import build_main_window
from debttracker.ui.main_window import TAB_SPECS

TODAY = date(2026, 6, 20)
LENDER = "<h1>X</h1>"
DEBT = "<b>Loan</b>"
#: what the user typed; a rich-text label (the budget's triage) may only show it escaped
USER = (LENDER, DEBT, "<i>lender note</i>", "<b>bold</b> note", "<i>paid</i>")


@pytest.fixture
def window(qtbot, tmp_path):
    data = tmp_path / "data"
    db = open_database(data)
    with db.session() as s:
        lender = ledger.add_lender(s, LenderInput(LENDER, notes="<i>lender note</i>"))
        debt = ledger.add_debt(
            s,
            DebtInput(
                lender_id=lender,
                name=DEBT,
                principal=Decimal("6000.00"),
                start_date=date(2026, 1, 5),
                term_months=12,
                rate=Rate(Decimal("0.18")),
                notes="<b>bold</b> note",
            ),
        )
        ledger.add_payment(
            s, debt, PaymentInput(date(2026, 2, 5), Decimal("550.00"), note="<i>paid</i>")
        )
    db.close()
    w = build_main_window(data)
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    w.ctx.events.data_changed.emit("all")
    w.resize(1200, 800)
    w.show()
    yield w
    w.shutdown()


def rich_labels_with_user_text(root: QWidget) -> list[str]:
    """Labels showing something the user typed in a format that lets Qt render it as HTML."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if any(u in text for u in USER) and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label).__name__}: {text[:60]}")
    return found


def test_no_label_renders_a_name_or_note_as_html(qtbot, window):
    shown: list[str] = []
    for object_name, _module, _cls in TAB_SPECS:
        window.show_tab(object_name)
        qtbot.wait(50)  # tabs read their data when shown
        shown += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.isVisible() and any(u in label.text() for u in USER)
        ]
        assert rich_labels_with_user_text(window) == [], object_name
    title = window.findChild(QLabel, "debtTitleLabel")
    assert title is not None and LENDER in title.text() and DEBT in title.text()
    assert shown  # the walk saw the names, so it checked something


def test_the_payment_dialog_shows_names_as_typed(qtbot, window):
    window.show_tab("ledgerTab")
    tab = window.tab("ledgerTab")
    qtbot.mouseClick(tab.findChild(QPushButton, "recordPaymentButton"), Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in tab.findChildren(QDialog, "paymentDialog") if d.isVisible()]
    assert LENDER in dialog.windowTitle()
    assert rich_labels_with_user_text(dialog) == []
    dialog.reject()
