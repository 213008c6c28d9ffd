"""The CLI in the user's language: ``--lang``, else $DEBTTRACKER_LANG, else the language chosen
in Preferences (read from the database without opening the store), else the system locale.

English needs nothing; for Chinese a ``QCoreApplication`` is created when the first text is
translated (QtCore only, no widgets), or a command that needs a ``QGuiApplication`` (the
case-file PDF) passes its own to :func:`attach`; the catalogues are the GUI's
(:mod:`debttracker.i18n`).  Command
modules mark their texts with ``QT_TRANSLATE_NOOP("cli", …)`` and print ``tr(…)``; core
messages are printed with ``message(m)``.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any

from debttracker.core.messages import Message, fill

_state: dict[str, Any] = {"language": "en", "app": None}


def stored_language() -> str:
    """The language saved in Preferences ("" = follow the system), without creating anything."""
    from debttracker import paths
    from debttracker.store.setting_keys import LANGUAGE, peek

    return peek(paths.database_path(paths.data_dir(create=False)), LANGUAGE)


def setup(preferred: str | None = None) -> str:
    """Choose the language for this process; Qt is loaded only when a text needs it."""
    from debttracker.i18n import LANG_ENV, choose_language

    wanted = preferred or os.environ.get(LANG_ENV) or stored_language() or None
    _state["language"] = choose_language(wanted)
    _state["app"] = None
    return str(_state["language"])


def attach(app: Any | None = None) -> None:
    """Install the catalogues on ``app`` (a command's own QGuiApplication), else on a
    ``QCoreApplication`` created now; English needs none."""
    if _state["language"] == "en" or (_state["app"] is not None and app is None):
        return
    from PySide6.QtCore import QCoreApplication

    from debttracker.i18n import install_translators

    app = app or QCoreApplication.instance() or QCoreApplication(["debttracker-cli"])
    _state["app"] = app
    install_translators(app, str(_state["language"]))


def language() -> str:
    return str(_state["language"])


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` once a language is installed; the text itself before."""
    if _state["language"] == "en":
        return text
    attach()
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def tr(text: str, *args: object) -> str:
    """A ``QT_TRANSLATE_NOOP("cli", …)`` text in the chosen language, ``%1``… filled."""
    return fill(translate("cli", text), args)


def message(m: Message) -> str:
    """A core message in the chosen language."""
    return m.render(translate)


def money_locale() -> str:
    """The locale key for ``core.money.format_money`` (grouping and currency symbol)."""
    return language() if language().startswith("zh") else "en"


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
