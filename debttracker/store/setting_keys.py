"""Setting keys (name, default, text form) and a read-only peek with plain sqlite3.

Stdlib only, so the GUI can read the language before SQLAlchemy is loaded (start-up budget).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True)
class Key(Generic[T]):
    """A setting's name, its default, and how its text form is read."""

    name: str
    default: T

    def parse(self, raw: str) -> T:
        kind = type(self.default)
        try:
            if kind is bool:
                return raw == "1"  # type: ignore[return-value]
            if kind is int:
                return int(raw)  # type: ignore[return-value]
        except ValueError:
            return self.default
        return raw  # type: ignore[return-value]

    def dump(self, value: T) -> str:
        if isinstance(value, bool):
            return "1" if value else "0"
        return str(value)


LANGUAGE: Key[str] = Key("ui.language", "")  # "" = follow the system
TRAY_ENABLED: Key[bool] = Key("tray.enabled", True)
TRAY_EXPLAINED: Key[bool] = Key("tray.explained", False)


def peek(db_path: Path, key: Key[T]) -> T:
    """Read one setting with plain sqlite3, read-only, before SQLAlchemy is loaded (start-up)."""
    if not db_path.exists():
        return key.default
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key.name,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return key.default  # no table yet, damaged or locked: the full open will say why
    return key.default if row is None else key.parse(row[0])
