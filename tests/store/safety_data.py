"""Test data for the data-safety tests: the shared sample generator plus one row of every
other table with awkward values (Chinese, emoji, RTL marks, quotes, newlines, None, bools)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import debttracker.store.tables  # noqa: F401  (every table in the metadata)
from debttracker.store.db import Database, open_database

TODAY = date(2026, 3, 15)
LENDER_NAME = '招商银行 Zhāo\u200f"quoted" 分行'
AWKWARD = "多行\n文本 😀 \u200f‏RTL ' \" , ; \\ \t end"


def existing_tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def _extra_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    at = datetime(2026, 2, 1, 9, 30, 5, 123456, tzinfo=UTC)
    return {
        "setting": [{"key": "test.awkward", "value": AWKWARD}],
        "budget_line": [
            {"id": 900, "kind": "expense", "category": "rent", "essential": True,
             "name": AWKWARD, "planned_fen": 250000, "recurring": True,
             "start_month": date(2025, 1, 1), "end_month": None, "notes": "",
             "created_at": at},
        ],
        "budget_actual": [{"id": 900, "line_id": 900, "month": date(2025, 2, 1),
                           "amount_fen": -1}],
        "budget_note": [{"month": date(2025, 2, 1), "hardship": AWKWARD, "updated_at": at}],
    }  # fmt: skip


def fill(db: Database, today: date = TODAY) -> None:
    """The sample data (when the generator exists) and awkward rows in the other tables."""
    from debttracker.core.debts import LenderInput
    from debttracker.store import ledger

    try:
        from debttracker.store import sample
    except ImportError:  # pragma: no cover - the generator is another engineer's work
        sample = None  # type: ignore[assignment]
    if sample is not None:
        sample.generate(db, today=today)
    tables = existing_tables(db)
    with db.session() as s:
        ledger.add_lender(s, LenderInput(LENDER_NAME, "person", notes=AWKWARD))
        for name, rows in _extra_rows(db).items():
            if name in tables:
                table = SQLModel.metadata.tables[name]
                s.execute(table.insert(), rows)


def counts(db: Database) -> dict[str, int]:
    """Rows per data table (not the schema version, not the full-text index)."""
    with db.engine.connect() as conn:
        return {
            name: int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar() or 0)
            for name in sorted(existing_tables(db))
            if name != "alembic_version" and "fts" not in name
        }


_TEMPLATE: list[Path] = []


def filled_dir(base: Path) -> Path:
    """``base`` as a data directory holding :func:`fill`'s data (built once, then copied)."""
    if not _TEMPLATE:
        root = Path(tempfile.mkdtemp(prefix="debttracker-safety-"))
        atexit.register(shutil.rmtree, root, True)
        db = open_database(root / "data")
        try:
            fill(db)
        finally:
            db.close()
        _TEMPLATE.append(root / "data")
    shutil.copytree(_TEMPLATE[0], base)
    return base
