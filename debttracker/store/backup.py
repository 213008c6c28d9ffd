"""Backups: consistent online copies of the database, rotated, restorable.

A backup is ``backups/debttracker-<YYYYmmdd-HHMMSS>[-n]-<kind>.sqlite3``, taken with SQLite's
backup API (a consistent copy even while the app writes), plus ``…-<kind>.evidence.json``, the
list of evidence files by SHA-256 whose content is stored once in ``backups/evidence/`` (see
:mod:`store.backup_evidence`).  Kinds: ``daily`` (first start of the day, rotated by
:mod:`core.retention`), ``manual``, ``pre-migration``, ``pre-import``, ``pre-restore``; only
daily backups are ever deleted by rotation.  Every file is 0600, the folder 0700.

:func:`restore` takes a ``pre-restore`` backup of the current state (or sets a damaged file
aside), then replaces the database atomically.  The caller must have closed its own
connections (``Database.close()``) first.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.retention import RetentionPolicy, moments_to_drop, policy_from_settings
from debttracker.store import backup_evidence as ev
from debttracker.store.atomic import fsync_dir, replace_into, temp_name
from debttracker.store.db import known_revisions, sqlite_backup
from debttracker.store.integrity import Status, check_database, set_aside

KINDS = ("daily", "manual", "pre-migration", "pre-import", "pre-restore")
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"debttracker-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3")
#: what ``store.db.open_database`` writes before a migration
_PRE_MIGRATION = re.compile(r"pre-migration-.*-(\d{8}-\d{6})\.sqlite3")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime  # local time, as in the name
    size: int  # bytes of the database copy
    evidence_files: int

    @property
    def manifest(self) -> Path:
        return ev.manifest_path(self.path)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    pre_restore: BackupInfo | None  # the backup of the state before the restore
    set_aside: Path | None  # where a damaged current file was moved
    evidence_restored: int


def _error(text: str, *args: object) -> DomainError:
    return DomainError(msg("backup", text, *args))


def _parse_name(path: Path) -> tuple[str, datetime] | None:
    match = _NAME.fullmatch(path.name)
    if match and match.group(3) in KINDS:
        return match.group(3), datetime.strptime(match.group(1), STAMP)
    match = _PRE_MIGRATION.fullmatch(path.name)
    if match:
        return "pre-migration", datetime.strptime(match.group(1), STAMP)
    return None


def read_info(path: Path) -> BackupInfo:
    """What a backup file is; any ``.sqlite3`` file is accepted (kind "manual" if unnamed)."""
    parsed = _parse_name(path)
    stat = path.stat()
    kind, taken = parsed if parsed else ("manual", datetime.fromtimestamp(stat.st_mtime))
    try:
        files = len(ev.read_manifest(ev.manifest_path(path)))
    except DomainError:
        files = 0
    return BackupInfo(path, kind, taken.replace(microsecond=0), stat.st_size, files)


def list_backups(data_dir: Path | None = None, *, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup in ``folder`` (default ``<data dir>/backups``), newest first."""
    where = folder or (paths.data_dir() if data_dir is None else data_dir) / "backups"
    if not where.is_dir():
        return []
    found = []
    for path in where.glob("*.sqlite3"):
        if path.name.startswith(".") or _parse_name(path) is None or not path.is_file():
            continue
        if path.stat().st_size == 0:  # never offer an empty file as a backup
            continue
        found.append(read_info(path))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _target_name(folder: Path, kind: str, when: datetime) -> Path:
    stamp = when.strftime(STAMP)
    for n in range(0, 10_000):
        counter = f"-{n}" if n else ""
        target = folder / f"debttracker-{stamp}{counter}-{kind}.sqlite3"
        if not target.exists() and not ev.manifest_path(target).exists():
            return target
    raise _error(QT_TRANSLATE_NOOP("backup", "Too many backups in one second."))  # pragma: no cover


