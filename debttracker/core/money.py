"""Exact money: ``Decimal`` at the edges, integer fen (minor units) in storage.

Never ``float``. Rounding is half-up to the fen unless a caller says otherwise.

:func:`parse_money` reads what people type (``1,234.50``, ``¥1234.5``, full-width digits,
``1.2万``) and refuses everything else with a :class:`DomainError` that says why.
:func:`format_money` is a small locale-aware formatter for the CLI and PDF output; the GUI
uses ``QLocale``.  ``parse_money(format_money(x, c, l)) == x`` for every supported locale.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: Amounts at or above this (one trillion yuan) are refused as typing mistakes.
MAX_AMOUNT = Decimal(10) ** 12


def q2(value: Decimal | int | str) -> Decimal:
    """Round to the fen, half-up."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal | int | str) -> int:
    """Decimal yuan -> integer fen (rounded half-up to the fen first)."""
    return int(q2(amount) * 100)


def from_fen(fen: int) -> Decimal:
    """Integer fen -> Decimal yuan with two places."""
    return Decimal(int(fen)).scaleb(-2)


def round_half_up_div(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded half away from zero, in integers (denominator > 0)."""
    if numerator >= 0:
        return (2 * numerator + denominator) // (2 * denominator)
    return -((-2 * numerator + denominator) // (2 * denominator))


# --- parsing -------------------------------------------------------------------------------

# Currency marks accepted before or after the number (after NFKC normalisation, so "￥" is "¥").
_PREFIXES = ("CN¥", "US$", "HK$", "NT$", "RMB", "CNY", "¥", "$", "€", "£")
_SUFFIXES = ("元", "RMB", "CNY")
# Simplified and Traditional forms: 1.2万 and 1.2萬 are both 12,000
_MULTIPLIERS = {
    "亿": Decimal(10) ** 8,
    "億": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "萬": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
}
_MINUS_SIGNS = ("-", "\u2212")
_PLAIN = re.compile(r"\d+(\.\d*)?|\.\d+", re.ASCII)
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?", re.ASCII)
_ISO_CODE = re.compile(r"[A-Z]{3}")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH.update({0xFFE5: ord("¥"), 0xFFE1: ord("£"), 0x3000: ord(" ")})


def normalise_width(text: str) -> str:
    """Full-width ASCII forms (``１２３４``, ``￥``, ``％``) to their ASCII/half-width letters."""
    return text.translate(_FULL_WIDTH)


def _normalise(text: str) -> str:
    """Full-width forms to ASCII, no spaces (only the full-width block, not all of NFKC)."""
    return "".join(normalise_width(text).split())


def _strip_affixes(text: str) -> tuple[str, bool]:
    """Remove the sign and currency marks; returns (number text, negative)."""
    negative = False
    if text.startswith(_MINUS_SIGNS):
        negative, text = True, text[1:]
    for prefix in _PREFIXES:
        if text.upper().startswith(prefix):
            text = text[len(prefix) :]
            break
    else:
        if _ISO_CODE.match(text):
            text = text[3:]
    if not negative and text.startswith(_MINUS_SIGNS):
        negative, text = True, text[1:]
    for suffix in _SUFFIXES:
        if text.upper().endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text, negative


def _not_an_amount(text: str) -> DomainError:
    return DomainError(
        msg("money", QT_TRANSLATE_NOOP("money", "Not an amount: %1"), text), field="amount"
    )


def _number(body: str, original: str) -> Decimal:
    """The Decimal for a bare number with an optional 万/千/亿 multiplier."""
    factor = Decimal(1)
    if body and body[-1] in _MULTIPLIERS:
        factor, body = _MULTIPLIERS[body[-1]], body[:-1]
    if not (_PLAIN.fullmatch(body) or _GROUPED.fullmatch(body)):
        raise _not_an_amount(original)
    with localcontext() as exact:
        exact.prec = 2 * MAX_INPUT_LENGTH  # inputs are short: the product is exact, never rounded
        value = Decimal(body.replace(",", "")) * factor
    if value >= MAX_AMOUNT:
        raise DomainError(
            msg("money", QT_TRANSLATE_NOOP("money", "Amount too large: %1"), original),
            field="amount",
        )
    if value != value.quantize(CENT, rounding=ROUND_HALF_UP):
        raise DomainError(
            msg(
                "money", QT_TRANSLATE_NOOP("money", "Use at most two decimal places: %1"), original
            ),
            field="amount",
        )
    return value.quantize(CENT)


#: longer typed text is refused before any arithmetic (no Decimal overflow, no silent rounding)
MAX_INPUT_LENGTH = 64


def parse_money(text: str, *, allow_negative: bool = False) -> Decimal:
    """Read an amount as typed by a person; a ``Decimal`` with two places.

    Accepts grouping commas (``1,234.50``), a currency mark (``¥``, ``￥``, ``CN¥``, ``US$``,
    ``RMB``, ``元`` ...), full-width digits, surrounding spaces and the multipliers ``千``
    (thousand), ``万`` (ten thousand) and ``亿`` (hundred million): ``1.2万`` is ``12000.00``.
    Refuses empty text, words, NaN/Infinity, more than two decimals, amounts of 10^12 or more
    and (unless ``allow_negative``) negative amounts, each with its own reason.
    """
    if not isinstance(text, str) or not text.strip():
        raise DomainError(
            msg("money", QT_TRANSLATE_NOOP("money", "Enter an amount.")), field="amount"
        )
    original = text.strip()
    if len(original) > MAX_INPUT_LENGTH:
        raise DomainError(
            msg("money", QT_TRANSLATE_NOOP("money", "That is too long to be an amount.")),
            field="amount",
        )
    body, negative = _strip_affixes(_normalise(text))
    try:
        value = _number(body, original)
    except InvalidOperation as exc:  # pragma: no cover - the regexes admit only valid numbers
        raise _not_an_amount(original) from exc
    if negative and value:
        if not allow_negative:
            raise DomainError(
                msg(
                    "money",
                    QT_TRANSLATE_NOOP("money", "The amount cannot be negative: %1"),
                    original,
                ),
                field="amount",
            )
        return -value
    return value


# --- formatting ----------------------------------------------------------------------------

_SYMBOLS: dict[str, dict[str, str]] = {
    "zh_CN": {"CNY": "¥", "USD": "US$", "HKD": "HK$", "TWD": "NT$", "EUR": "€", "GBP": "£"},
    "zh_TW": {"CNY": "CN¥", "USD": "US$", "HKD": "HK$", "TWD": "$", "EUR": "€", "GBP": "£"},
    "en": {"CNY": "CN¥", "USD": "$", "HKD": "HK$", "TWD": "NT$", "EUR": "€", "GBP": "£"},
}
LOCALES = tuple(_SYMBOLS)


def currency_symbol(currency: str = "CNY", locale: str = "zh_CN") -> str:
    """The symbol for ``currency`` in ``locale``; the ISO code when there is no symbol."""
    table = _SYMBOLS.get(locale) or _SYMBOLS.get(locale.split("_")[0], _SYMBOLS["en"])
    return table.get(currency.upper(), currency.upper())


def format_money(
    amount: Decimal | int | str,
    currency: str = "CNY",
    locale: str = "zh_CN",
    *,
    symbol: bool = True,
) -> str:
    """``-¥1,234.50`` style text: sign, symbol, thousands grouping, two places.

    An ISO code with no symbol is followed by a space (``CHF 12.00``).  All supported
    locales group by three with ``,`` and use ``.`` for decimals, as CLDR does for them.
    """
    value = q2(amount)
    number = f"{abs(value):,.2f}"
    sign = "-" if value < 0 else ""
    if not symbol:
        return sign + number
    mark = currency_symbol(currency, locale)
    if mark.isalpha():
        mark += " "
    return f"{sign}{mark}{number}"
