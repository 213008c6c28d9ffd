"""Starting on a full disk, a read-only folder or a locked database (issue #15 item 7, GUI
side): its own message, never "already running" and never an "Unexpected error"."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from debttracker.store import db as store_db
from debttracker.ui import app as app_module
from debttracker.ui import errors, instance_lock
from debttracker.ui.app import build_main_window


def _full(_fd: int) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_at_start_is_not_already_running(qtbot, monkeypatch, capsys, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("DEBTTRACKER_DATA_DIR", str(data))
    monkeypatch.setattr(instance_lock, "claim_data_dir", lambda _d: None)  # no lock file
    monkeypatch.setattr(errors.os, "fsync", _full)  # the disk takes no more bytes
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.objectName() == "startErrorBox":
                shown.append(widget.text())
                widget.done(0)

    QTimer.singleShot(50, read_and_close)
    status = app_module.run(argparse.Namespace(), [])
    err = capsys.readouterr()
    assert status == 1
    assert "already running" not in err.out + err.err
    assert "the disk that holds your data" in err.err and str(data) in err.err
    assert shown and "is full" in shown[0]
    assert not list(data.glob(".write-probe-*"))  # the probe left nothing behind


def test_unwritable_reason_is_none_for_a_writable_folder(tmp_path):
    folder = tmp_path / "writable"
    folder.mkdir()
    assert errors.unwritable_reason(folder) is None
    assert list(folder.iterdir()) == []


def test_a_locked_database_at_open_gets_its_own_message(qtbot, monkeypatch, tmp_path):
    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    window = build_main_window(tmp_path / "data", open_store=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(store_db, "open_database", locked)
    with qtbot.waitSignal(window.failed) as failed:
        assert window.open_store() is False
    assert "another program holds the database locked" in failed.args[0]
    box = window.findChild(QMessageBox, "openErrorBox")
    assert box is not None and box.text() == failed.args[0]
    box.done(0)
