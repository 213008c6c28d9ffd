"""File-menu actions that protect the data: back up, restore, export and import everything.

Also the daily backup on the first start of the day, taken on a pool thread
(:mod:`ui.widgets.tasks`) so the window never waits for a large file to be copied.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from debttracker.core.messages import DomainError
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.plain import plain_box

if TYPE_CHECKING:
    from debttracker.store.backup import BackupInfo


class DataActions(QObject):
    """Adds Back up now / Restore… / Export all data… / Import data… to the File menu."""

    #: emitted after a restore or an import replaced the data: the window reopens the store
    replaced = Signal()

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        before: QAction,
        ctx_getter: Callable[[], AppContext | None],
        close_store: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._ctx = ctx_getter
        self._close_store = close_store
        self.backup_action = self._action("backupNowAction", self.tr("&Back up now"), self.back_up)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.restore_action = self._action(
            "restoreAction", self.tr("&Restore a backup…"), self.restore
        )
        self.export_action = self._action(
            "exportAllAction", self.tr("&Export all data…"), self.export_all
        )
        self.import_action = self._action(
            "importAllAction", self.tr("&Import data…"), self.import_all
        )
        for action in (
            self.backup_action,
            self.restore_action,
            None,
            self.export_action,
            self.import_action,
            None,
        ):
            if action is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, action)
        self.set_enabled(False)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def set_enabled(self, enabled: bool) -> None:
        for action in (
            self.backup_action,
            self.restore_action,
            self.export_action,
            self.import_action,
        ):
            action.setEnabled(enabled)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _warn(self, title: str, text: str) -> None:
        box = plain_box(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setObjectName("dataActionErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- daily backup ----------------------------------------------------------------------
    def start_daily_backup(self, data_dir: Path, today: date) -> None:
        from debttracker.store.backup import ensure_daily_backup

        work = partial(ensure_daily_backup, data_dir, today)
        tasks.run(QThreadPool.globalInstance(), work, self._daily_done, self._daily_failed)

    def wait_for_daily_backup(self) -> None:
        """Tests and shutdown: let a running backup finish before the store closes."""
        QThreadPool.globalInstance().waitForDone()

    def _daily_done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self._status(
                self.tr("Today's backup was saved in %1.").replace("%1", str(info.path.parent))
            )

    def _daily_failed(self, error: object) -> None:
        text = tasks.failure_text(error)
        self._status(self.tr("Today's backup could not be made: %1").replace("%1", text))

    # -- actions ---------------------------------------------------------------------------
    def back_up(self) -> None:
        from debttracker.ui.backup_dialogs import back_up_now, backup_done_text

        ctx = self._ctx()
        if ctx is None:
            return
        info = back_up_now(ctx.data_dir, self.window)
        if info is not None:
            self._status(backup_done_text(info))

    def restore(self) -> None:
        from debttracker.ui.backup_dialogs import RestoreDialog

        ctx = self._ctx()
        if ctx is None:
            return
        dialog = RestoreDialog(ctx.data_dir, close_database=self._close_store, parent=self.window)
        dialog.restored.connect(self._after_replace)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export_all(self) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        name = f"debttracker-export-{ctx.today().isoformat()}.zip"
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export all data"),
            str(Path.home() / name),
            self.tr("ZIP archives (*.zip)"),
        )
        if not target:
            return
        from debttracker.store.exchange import write_export

        try:
            written = write_export(ctx.db, Path(target))
        except DomainError as exc:
            self._warn(self.tr("Export failed"), translate_message(exc.message))
            return
        except OSError as exc:
            self._warn(self.tr("Export failed"), str(exc))
            return
        self._status(self.tr("All data exported to %1.").replace("%1", str(written)))

    def import_all(self) -> None:
        ctx = self._ctx()
        if ctx is None:
            return
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import data"),
            str(Path.home()),
            self.tr("debttracker exports (*.zip *.json)"),
        )
        if source:
            self.import_file(Path(source))

    def import_file(self, source: Path) -> bool:
        """Replace the data by an export (a backup of the current data is taken first)."""
        from debttracker.store.exchange_archive import import_file

        ctx = self._ctx()
        if ctx is None:
            return False
        try:
            import_file(ctx.db, source, replace=True, backup=True)
        except DomainError as exc:
            self._warn(self.tr("Import refused"), translate_message(exc.message))
            return False
        except OSError as exc:
            self._warn(self.tr("Import refused"), str(exc))
            return False
        self._after_replace(None)
        self._status(
            self.tr("Data imported from %1; the previous data were backed up first.").replace(
                "%1", str(source)
            )
        )
        return True

    def _after_replace(self, _result: object) -> None:
        self.replaced.emit()
