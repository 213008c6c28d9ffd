"""Opening the database: engine, pragmas, migrations to head with a backup first.

``open_database(data_dir)`` is the one way in.  It refuses a database written by a newer
schema (and leaves it untouched), copies the file to ``backups/`` before any pending migration,
then upgrades to head.  Each user action then uses one short-lived ``Session`` (see
:meth:`Database.session`), so all of it lands or none of it does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg


class SchemaTooNewError(DomainError):
    """The database was written by a newer version of the app."""


class NotADatabaseError(DomainError):
    """The file is damaged or is not an SQLite database."""


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revisions() -> set[str]:
    """Every head: each aggregate keeps its migrations on its own branch off ``0001``."""
    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def known_revisions() -> set[str]:
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
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revisions(engine: Engine) -> set[str]:
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


@dataclass
class Database:
    """An open database: the engine and where it lives."""

    path: Path
    engine: Engine
    migrated_from: set[str] | None = None
    pre_migration_backup: Path | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _check_is_sqlite(db_path: Path) -> None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with db_path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise NotADatabaseError(
            msg(
                "store",
                QT_TRANSLATE_NOOP("store", "%1 is not a debttracker database or is damaged."),
                db_path,
            )
        )


def open_database(data_dir: Path | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database in ``data_dir`` and bring it to the head schema."""
    base = data_dir or paths.data_dir()
    paths.ensure_private_dir(base)
    db_path = paths.database_path(base)
    _check_is_sqlite(db_path)
    from debttracker.store.integrity import check_database

    check_database(db_path).raise_for_status()  # damaged or locked: a clear refusal, untouched
    existed = db_path.exists() and db_path.stat().st_size > 0
    engine = make_engine(db_path)
    db = Database(db_path, engine)
    try:
        current = current_revisions(engine)
        unknown = current - known_revisions()
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
        if migrate and current != head_revisions():
            if existed and current:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                label = "+".join(sorted(current))
                target = paths.backups_dir(base) / f"pre-migration-{label}-{stamp}.sqlite3"
                db.pre_migration_backup = sqlite_backup(db_path, target)
            _upgrade(engine)
            db.migrated_from = current
    except BaseException:
        engine.dispose()
        raise
    paths.make_private_file(db_path)
    return db


def _upgrade(engine: Engine, target: str = "heads") -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
