"""The staged start (ui/main_window.py, ui/startup.py): the Overview holds its figures before
SQLAlchemy is loaded, the rest loads on a pool thread, and nothing is lost on the way."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableView

from debttracker.ui.app import build_main_window
from debttracker.ui.i18n import install_translators
from debttracker.ui.main_window import TAB_SPECS
from debttracker.ui.startup import STORE_MODULES
from tests.ui.payoff_helpers import TODAY, sample_dir

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "debttracker" / "ui"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_dir(tmp_path_factory.mktemp("startup"))


def _top_level_store_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "debttracker.store":
                found.update(f"debttracker.store.{alias.name}" for alias in node.names)
            elif node.module.startswith("debttracker.store."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("debttracker.store."))
    return found


def test_the_preload_list_covers_every_store_module_the_gui_imports_at_load():
    wanted: set[str] = set()
    for path in UI.rglob("*.py"):
        wanted |= _top_level_store_imports(path)
    assert wanted == set(STORE_MODULES)


def test_the_overview_is_read_without_sqlalchemy(sample):
    """A clean interpreter: open the store and build the Overview as the app's first screen
    does; SQLAlchemy, SQLModel and Alembic must still be unloaded, and the figures there."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from datetime import date\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from PySide6.QtGui import QUndoStack\n"
        "app = QApplication([])\n"
        "from debttracker.store.db import open_database\n"
        "from debttracker.ui.context import AppContext, AppEvents\n"
        "from debttracker.ui.overview import OverviewTab\n"
        f"db = open_database(Path({str(sample)!r}))\n"
        "ctx = AppContext(db.path.parent, db, QUndoStack(), AppEvents())\n"
        f"ctx.today = lambda: date.fromisoformat({TODAY.isoformat()!r})\n"
        "tab = OverviewTab(ctx)\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlmodel', 'alembic', 'matplotlib'))\n"
        "print('HEAVY', heavy)\n"
        "print('TOTAL', tab.findChild(QLabel, 'totalOwedLabel').text())\n"
        "db.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr
    assert re.search(r"TOTAL \S*148,?101\.24", out.stdout), out.stdout + out.stderr


