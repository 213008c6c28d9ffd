"""Line edits that accept what people type and say, next to the field, what is wrong.

:class:`ParsedEdit` runs a pure parse function from ``core`` on every edit and keeps the
typed text untouched.  :class:`MoneyEdit`, :class:`RateEdit` and :class:`DateEdit` are the
common cases.  Pair an edit with a :class:`FieldError` label to show the message inline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from debttracker.core.debts import parse_date
from debttracker.core.messages import DomainError, Message
from debttracker.core.money import parse_money
from debttracker.core.rates import Rate, RateBasis, parse_rate
from debttracker.ui.i18n import translate_message


class FieldError(QLabel):
    """A small message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
        self.setWordWrap(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.setStyleSheet("color: #b3261e;")
        self.hide()

    def show_message(self, message: Message | str | None) -> None:
        text = translate_message(message) if isinstance(message, Message) else (message or "")
        self.setText(text)
        self.setVisible(bool(text))


class ParsedEdit(QLineEdit):
    """A QLineEdit whose text is parsed by ``parse``; ``value()`` is None while invalid."""

    #: emitted after every edit with the new validity
    validity_changed = Signal(bool)

    def __init__(
        self,
        parse: Callable[[str], Any],
        *,
        required: bool = True,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self.required = required
        self._value: Any = None
        self._error: Message | None = None
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self._reparse)
        self._reparse(self.text())

    def _reparse(self, text: str) -> None:
        self._value, self._error = None, None
        if text.strip() or self.required:
            try:
                self._value = self._parse(text)
            except DomainError as exc:
                self._error = exc.message
        self.validity_changed.emit(self._error is None)

    def value(self) -> Any:
        return self._value

    def error(self) -> Message | None:
        return self._error

    def is_valid(self) -> bool:
        return self._error is None


class MoneyEdit(ParsedEdit):
    """Amounts as typed: ``1,234.50``, ``¥1234.5``, full-width digits, ``1.2万``."""

    def __init__(self, *, required: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parse_money, required=required, parent=parent)
        self.setPlaceholderText(self.tr("e.g. 12,000 or 1.2万"))

    def set_amount(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else f"{amount:.2f}")


class DateEdit(ParsedEdit):
    """Dates as typed: ``2026-03-15``, ``2026/3/15``, ``2026年3月15日``."""

    def __init__(self, *, required: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parse_date, required=required, parent=parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))

    def set_date(self, day: date | None) -> None:
        self.setText("" if day is None else day.isoformat())


class RateEdit(ParsedEdit):
    """Rates as typed: ``4.9%``, ``月息1分``, ``日息万分之五``; bare numbers are percent on
    the basis given by :meth:`set_basis`."""

    def __init__(self, *, required: bool = True, parent: QWidget | None = None) -> None:
        self._basis = RateBasis.ANNUAL
        self._day_basis = 365
        super().__init__(self._parse_rate, required=required, parent=parent)
        self.setPlaceholderText(self.tr("e.g. 4.9%, 月息1分, 日息万分之五"))

    def _parse_rate(self, text: str) -> Rate:
        return parse_rate(text, basis=self._basis, day_basis=self._day_basis)

    def set_basis(self, basis: str, day_basis: int = 365) -> None:
        self._basis, self._day_basis = RateBasis(basis), day_basis
        self._reparse(self.text())

    def set_rate(self, rate: Rate) -> None:
        self.set_basis(rate.basis.value, rate.day_basis)
        self.setText(f"{(rate.value * 100).normalize():f}%")
