"""The window's own settings file, ``<data dir>/ui.ini`` (geometry, last tab, a language copy).

The language lives in the database (Preferences); ``ui.ini`` keeps a copy so the translators
can be installed before the first paint without opening the database (start-up budget,
DESIGN.md §7).  The copy is refreshed from the database each time the store opens, so a
restore, an import or an older ``ui.ini`` is corrected by the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

LANGUAGE_COPY = "ui/language"


def ui_settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


def language_copy(data_dir: Path) -> str | None:
    """The language as last copied from the database ("" = follow the system), or None."""
    value = ui_settings(data_dir).value(LANGUAGE_COPY)
    return None if value is None else str(value)


def keep_language_copy(settings: QSettings, language: str) -> None:
    if settings.value(LANGUAGE_COPY) != language:
        settings.setValue(LANGUAGE_COPY, language)
        settings.sync()
