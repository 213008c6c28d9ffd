"""One writer per data directory, decided before anything else: a lock file in the data
directory (``QLockFile``, QtCore only, so the check costs nothing on the way to the first
paint).  A lock left by a killed instance is recognised as stale (its process is gone) and
taken over.  The running instance's local server (:mod:`ui.single_instance`) is only needed to
bring its window forward, so it starts after the first paint.

The instance also holds :mod:`store.writer_lock` (an OS lock the CLI takes too before it
replaces the whole database), for as long as it runs; the OS frees it on a kill.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

if TYPE_CHECKING:
    from debttracker.store.writer_lock import WriterLock

LOCK_NAME = "debttracker.lock"


class DataDirLock:
    """Both locks of a running instance; :meth:`unlock` frees them."""

    def __init__(self, qt_lock: QLockFile, writer: WriterLock) -> None:
        self._qt_lock = qt_lock
        self._writer = writer

    def unlock(self) -> None:
        self._writer.release()
        self._qt_lock.unlock()


def claim_data_dir(data_dir: Path) -> DataDirLock | None:
    """Hold ``data_dir``'s locks for this process; None when a running instance (or a CLI
    restore / replacing import) holds them."""
    from debttracker.store import writer_lock  # imported here: not a store module for preload

    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if not lock.tryLock(0):
        return None
    held = writer_lock.try_claim(data_dir)
    if held is None:
        lock.unlock()
        return None
    return DataDirLock(lock, held)
