"""Notice changes other programs made to the database (a ``debttracker-cli pay`` from a
terminal or cron while the window is open), so the window never shows stale data and its
undo never runs over rows it did not write.

``PRAGMA data_version`` on a connection of the watcher's own changes whenever any *other*
connection commits -- another process, but also this app's own SQLAlchemy sessions.  It says
"something changed", not how often, so our own commits are told apart as they happen, on any
thread, by SQLAlchemy's events:

* the engine's ``commit`` (just before a commit reaches SQLite, only for a transaction that
  wrote: sqlite3 opens one only for a write) first looks whether the version moved since the
  last look -- then someone else wrote meanwhile -- and marks a commit of ours in flight;
* the pool's ``checkin`` (the connection handed back after its commit, or after its rollback
  when the commit failed) takes the version after it as seen.

A look finding the version moved with no commit of ours in flight is a change by others.  The
window looks on a timer, when it is activated and before every undo or redo
(:meth:`DataWatcher.check`); :attr:`DataWatcher.changed` announces a change.  What is left: an
outside commit landing while one of ours is being committed (microseconds) is taken for ours.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from debttracker.store.db import Database

#: how often the database is looked at (a look is one PRAGMA: microseconds)
INTERVAL_MS = 1500


class DataWatcher(QObject):
    """Polls ``PRAGMA data_version``; see the module docstring."""

    #: another program changed the data
    changed = Signal()
    #: a commit of ours found a change by others just before it (emitted on any thread)
    _found = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            str(db.path), timeout=5, check_same_thread=False
        )
        self._conn.execute("PRAGMA query_only=ON")
        self._local = threading.local()  # per thread: commits of ours in flight
        self._in_flight = 0
        self._pending = False  # a change by others found by a commit of ours
        self._seen = self._version()
        self._found.connect(self.check, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setObjectName("dataWatchTimer")
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._listen(True)
        self.timer.start()

    def _version(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _listen(self, on: bool) -> None:
        from sqlalchemy import event

        hook = event.listen if on else event.remove
        hook(self._db.engine, "commit", self._committing)
        hook(self._db.engine, "checkin", self._committed)

    def _committing(self, conn: Any) -> None:
        if not conn.connection.dbapi_connection.in_transaction:
            return  # a read: nothing to tell apart
        with self._lock:
            if self._conn is None:
                return
            if self._version() != self._seen:
                self._pending = True
                self._found.emit()  # told on the UI thread, after this commit
            self._in_flight += 1
        self._local.own = getattr(self._local, "own", 0) + 1

    def _committed(self, _dbapi_connection: Any, _record: Any) -> None:
        if not getattr(self._local, "own", 0):
            return
        self._local.own -= 1
        with self._lock:
            self._in_flight -= 1
            if self._conn is not None and not self._in_flight:
                self._seen = self._version()

    def check(self) -> bool:
        """Look now; emit :attr:`changed` and return True when another program changed the
        data since the last look (an undo about to run must then not)."""
        with self._lock:
            if self._conn is None:
                return False
            found, self._pending = self._pending, False
            if not self._in_flight:
                version = self._version()
                found = found or version != self._seen
                self._seen = version
        if found:
            self.changed.emit()
        return found

    def stop(self) -> None:
        """Before the database closes: no more looks, the watcher's connection closed."""
        self.timer.stop()
        self._listen(False)
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