def create_backup(
    data_dir: Path,
    kind: str = "manual",
    *,
    now: datetime | None = None,
    folder: Path | None = None,
) -> BackupInfo:
    """Copy the database (online, consistent) and the evidence into ``folder``."""
    if kind not in KINDS:
        raise ValueError(kind)
    db_path = paths.database_path(data_dir)
    report = check_database(db_path)
    if report.status == Status.MISSING:
        raise _error(QT_TRANSLATE_NOOP("backup", "There are no data to back up yet."))
    report.raise_for_status()
    where = paths.ensure_private_dir(folder or paths.backups_dir(data_dir))
    target = _target_name(where, kind, now or datetime.now())
    previous = list_backups(folder=where)
    last = ev.read_manifest(previous[0].manifest) if previous else {}
    entries = ev.snapshot(data_dir, where, last)
    ev.write_manifest(ev.manifest_path(target), entries)
    partial = temp_name(target, "partial")
    try:
        sqlite_backup(db_path, partial)
        replace_into(partial, target)
    except sqlite3.Error as exc:
        ev.manifest_path(target).unlink(missing_ok=True)
        raise _error(
            QT_TRANSLATE_NOOP("backup", "The backup could not be written: %1"), exc
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return read_info(target)


def _settings(db_path: Path) -> dict[str, str]:
    try:
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT key, value FROM setting WHERE key LIKE 'backup.%'")
            return {str(k): str(v) for k, v in rows}
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def configured_policy(data_dir: Path) -> RetentionPolicy:
    """The ``backup.keep_*`` settings of the database, else the defaults (7, 4, 12)."""
    try:
        return policy_from_settings(_settings(paths.database_path(data_dir)))
    except DomainError:
        return RetentionPolicy()


def rotate(data_dir: Path, policy: RetentionPolicy | None = None) -> list[Path]:
    """Delete the daily backups the policy does not keep; returns the deleted files."""
    policy = policy or configured_policy(data_dir)
    backups = list_backups(data_dir)
    daily = [b for b in backups if b.kind == "daily"]
    drop = moments_to_drop((b.taken_at for b in daily), policy)
    removed: list[Path] = []
    for info in daily:
        if info.taken_at in drop:
            info.path.unlink()
            info.manifest.unlink(missing_ok=True)
            removed.append(info.path)
    if removed:
        kept = [b.manifest for b in backups if b.path not in removed and b.manifest.exists()]
        ev.collect_garbage(paths.backups_dir(data_dir), kept)
    return removed


def ensure_daily_backup(
    data_dir: Path,
    today: date,
    *,
    now: datetime | None = None,
    policy: RetentionPolicy | None = None,
) -> BackupInfo | None:
    """The day's backup on the first start of ``today`` (None if one exists or no data)."""
    if check_database(paths.database_path(data_dir)).status != Status.OK:
        return None
    if any(b.kind == "daily" and b.taken_at.date() == today for b in list_backups(data_dir)):
        return None
    moment = now or datetime.combine(today, datetime.now().time())
    info = create_backup(data_dir, "daily", now=moment)
    rotate(data_dir, policy)
    return info


def _revisions(path: Path) -> set[str]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()


def check_backup(path: Path) -> None:
    """Refuse (``DomainError``) a file that is not a whole debttracker backup we can read."""
    report = check_database(path)
    if report.status == Status.MISSING and not path.exists():
        raise _error(QT_TRANSLATE_NOOP("backup", "No backup at %1."), path)
    if report.status != Status.OK:
        raise _error(
            QT_TRANSLATE_NOOP("backup", "%1 is damaged or is not a debttracker backup."),
            path.name,
        )
    revisions = _revisions(path)
    if not revisions:
        raise _error(QT_TRANSLATE_NOOP("backup", "%1 is not a debttracker backup."), path.name)
    if revisions - known_revisions():
        raise _error(
            QT_TRANSLATE_NOOP(
                "backup", "%1 was written by a newer version of debttracker; update the app."
            ),
            path.name,
        )


def _retire_current(data_dir: Path, db_path: Path) -> tuple[BackupInfo | None, Path | None]:
    """Back up a good current database (and drain its WAL), or set a damaged one aside."""
    report = check_database(db_path)
    if report.status == Status.MISSING:
        return None, None
    if report.status == Status.LOCKED:
        report.raise_for_status()
    if report.damaged:
        return None, set_aside(db_path)
    pre = create_backup(data_dir, "pre-restore")
    conn = sqlite3.connect(str(db_path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return pre, None


def restore(backup: BackupInfo | Path, data_dir: Path) -> RestoreResult:
    """Replace the database by ``backup`` after backing up the current state.

    The new file is built beside the database, synced, made 0600 and moved over it with
    ``os.replace``: at any moment there is the old database or the new one, whole.
    """
    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    check_backup(source)
    entries = ev.read_manifest(ev.manifest_path(source))  # a hostile list: refused before
    paths.ensure_private_dir(data_dir)
    db_path = paths.database_path(data_dir)
    temp = temp_name(db_path, "restoring")
    try:
        sqlite_backup(source, temp)
        pre, aside = _retire_current(data_dir, db_path)
        for ending in ("-wal", "-shm"):  # the old log must not be replayed on the new file
            Path(f"{db_path}{ending}").unlink(missing_ok=True)
        replace_into(temp, db_path)
    except sqlite3.Error as exc:
        raise _error(
            QT_TRANSLATE_NOOP("backup", "The backup could not be restored: %1"), exc
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(data_dir)
    written = ev.restore_files(entries, source.parent, data_dir)
    return RestoreResult(source, pre, aside, written)
