"""JSON export/import: lossless round trip, full validation first, all or nothing."""

from __future__ import annotations

import copy
import csv
import json
import os
import stat
import zipfile

import pytest

from debttracker import paths
from debttracker.core.messages import DomainError
from debttracker.store.backup import list_backups
from debttracker.store.db import open_database
from debttracker.store.exchange import (
    FORMAT,
    NotEmptyError,
    dumps,
    export_csv,
    export_data,
    import_data,
    parse_export,
    read_export,
    write_export,
)
from debttracker.store.exchange_export import write_json
from tests.store.safety_data import AWKWARD, LENDER_NAME, counts, filled_dir


@pytest.fixture
def source(tmp_path):
    db = open_database(filled_dir(tmp_path / "source"))
    yield db
    db.close()


@pytest.fixture
def empty(tmp_path):
    db = open_database(tmp_path / "empty")
    yield db
    db.close()


@pytest.fixture
def doc(source):
    return export_data(source)


def test_the_document_names_its_format_version_and_schema(doc):
    assert doc["format"] == FORMAT and doc["version"] == 1
    assert doc["schema_revisions"] and all(isinstance(r, str) for r in doc["schema_revisions"])
    assert "lender" in doc["tables"] and "alembic_version" not in doc["tables"]
    assert not any("fts" in name for name in doc["tables"])
    lender = next(r for r in doc["tables"]["lender"] if r["name"] == LENDER_NAME)
    assert lender["notes"] == AWKWARD
    assert lender["created_at"].endswith("+00:00")
    debt = doc["tables"]["debt"][0]
    assert isinstance(debt["principal_fen"], int) and isinstance(debt["penalty_compound"], bool)
    assert len(debt["start_date"]) == 10


def test_round_trip_is_identical_field_for_field(source, doc, tmp_path):
    """The plain JSON document (format 1) still reads back: back-compat of old exports."""
    path = write_json(source, tmp_path / "out" / "export.json")
    target = open_database(tmp_path / "target")
    try:
        result = import_data(target, read_export(path))
        assert result.backup is None  # the target was empty: nothing to back up
        assert dumps(export_data(target)) == dumps(doc)
        assert counts(target) == counts(source)
    finally:
        target.close()


def test_export_files_are_private(source, tmp_path):
    path = write_export(source, tmp_path / "export.zip")
    plain = write_json(source, tmp_path / "export.json")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(plain.stat().st_mode) == 0o600
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("debttracker-export.json"))["format"] == FORMAT
    assert json.loads(plain.read_text(encoding="utf-8"))["version"] == 1


def test_csv_export_of_each_table(source, doc, tmp_path):
    written = export_csv(source, tmp_path / "csv")
    assert {p.stem for p in written} == set(doc["tables"])
    with (tmp_path / "csv" / "lender.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(doc["tables"]["lender"])
    assert any(r["name"] == LENDER_NAME and r["notes"] == AWKWARD for r in rows)
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)


def test_import_into_a_database_with_data_is_refused(source, doc):
    before = counts(source)
    with pytest.raises(NotEmptyError, match="already holds data"):
        import_data(source, doc)
    assert counts(source) == before


def test_replace_takes_a_backup_first(source, doc, tmp_path):
    smaller = copy.deepcopy(doc)
    for name in smaller["tables"]:
        smaller["tables"][name] = []
    smaller["tables"]["lender"] = [doc["tables"]["lender"][0]]
    result = import_data(source, smaller, replace=True)
    assert result.backup is not None and result.backup.exists()
    assert [b.kind for b in list_backups(source.path.parent)] == ["pre-import"]
    assert counts(source)["lender"] == 1 and counts(source)["debt"] == 0


def mutate(doc, table, field, value, index=0):
    bad = copy.deepcopy(doc)
    bad["tables"][table][index][field] = value
    return bad


BAD_VALUES = [
    ("lender", "id", True, "whole number"),
    ("lender", "id", 1.5, "whole number"),
    ("lender", "id", 2**70, "whole number"),
    ("lender", "name", None, "required"),
    ("lender", "name", 12, "text"),
    ("lender", "name", "x" * 201, "at most"),
    ("lender", "name", "\ud800", "Unicode"),
    ("lender", "created_at", "2026-03-15T08:30:00", "offset"),
    ("lender", "created_at", "yesterday", "time like"),
    ("debt", "start_date", "2026-02-30", "real date"),
    ("debt", "start_date", "２０２６-01-01", "date like"),
    ("debt", "penalty_compound", 0, "true or false"),
    ("debt", "principal_fen", "100", "whole number"),
    ("debt", "lender_id", 999_999, "not there"),
    ("lender", "no_such_column", 1, "Unknown column"),
]


@pytest.mark.parametrize(("table", "field", "value", "reason"), BAD_VALUES)
def test_bad_values_are_refused_and_nothing_is_written(empty, doc, table, field, value, reason):
    with pytest.raises(DomainError, match=reason):
        import_data(empty, mutate(doc, table, field, value))
    assert sum(counts(empty).values()) == 0


def test_duplicate_keys_and_unknown_tables(empty, doc):
    dup = copy.deepcopy(doc)
    dup["tables"]["lender"].append(dict(dup["tables"]["lender"][0]))
    with pytest.raises(DomainError, match="same key"):
        import_data(empty, dup)
    unknown = copy.deepcopy(doc)
    unknown["tables"]["alembic_version"] = []
    with pytest.raises(DomainError, match="Unknown table"):
        import_data(empty, unknown)
    missing = copy.deepcopy(doc)
    del missing["tables"]["lender"][0]["name"]
    with pytest.raises(DomainError, match="Missing value"):
        import_data(empty, missing)
    assert sum(counts(empty).values()) == 0


def test_a_rule_of_the_database_rolls_everything_back(empty, doc):
    """A unique index that only the database knows: the whole import is rolled back."""
    bad = copy.deepcopy(doc)
    rows = bad["tables"]["instalment"]
    twin = dict(rows[0], id=max(r["id"] for r in rows) + 1)
    rows.append(twin)
    with pytest.raises(DomainError, match="nothing was imported"):
        import_data(empty, bad)
    assert sum(counts(empty).values()) == 0


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (b"", "not a JSON"),
        (b"\xff\xfe garbage", "not a JSON"),
        (b"[1, 2]", "not a debttracker export"),
        (b'{"format": "other"}', "not a debttracker export"),
        (b'{"format": "debttracker-export", "version": 3}', "version 3"),
        (b'{"format": "debttracker-export", "version": true}', "version True"),
        (b'{"format": "debttracker-export", "version": NaN}', "not a JSON"),
        (b"[" * 100_000, "not a JSON"),
    ],
)
def test_files_that_are_not_exports(text, reason):
    with pytest.raises(DomainError, match=reason):
        parse_export(text)


def test_newer_schema_is_refused(empty, doc):
    newer = dict(doc, schema_revisions=[*doc["schema_revisions"], "z999_future"])
    with pytest.raises(DomainError, match="newer version"):
        import_data(empty, newer)


def test_missing_file(tmp_path):
    with pytest.raises(DomainError, match="Cannot read"):
        read_export(tmp_path / "nope.json")
    assert not paths.database_path(tmp_path / "nope").exists()
