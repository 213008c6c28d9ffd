"""Translations for the GUI: the widget-free logic lives in :mod:`debttracker.i18n`."""

from __future__ import annotations

from debttracker.i18n import (
    LANG_ENV,
    LANGUAGES,
    choose_language,
    install_translators,
    normalise,
    translate_message,
)

__all__ = [
    "LANGUAGES",
    "LANG_ENV",
    "choose_language",
    "install_translators",
    "normalise",
    "translate_message",
]
