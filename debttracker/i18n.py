"""Language choice and translator loading, without widgets (shared by the GUI and the CLI).

Qt's own ``qtbase_<lang>.qm`` (standard buttons, dialogs) and ours,
``resources/translations/debttracker_<lang>.qm``, are installed on the running
``QCoreApplication``; core :class:`~debttracker.core.messages.Message` objects are rendered
through the same catalogue with :func:`translate_message`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from debttracker import paths

if TYPE_CHECKING:  # decimal and friends stay off the path to the first paint
    from debttracker.core.messages import Message

LANG_ENV = "DEBTTRACKER_LANG"
#: languages we ship: code -> name shown in its own language
LANGUAGES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}

_installed: list[QTranslator] = []


def translate_message(message: Message) -> str:
    """Render a core :class:`Message` through Qt's translation system."""
    return message.render(QCoreApplication.translate)


def normalise(wanted: str) -> str:
    """A language we ship for a locale name (``zh_HK`` -> ``zh_TW``, ``fr_FR`` -> ``en``)."""
    wanted = wanted.replace("-", "_")
    if wanted in LANGUAGES:
        return wanted
    if wanted.lower().startswith("zh"):
        traditional = any(tag in wanted for tag in ("TW", "HK", "MO", "Hant"))
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def choose_language(preferred: str | None = None) -> str:
    """``preferred`` (a setting), else $DEBTTRACKER_LANG, else the system locale; one we ship."""
    return normalise(preferred or os.environ.get(LANG_ENV) or QLocale.system().name())


def catalogue_dir() -> str:
    return str(paths.resources_dir() / "translations")


def install_translators(app: QCoreApplication, preferred: str | None = None) -> str:
    """Load qtbase's and our translations for the chosen language; returns the language code.

    Translators are process-wide: calling this again replaces the previous language.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = choose_language(preferred)
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("debttracker", catalogue_dir())):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", directory):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
