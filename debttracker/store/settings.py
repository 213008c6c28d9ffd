"""Typed application settings kept in the ``setting`` table (one row per key).

Settings that belong to the data (language, reminder preferences, quiet hours) live in the
database so a backup or an export carries them; window geometry lives in ``ui.ini``.
Keys are defined in :mod:`debttracker.store.setting_keys` (re-exported here).
"""

from __future__ import annotations

from sqlmodel import Session

from debttracker.store.models import Setting
from debttracker.store.setting_keys import LANGUAGE, TRAY_ENABLED, TRAY_EXPLAINED, Key, T, peek

__all__ = ["LANGUAGE", "TRAY_ENABLED", "TRAY_EXPLAINED", "Key", "get", "peek", "put"]


def get(session: Session, key: Key[T]) -> T:
    row = session.get(Setting, key.name)
    return key.default if row is None else key.parse(row.value)


def put(session: Session, key: Key[T], value: T) -> None:
    row = session.get(Setting, key.name)
    if row is None:
        session.add(Setting(key=key.name, value=key.dump(value)))
    else:
        row.value = key.dump(value)
        session.add(row)
