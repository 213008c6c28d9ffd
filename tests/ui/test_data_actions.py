"""File-menu data safety: back up now, export/import everything, daily backup, damaged file."""

from __future__ import annotations

import json
import zipfile
from datetime import date

from PySide6.QtWidgets import QDialog, QTableView

from debttracker import paths
from debttracker.store.backup import list_backups
from debttracker.store.db import open_database
from debttracker.store.exchange import write_export
from debttracker.store.sample import generate
from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


def sample_dir(path):
    db = open_database(path)
    generate(db, today=TODAY, scale="small")
    db.close()
    return path


def debt_names(window):
    table = window.findChild(QTableView, "debtsTable")
    model = table.model()
    return sorted(model.index(r, 1).data() for r in range(model.rowCount()))


def test_file_menu_holds_the_data_actions(qtbot, tmp_path):
    window = build_main_window(tmp_path / "d")
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.file_menu.actions() if a.objectName()]
    assert names[:4] == ["backupNowAction", "restoreAction", "exportAllAction", "importAllAction"]
    assert names[-1] == "quitAction"
    assert window.data_actions.backup_action.isEnabled()
    window.shutdown()


def test_first_start_of_the_day_takes_a_backup_and_back_up_now_another(qtbot, tmp_path):
    data = sample_dir(tmp_path / "d")
    window = build_main_window(data)
    qtbot.addWidget(window)
    window.data_actions.wait_for_daily_backup()
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in list_backups(data)))
    window.data_actions.backup_action.trigger()
    kinds = sorted(b.kind for b in list_backups(data))
    assert kinds == ["daily", "manual"]
    assert "Backup saved" in window.statusBar().currentMessage()
    window.shutdown()


def test_import_replaces_the_data_and_the_tabs_reload(qtbot, tmp_path):
    source = sample_dir(tmp_path / "source")
    db = open_database(source)
    export = write_export(db, tmp_path / "export.zip")
    db.close()
    window = build_main_window(tmp_path / "empty")
    qtbot.addWidget(window)
    assert debt_names(window) == []
    assert window.data_actions.import_file(export) is True
    assert len(debt_names(window)) == 6
    assert window.undo_stack.count() == 0
    with zipfile.ZipFile(export) as archive:
        doc = json.loads(archive.read("debttracker-export.json"))
    assert len(doc["tables"]["debt"]) == 6
    window.shutdown()


def test_a_bad_import_is_refused_and_nothing_changes(qtbot, tmp_path):
    data = sample_dir(tmp_path / "d")
    window = build_main_window(data)
    qtbot.addWidget(window)
    before = debt_names(window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert window.data_actions.import_file(bad) is False
    box = window.findChild(QDialog, "dataActionErrorBox")
    assert box is not None and box.isVisible()
    assert debt_names(window) == before
    box.close()
    window.shutdown()


def test_a_damaged_file_offers_the_latest_good_backup(qtbot, tmp_path):
    data = sample_dir(tmp_path / "d")
    window = build_main_window(data)
    qtbot.addWidget(window)
    window.data_actions.backup_action.trigger()
    window.shutdown()
    db_path = paths.database_path(data)
    db_path.write_bytes(b"definitely not sqlite" * 50)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    again = build_main_window(data, open_store=False)
    qtbot.addWidget(again)
    assert again.open_store() is False
    dialog = again.findChild(QDialog, "damagedDatabaseDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.latest is not None
    dialog.close()