def test_staged_open_shows_the_overview_first_then_builds_the_rest(qtbot, sample, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    window = build_main_window(data, open_store=False)
    qtbot.addWidget(window)
    try:
        assert window.tabs.currentIndex() == 0  # no ui.ini yet: the Overview
        with qtbot.waitSignal(window.ready, timeout=1000):
            window.open_store_in_stages()
        window.ctx.today = lambda: TODAY
        # ready came while the call ran: the Overview is built, the others still placeholders
        overview = window.tab("overviewTab")
        assert overview.findChild(QLabel, "totalOwedLabel").text()
        assert window.tabs.widget(1).objectName() == "ledgerTabLoading"
        assert not window.preferences_action.isEnabled()  # not until everything is open
        with qtbot.waitSignal(window.loaded, timeout=30_000):
            pass
        assert [window.tabs.widget(i).objectName() for i in range(5)] == [
            spec[0] for spec in TAB_SPECS
        ]
        assert window.tabs.currentIndex() == 0  # building the others did not move the user
        assert window.tab("ledgerTab").findChild(QTableView, "debtsTable").model().rowCount() == 6
        assert window.preferences_action.isEnabled()
        assert window.data_actions.backup_action.isEnabled()
        assert window.reminders is not None
    finally:
        window.shutdown()


def test_staged_open_on_another_last_tab_is_ready_when_that_tab_is_built(qtbot, sample, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    first = build_main_window(data)
    first.tabs.setCurrentIndex(1)
    first.save_state()
    first.shutdown()
    first.deleteLater()
    window = build_main_window(data, open_store=False)
    qtbot.addWidget(window)
    try:
        assert window.tabs.currentIndex() == 1  # the first paint already shows the last tab
        ready: list[str] = []
        window.ready.connect(lambda: ready.append(window.tabs.currentWidget().objectName()))
        window.open_store_in_stages()
        assert ready == []  # the Ledger needs the full store: not ready yet
        with qtbot.waitSignal(window.loaded, timeout=30_000):
            pass
        assert ready == ["ledgerTab"]
        assert window.tabs.currentIndex() == 1
    finally:
        window.shutdown()


def test_the_progress_chart_reads_its_data_off_the_ui_thread(qtbot, sample, tmp_path, monkeypatch):
    import shutil
    import threading

    from debttracker.ui.charts import progress

    threads: list[threading.Thread] = []
    real = progress.load_progress

    def spy(ctx):
        threads.append(threading.current_thread())
        return real(ctx)

    monkeypatch.setattr(progress, "load_progress", spy)
    data = tmp_path / "data"
    shutil.copytree(sample, data)
    window = build_main_window(data)
    qtbot.addWidget(window)
    window.ctx.today = lambda: TODAY
    panel = window.tab("overviewTab").progress_panel
    try:
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            window.show()
        assert threads and threading.main_thread() not in threads
        assert panel.summary.text().startswith("You have paid CN¥")
        assert panel.chart.data is not None and panel.chart.isVisible()
        # a change while a read is running is read again afterwards, not lost
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            window.ctx.events.data_changed.emit("ledger")
            qtbot.wait(0)
            window.ctx.events.data_changed.emit("ledger")
        assert panel.summary.text().startswith("You have paid CN¥")
    finally:
        window.shutdown()


def test_the_plain_reader_cannot_write(sample, tmp_path):
    import shutil
    import sqlite3

    from debttracker.store.db import open_database

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    db = open_database(data)
    try:
        with db.read() as conn:
            assert conn.execute("SELECT count(*) FROM debt").fetchone() == (6,)
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                conn.execute("DELETE FROM debt")
    finally:
        db.close()
    assert db._reader is None  # closed with the database


def test_the_language_is_read_from_the_copy_in_ui_ini_and_kept_true(qtbot, qapp, tmp_path):
    from debttracker.store import settings
    from debttracker.store.db import open_database
    from debttracker.ui.app import stored_language
    from debttracker.ui.preferences import PreferencesDialog
    from debttracker.ui.ui_settings import language_copy

    data = tmp_path / "data"
    db = open_database(data)
    with db.session() as s:
        settings.put(s, settings.LANGUAGE, "zh_TW")
    db.close()
    assert language_copy(data) is None
    assert stored_language(data) == "zh_TW"  # no copy yet: read from the database
    window = build_main_window(data)
    qtbot.addWidget(window)
    try:
        assert language_copy(data) == "zh_TW"  # copied when the store opened
        dialog = PreferencesDialog(window.ctx, window)
        page = dialog.pages.widget(0)
        page.language.setCurrentIndex(page.language.findData("zh_CN"))
        page.apply()
        assert language_copy(data) == "zh_CN"
        assert stored_language(data) == "zh_CN"
        dialog.deleteLater()
        with window.ctx.db.session() as s:  # changed behind the copy (a restore, an import)
            settings.put(s, settings.LANGUAGE, "")
        window.reopen_store()
        assert language_copy(data) == ""
        assert stored_language(data) == ""  # "" = follow the system, not "no copy"
    finally:
        window.shutdown()
        install_translators(qapp, "en")  # build_main_window installed zh_TW


def test_the_data_directory_lock_is_held_once_and_freed_by_a_killed_holder(tmp_path):
    from debttracker.ui.instance_lock import claim_data_dir

    mine = claim_data_dir(tmp_path)
    assert mine is not None
    assert claim_data_dir(tmp_path) is None  # held (by a live process: this one)
    mine.unlock()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from debttracker.ui.instance_lock import claim_data_dir\n"
         f"lock = claim_data_dir(Path({str(tmp_path)!r}))\n"
         "print('held' if lock else 'refused', flush=True)\n"
         "time.sleep(60)\n"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert claim_data_dir(tmp_path) is None
    finally:
        holder.kill()  # SIGKILL: the lock file stays behind
        holder.wait(timeout=30)
        holder.stdout.close()
    assert (tmp_path / "debttracker.lock").exists()
    again = claim_data_dir(tmp_path)  # its process is gone: stale, taken over
    assert again is not None
    again.unlock()
