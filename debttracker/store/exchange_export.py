"""Export of all data, streamed: one ZIP archive with the JSON document and the evidence files.

The rows are written out as they are read (one read transaction, so every table and the
evidence list come from the same moment), and each ZIP entry is written in chunks, so the
memory an export takes does not grow with the data: a data set ten times the large sample
exports in the memory of a small one (``tests/bench/test_bench_export.py``).  The archive
(``docs/export-format.md``):

* ``debttracker-export.json`` -- the document (format version 2: version 1's shape);
* ``evidence/<stored name>`` -- every evidence file the ``evidence`` table lists;
* ``evidence-manifest.json`` -- each file's SHA-256 and size as written, and the ones missing.

The archive is written to a temporary name, synced and renamed (0600), so a crash leaves the
old file or the new one.  ``export_csv`` writes one spreadsheet file per table, streamed too.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from sqlalchemy import Connection, Table, inspect, select
from sqlmodel import SQLModel

import debttracker.store.tables  # noqa: F401  (registers every table in the metadata)
from debttracker import __version__, paths
from debttracker.store.atomic import write_atomic
from debttracker.store.csv_out import safe_writer
from debttracker.store.db import Database, current_revisions
from debttracker.store.exchange_types import column_kind, encode_value
from debttracker.store.safe_names import is_file_name, zip_entry_name

FORMAT = "debttracker-export"
VERSION = 2  # version 1 is the same document as a plain JSON file, without evidence files
DOCUMENT = "debttracker-export.json"
MANIFEST = "evidence-manifest.json"
MANIFEST_FORMAT = "debttracker-evidence"
EVIDENCE = "evidence"
CHUNK = 1 << 16
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # same data, same archive bytes


@dataclass
class ExportSummary:
    path: Path
    rows: int = 0
    files: int = 0
    missing: list[str] = field(default_factory=list)  # evidence rows whose file is gone


def exchange_tables(db: Database) -> list[Table]:
    """The tables exported and imported, parents before children (not the search index)."""
    present = set(inspect(db.engine).get_table_names())
    return [
        t
        for t in SQLModel.metadata.sorted_tables
        if t.name in present and "fts" not in t.name.lower()
    ]


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """A connection that reads every table at the same moment (one SQLite read transaction)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


def _ordered(table: Table) -> Any:
    keys = list(table.primary_key.columns) or list(table.columns)
    return select(table).order_by(*keys)


def iter_rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` as JSON-ready dicts, one at a time (never the whole table)."""
    kinds = {c.name: column_kind(c) for c in table.columns}
    for row in conn.execute(_ordered(table)).mappings():
        yield {name: encode_value(kinds[name], value) for name, value in row.items()}


def _header(conn: Connection, version: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": version,
        "app_version": __version__,
        "schema_revisions": sorted(current_revisions(conn.engine)),
    }


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def write_document(
    conn: Connection, tables: list[Table], out: IO[str], version: int = VERSION
) -> tuple[int, list[dict[str, Any]]]:
    """Stream the document to ``out``, one row per line; (rows, the evidence rows)."""
    head = _json(_header(conn, version))
    out.write(head[:-1] + ', "tables": {')
    evidence: list[dict[str, Any]] = []
    count = 0
    for t_index, table in enumerate(tables):
        out.write(("," if t_index else "") + f"\n{_json(table.name)}: [")
        for r_index, row in enumerate(iter_rows(conn, table)):
            out.write(("," if r_index else "") + "\n" + _json(row))
            count += 1
            if table.name == EVIDENCE:  # a few hundred at most: names and hashes only
                evidence.append({"stored_name": row["stored_name"], "sha256": row["sha256"]})
        out.write("\n]")
    out.write("\n}}\n")
    return count, evidence


def export_data(db: Database, version: int = 1) -> dict[str, Any]:
    """The whole document in memory (for tests and small data sets); same order as the file."""
    with snapshot(db) as conn:
        doc = _header(conn, version)
        doc["tables"] = {t.name: list(iter_rows(conn, t)) for t in exchange_tables(db)}
    return doc


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def _add_file(archive: zipfile.ZipFile, source: Path, name: str) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as src, archive.open(_info(name), "w", force_zip64=True) as dst:
        while block := src.read(CHUNK):
            digest.update(block)
            dst.write(block)
            size += len(block)
    return {"name": name.removeprefix(EVIDENCE + "/"), "sha256": digest.hexdigest(), "size": size}


def _add_evidence(
    archive: zipfile.ZipFile, data_dir: Path, rows: list[dict[str, Any]], summary: ExportSummary
) -> list[dict[str, Any]]:
    folder = data_dir / EVIDENCE
    files = []
    for row in rows:
        name = row["stored_name"]
        source = folder / name if is_file_name(name) else None
        if source is None or source.is_symlink() or not source.is_file():
            summary.missing.append(str(name))
            continue
        files.append(_add_file(archive, source, zip_entry_name(EVIDENCE, name)))
    summary.files = len(files)
    return files


def write_archive(db: Database, target: Path) -> ExportSummary:
    """Write the whole data set with its evidence files to the ZIP ``target`` (0600)."""
    summary = ExportSummary(target)
    data_dir = db.path.parent

    def write(out: BinaryIO) -> None:
        with snapshot(db) as conn, zipfile.ZipFile(out, "w", allowZip64=True) as archive:
            with archive.open(_info(DOCUMENT), "w", force_zip64=True) as raw:
                text = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
                summary.rows, evidence = write_document(conn, exchange_tables(db), text)
                text.flush()
                text.detach()
            files = _add_evidence(archive, data_dir, evidence, summary)
            manifest = {
                "format": MANIFEST_FORMAT,
                "version": 1,
                "algorithm": "SHA-256",
                "files": files,
                "missing": summary.missing,
            }
            archive.writestr(_info(MANIFEST), json.dumps(manifest, ensure_ascii=False, indent=1))

    write_atomic(target, write)
    return summary


def write_json(db: Database, target: Path) -> Path:
    """The plain JSON document of format version 1 (no evidence files), streamed, 0600."""

    def write(out: BinaryIO) -> None:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
        with snapshot(db) as conn:
            write_document(conn, exchange_tables(db), text, version=1)
        text.flush()
        text.detach()

    return write_atomic(target, write)


def _csv_value(kind: str, value: Any) -> Any:
    """Typed cells for ``safe_writer``: numbers stay numbers, everything else is text."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    return value  # Decimal stays a number; text is neutralised by the writer


def export_csv(db: Database, folder: Path) -> list[Path]:
    """One ``<table>.csv`` per table (UTF-8 with BOM, for spreadsheets); for reading only."""
    if not folder.is_dir():  # a folder the app did not create keeps its permissions
        paths.ensure_private_dir(folder)
    written = []
    with snapshot(db) as conn:
        for table in exchange_tables(db):
            kinds = [(c.name, column_kind(c)) for c in table.columns]

            def write(out: BinaryIO, table: Table = table, kinds: Any = kinds) -> None:
                text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
                writer = safe_writer(text, lineterminator="\r\n")
                writer.writerow([name for name, _ in kinds])
                for row in conn.execute(_ordered(table)).mappings():
                    writer.writerow([_csv_value(kind, row[name]) for name, kind in kinds])
                text.flush()
                text.detach()

            written.append(write_atomic(folder / f"{table.name}.csv", write))
    return written
