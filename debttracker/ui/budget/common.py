"""Shared bits of the budget tab: categories, money and month display in the user's locale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from debttracker.core.budget import EXPENSE, INCOME, Month
from debttracker.core.money import currency_symbol, q2

CONTEXT = "BudgetCategory"
#: kind -> (category key, English name, essential by default)
CATEGORIES: dict[str, tuple[tuple[str, str, bool], ...]] = {
    INCOME: (
        ("salary", QT_TRANSLATE_NOOP("BudgetCategory", "Salary"), True),
        ("side_work", QT_TRANSLATE_NOOP("BudgetCategory", "Side work"), True),
        ("family", QT_TRANSLATE_NOOP("BudgetCategory", "Support from family"), True),
        ("benefits", QT_TRANSLATE_NOOP("BudgetCategory", "Benefits and allowances"), True),
        ("other_income", QT_TRANSLATE_NOOP("BudgetCategory", "Other income"), True),
    ),
    EXPENSE: (
        ("rent", QT_TRANSLATE_NOOP("BudgetCategory", "Rent and housing"), True),
        ("food", QT_TRANSLATE_NOOP("BudgetCategory", "Food"), True),
        ("transport", QT_TRANSLATE_NOOP("BudgetCategory", "Transport"), True),
        ("utilities", QT_TRANSLATE_NOOP("BudgetCategory", "Utilities and phone"), True),
        ("medical", QT_TRANSLATE_NOOP("BudgetCategory", "Medical"), True),
        ("children", QT_TRANSLATE_NOOP("BudgetCategory", "Children"), True),
        ("education", QT_TRANSLATE_NOOP("BudgetCategory", "Education"), True),
        ("insurance", QT_TRANSLATE_NOOP("BudgetCategory", "Insurance"), True),
        ("family_support", QT_TRANSLATE_NOOP("BudgetCategory", "Supporting parents"), True),
        ("leisure", QT_TRANSLATE_NOOP("BudgetCategory", "Leisure and eating out"), False),
        ("other", QT_TRANSLATE_NOOP("BudgetCategory", "Other spending"), False),
    ),
}


def category_name(kind: str, key: str) -> str:
    """The category's name in the UI language (the stored key when unknown)."""
    for known, text, _essential in CATEGORIES.get(kind, ()):
        if known == key:
            return QCoreApplication.translate(CONTEXT, text)
    return key


def kind_name(kind: str) -> str:
    if kind == INCOME:
        return QCoreApplication.translate("BudgetTab", "Income")
    return QCoreApplication.translate("BudgetTab", "Expense")


def money_text(amount: Decimal, *, symbol: bool = True, locale: QLocale | None = None) -> str:
    """``¥8,500.00`` with the locale's separators; exact (no float on the way)."""
    loc = locale or QLocale()
    value = q2(amount)
    digits = f"{abs(value):,.2f}"
    digits = (
        digits.replace(",", "\0")
        .replace(".", loc.decimalPoint())
        .replace("\0", loc.groupSeparator())
    )
    sign = loc.negativeSign() if value < 0 else ""
    if not symbol:
        return sign + digits
    mark = currency_symbol("CNY", loc.name())
    return f"{sign}{mark}{digits}"


def month_text(month: Month, locale: QLocale | None = None) -> str:
    """``April 2026`` / ``2026年4月`` (the format itself is translatable)."""
    pattern = QCoreApplication.translate("BudgetTab", "MMMM yyyy")
    return (locale or QLocale()).toString(QDate(month.year, month.month, 1), pattern)


def short_month_text(month: Month, locale: QLocale | None = None) -> str:
    pattern = QCoreApplication.translate("BudgetTab", "MMM yy")
    return (locale or QLocale()).toString(QDate(month.year, month.month, 1), pattern)
