"""Store failures the user can act on: disk full, read-only data, database busy.

:func:`classify` turns a raw ``sqlite3`` / SQLAlchemy / ``OSError`` into a :class:`StoreError`
subclass with its own translatable message (None when it is none of these), so the CLI and
the GUI say "the disk is full" rather than "database damaged" or a traceback.
"""

from __future__ import annotations

import errno
import sqlite3

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg


class StoreError(DomainError):
    """A store operation failed for a reason outside the data (disk, permissions, lock)."""


class StoreFull(StoreError):
    """SQLITE_FULL / ENOSPC: no room left on the disk."""


class StoreReadOnly(StoreError):
    """SQLITE_READONLY / EROFS / EACCES: the data directory cannot be written."""


class StoreBusy(StoreError):
    """SQLITE_BUSY / SQLITE_LOCKED: another program holds the database past the wait."""


_FULL = QT_TRANSLATE_NOOP(
    "store", "The disk is full: nothing was saved. Free some space and try again."
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "store", "The data folder is read-only: nothing was saved. Check its permissions."
)
_BUSY = QT_TRANSLATE_NOOP(
    "store",
    "The data are in use by another program and stayed locked: nothing was saved. "
    "Try again in a moment.",
)


def full() -> StoreFull:
    return StoreFull(msg("store", _FULL))


def read_only() -> StoreReadOnly:
    return StoreReadOnly(msg("store", _READ_ONLY))


def busy() -> StoreBusy:
    return StoreBusy(msg("store", _BUSY))


def _raw(exc: BaseException) -> BaseException:
    """The DB-API error inside a SQLAlchemy wrapper (``.orig``), else ``exc`` itself."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def classify(exc: BaseException) -> StoreError | None:
    """The :class:`StoreError` for a raw failure, or None when it is not one of these."""
    raw = _raw(exc)
    if isinstance(raw, StoreError):
        return raw
    if isinstance(raw, OSError):
        if raw.errno == errno.ENOSPC:
            return full()
        if raw.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return read_only()
        return None
    if not isinstance(raw, sqlite3.Error):
        return None
    code = getattr(raw, "sqlite_errorcode", None)
    name = getattr(raw, "sqlite_errorname", "") or ""
    text = str(raw).lower()
    if code == sqlite3.SQLITE_FULL or name.startswith("SQLITE_FULL") or "disk is full" in text:
        return full()
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return read_only()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return busy()
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return read_only()
    return None
