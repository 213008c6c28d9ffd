"""Is the database whole?  ``PRAGMA quick_check`` at start; damaged files set aside.

* :func:`check_database` opens the file read-only and runs ``quick_check``; it tells a good
  file from a missing one, a file that is not SQLite, a damaged one and one locked by another
  process.  It never writes to the file.
* :func:`set_aside` moves a damaged file (with its ``-wal``/``-shm`` companions) to
  ``debttracker.sqlite3.damaged-<stamp>``: never overwritten, never deleted, so nothing that
  could still be recovered from it is lost.
* :func:`latest_good_backup` is the newest backup that passes the same check.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.store.atomic import move_no_clobber
from debttracker.store.db import NotADatabaseError

if TYPE_CHECKING:
    from debttracker.store.backup import BackupInfo

SQLITE_HEADER = b"SQLite format 3\x00"
#: Lines of ``quick_check`` output kept in a report (a badly damaged file gives thousands).
MAX_PROBLEMS = 20


class DatabaseLockedError(DomainError):
    """Another process holds the database."""


class DamagedDatabaseError(NotADatabaseError):
    """The file is damaged or is not an SQLite database (``quick_check`` failed)."""


class Status(StrEnum):
    OK = "ok"
    MISSING = "missing"  # no file yet: a new database will be created
    EMPTY = "empty"  # a 0-byte file: damaged (new databases are created whole, never empty)
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    LOCKED = "locked"


@dataclass(frozen=True)
class IntegrityReport:
    path: Path
    status: Status
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when the database can be opened (a missing file will be created)."""
        return self.status in (Status.OK, Status.MISSING)

    @property
    def damaged(self) -> bool:
        return self.status in (Status.NOT_SQLITE, Status.DAMAGED, Status.EMPTY)

    def message(self) -> Message | None:
        """What to tell the user, or None when all is well."""
        if self.status == Status.LOCKED:
            return msg(
                "integrity",
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "Your data are in use by another program (another debttracker window or "
                    "a command). Close it and try again; nothing was changed.",
                ),
            )
        if self.status == Status.NOT_SQLITE:
            return msg(
                "store",
                QT_TRANSLATE_NOOP("store", "%1 is not a debttracker database or is damaged."),
                self.path.name,
            )
        if self.status == Status.EMPTY:
            return msg(
                "integrity",
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "%1 is empty (0 bytes): it is damaged, not new. It will be kept aside; "
                    "you can restore your latest good backup.",
                ),
                self.path.name,
            )
        if self.status == Status.DAMAGED:
            return msg(
                "integrity",
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "%1 is damaged. It will be kept aside untouched; you can restore your "
                    "latest good backup.",
                ),
                self.path.name,
            )
        return None

    def raise_for_status(self) -> None:
        """Raise :class:`DatabaseLockedError` or :class:`DamagedDatabaseError` unless ok."""
        message = self.message()
        if message is None:
            return
        if self.status == Status.LOCKED:
            raise DatabaseLockedError(message)
        raise DamagedDatabaseError(message)


def _is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def check_database(path: Path, *, timeout: float = 2.0) -> IntegrityReport:
    """Run ``PRAGMA quick_check`` on ``path`` read-only; the file is never written.

    The file is only ever opened through SQLite (a wrong header is SQLite's "not a
    database"): on POSIX, closing *any* descriptor of a file drops all of the process's fcntl
    locks on it, SQLite's included, and another process would then delete the live WAL."""
    try:
        if not path.exists():
            return IntegrityReport(path, Status.MISSING)
        if path.is_dir():
            return IntegrityReport(path, Status.NOT_SQLITE)
        if path.stat().st_size == 0:  # never "no data yet": a new database is never empty
            return IntegrityReport(path, Status.EMPTY)
    except OSError as exc:
        return IntegrityReport(path, Status.DAMAGED, (type(exc).__name__,))
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        return _report_error(path, exc)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchmany(MAX_PROBLEMS)
    except sqlite3.Error as exc:
        return _report_error(path, exc)
    finally:
        conn.close()
    lines = tuple(str(row[0]) for row in rows)
    if lines == ("ok",):
        return IntegrityReport(path, Status.OK)
    return IntegrityReport(path, Status.DAMAGED, lines)


def _report_error(path: Path, exc: sqlite3.Error) -> IntegrityReport:
    if _is_locked(exc):
        return IntegrityReport(path, Status.LOCKED, (str(exc),))
    if "not a database" in str(exc).lower():
        return IntegrityReport(path, Status.NOT_SQLITE, (str(exc),))
    return IntegrityReport(path, Status.DAMAGED, (str(exc),))


def set_aside(path: Path, *, now: datetime | None = None) -> Path:
    """Move ``path`` (and its ``-wal``/``-shm``) to ``<name>.damaged-<stamp>``; never clobbers.

    Returns the new path of the database file.  The companions keep the matching names, so
    SQLite still finds the write-ahead log of the moved file if someone tries to recover it.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    for n in range(0, 1000):
        suffix = f".damaged-{stamp}" + (f"-{n}" if n else "")
        target = path.with_name(path.name + suffix)
        companions = [Path(f"{target}-wal"), Path(f"{target}-shm")]
        if target.exists() or any(c.exists() for c in companions):
            continue
        try:
            move_no_clobber(path, target)
        except FileExistsError:
            continue
        for ending in ("-wal", "-shm"):
            companion = Path(f"{path}{ending}")
            if companion.exists():
                move_no_clobber(companion, Path(f"{target}{ending}"))
        paths.make_private_file(target)
        return target
    raise DomainError(  # pragma: no cover - a thousand damaged files in one second
        msg("integrity", QT_TRANSLATE_NOOP("integrity", "Cannot set %1 aside."), path.name)
    )


def latest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup in ``backups/`` that passes ``quick_check`` (None if there is none)."""
    from debttracker.store.backup import list_backups

    for info in list_backups(data_dir):
        if check_database(info.path).status == Status.OK:
            return info
    return None
