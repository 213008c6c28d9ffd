"""One writer per data directory, decided before anything else: a lock file in the data
directory (``QLockFile``, QtCore only, so the check costs nothing on the way to the first
paint).  A lock left by a killed instance is recognised as stale (its process is gone) and
taken over.  The running instance's local server (:mod:`ui.single_instance`) is only needed to
bring its window forward, so it starts after the first paint.

The instance also holds :mod:`store.writer_lock` (an OS lock the CLI takes too before it
replaces the whole database), kept for the life of the process.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from debttracker.store import writer_lock

LOCK_NAME = "debttracker.lock"


def claim_data_dir(data_dir: Path) -> QLockFile | None:
    """Hold ``data_dir``'s lock for this process; None when a running instance holds it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if not lock.tryLock(0):
        return None
    held = writer_lock.try_claim(data_dir)
    if held is None:  # a CLI restore or import is replacing the database right now
        lock.unlock()
        return None
    _HELD.append(held)
    return lock


#: the writer locks this process holds (released by the OS when it exits)
_HELD: list[writer_lock.WriterLock] = []
