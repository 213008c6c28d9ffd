"""The global exception hook: log the traceback, show a copyable dialog, keep the data safe.

Every user action is one database transaction, so an exception in the middle of one rolls it
back; the hook only has to tell the user and keep the details for a bug report.

A save the disk or another program refused (disk full, read-only, locked) is no bug: it is
mapped here, in one place, to its own message (:func:`store_failure`), which the commands
and dialogs show where the user was typing.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from debttracker.core.messages import QT_TRANSLATE_NOOP, Message, msg

log = logging.getLogger("debttracker")

#: the store's own failure classes (store.errors, when present) by name, and what they mean
_STORE_CLASSES = {"StoreFull": "full", "StoreReadOnly": "readonly", "StoreBusy": "busy"}
#: SQLite primary result codes: SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_FULL
_SQLITE_CODES = {5: "busy", 6: "busy", 8: "readonly", 13: "full"}
_SQLITE_TEXTS = (
    ("database or disk is full", "full"),
    ("readonly database", "readonly"),
    ("read-only file system", "readonly"),
    ("database is locked", "busy"),
    ("database table is locked", "busy"),
)
_OS_ERRNOS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "readonly"}
_OS_ERRNOS.update({errno.EACCES: "readonly", errno.EPERM: "readonly"})

STORE_FAILURES = {
    "full": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "Not saved: the disk that holds your data is full. Free some space, then try again; "
        "nothing was changed.",
    ),
    "readonly": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "Not saved: your data folder cannot be written to (it is read-only or you lack the "
        "permission). Nothing was changed.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "Not saved: another program is writing to your data right now (the database is "
        "locked). Try again in a moment; nothing was changed.",
    ),
}
UNEXPECTED = QT_TRANSLATE_NOOP(
    "StoreFailure", "Not saved: something unexpected went wrong (the details follow)."
)

START_FAILURES = {
    "full": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "debttracker cannot start: the disk that holds your data (%1) is full. Free some "
        "space, then start it again. Your data were not changed.",
    ),
    "readonly": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "debttracker cannot start: your data folder (%1) cannot be written to (it is "
        "read-only or you lack the permission). Your data were not changed.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "StoreFailure",
        "debttracker cannot open your data in %1: another program holds the database "
        "locked. Close it, then start debttracker again. Your data were not changed.",
    ),
}


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc``, the DB-API error SQLAlchemy wraps (``.orig``) and the causes, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        todo += [getattr(item, "orig", None), item.__cause__, item.__context__]
    return seen


def _kind(exc: BaseException) -> str | None:
    for cls in type(exc).__mro__:
        if cls.__name__ in _STORE_CLASSES:
            return _STORE_CLASSES[cls.__name__]
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(exc).lower()
        return next((kind for needle, kind in _SQLITE_TEXTS if needle in text), None)
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
        return _OS_ERRNOS.get(exc.errno or 0)
    return None


def failure_kind(exc: BaseException) -> str | None:
    """ "full", "readonly" or "busy" for a write the disk or another program refused, whether
    it comes as the store's own class, SQLite's error (bare or wrapped by SQLAlchemy) or an
    ``OSError`` from copying a file; None for anything else (a bug)."""
    for item in _chain(exc):
        kind = _kind(item)
        if kind is not None:
            return kind
    return None


def store_failure(exc: BaseException) -> Message | None:
    """The message for a refused save (see :func:`failure_kind`), None for anything else."""
    kind = failure_kind(exc)
    return None if kind is None else msg("StoreFailure", STORE_FAILURES[kind])


def open_failure(exc: BaseException, data_dir: Path) -> Message | None:
    """The message for opening the data that the disk or another program refused."""
    kind = failure_kind(exc)
    return None if kind is None else msg("StoreFailure", START_FAILURES[kind], data_dir)


def unwritable_reason(data_dir: Path) -> Message | None:
    """Why nothing can be written in ``data_dir`` (disk full, read-only), or None when a file
    can be made there.  A lock that cannot be taken is then not "another instance"."""
    probe = data_dir / f".write-probe-{os.getpid()}"
    try:
        with probe.open("wb") as fh:
            fh.write(b"\0" * 4096)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        kind = "full" if failure_kind(exc) == "full" else "readonly"
        return msg("StoreFailure", START_FAILURES[kind], data_dir)
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
    return None


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
