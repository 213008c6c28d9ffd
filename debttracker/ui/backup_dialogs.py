"""File → Back up now, File → Restore…, and the dialog for a damaged database.

The main window wires these in: :func:`back_up_now` for the ``backupNowAction``;
:class:`RestoreDialog` (``restoreDialog``, list ``backupsTable``) for "Restore…"; and
:class:`DamagedDatabaseDialog` (``damagedDatabaseDialog``) when opening the store failed with
``DamagedDatabaseError``.  Both dialogs emit ``restored(RestoreResult)`` after a restore; the
window then reopens the store.  Restoring always backs up the current state first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError
from debttracker.store.backup import BackupInfo, create_backup, list_backups, restore
from debttracker.store.integrity import latest_good_backup
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.dates import datetime_text
from debttracker.ui.widgets.plain import plain_box, plain_label

CTX = "BackupDialogs"
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def kind_label(kind: str) -> str:
    labels = {
        "daily": _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Daily")),
        "manual": _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Manual")),
        "pre-migration": _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Before an update")),
        "pre-import": _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Before an import")),
        "pre-restore": _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Before a restore")),
    }
    return labels.get(kind, kind)


def when_label(info: BackupInfo) -> str:
    return datetime_text(QDateTime(info.taken_at))


def back_up_now(data_dir: Path, parent: QWidget | None = None) -> BackupInfo | None:
    """Take a manual backup; on failure show why (non-blocking) and return None."""
    try:
        return create_backup(data_dir, "manual")
    except (DomainError, OSError) as exc:
        text = translate_message(exc.message) if isinstance(exc, DomainError) else str(exc)
        box = plain_box(
            QMessageBox.Icon.Warning,
            _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Backup failed")),
            text,
            parent=parent,
        )
        box.setObjectName("backupErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None


def backup_done_text(info: BackupInfo) -> str:
    """For the status bar after :func:`back_up_now`."""
    return _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Backup saved: %1")).replace("%1", str(info.path))


class BackupsModel(QAbstractTableModel):
    """Backups, newest first: date, kind, size.  ``Qt.UserRole`` gives the ``BackupInfo``."""

    HEADERS = ("Date", "Kind", "Size")

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(backups)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.HEADERS):
            return (
                _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Date")),
                _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Kind")),
                _tr(QT_TRANSLATE_NOOP("BackupDialogs", "Size")),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return when_label(info)
            if column == 1:
                return kind_label(info.kind)
            if column == 2:
                return QLocale().formattedDataSize(info.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]


class RestoreDialog(QDialog):
    """Pick a backup and restore it, after a confirmation; the current data are backed up."""

    restored = Signal(object)  # RestoreResult

    def __init__(
        self,
        data_dir: Path,
        close_database: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.data_dir = data_dir
        self._close_database = close_database
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "Choose a backup to restore. Your current data are backed up first, "
                "so this can be undone by restoring that backup."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(list_backups(data_dir), self)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.error_label = plain_label(self)
        self.error_label.setObjectName("restoreErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.empty_label = plain_label(self.tr("There are no backups yet."), self)
        self.empty_label.setObjectName("noBackupsLabel")
        self.empty_label.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_confirmation)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(buttons)
        self.resize(560, 380)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def ask_confirmation(self) -> None:
        info = self.selected()
        if info is None:
            return
        text = (
            self.tr("Restore the backup of %1? Your current data will be backed up first.")
            .replace("%1", when_label(info))
        )  # fmt: skip
        box = plain_box(QMessageBox.Icon.Question, self.tr("Restore"), text, parent=self)
        box.setObjectName("restoreConfirmBox")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(self.do_restore)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def do_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        if self._close_database is not None:
            self._close_database()
        try:
            result = restore(info, self.data_dir)
        except (DomainError, OSError) as exc:
            text = translate_message(exc.message) if isinstance(exc, DomainError) else str(exc)
            self.error_label.setText(text)
            self.error_label.show()
            return
        self.restored.emit(result)
        self.accept()


class DamagedDatabaseDialog(QDialog):
    """The database is damaged: keep it aside and offer the latest good backup."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, data_dir: Path, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("Your data file is damaged"))
        self.data_dir = data_dir
        self.latest = latest_good_backup(data_dir)
        layout = QVBoxLayout(self)
        problem_label = plain_label(problem, self)
        problem_label.setObjectName("problemLabel")
        problem_label.setWordWrap(True)
        layout.addWidget(problem_label)
        if self.latest is not None:
            offer = self.tr(
                "The latest good backup is from %1. Restore it? The damaged file is kept "
                "aside, never deleted."
            ).replace("%1", when_label(self.latest))
        else:
            offer = self.tr(
                "No good backup was found. The damaged file is left as it is; "
                "you can restore a backup file from elsewhere with Restore…"
            )
        self.offer_label = plain_label(offer, self)
        self.offer_label.setObjectName("offerLabel")
        self.offer_label.setWordWrap(True)
        layout.addWidget(self.offer_label)
        self.error_label = plain_label(self)
        self.error_label.setObjectName("restoreErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore latest backup"), self)
        self.restore_button.setObjectName("restoreLatestButton")
        self.restore_button.setEnabled(self.latest is not None)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setObjectName("quitButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_latest)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def restore_latest(self) -> None:
        if self.latest is None:
            return
        try:
            result = restore(self.latest, self.data_dir)
        except (DomainError, OSError) as exc:
            text = translate_message(exc.message) if isinstance(exc, DomainError) else str(exc)
            self.error_label.setText(text)
            self.error_label.show()
            return
        self.restored.emit(result)
        self.accept()
