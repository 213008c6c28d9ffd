"""Receipts: the chosen file is copied into the evidence store (read-only, SHA-256 on the
payment) and opened from the payments list; dates in the ledger tables are ISO."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QTableView
from sqlalchemy import select

from debttracker.store.ledger_terms import P
from debttracker.store.negotiation_tables import Evidence
from debttracker.ui.app import build_main_window
from debttracker.ui.ledger import detail as detail_module

TODAY = date(2026, 11, 23)
E = Evidence.__table__


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


def test_receipt_is_kept_as_evidence_and_opens(qtbot, tmp_path, monkeypatch):
    receipt = tmp_path / "transfer.png"
    receipt.write_bytes(b"\x89PNG fake receipt")
    opened = []
    monkeypatch.setattr(detail_module, "open_url", lambda url: opened.append(url.toLocalFile()))
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    try:
        tab = w.tab("ledgerTab")
        tab.load_sample()
        tab.show_debt(1)
        dates = tab.findChild(QTableView, "debtsTable").model()
        assert any(dates.index(r, 3).data() == "2026-12-15" for r in range(dates.rowCount()))
        assert tab.detail.schedule_model.index(0, 1).data() == "2025-10-15"
        _click(qtbot, tab, "recordPaymentButton")
        pay = _dialog(tab, "paymentDialog")
        _type(qtbot, pay, "paymentAmountEdit", "100")
        _type(qtbot, pay, "paymentDateEdit", "2026-11-20")
        pay.receipt_edit.setText(str(receipt))  # as the file chooser fills it in
        _click(qtbot, pay, "paymentSaveButton")
        receipt.write_bytes(b"changed afterwards")  # the kept copy does not change
        with w.ctx.db.session() as s:
            row = s.execute(select(P).where(P.c.amount_fen == 10000)).one()
        assert row.receipt_path == "transfer.png" and row.receipt_evidence_id is not None
        assert row.receipt_sha256 == hashlib.sha256(b"\x89PNG fake receipt").hexdigest()
        view = tab.findChild(QTableView, "paymentsTable")
        assert view.model().index(0, 8).data() == "📎 transfer.png"
        assert view.model().index(0, 0).data() == "2026-11-20"
        view.selectRow(0)
        _click(qtbot, tab, "openReceiptButton")
        assert len(opened) == 1
        kept = opened[0]
        assert kept.startswith(str(tmp_path / "d" / "evidence"))
        with open(kept, "rb") as fh:
            assert fh.read() == b"\x89PNG fake receipt"
        if os.name == "posix":
            assert stat.S_IMODE(os.stat(kept).st_mode) == 0o400
        # editing the payment keeps the same copy; undo and redo keep the file
        tab.open_edit_payment(row.id)
        edit = _dialog(tab, "paymentDialog")
        _type(qtbot, edit, "paymentNoteEdit", "with receipt")
        _click(qtbot, edit, "paymentSaveButton")
        with w.ctx.db.session() as s:
            again = s.execute(select(P).where(P.c.id == row.id)).one()
        assert again.receipt_evidence_id == row.receipt_evidence_id and again.note
        w.undo_stack.undo()
        w.undo_stack.undo()
        w.undo_stack.redo()
        w.undo_stack.redo()
        with w.ctx.db.session() as s:
            assert s.execute(select(P.c.receipt_evidence_id).where(P.c.id == row.id)).scalar() == (
                row.receipt_evidence_id
            )
        with w.ctx.db.session() as s:  # redo reused the kept copy, it did not copy again
            receipts = s.execute(select(E.c.sha256).where(E.c.description == "receipt")).all()
        assert receipts == [(row.receipt_sha256,)]
    finally:
        w.shutdown()
