"""Collection rules from what the contact dialog records (issue 16 item 8), and the agreement
dialog's prefill with its breakdown (item 9), driven through the real tab with QTest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from debttracker.store import negotiation_agreements as agr
from debttracker.store.db import open_database
from debttracker.store.ledger_detail import owed_today
from debttracker.store.negotiation_tables import Contact
from debttracker.ui.app import build_main_window
from debttracker.ui.widgets.money import money_text
from tests.negotiation_factory import seed_overdue_debt
from tests.ui.test_negotiation_tab import (
    NOW,
    child,
    click,
    db_rows,
    dialog,
    retype,
    save,
    section,
    type_text,
)


@pytest.fixture
def window(tmp_path, qtbot):
    """The real window on an overdue debt, the Negotiations tab in front, clock at NOW."""
    data = tmp_path / "d"
    db = open_database(data)
    seed_overdue_debt(db)
    db.close()
    w = build_main_window(data)
    w.ctx.today = NOW.date
    w.ctx.now = lambda: NOW
    w.show()
    w.show_tab("negotiationTab")
    yield w
    w.shutdown()


def choose(qtbot, combo: QComboBox, code: str) -> None:
    """Pick the item whose data is ``code`` with the keyboard, as a person would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(code)


def log_missed_call(qtbot, w, my_number: str | None) -> None:
    """An incoming call nobody answered, logged at the dialog's default time (now)."""
    click(qtbot, w, "logContactButton")
    d = dialog(w, "contactDialog")
    choose(qtbot, child(d, QComboBox, "directionCombo"), "in")
    choose(qtbot, child(d, QComboBox, "callResultCombo"), "not_answered")
    type_text(qtbot, child(d, QLineEdit, "numberEdit"), "02155550101")
    type_text(qtbot, child(d, QLineEdit, "summaryEdit"), "催收来电未接")
    if my_number is not None:
        type_text(qtbot, child(d, QLineEdit, "myNumberEdit"), my_number)
    else:
        assert child(d, QLineEdit, "myNumberEdit").text() == "13800138000"
    save(qtbot, d)


def test_eight_unanswered_calls_in_a_day_break_the_attempt_limit(qtbot, window):
    w = window
    log_missed_call(qtbot, w, "13800138000")
    for _ in range(7):
        log_missed_call(qtbot, w, None)  # my line is remembered from the last contact
    contacts = db_rows(w, Contact)
    assert len(contacts) == 8
    assert {(c.answered, c.my_number, c.direction) for c in contacts} == {
        (False, "13800138000", "in")
    }
    view = section(w, "timeline")
    texts = [
        view.model().index(r, c).data()
        for r in range(view.model().rowCount())
        for c in range(view.model().columnCount())
    ]
    found = " ".join(str(t) for t in texts if t)
    assert "8 unanswered calls to the same number in one day (the limit is 6)" in found
    assert "conversations in one day" not in found


def test_agreement_prefill_is_what_is_owed_on_the_signing_date(qtbot, window):
    w = window
    click(qtbot, w, "addAgreementButton")
    d = dialog(w, "agreementDialog")
    debt_id = child(d, QComboBox, "agreementDebtCombo").currentData()
    signed = w.ctx.today()
    with w.ctx.db.session() as s:
        owed = owed_today(s, debt_id, signed)
        rows = agr.remaining_rows(s, debt_id)  # includes interest not yet accrued
    principal = owed.principal + owed.principal_not_yet_due
    total = principal + owed.interest + owed.penalty + owed.fees
    balance = child(d, QLineEdit, "balanceEdit")
    assert Decimal(balance.text().replace(",", "")) == total
    scheduled_interest = sum(r.interest_fen for r in rows) / Decimal(100)
    assert owed.interest < scheduled_interest and owed.penalty > 0
    breakdown = child(d, QLabel, "balanceBreakdownLabel").text()
    for amount in (principal, owed.interest, owed.penalty, owed.fees, total):
        assert money_text(amount) in breakdown
    # an empty rate asks for it; 0 must be typed
    rate = child(d, QLineEdit, "agreementRateEdit")
    assert rate.text() == ""
    assert not child(d, QPushButton, "saveButton").isEnabled()
    assert child(d, QLabel, "rateError").isVisible()
    type_text(qtbot, rate, "0")
    assert child(d, QPushButton, "saveButton").isEnabled()
    label = child(d, QLabel, "balanceBreakdownLabel")
    size, height = d.size(), label.height()
    # typing a new signing date re-prefills from the ledger as of that date, in the same space
    later = date(2026, 10, 1)  # earlier: fewer days of penalty
    signed_edit = child(d, QLineEdit, "signedOnEdit")
    signed_edit.setFocus()
    signed_edit.selectAll()
    signed_edit.insert(later.isoformat())  # pasted whole: no invalid date on the way
    with w.ctx.db.session() as s:
        owed_later = owed_today(s, debt_id, later)
    assert money_text(owed_later.penalty) in child(d, QLabel, "balanceBreakdownLabel").text()
    assert owed_later.penalty < owed.penalty
    assert (d.size(), label.height()) == (size, height)
    # an amount the user typed is kept when the date changes
    retype(qtbot, balance, "5000")
    retype(qtbot, child(d, QLineEdit, "signedOnEdit"), signed.isoformat())
    assert balance.text().replace(",", "") in ("5000", "5000.00")
    d.grab().save("/tmp/h6shots/agreement.png")
    d.reject()


def test_call_result_follows_the_outcome_and_is_stored(qtbot, window):
    w = window
    click(qtbot, w, "logContactButton")
    d = dialog(w, "contactDialog")
    call = child(d, QComboBox, "callResultCombo")
    assert call.currentData() == "not_answered"  # the default outcome is "no answer"
    choose(qtbot, child(d, QComboBox, "outcomeCombo"), "refused")
    assert call.currentData() == "answered"
    choose(qtbot, call, "hung_up")
    choose(qtbot, child(d, QComboBox, "outcomeCombo"), "no_answer")
    assert call.currentData() == "hung_up"
    choose(qtbot, child(d, QComboBox, "directionCombo"), "in")
    type_text(qtbot, child(d, QLineEdit, "numberEdit"), "95188")
    type_text(qtbot, child(d, QLineEdit, "summaryEdit"), "响一声就挂")
    save(qtbot, d)
    [row] = db_rows(w, Contact)
    assert (row.answered, "hung_up" in row.flags) == (False, True)
    table = section(w, "contacts")
    assert "Hung up before anyone spoke" in table.model().index(0, 3).data()
