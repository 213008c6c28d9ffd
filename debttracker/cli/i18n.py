"""The CLI in the user's language: ``--lang``, else $DEBTTRACKER_LANG, else the language chosen
in Preferences (read from the database without opening the store), else the system locale.

English needs nothing.  For Chinese our catalogue is loaded into a ``QTranslator`` that is asked
directly, so translating creates no Qt application object: the parser's help is translated
before the command is known, and a command that draws (the case-file PDF) must be free to
create a ``QGuiApplication`` first -- once a ``QCoreApplication`` exists, Qt cannot have a
``QGuiApplication`` in the same process, and font work then aborts.  Such a command passes its
application to :func:`attach`, which installs the catalogues on it for the code that calls
``QCoreApplication.translate`` (the reports).  The catalogues are the GUI's
(:mod:`debttracker.i18n`).  Command modules mark their texts with ``QT_TRANSLATE_NOOP("cli", …)``
and print ``tr(…)``; core messages are printed with ``message(m)``.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any

from debttracker.core.messages import Message, fill

_state: dict[str, Any] = {"language": "en", "app": None, "translator": None}


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
    _state["translator"] = None
    return str(_state["language"])


def attach(app: Any) -> None:
    """Install the catalogues on ``app`` (a command's own ``QGuiApplication``), so that
    ``QCoreApplication.translate`` answers in the chosen language; English needs none."""
    if _state["language"] == "en" or _state["app"] is app:
        return
    from debttracker.i18n import install_translators

    _state["app"] = app
    install_translators(app, str(_state["language"]))


def _translator() -> Any:
    """Our catalogue for the chosen language, loaded once; no application object needed."""
    if _state["translator"] is None:
        from PySide6.QtCore import QTranslator

        from debttracker.i18n import catalogue_dir

        translator = QTranslator()
        translator.load(f"debttracker_{_state['language']}", catalogue_dir())
        _state["translator"] = translator
    return _state["translator"]


def language() -> str:
    return str(_state["language"])


def translate(context: str, text: str) -> str:
    """``text`` of ``context`` in the chosen language (the text itself where none is known)."""
    if _state["language"] == "en":
        return text
    return str(_translator().translate(context, text)) or text


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
