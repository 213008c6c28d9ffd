"""The global exception hook: log the traceback, show a copyable dialog, keep the data safe.

Every user action is one database transaction, so an exception in the middle of one rolls it
back; the hook only has to tell the user and keep the details for a bug report.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("debttracker")


def setup_logging(log_dir: Path) -> Path:
    """Log to ``<data dir>/logs/debttracker.log`` (no personal data is logged, only errors)."""
    log_path = log_dir / "debttracker.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("debttracker")
    for old in list(root.handlers):
        if isinstance(old, logging.FileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path


class ExceptionHook(QObject):
    """Installed as ``sys.excepthook``; shows the dialog on the GUI thread through a signal."""

    caught = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.last_report: str | None = None
        self.dialog: QMessageBox | None = None  # a parentless dialog needs a Python owner
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        stamp = datetime.now().isoformat(timespec="seconds")
        log.error("Unexpected error at %s\n%s", stamp, report)
        self.last_report = report
        self.caught.emit(report)

    def _show(self, report: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("errorDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        where = str(self.log_path) if self.log_path else ""
        box.setText(
            self.tr(
                "Something went wrong. What you were doing was not saved half-way: your data "
                "are safe. The details below were also written to %1."
            ).replace("%1", where)
        )
        box.setDetailedText(report)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(self._forget_dialog)
        self.dialog = box
        box.open()

    def _forget_dialog(self) -> None:
        self.dialog = None
