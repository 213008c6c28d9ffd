"""One writer per data directory, shared by the GUI and the CLI, without Qt.

The lock is an OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``debttracker.writer.lock`` in the data directory.  The OS releases it when its process ends,
however it ends, so a lock left by a killed process is taken over at once (no stale files to
judge by age or pid).  The GUI holds it as long as it runs; the CLI takes it only around the
commands that replace the whole database (``restore``, ``import --replace``).  ``flock`` is not
an ``fcntl`` record lock and is on another file, so it never touches SQLite's own locks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg

LOCK_NAME = "debttracker.writer.lock"


class AppIsOpenError(DomainError):
    """The app (or another whole-database command) holds the data directory."""


class WriterLock:
    """A held lock; :meth:`release` (or process exit) frees it."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def try_claim(data_dir: Path) -> WriterLock | None:
    """Hold ``data_dir``'s writer lock; None when another process holds it."""
    fd = os.open(data_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    if _try_lock(fd):
        return WriterLock(fd)
    os.close(fd)
    return None


@contextmanager
def exclusive(data_dir: Path) -> Iterator[None]:
    """Run the block holding the lock, or raise :class:`AppIsOpenError` at once."""
    lock = try_claim(data_dir)
    if lock is None:
        raise AppIsOpenError(
            msg(
                "store",
                QT_TRANSLATE_NOOP(
                    "store", "the app is open on this data directory; close it first"
                ),
            )
        )
    try:
        yield
    finally:
        lock.release()
