"""The CJK font follows the app's language, not the system locale.

Han characters have regional glyph forms (门 述 骨 直 …). Left to itself, fontconfig picks the
CJK font by the *system* locale, so under an English (or Japanese) desktop a user who chose
简体中文 in Preferences reads Japanese forms from "Noto Sans CJK JP". :func:`cjk_families` puts
the Simplified (SC) or Traditional (TC) face first by the language the app shows; the Qt widget
font (:func:`apply_app_font`) and matplotlib's font list (``ui.charts.mpl``) both use it.
English puts Simplified first: most lender names a user types are mainland Chinese.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

#: per platform: Simplified faces, then Traditional ones
SIMPLIFIED = {
    "linux": ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei",
              "WenQuanYi Micro Hei", "Droid Sans Fallback"),
    "win32": ("Microsoft YaHei", "SimHei", "SimSun"),
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC", "Arial Unicode MS"),
}  # fmt: skip
TRADITIONAL = {
    "linux": ("Noto Sans CJK TC", "Source Han Sans TC", "Source Han Sans TW"),
    "win32": ("Microsoft JhengHei", "PMingLiU"),
    "darwin": ("PingFang TC", "Heiti TC"),
}


def _platform_key(platform: str) -> str:
    return "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"


def cjk_families(language: str, platform: str = sys.platform) -> list[str]:
    """The platform's CJK faces in order of preference for ``language`` (en, zh_CN, zh_TW)."""
    key = _platform_key(platform)
    simplified, traditional = list(SIMPLIFIED[key]), list(TRADITIONAL[key])
    return traditional + simplified if language == "zh_TW" else simplified + traditional


def app_language() -> str:
    """The language the app shows (``i18n.install_translators`` sets the default locale)."""
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    return "zh_TW" if locale.script() == QLocale.Script.TraditionalHanScript else "zh_CN"


def installed_cjk_families(language: str) -> list[str]:
    """:func:`cjk_families` that Qt can find on this system."""
    installed = set(QFontDatabase.families())
    return [name for name in cjk_families(language) if name in installed]


def apply_app_font(app: QApplication, language: str) -> list[str]:
    """Put the language's CJK faces right after the desktop's UI font (Latin text keeps the
    desktop's font; Han text takes the SC or TC face before fontconfig's locale choice)."""
    font = QFont(app.font())
    base = [f for f in font.families() if f not in _all_cjk()] or [font.family()]
    families = [*base, *installed_cjk_families(language)]
    font.setFamilies(families)
    app.setFont(font)
    return families


def _all_cjk() -> set[str]:
    return {
        name for table in (SIMPLIFIED, TRADITIONAL) for names in table.values() for name in names
    }
