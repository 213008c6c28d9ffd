"""Export of the whole data set as one JSON document, and import of it, all or nothing.

The format is documented in ``docs/export-format.md``.  It is generic over the tables that
``SQLModel.metadata`` knows and the database holds (full-text search tables, whose names
contain ``fts``, are rebuilt by their triggers and left out), so each aggregate's tables are
included without changes here.  Values are typed losslessly: whole numbers, text, booleans,
``null``, dates as ``YYYY-MM-DD`` and timestamps as ISO 8601 with their UTC offset.

Import validates everything first (format, version, schema revisions, tables, columns, types,
primary keys, links between tables), then writes every row in ONE transaction into an empty
database; with ``replace=True`` it first takes a ``pre-import`` backup and replaces the data in
that same transaction.  A refusal writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store.db import Database, known_revisions
from debttracker.store.exchange_export import (
    FORMAT,
    VERSION,
    exchange_tables,
    export_csv,
    export_data,
    write_archive,
)
from debttracker.store.exchange_types import decode_value
from debttracker.store.safe_names import is_file_name, is_sha256

__all__ = ["FORMAT", "VERSION", "export_csv", "export_data", "import_data", "write_export"]
#: format versions this reader understands
READABLE = (1, VERSION)


class NotEmptyError(DomainError):
    """Import refused: the database already holds data (use replace after a backup)."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: dict[str, int]  # table -> rows written
    backup: Path | None  # the pre-import backup


def _error(text_: str, *args: object) -> DomainError:
    return DomainError(msg("exchange", text_, *args), field="file")


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_export(db: Database, target: Path) -> Path:
    """Write the archive (the document and the evidence files) to ``target`` (0600)."""
    return write_archive(db, target).path


