"""The main window: composes the tabs, menus and status bar; holds no feature logic.

Start-up (DESIGN.md §7) happens in three steps, so the window appears and answers early:

1. The window paints with its menus and empty tab pages.  Nothing before that paint imports
   SQLAlchemy, the tab modules, or even Qt's ``Qt`` namespace (its ~100 enums cost 15-25 ms):
   this module reaches ``QtCore.Qt`` only inside methods that run later.
2. :meth:`MainWindow.open_store_in_stages` then checks the database with the stdlib (header,
   ``quick_check``, schema revisions) and, when the current tab is the Overview, builds it from
   plain SQL (:mod:`store.ledger_read`): :attr:`MainWindow.ready` -- the user sees their
   figures and can use the window.
3. SQLAlchemy, SQLModel and the store modules load on a pool thread (:mod:`ui.startup`); back
   on the UI thread the other tabs are built one per turn of the event loop, then reminders and
   the daily backup start: :attr:`MainWindow.loaded`.

:meth:`MainWindow.open_store` does all of it at once (the test seam, and after a restore).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from debttracker import __version__
from debttracker.ui.ui_settings import keep_language_copy, ui_settings
from debttracker.ui.widgets.plain import plain_box

if TYPE_CHECKING:
    from debttracker.ui.context import AppContext
    from debttracker.ui.data_watch import DataWatcher

# objectName, module, class — the order of the tabs.
TAB_SPECS: tuple[tuple[str, str, str], ...] = (
    ("overviewTab", "debttracker.ui.overview", "OverviewTab"),
    ("ledgerTab", "debttracker.ui.ledger", "LedgerTab"),
    ("budgetTab", "debttracker.ui.budget", "BudgetTab"),
    ("negotiationTab", "debttracker.ui.negotiation", "NegotiationTab"),
    ("payoffTab", "debttracker.ui.payoff", "PayoffTab"),
)
#: tabs built from plain SQL alone, so they can show their data before SQLAlchemy is loaded
LIGHT_TABS = frozenset({"overviewTab"})


class MainWindow(QMainWindow):
    """Tabs Overview, Ledger, Budget, Negotiations, Payoff; File, Edit, View and Help menus."""

    #: the current tab holds its data: the window is usable (the rest may still be loading)
    ready = Signal()
    #: the store is fully open: every tab is built, reminders and the daily backup started
    loaded = Signal()
    #: emitted when the store could not be opened (message already shown to the user)
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.ctx = None  # AppContext once the store is open
        self.data_actions = None  # File-menu data actions, made with the store (after paint)
        self.reminders = None
        self.watcher: DataWatcher | None = None  # once the store is open
        self._after_paint: list[Callable[[], None]] = []
        self._installed: set[int] = set()  # tab indexes holding their real page
        self._ready_sent = False
        self.undo_stack = QUndoStack(self)
        self.settings = ui_settings(data_dir)
        self.setWindowTitle(self.tr("debttracker"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        for object_name, _module, _cls in TAB_SPECS:
            page = QWidget()  # replaced by the tab once the store is open
            page.setObjectName(object_name + "Loading")
            self.tabs.addTab(page, self._tab_title(object_name))
        last = int(self.settings.value("window/lastTab", 0) or 0)
        self.tabs.setCurrentIndex(min(max(last, 0), self.tabs.count() - 1))
        self._build_menus()
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self._restore_geometry()

    # -- composition -----------------------------------------------------------------------
    def _tab_title(self, object_name: str) -> str:
        titles = {
            "overviewTab": self.tr("Overview"),
            "ledgerTab": self.tr("Ledger"),
            "budgetTab": self.tr("Budget"),
            "negotiationTab": self.tr("Negotiations"),
            "payoffTab": self.tr("Payoff"),
        }
        return titles[object_name]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.quit_app)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("editMenu")
        # our own actions, not createUndoAction's: an undo first looks for outside changes
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.triggered.connect(self.redo)
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged):
            signal.connect(self._update_undo_actions)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setObjectName("preferencesAction")
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setEnabled(False)  # until the store is open
        self.preferences_action.triggered.connect(self.show_preferences)
        self.edit_menu.addAction(self.preferences_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("viewMenu")
        for index, (object_name, _m, _c) in enumerate(TAB_SPECS):
            action = QAction(self._tab_title(object_name), self)
            action.setObjectName(f"show_{object_name}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.tabs.setCurrentIndex, index))
            self.view_menu.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.about_action = QAction(self.tr("&About debttracker"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.undo_stack
        for action, prefix, can, text in (
            (self.undo_action, self.tr("&Undo"), stack.canUndo(), stack.undoText()),
            (self.redo_action, self.tr("&Redo"), stack.canRedo(), stack.redoText()),
        ):
            action.setEnabled(can)
            action.setText(f"{prefix} {text}" if can and text else prefix)

    def undo(self) -> None:
        """Undo the last edit -- unless another program changed the data meanwhile: the
        edit's rows may no longer be what it wrote, so the history is cleared instead."""
        if self.watcher is None or not self.watcher.check():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.watcher is None or not self.watcher.check():
            self.undo_stack.redo()

    def _data_changed_elsewhere(self) -> None:
        """Every tab reloads, and the undo history goes: no undo may delete or overwrite a
        row another program wrote (ids are reused; a row may have been changed since)."""
        if self.ctx is None:
            return
        self.ctx.events.data_changed.emit("all")
        if self.undo_stack.count():
            self.undo_stack.clear()
            text = self.tr(
                "Another program changed your data: every tab shows them now. Undo history "
                "was cleared so that no undo can change what it wrote."
            )
        else:
            text = self.tr("Another program changed your data: every tab shows them now.")
        self.statusBar().showMessage(text, 10000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.watcher is not None
        ):
            self.watcher.check()

    # -- store -----------------------------------------------------------------------------
    def open_store(self) -> bool:
        """Open the database and build every tab with its data, now; False (and a message) on
        failure.  The test seam and the reopen after a restore use this."""
        if not self._open_database():
            return False
        for index in range(len(TAB_SPECS)):
            self._install_tab(index)
        self._finish_open()
        return True

    def open_store_in_stages(self) -> None:
        """What the app does after its first paint (see the module docstring)."""
        if not self._open_database():
            return
        current = self.tabs.currentIndex()
        if TAB_SPECS[current][0] in LIGHT_TABS:
            self._install_tab(current)
        from debttracker.ui.startup import preload_store
        from debttracker.ui.widgets import tasks

        ctx = self.ctx
        assert ctx is not None
        tasks.run(
            QThreadPool.globalInstance(),
            partial(preload_store, ctx.db),
            self._install_next_tab,
            self._install_next_tab,  # a failed preload only means the imports happen here
        )

    def _install_next_tab(self, _result: object = None) -> None:
        """Build the current tab first, then the others in order, one per turn of the loop."""
        if self.ctx is None:
            return  # closed meanwhile
        pending = [i for i in range(len(TAB_SPECS)) if i not in self._installed]
        if not pending:
            self._finish_open()
            return
        current = self.tabs.currentIndex()
        index = current if current in pending else pending[0]
        module_name = TAB_SPECS[index][1]
        if module_name in sys.modules:
            self._install_tab(index)
        else:  # the import in this turn, the tab in the next: shorter pauses for a click
            import_module(module_name)
        QTimer.singleShot(0, self._install_next_tab)

    def _open_database(self) -> bool:
        from debttracker.core.messages import DomainError
        from debttracker.store.db import NotADatabaseError, open_database
        from debttracker.ui.context import AppContext, AppEvents
        from debttracker.ui.i18n import translate_message

        self._make_data_actions()
        try:
            db = open_database(self.data_dir)
        except NotADatabaseError as exc:  # damaged or not SQLite: offer the latest good backup
            self._offer_restore(translate_message(exc.message))
            return False
        except DomainError as exc:
            self._open_failed(translate_message(exc.message))
            return False
        except Exception as exc:  # disk full, read-only, locked: its own message, no traceback
            from debttracker.ui.errors import open_failure

            failure = open_failure(exc, self.data_dir)
            if failure is None:
                raise
            self._open_failed(translate_message(failure))
            return False
        events = AppEvents(self)
        self.ctx = AppContext(self.data_dir, db, self.undo_stack, events)
        events.status_message.connect(self._show_status)
        events.show_tab.connect(self.show_tab)
        events.open_debt.connect(self._open_debt)
        self._installed.clear()
        self._ready_sent = False
        return True

    def _open_failed(self, text: str) -> None:
        self.statusBar().showMessage(text)
        self._show_open_error(text)
        self.failed.emit(text)

    def _make_data_actions(self) -> None:
        if self.data_actions is not None:
            return
        from debttracker.ui.data_actions import DataActions

        self.data_actions = DataActions(
            self, self.file_menu, self.quit_action, lambda: self.ctx, self.close_store
        )
        self.data_actions.replaced.connect(self.reopen_store)

    def _finish_open(self) -> None:
        from debttracker.store.setting_keys import LANGUAGE, peek
        from debttracker.ui.reminders.integration import install_reminders

        ctx, actions = self.ctx, self.data_actions
        assert ctx is not None and actions is not None
        keep_language_copy(self.settings, peek(ctx.db.path, LANGUAGE))
        self.reminders = install_reminders(self)
        self._watch(ctx)
        self.preferences_action.setEnabled(True)
        actions.set_enabled(True)
        actions.start_daily_backup(self.data_dir, ctx.today())
        self.statusBar().clearMessage()
        if ctx.db.pre_migration_backup is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Your data were updated to the new version; a backup was kept in %1."
                ).replace("%1", str(ctx.db.pre_migration_backup.parent)),
                10000,
            )
        self._send_ready()
        self.loaded.emit()

    def _watch(self, ctx: AppContext) -> None:
        from debttracker.ui.data_watch import DataWatcher

        if self.watcher is not None:
            self.watcher.stop()
        self.watcher = DataWatcher(ctx.db, self)
        self.watcher.changed.connect(self._data_changed_elsewhere)

    def _send_ready(self) -> None:
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _install_tab(self, index: int) -> None:
        """Put the real tab at ``index`` in place of its placeholder (imports its module)."""
        object_name, module_name, class_name = TAB_SPECS[index]
        cls = getattr(import_module(module_name), class_name)
        tab = cls(self.ctx, self.tabs)
        tab.setObjectName(object_name)
        current = self.tabs.currentIndex()
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self._tab_title(object_name))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()
        self._installed.add(index)
        if index == current:
            self._send_ready()

    def _show_open_error(self, text: str) -> None:
        box = plain_box(
            QMessageBox.Icon.Critical, self.tr("Cannot open your data"), text, parent=self
        )
        box.setObjectName("openErrorBox")
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        box.finished.connect(self.close)
        box.open()

    def tab(self, object_name: str) -> QWidget:
        """The tab with ``object_name`` (e.g. ``"ledgerTab"``)."""
        found = self.tabs.findChild(QWidget, object_name)
        if found is None:
            raise KeyError(object_name)
        return found

    def show_tab(self, object_name: str) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == object_name:
                self.tabs.setCurrentIndex(index)
                return

    def _open_debt(self, debt_id: int) -> None:
        self.show_tab("ledgerTab")
        ledger = self.tab("ledgerTab")
        show = getattr(ledger, "show_debt", None)
        if show is not None:
            show(debt_id)

    # -- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/lastTab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def quit_app(self) -> None:
        self.save_state()
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

    def shutdown(self) -> None:
        """Release the database (tests and the app's exit path)."""
        self.close_store()

    def close_store(self) -> None:
        """Stop what uses the database, then close it (before a restore or an import)."""
        # background work (daily backup, the progress chart, a tab's CSV job) ends first
        QThreadPool.globalInstance().waitForDone()
        for index in range(self.tabs.count()):
            pool = getattr(self.tabs.widget(index), "pool", None)
            if pool is not None:
                pool.waitForDone()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.reminders is not None:
            self.reminders.stop()  # timers off and the last run recorded, before the store closes
            self.reminders = None
        if self.ctx is not None:
            self.ctx.db.close()
        if self.data_actions is not None:
            self.data_actions.set_enabled(False)
        self.preferences_action.setEnabled(False)

    def reopen_store(self) -> None:
        """After a restore or an import: forget the undo history and load the new data."""
        self.close_store()
        self.undo_stack.clear()
        self.settings.setValue("window/lastTab", self.tabs.currentIndex())
        self.open_store()

    def _offer_restore(self, problem: str) -> None:
        from debttracker.ui.backup_dialogs import DamagedDatabaseDialog

        self.statusBar().showMessage(problem)
        dialog = DamagedDatabaseDialog(self.data_dir, problem, self)
        dialog.restored.connect(self._after_damaged_restore)
        dialog.rejected.connect(self.close)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.failed.emit(problem)

    def _after_damaged_restore(self, _result: object) -> None:
        QTimer.singleShot(0, self.open_store)

    def show_about(self) -> None:
        text = self.tr(
            "debttracker %1\n\nAn offline record of your debts, budget and negotiations. "
            "Your data stay on this computer, in %2.\n\n"
            "Figures about legal caps are information with their source, not legal advice."
        )
        text = text.replace("%1", __version__).replace("%2", str(self.data_dir))
        box = plain_box(
            QMessageBox.Icon.Information, self.tr("About debttracker"), text, parent=self
        )
        box.setObjectName("aboutBox")
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_preferences(self) -> None:
        from debttracker.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def bring_forward(self) -> None:
        """Show, un-minimise and raise the window (a second launch asked for it)."""
        self.show()
        self.setWindowState(
            (self.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
            | QtCore.Qt.WindowState.WindowActive
        )
        self.raise_()
        self.activateWindow()

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has painted (at once when it is not shown)."""
        if self.isVisible():
            self._after_paint.append(work)
        else:
            QTimer.singleShot(0, work)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        while self._after_paint:
            QTimer.singleShot(0, self._after_paint.pop(0))
