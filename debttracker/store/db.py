"""Opening the database: engine, pragmas, migrations to head with a backup first.

``open_database(data_dir)`` is the one way in.  It refuses a database written by a newer
schema (and leaves it untouched), copies the file to ``backups/`` before any pending migration,
then upgrades to head.  Each user action then uses one short-lived ``Session`` (see
:meth:`Database.session`), so all of it lands or none of it does.

This module imports SQLAlchemy only when it is first needed: with nothing to migrate,
opening checks the file with the stdlib, and the engine is made on the first session.  Until
then :meth:`Database.read` gives plain SQL reads over ``sqlite3`` -- the start-up screen is
read that way while SQLAlchemy loads in the background (start-up budget, DESIGN.md §7).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlmodel import Session


class SchemaTooNewError(DomainError):
    """The database was written by a newer version of the app."""


class NotADatabaseError(DomainError):
    """The file is damaged or is not an SQLite database."""


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revisions() -> set[str]:
    """Every head: each aggregate keeps its migrations on its own branch off ``0001``."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(db_path: Path) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine

    engine = create_engine(
        f"sqlite:///{db_path}", connect_args={"check_same_thread": False}, hide_parameters=True
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def sqlite_backup(source: Path, target: Path) -> Path:
    """A consistent online copy of ``source`` (SQLite backup API), readable by the user alone."""
    paths.ensure_private_dir(target.parent)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    paths.make_private_file(target)
    return target


@dataclass(eq=False)
class Database:
    """An open database: where it lives, its engine (made on first use) and a plain reader."""

    path: Path
    migrated_from: set[str] | None = None
    pre_migration_backup: Path | None = None
    _engine: Engine | None = field(default=None, init=False, repr=False)
    _reader: sqlite3.Connection | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine; the first call imports SQLAlchemy (any thread may make it)."""
        with self._lock:
            if self._engine is None:
                self._engine = make_engine(self.path)
            return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        from sqlmodel import Session

        from debttracker.store.errors import classify

        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                mapped = classify(exc) if isinstance(exc, Exception) else None
                if mapped is not None and mapped is not exc:
                    raise mapped from exc  # disk full, read-only, busy: its own message
                raise

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A plain ``sqlite3`` connection for read-only SQL (``store.ledger_read``), kept for
        the thread that first asked (the UI thread); it never holds a transaction open, so it
        sees every committed change.  Work on other threads uses :meth:`session`."""
        if self._reader is None:
            self._reader = sqlite3.connect(str(self.path), timeout=5)
            self._reader.execute("PRAGMA busy_timeout=5000")
            self._reader.execute("PRAGMA query_only=ON")
        yield self._reader

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()


_REVISION = re.compile(r"^revision(?:\s*:\s*[\w\[\] |]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$", re.M)


def script_revisions() -> tuple[set[str], set[str]]:
    """(known, heads) read from the migration files with the stdlib, so a start-up that has
    nothing to migrate never imports Alembic (start-up budget, DESIGN.md §7)."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in (paths.migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"{path.name}: no revision / down_revision line")
        known.add(revision.group(1))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return known, known - parents


def stored_revisions(db_path: Path) -> set[str]:
    """The revisions recorded in the database file (empty for a new one), read with sqlite3."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return set()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:  # no table yet: nothing was ever migrated
        rows = []
    finally:
        conn.close()
    return {row[0] for row in rows}


def open_database(data_dir: Path | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database in ``data_dir`` and bring it to the head schema."""
    base = data_dir or paths.data_dir()
    paths.ensure_private_dir(base)
    db_path = paths.database_path(base)
    from debttracker.store.integrity import check_database

    check_database(db_path).raise_for_status()  # damaged or locked: a clear refusal, untouched
    existed = db_path.exists() and db_path.stat().st_size > 0
    if migrate and not db_path.exists():
        _create_atomically(db_path)
    db = Database(db_path)
    try:
        current = stored_revisions(db_path)
        known, heads = script_revisions()
        unknown = current - known
        if unknown:
            raise SchemaTooNewError(
                msg(
                    "store",
                    QT_TRANSLATE_NOOP(
                        "store",
                        "This data was written by a newer version of debttracker (schema %1). "
                        "Please update the app; the file was left untouched.",
                    ),
                    ", ".join(sorted(unknown)),
                )
            )
        if migrate and current != heads:
            if existed and current:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                label = "+".join(sorted(current))
                target = paths.backups_dir(base) / f"pre-migration-{label}-{stamp}.sqlite3"
                db.pre_migration_backup = _backup_atomically(db_path, target)
            _upgrade(db.engine)
            db.migrated_from = current
    except BaseException:
        db.close()
        raise
    paths.make_private_file(db_path)
    return db


def _create_atomically(db_path: Path) -> None:
    """Build a new database at head under a temporary name, then link it into place: a kill
    leaves no database (and a hidden temp file) or a whole migrated one, never tables without
    ``alembic_version``.  If another process created it meanwhile, its file is kept."""
    from debttracker.store.atomic import fsync_dir, move_no_clobber, temp_name

    temp = temp_name(db_path, "creating")
    for ending in ("", "-wal", "-shm", "-journal"):
        Path(f"{temp}{ending}").unlink(missing_ok=True)
    engine = make_engine(temp)
    try:
        _upgrade(engine)
        with engine.connect() as conn:
            # everything into the main file; it stays in WAL mode (switching it back to a rollback
            # journal here made the first write of the app change the file's header, which an
            # open connection sees as a change by another program)
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    try:
        paths.make_private_file(temp)
        move_no_clobber(temp, db_path)
        fsync_dir(db_path.parent)
    except FileExistsError:
        pass  # another process won the race: use its database
    finally:
        for ending in ("", "-wal", "-shm", "-journal"):
            Path(f"{temp}{ending}").unlink(missing_ok=True)


def _backup_atomically(db_path: Path, target: Path) -> Path:
    """The pre-migration copy under a temporary name, renamed when whole (never a 0-byte or
    half file under a backup's name)."""
    from debttracker.store.atomic import replace_into, temp_name

    partial = temp_name(target, "partial")
    try:
        sqlite_backup(db_path, partial)
        return replace_into(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _upgrade(engine: Engine, target: str = "heads") -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        # pysqlite runs DDL outside any transaction: take the transaction ourselves so a kill
        # mid-migration rolls back every CREATE/ALTER together with alembic_version
        saved, raw.isolation_level = raw.isolation_level, None
        try:
            raw.execute("BEGIN IMMEDIATE")
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                conn.commit()
                if raw.in_transaction:
                    raw.execute("COMMIT")
            except BaseException:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
        finally:
            raw.isolation_level = saved
