"""Interest rates with an explicit basis: annual, monthly or daily, on a 360- or 365-day year.

A :class:`Rate` holds a ``Decimal`` fraction (``0.049`` is 4.9 %) and says what period it is
for.  Conversions follow domain.md §1.1: monthly = annual ÷ 12; daily = annual ÷ day basis
(360 for the traditional bank convention, 365 as most internet lenders annualise).

:func:`parse_rate` reads what people type:

========================  =========================================================
``4.9%`` / ``4.9``        4.9 % on the default basis (a bare number is a percentage)
``年化4.9%``, ``4.9%/年``  annual;  ``月息``/``月利率``/``/月`` monthly; ``日息``/``/日`` daily
``月息1分``                1 % a month ([V] domain.md §1.1);  ``厘`` is a tenth of a ``分``
``年息1分``, ``日息1分``     10 % a year, 0.1 % a day: the customary scale, marked [U]
``日息万分之五``            0.05 % a day;  ``千分之``, ``百分之`` likewise
``日息万5``                 internet shorthand for 万分之五
========================  =========================================================

Chinese numerals (``一``..``九``, ``十``, ``两``, ``点``) are accepted wherever digits are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import MAX_INPUT_LENGTH, normalise_width


class RateBasis(StrEnum):
    """The period a rate is quoted for."""

    ANNUAL = "annual"
    MONTHLY = "monthly"
    DAILY = "daily"


DAY_BASES = (360, 365)
#: Refuse rates whose annual equivalent reaches this (10,000 %): a typing mistake.
MAX_ANNUAL = Decimal(100)


@dataclass(frozen=True, slots=True)
class Rate:
    """A non-negative rate ``value`` (a fraction) per ``basis`` period, with a day basis."""

    value: Decimal
    basis: RateBasis = RateBasis.ANNUAL
    day_basis: int = 365

    def __post_init__(self) -> None:
        if self.day_basis not in DAY_BASES:
            raise DomainError(
                msg(
                    "rate",
                    QT_TRANSLATE_NOOP("rate", "Day basis must be 360 or 365, not %1"),
                    self.day_basis,
                ),
                field="day_basis",
            )
        if not isinstance(self.value, Decimal) or not self.value.is_finite() or self.value < 0:
            raise DomainError(
                msg("rate", QT_TRANSLATE_NOOP("rate", "Not a valid rate: %1"), self.value),
                field="rate",
            )
        object.__setattr__(self, "basis", RateBasis(self.basis))

    def annual(self) -> Decimal:
        """The simple annual rate (monthly × 12, daily × day basis)."""
        if self.basis is RateBasis.MONTHLY:
            return self.value * 12
        if self.basis is RateBasis.DAILY:
            return self.value * self.day_basis
        return self.value

    def monthly(self) -> Decimal:
        """The monthly rate (annual ÷ 12)."""
        if self.basis is RateBasis.MONTHLY:
            return self.value
        return self.annual() / 12

    def daily(self) -> Decimal:
        """The daily rate (annual ÷ day basis)."""
        if self.basis is RateBasis.DAILY:
            return self.value
        return self.annual() / self.day_basis

    def monthly_exact(self) -> Fraction:
        """The monthly rate as an exact fraction (for integer-fen schedule arithmetic)."""
        return (
            self.annual_exact() / 12
            if self.basis is not RateBasis.MONTHLY
            else Fraction(self.value)
        )

    def daily_exact(self) -> Fraction:
        """The daily rate as an exact fraction."""
        return (
            self.annual_exact() / self.day_basis
            if self.basis is not RateBasis.DAILY
            else Fraction(self.value)
        )

    def annual_exact(self) -> Fraction:
        """The annual rate as an exact fraction."""
        return Fraction(self.annual())

    def as_basis(self, basis: RateBasis | str) -> Rate:
        """The same rate quoted per another period."""
        basis = RateBasis(basis)
        value = {"annual": self.annual, "monthly": self.monthly, "daily": self.daily}[basis]()
        return Rate(value, basis, self.day_basis)


def as_percent(fraction: Decimal, places: int = 2) -> Decimal:
    """``0.049`` -> ``4.90`` (percent, rounded half-up to ``places``)."""
    return (fraction * 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --- parsing -------------------------------------------------------------------------------

_PREFIXES = (
    ("年化利率", RateBasis.ANNUAL), ("年利率", RateBasis.ANNUAL), ("年化", RateBasis.ANNUAL),
    ("年息", RateBasis.ANNUAL), ("月利率", RateBasis.MONTHLY), ("月息", RateBasis.MONTHLY),
    ("日利率", RateBasis.DAILY), ("日息", RateBasis.DAILY),
)  # fmt: skip
_SUFFIXES = (
    ("/年", RateBasis.ANNUAL), ("p.a.", RateBasis.ANNUAL), ("/year", RateBasis.ANNUAL),
    ("/yr", RateBasis.ANNUAL), ("/月", RateBasis.MONTHLY), ("/month", RateBasis.MONTHLY),
    ("/mo", RateBasis.MONTHLY), ("/日", RateBasis.DAILY), ("/天", RateBasis.DAILY),
    ("/day", RateBasis.DAILY),
)  # fmt: skip
# "分" and "厘" in percent for each basis: 年息1分 = 10 %, 月息1分 = 1 %, 日息1分 = 0.1 %.
_FEN_PERCENT = {
    RateBasis.ANNUAL: Decimal(10),
    RateBasis.MONTHLY: Decimal(1),
    RateBasis.DAILY: Decimal("0.1"),
}
_FRACTION_WORDS = {
    "万分之": Decimal("0.0001"),
    "千分之": Decimal("0.001"),
    "百分之": Decimal("0.01"),
}
_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", "001223456789", strict=True))
_NUMBER = re.compile(r"\d+(\.\d+)?|\.\d+", re.ASCII)


def _bad_rate(text: str) -> DomainError:
    return DomainError(msg("rate", QT_TRANSLATE_NOOP("rate", "Not a rate: %1"), text), field="rate")


def _cn_number(text: str) -> Decimal | None:
    """Digits or simple Chinese numerals (``五``, ``十五``, ``二十``, ``三点五``) -> Decimal."""
    text = text.replace("点", ".")
    if "十" in text:
        tens, _, units = text.partition("十")
        if "十" in units or "." in tens:
            return None
        tens_value = _cn_number(tens) if tens else Decimal(1)
        units_value = _cn_number(units) if units else Decimal(0)
        if tens_value is None or units_value is None or not tens_value < 10 or not units_value < 10:
            return None
        return tens_value * 10 + units_value
    text = "".join(_CN_DIGITS.get(char, char) for char in text)
    return Decimal(text) if _NUMBER.fullmatch(text) else None


def _split_basis(text: str, default: RateBasis) -> tuple[str, RateBasis]:
    for prefix, basis in _PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix) :], basis
    for suffix, basis in _SUFFIXES:
        if text.lower().endswith(suffix):
            return text[: -len(suffix)], basis
    return text, default


def _value(body: str, basis: RateBasis) -> Decimal | None:
    """The fraction that ``body`` (without basis words) denotes, or None."""
    for word, scale in _FRACTION_WORDS.items():
        if body.startswith(word):
            number = _cn_number(body[len(word) :])
            return None if number is None else number * scale
    if body.startswith("万") and len(body) > 1:
        number = _cn_number(body[1:])
        return None if number is None else number * Decimal("0.0001")
    match = re.fullmatch(r"(.+?)分(?:(.+?)厘)?|(.+?)厘", body)
    if match:
        fen, li, only_li = match.groups()
        parts = [_cn_number(fen) if fen else Decimal(0), _cn_number(li or only_li or "0")]
        if parts[0] is None or parts[1] is None:
            return None
        return (parts[0] + parts[1] / 10) * _FEN_PERCENT[basis] / 100
    number = _cn_number(body.removesuffix("%"))
    return None if number is None else number / 100


def parse_rate(
    text: str, *, basis: RateBasis | str = RateBasis.ANNUAL, day_basis: int = 365
) -> Rate:
    """Read a rate as typed; ``basis`` applies when the text does not name one.

    Raises :class:`DomainError` for empty text, garbage, negative rates and absurd rates
    (an annual equivalent of 10,000 % or more).
    """
    if not isinstance(text, str) or not text.strip():
        raise DomainError(msg("rate", QT_TRANSLATE_NOOP("rate", "Enter a rate.")), field="rate")
    original = text.strip()
    if len(original) > MAX_INPUT_LENGTH:
        raise DomainError(
            msg("rate", QT_TRANSLATE_NOOP("rate", "That is too long to be a rate.")), field="rate"
        )
    cleaned = "".join(normalise_width(text).split()).replace("％", "%")
    body, found = _split_basis(cleaned, RateBasis(basis))
    if body.startswith(("-", "\u2212")):
        raise DomainError(
            msg("rate", QT_TRANSLATE_NOOP("rate", "A rate cannot be negative: %1"), original),
            field="rate",
        )
    value = _value(body, found) if body else None
    if value is None:
        raise _bad_rate(original)
    rate = Rate(value, found, day_basis)
    if rate.annual() >= MAX_ANNUAL:
        raise DomainError(
            msg("rate", QT_TRANSLATE_NOOP("rate", "Rate too high to be real: %1"), original),
            field="rate",
        )
    return rate
