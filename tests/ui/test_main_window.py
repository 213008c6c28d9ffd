"""The main window through the test seam: tabs, menus, undo, remembered state, error paths."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget

from debttracker import __version__, paths
from debttracker.store.db import open_database
from debttracker.ui.app import build_main_window
from debttracker.ui.errors import ExceptionHook
from debttracker.ui.main_window import TAB_SPECS
from debttracker.ui.single_instance import SingleInstanceServer, notify_running_instance

TAB_NAMES = [spec[0] for spec in TAB_SPECS]


@pytest.fixture
def window(qtbot, tmp_path):
    w = build_main_window(tmp_path / "data")
    qtbot.addWidget(w)
    yield w
    w.shutdown()


def test_tabs_in_order_with_object_names(window):
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == TAB_NAMES
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Overview",
        "Ledger",
        "Budget",
        "Negotiations",
        "Payoff",
    ]
    for name in TAB_NAMES:
        assert window.tab(name).objectName() == name


def test_menus_and_view_shortcuts(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    show_payoff = window.findChild(type(window.quit_action), "show_payoffTab")
    assert show_payoff.shortcut().toString() == "Ctrl+5"
    show_payoff.trigger()
    assert window.tabs.currentWidget().objectName() == "payoffTab"


class Append(QUndoCommand):
    def __init__(self, target: list[str], value: str) -> None:
        super().__init__(f"append {value}")
        self.target, self.value = target, value

    def redo(self) -> None:
        self.target.append(self.value)

    def undo(self) -> None:
        self.target.remove(self.value)


def test_edit_menu_undo_and_redo_drive_the_one_stack(window):
    done: list[str] = []
    window.ctx.undo_stack.push(Append(done, "payment"))
    assert done == ["payment"]
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert done == []
    window.redo_action.trigger()
    assert done == ["payment"]
    assert "Ctrl+Shift+Z" in [k.toString() for k in window.redo_action.shortcuts()]


def test_geometry_and_last_tab_are_remembered(qtbot, tmp_path):
    data = tmp_path / "data"
    first = build_main_window(data)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    screen = first.screen().availableGeometry()
    hint = first.minimumSizeHint()
    first.resize(
        min(hint.width() + 20, screen.width() - 4), min(hint.height() + 30, screen.height() - 40)
    )
    saved = first.size()
    first.tabs.setCurrentIndex(3)
    first.close()
    first.shutdown()
    second = build_main_window(data)
    qtbot.addWidget(second)
    assert second.tabs.currentWidget().objectName() == "negotiationTab"
    assert second.size() == saved
    second.shutdown()


def test_about_names_version_and_data_dir(window, qtbot):
    window.show_about()
    box = window.findChild(QMessageBox, "aboutBox")
    assert box is not None and box.isVisible()
    assert __version__ in box.text() and str(window.data_dir) in box.text()
    box.close()


def test_a_newer_database_is_refused_with_a_message(qtbot, tmp_path):
    data = tmp_path / "data"
    open_database(data).close()
    with sqlite3.connect(paths.database_path(data)) as conn:
        conn.execute("delete from alembic_version")
        conn.execute("insert into alembic_version values ('z999_future')")
    conn.close()
    w = build_main_window(data, open_store=False)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.failed) as blocker:
        assert w.open_store() is False
    assert "newer version" in blocker.args[0]
    box = w.findChild(QMessageBox, "openErrorBox")
    assert box is not None and "newer version" in box.text()
    assert w.ctx is None
    box.close()


def test_second_launch_brings_the_first_forward(qtbot, tmp_path):
    data = tmp_path / "data"
    assert notify_running_instance(data) is False
    server = SingleInstanceServer(data)
    assert server.is_listening()
    with qtbot.waitSignal(server.raise_requested, timeout=3000):
        assert notify_running_instance(data) is True
    server.close()
    other = tmp_path / "other"
    assert notify_running_instance(other) is False


def test_exception_hook_logs_and_shows_a_copyable_dialog(qtbot, tmp_path):
    from debttracker.ui.errors import setup_logging

    log_path = setup_logging(paths.logs_dir(tmp_path / "data"))
    hook = ExceptionHook(log_path)
    try:
        raise ValueError("synthetic failure for the hook")
    except ValueError:
        info = sys.exc_info()
    with qtbot.waitSignal(hook.caught):
        hook.handle(*info)
    qtbot.waitUntil(lambda: _error_box() is not None)
    box = _error_box()
    assert box is not None
    assert "synthetic failure for the hook" in box.detailedText()
    assert str(log_path) in box.text()
    assert "synthetic failure for the hook" in log_path.read_text(encoding="utf-8")
    box.close()


def _error_box():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "errorDialog" and widget.isVisible():
            return widget
    return None


def test_preferences_store_the_language_for_the_next_start(window, qtbot):
    from PySide6.QtWidgets import QComboBox, QDialog

    from debttracker.store import settings

    window.preferences_action.trigger()
    dialog = window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("zh_TW"))
    dialog.accept()
    with window.ctx.db.session() as s:
        assert settings.get(s, settings.LANGUAGE) == "zh_TW"
    from debttracker.ui.app import stored_language

    assert stored_language(window.data_dir) == "zh_TW"
