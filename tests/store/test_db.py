"""Opening the database: pragmas, privacy, refusal of newer or damaged files, transactions."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from debttracker import paths
from debttracker.store.db import NotADatabaseError, SchemaTooNewError, open_database
from debttracker.store.models import Debt, Lender


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "data")
    yield database
    database.close()


def test_wal_and_foreign_keys_are_on(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("pragma journal_mode")).scalar() == "wal"
        assert conn.execute(text("pragma foreign_keys")).scalar() == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_database_file_is_private(db):
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.path.parent.stat().st_mode) == 0o700


def test_a_debt_needs_an_existing_lender(db):
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Debt(lender_id=999, name="orphan", start_date=date(2026, 1, 1)))


def test_a_failed_action_writes_nothing(db):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Lender(name="half-written"))
        s.flush()
        raise RuntimeError("boom in the middle of an action")
    with db.session() as s:
        assert s.exec(select(Lender)).all() == []


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    data = tmp_path / "data"
    open_database(data).close()
    db_path = paths.database_path(data)
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("delete from alembic_version")
        conn.execute("insert into alembic_version values ('z999_from_the_future')")
    conn.close()
    before = digest(db_path)
    with pytest.raises(SchemaTooNewError) as err:
        open_database(data)
    assert "newer version" in str(err.value)
    assert digest(db_path) == before
    assert not (data / "backups").exists() or not any((data / "backups").iterdir())


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db_path = paths.database_path(data)
    db_path.write_bytes(b"this is not a database at all" * 10)
    before = digest(db_path)
    with pytest.raises(NotADatabaseError):
        open_database(data)
    assert digest(db_path) == before


def test_data_survive_reopening(tmp_path):
    data = tmp_path / "data"
    db = open_database(data)
    with db.session() as s:
        s.add(Lender(name="花呗", kind="online_platform"))
    db.close()
    db = open_database(data)
    with db.session() as s:
        assert [lender.name for lender in s.exec(select(Lender))] == ["花呗"]
    db.close()
