"""Money on screen: QLocale grouping and decimal point, two places, the currency's symbol.

Works on ``Decimal`` throughout (no float): the integer part goes through ``QLocale`` for
grouping, the two decimals are appended with the locale's decimal point.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from debttracker.core.money import currency_symbol, q2


def _locale_key(locale: QLocale) -> str:
    name = locale.name()
    if name.startswith("zh"):
        return "zh_TW" if name in ("zh_TW", "zh_HK", "zh_MO") else "zh_CN"
    return "en"


def money_text(
    amount: Decimal, currency: str = "CNY", *, symbol: bool = True, locale: QLocale | None = None
) -> str:
    """``¥1,234.50`` / ``-CN¥12.00`` / ``CHF 3.00`` in the user's locale."""
    loc = locale or QLocale()
    value = q2(amount)
    whole, cents = divmod(abs(int(value * 100)), 100)
    number = f"{loc.toString(whole)}{loc.decimalPoint()}{cents:02d}"
    sign = loc.negativeSign() if value < 0 else ""
    if not symbol:
        return sign + number
    mark = currency_symbol(currency, _locale_key(loc))
    if mark.isalpha():
        mark += " "
    return f"{sign}{mark}{number}"


def percent_text(fraction: Decimal, places: int = 2, *, locale: QLocale | None = None) -> str:
    """``0.4909`` -> ``49.09 %`` style text in the user's locale."""
    loc = locale or QLocale()
    value = (fraction * 100).quantize(Decimal(1).scaleb(-places))
    whole, _dot, frac = f"{abs(value):.{places}f}".partition(".")
    sign = loc.negativeSign() if value < 0 else ""
    tail = f"{loc.decimalPoint()}{frac}" if frac else ""
    return f"{sign}{loc.toString(int(whole))}{tail}%"
