"""The Lenders… dialog: a table of lenders to add, edit and delete, each undoable; a lender
that still has debts is not deleted and the dialog says why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QTableView

from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


def _dialog(parent, name: str) -> QDialog:
    dialogs = [d for d in parent.findChildren(QDialog, name) if d.isVisible()]
    assert dialogs, name
    return dialogs[-1]


def _click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _select(qtbot, table: QTableView, text: str) -> None:
    for row in range(table.model().rowCount()):
        if table.model().index(row, 0).data() == text:
            rect = table.visualRect(table.model().index(row, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(text)


def _names(table: QTableView) -> list[str]:
    return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]


def test_lenders_dialog_edit_delete_undo(qtbot, tmp_path, qtmodeltester):
    w = build_main_window(tmp_path / "d")
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    try:
        tab = w.tab("ledgerTab")
        tab.load_sample()
        _click(qtbot, tab, "lendersButton")
        dialog = _dialog(tab, "lendersDialog")
        table = dialog.findChild(QTableView, "lendersTable")
        qtmodeltester.check(table.model())
        assert len(_names(table)) == 6
        # add one without debts, then rename it
        _click(qtbot, dialog, "lendersAddButton")
        form = _dialog(dialog, "lenderDialog")
        qtbot.keyClicks(form.findChild(QLineEdit, "lenderNameEdit"), "Old Friend")
        _click(qtbot, form, "lenderSaveButton")
        assert "Old Friend" in _names(table)
        _select(qtbot, table, "Old Friend")
        _click(qtbot, dialog, "editLenderButton")
        form = _dialog(dialog, "lenderDialog")
        name = form.findChild(QLineEdit, "lenderNameEdit")
        name.clear()
        qtbot.keyClicks(name, "Old Friend Li")
        _click(qtbot, form, "lenderSaveButton")
        assert "Old Friend Li" in _names(table) and "Old Friend" not in _names(table)
        # a lender with debts is refused, with the reason
        _select(qtbot, table, "中国工商银行")
        _click(qtbot, dialog, "deleteLenderButton")
        message = dialog.findChild(QLabel, "lendersMessageLabel").text()
        assert "中国工商银行" in message and "1" in message
        assert "中国工商银行" in _names(table)
        # one without debts goes, and comes back with undo
        _select(qtbot, table, "Old Friend Li")
        _click(qtbot, dialog, "deleteLenderButton")
        assert "Old Friend Li" not in _names(table)
        w.undo_stack.undo()
        assert "Old Friend Li" in _names(table)
        w.undo_stack.undo()  # the rename
        assert "Old Friend" in _names(table)
        w.undo_stack.redo()
        w.undo_stack.redo()
        assert "Old Friend Li" not in _names(table)
        dialog.reject()
    finally:
        w.shutdown()