# --- import ---------------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def parse_export(raw: bytes | str) -> dict[str, Any]:
    """Parse the text of an export; a clear ``DomainError`` for anything that is not one."""
    try:
        text_ = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        doc = json.loads(text_, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise _error(QT_TRANSLATE_NOOP("exchange", "This file is not a JSON document.")) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _error(QT_TRANSLATE_NOOP("exchange", "This file is not a debttracker export."))
    version = doc.get("version")
    if type(version) is not int or version not in READABLE:
        raise _error(
            QT_TRANSLATE_NOOP(
                "exchange", "This export has format version %1; this app reads versions 1 to %2."
            ),
            str(version)[:20],
            VERSION,
        )
    return doc


def read_export(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("exchange", "Cannot read %1."), path.name) from exc
    return parse_export(raw)


def _check_revisions(doc: Mapping[str, Any]) -> None:
    revisions = doc.get("schema_revisions")
    if not isinstance(revisions, list) or not all(isinstance(r, str) for r in revisions):
        raise _error(QT_TRANSLATE_NOOP("exchange", "The export does not say its schema."))
    if set(revisions) - known_revisions():
        raise _error(
            QT_TRANSLATE_NOOP(
                "exchange", "This export comes from a newer version of debttracker; update the app."
            )
        )


def _where(table: str, index: int, column: str) -> str:
    return f"{table} #{index + 1} {column}"


def _decode_rows(table: Table, rows: Any) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise _error(QT_TRANSLATE_NOOP("exchange", "Table %1 is not a list of rows."), table.name)
    columns = {c.name: c for c in table.columns}
    needed = [c.name for c in table.columns if not (c.nullable or c.server_default is not None)]
    decoded = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise _error(
                QT_TRANSLATE_NOOP("exchange", "%1 is not a row."), _where(table.name, index, "")
            )
        for name in row:
            if name not in columns:
                raise _error(
                    QT_TRANSLATE_NOOP("exchange", "Unknown column: %1"),
                    _where(table.name, index, str(name)[:100]),
                )
        for name in needed:
            if name not in row:
                raise _error(
                    QT_TRANSLATE_NOOP("exchange", "Missing value: %1"),
                    _where(table.name, index, name),
                )
        values = {}
        for name, value in row.items():
            column = columns[name]
            try:
                values[name] = decode_value(column, value)
            except DomainError as exc:
                raise _error(
                    QT_TRANSLATE_NOOP("exchange", "%1: %2"),
                    _where(table.name, index, name),
                    exc.message,
                ) from None
        decoded.append(values)
    return decoded


def _check_keys(table: Table, rows: list[dict[str, Any]]) -> None:
    keys = [c.name for c in table.primary_key.columns]
    seen: set[tuple[Any, ...]] = set()
    for index, row in enumerate(rows):
        key = tuple(row.get(k) for k in keys)
        if key in seen:
            raise _error(
                QT_TRANSLATE_NOOP("exchange", "Two rows have the same key: %1"),
                _where(table.name, index, ",".join(keys)),
            )
        seen.add(key)


def _check_links(plan: dict[str, list[dict[str, Any]]], by_name: dict[str, Table]) -> None:
    for name, rows in plan.items():
        for column in by_name[name].columns:
            for fk in column.foreign_keys:
                target = fk.column
                parent = plan.get(target.table.name, [])
                existing = {r.get(target.name) for r in parent}
                for index, row in enumerate(rows):
                    value = row.get(column.name)
                    if value is not None and value not in existing:
                        raise _error(
                            QT_TRANSLATE_NOOP("exchange", "%1 refers to a row that is not there."),
                            _where(name, index, column.name),
                        )


#: values that become file names or hashes: (table, column) -> (check, may be empty)
NAMES: dict[tuple[str, str], tuple[Any, bool]] = {
    ("evidence", "stored_name"): (is_file_name, False),
    ("evidence", "sha256"): (is_sha256, False),
    ("payment", "receipt_path"): (is_file_name, True),
    ("payment", "receipt_sha256"): (is_sha256, True),
}


def _check_names(plan: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse a name with a separator, drive, NUL or ``..``, and a hash that is not hex."""
    for (table, column), (check, may_be_empty) in NAMES.items():
        for index, row in enumerate(plan.get(table, [])):
            value = row.get(column)
            if value is None or (may_be_empty and value == "") or check(value):
                continue
            if check is is_sha256:
                text_ = QT_TRANSLATE_NOOP("exchange", "%1 is not a SHA-256 hash.")
            else:
                text_ = QT_TRANSLATE_NOOP("exchange", "%1 is not a plain file name.")
            raise _error(text_, _where(table, index, column))


def validate_export(db: Database, doc: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Check everything; the rows to insert per table, typed for the database."""
    _check_revisions(doc)
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise _error(QT_TRANSLATE_NOOP("exchange", "The export holds no tables."))
    by_name = {t.name: t for t in exchange_tables(db)}
    for name in tables:
        if name not in by_name:
            raise _error(QT_TRANSLATE_NOOP("exchange", "Unknown table: %1"), str(name)[:100])
    plan: dict[str, list[dict[str, Any]]] = {}
    for name, table in by_name.items():
        rows = _decode_rows(table, tables.get(name, []))
        _check_keys(table, rows)
        plan[name] = rows
    _check_names(plan)
    _check_links(plan, by_name)
    return plan


def _row_count(conn: Any, tables: list[Table]) -> int:
    return sum(int(conn.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables)


def refuse_if_not_empty(db: Database, replace: bool) -> bool:
    """Whether the database holds data; refuses (``NotEmptyError``) unless ``replace``."""
    with db.engine.connect() as conn:
        has_data = _row_count(conn, exchange_tables(db)) > 0
    if has_data and not replace:
        raise NotEmptyError(
            msg(
                "exchange",
                QT_TRANSLATE_NOOP(
                    "exchange",
                    "This data directory already holds data. Import into an empty one, or "
                    "replace the data (a backup is taken first).",
                ),
            ),
            field="file",
        )
    return has_data


def import_data(
    db: Database,
    doc: Mapping[str, Any],
    *,
    replace: bool = False,
    backup: bool = True,
    plan: dict[str, list[dict[str, Any]]] | None = None,
) -> ImportResult:
    """Import ``doc`` (a parsed export, ``plan`` its checked rows) all or nothing."""
    plan = validate_export(db, doc) if plan is None else plan
    tables = exchange_tables(db)
    has_data = refuse_if_not_empty(db, replace)
    taken = None
    if backup and has_data:
        from debttracker.store.backup import create_backup

        taken = create_backup(db.path.parent, "pre-import").path
    try:
        with db.engine.begin() as conn:
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))
            if replace:
                for table in reversed(tables):
                    conn.execute(table.delete())
            elif _row_count(conn, tables):
                raise NotEmptyError(
                    msg("exchange", QT_TRANSLATE_NOOP("exchange", "Data appeared."))
                )
            for table in tables:
                if plan[table.name]:
                    conn.execute(table.insert(), plan[table.name])
    except IntegrityError as exc:
        raise _error(
            QT_TRANSLATE_NOOP(
                "exchange", "The export breaks a rule of the database (%1); nothing was imported."
            ),
            str(exc.orig)[:200],
        ) from None
    except SQLAlchemyError as exc:
        raise _error(
            QT_TRANSLATE_NOOP("exchange", "The import failed (%1); nothing was imported."),
            type(exc).__name__,
        ) from None
    return ImportResult({name: len(rows) for name, rows in plan.items()}, taken)
