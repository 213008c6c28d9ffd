"""Back up now, Restore… and the damaged-database dialog, driven as a person would."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QTableView

from debttracker import paths
from debttracker.store.backup import create_backup, list_backups
from debttracker.store.db import open_database
from debttracker.store.integrity import check_database
from debttracker.ui.backup_dialogs import (
    BackupsModel,
    DamagedDatabaseDialog,
    RestoreDialog,
    back_up_now,
    backup_done_text,
)
from tests.store.safety_data import LENDER_NAME, filled_dir


@pytest.fixture
def data(tmp_path):
    return filled_dir(tmp_path / "data")


def lender_names(base):
    conn = sqlite3.connect(paths.database_path(base))
    try:
        return {r[0] for r in conn.execute("select name from lender")}
    finally:
        conn.close()


def rename_lenders(base, name):
    conn = sqlite3.connect(paths.database_path(base))
    with conn:
        conn.execute("update lender set name = ?", (name,))
    conn.close()


def test_back_up_now(data, qtbot):
    info = back_up_now(data)
    assert info is not None and info.kind == "manual" and info.path.exists()
    assert str(info.path) in backup_done_text(info)


def test_back_up_now_without_data_says_why(tmp_path, qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    assert back_up_now(tmp_path / "nothing", parent) is None
    box = parent.findChild(QMessageBox, "backupErrorBox")
    assert box is not None and "no data" in box.text()
    box.close()


def test_backups_model(qtmodeltester, data):
    create_backup(data, "manual", now=datetime(2026, 3, 14, 9, 0))
    create_backup(data, "pre-import", now=datetime(2026, 3, 15, 9, 0))
    model = BackupsModel(list_backups(data))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Before an import"
    assert model.index(0, 2).data()  # a size
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole).kind == "manual"


def test_restore_after_confirmation(data, qtbot):
    create_backup(data, "manual", now=datetime(2026, 3, 14, 9, 0))
    rename_lenders(data, "after the backup")
    closed = []
    dialog = RestoreDialog(data, close_database=lambda: closed.append(True))
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "restoreDialog"
    table = dialog.findChild(QTableView, "backupsTable")
    assert table.model().rowCount() == 1
    button = dialog.findChild(QPushButton, "restoreButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "restoreConfirmBox")
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(dialog.restored) as blocker:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert closed == [True]
    assert LENDER_NAME in lender_names(data)
    assert result.pre_restore is not None
    assert "pre-restore" in [b.kind for b in list_backups(data)]


def test_restore_declined_changes_nothing(data, qtbot):
    create_backup(data, "manual", now=datetime(2026, 3, 14, 9, 0))
    rename_lenders(data, "after the backup")
    dialog = RestoreDialog(data)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "restoreConfirmBox")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert lender_names(data) == {"after the backup"}
    assert [b.kind for b in list_backups(data)] == ["manual"]


def test_no_backups_yet(tmp_path, qtbot):
    dialog = RestoreDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QLabel, "noBackupsLabel").isVisible()
    assert not dialog.findChild(QPushButton, "restoreButton").isEnabled()


def test_damaged_database_offers_the_latest_good_backup(data, qtbot):
    create_backup(data, "daily", now=datetime(2026, 3, 14, 9, 0))
    db_path = paths.database_path(data)
    db_path.write_bytes(b"\x00" * 8192)
    report = check_database(db_path)
    assert report.damaged
    dialog = DamagedDatabaseDialog(data, report.message().render())
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "damagedDatabaseDialog"
    assert "kept aside" in dialog.findChild(QLabel, "offerLabel").text()
    button = dialog.findChild(QPushButton, "restoreLatestButton")
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.restored) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.set_aside is not None and result.set_aside.read_bytes() == b"\x00" * 8192
    assert LENDER_NAME in lender_names(data)
    open_database(data).close()  # opens cleanly again


def test_damaged_database_without_backup(tmp_path, qtbot):
    base = tmp_path / "data"
    base.mkdir()
    paths.database_path(base).write_bytes(b"junk" * 100)
    dialog = DamagedDatabaseDialog(base, "damaged")
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "restoreLatestButton").isEnabled()
    assert "No good backup" in dialog.findChild(QLabel, "offerLabel").text()
    assert paths.database_path(base).read_bytes() == b"junk" * 100
