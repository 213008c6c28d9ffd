"""One writer per data directory, decided before anything else: a lock file in the data
directory (``QLockFile``, QtCore only, so the check costs nothing on the way to the first
paint).  A lock left by a killed instance is recognised as stale (its process is gone) and
taken over.  The running instance's local server (:mod:`ui.single_instance`) is only needed to
bring its window forward, so it starts after the first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "debttracker.lock"


def claim_data_dir(data_dir: Path) -> QLockFile | None:
    """Hold ``data_dir``'s lock for this process; None when a running instance holds it."""
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    return lock if lock.tryLock(0) else None
