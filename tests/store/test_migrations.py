"""Every released schema revision upgrades to head; the migrated schema equals the models."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from debttracker import paths
from debttracker.store import tables  # noqa: F401  (registers every table)
from debttracker.store.db import current_revisions, head_revisions, open_database

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_*.sqlite3"))


def is_fts(name: str | None) -> bool:
    """FTS5 virtual tables and their shadow tables live outside the models."""
    return bool(name) and "fts" in name.split("_")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    table = getattr(obj, "table", obj) if type_ != "table" else obj
    table_name = name if type_ == "table" else getattr(table, "name", None)
    return not is_fts(table_name)


def test_fixtures_exist():
    assert [f.name for f in FIXTURES][:1] == ["schema_0001.sqlite3"]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_revision_upgrades_to_head(fixture: Path, tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(fixture, paths.database_path(data))
    db = open_database(data)
    try:
        assert current_revisions(db.engine) == head_revisions()
        assert db.pre_migration_backup is not None and db.pre_migration_backup.exists()
        assert db.pre_migration_backup.parent == data / "backups"
    finally:
        db.close()
    with sqlite3.connect(paths.database_path(data)) as conn:
        assert conn.execute("select name from lender where id = 1").fetchone() == ("示例银行",)
        assert conn.execute("select amount_fen from payment where id = 1").fetchone() == (88849,)
        assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    # the backup is the old revision, untouched by the upgrade
    with sqlite3.connect(db.pre_migration_backup) as conn:
        revision = conn.execute("select version_num from alembic_version").fetchall()
    assert revision == [(fixture.stem.removeprefix("schema_"),)]


def test_migrated_schema_equals_the_models(tmp_path: Path):
    db = open_database(tmp_path / "fresh")
    try:
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": include_object})
            diff = compare_metadata(context, SQLModel.metadata)
    finally:
        db.close()
    assert diff == []


def test_a_fresh_database_is_at_head_without_a_backup(tmp_path: Path):
    db = open_database(tmp_path / "fresh")
    try:
        assert current_revisions(db.engine) == head_revisions()
        assert db.pre_migration_backup is None
    finally:
        db.close()


def test_the_stdlib_reading_of_revisions_agrees_with_alembic(tmp_path: Path):
    from debttracker.store.db import known_revisions, script_revisions, stored_revisions

    known, heads = script_revisions()
    assert known == known_revisions()
    assert heads == head_revisions()
    db = open_database(tmp_path / "fresh")
    try:
        assert stored_revisions(db.path) == current_revisions(db.engine) == heads
    finally:
        db.close()
    assert stored_revisions(tmp_path / "missing.sqlite3") == set()


def test_no_table_holds_a_float():
    """Money is integer fen and rates are decimal text: a float column would lose fen."""
    floats = [
        f"{table.name}.{column.name}"
        for table in SQLModel.metadata.tables.values()
        for column in table.columns
        if getattr(column.type, "python_type", None) is float
    ]
    assert floats == []
