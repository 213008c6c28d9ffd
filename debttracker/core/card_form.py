"""The card part of the debt form: what a cardholder reads on a bill, checked field by field.

账单金额 (statement balance), 最低还款额 (minimum, optional: the card's rule otherwise),
账单日 (statement date) and 到期还款日 (due date), the fees/interest and 分期 instalment the
bill contains, the posting date interest runs from, and the card's rules (floor of the
minimum, 违约金 %, tolerance).  :func:`core.debts.validate_debt` calls it for a card; a
card's debt is then its statement (amount = the balance, start = the statement date).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from debttracker.core.cards import (
    DEFAULT_LATE_FEE_PERCENT,
    DEFAULT_MIN_FLOOR,
    CardTerms,
    Statement,
)
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import ZERO, parse_money
from debttracker.core.rates import Rate

if TYPE_CHECKING:
    from debttracker.core.debts import DebtForm

Errors = dict[str, Message]
#: a due date this long after the statement is surely a typing mistake (banks: 20–56 days)
MAX_FREE_DAYS = 62


@dataclass(frozen=True, slots=True)
class CardInput:
    """A card's current statement and its rules (the share of the consumption balance in the
    minimum is the debt's ``min_payment_percent``)."""

    statement: Statement
    min_floor: Decimal = DEFAULT_MIN_FLOOR
    late_fee_percent: Decimal = DEFAULT_LATE_FEE_PERCENT
    tolerance: Decimal = ZERO

    def terms(self, rate: Rate, min_percent: Decimal, grace_days: int = 0) -> CardTerms:
        return CardTerms(
            rate, min_percent, self.min_floor, self.late_fee_percent, self.tolerance, grace_days
        )


def _amount(text: str, name: str, errors: Errors, *, required: bool = False) -> Decimal | None:
    if not text.strip():
        if required:
            errors[name] = msg("cards", QT_TRANSLATE_NOOP("cards", "Enter the amount on the bill."))
        return None
    try:
        value = parse_money(text)
    except DomainError as exc:
        errors[name] = exc.message
        return None
    return value


def _day(text: str, name: str, errors: Errors, *, required: bool = True) -> date | None:
    from debttracker.core.debts import parse_date

    if not text.strip() and not required:
        return None
    try:
        return parse_date(text)
    except DomainError as exc:
        errors[name] = exc.message
        return None


def _dates(form: DebtForm, errors: Errors) -> tuple[date | None, date | None, date | None]:
    stmt = _day(form.stmt_date, "stmt_date", errors)
    due = _day(form.stmt_due_date, "stmt_due_date", errors)
    posted = _day(form.stmt_posted_on, "stmt_posted_on", errors, required=False)
    if stmt and due and not 0 < (due - stmt).days <= MAX_FREE_DAYS:
        errors["stmt_due_date"] = msg(
            "cards",
            QT_TRANSLATE_NOOP(
                "cards", "The due date comes after the statement date, within %1 days."
            ),
            MAX_FREE_DAYS,
        )
    if stmt and posted and posted > stmt:
        errors["stmt_posted_on"] = msg(
            "cards", QT_TRANSLATE_NOOP("cards", "A posting on this bill is on or before its date.")
        )
    return stmt, due, posted


def _parts_fit(balance: Decimal, parts: dict[str, Decimal | None], errors: Errors) -> None:
    for name, value in parts.items():
        if value is not None and value < 0:
            errors[name] = msg("cards", QT_TRANSLATE_NOOP("cards", "Cannot be negative."))
        elif value is not None and value > balance:
            errors[name] = msg(
                "cards", QT_TRANSLATE_NOOP("cards", "More than the statement balance.")
            )
    charges, instalment = parts.get("stmt_charges") or ZERO, parts.get("stmt_instalment") or ZERO
    if "stmt_instalment" not in errors and charges + instalment > balance:
        errors["stmt_instalment"] = msg(
            "cards",
            QT_TRANSLATE_NOOP("cards", "Fees and instalment together exceed the statement."),
        )


def validate_card(form: DebtForm) -> tuple[CardInput | None, Errors]:
    """The statement and rules typed for a card, or None and each field's error."""
    from debttracker.core.debts import parse_percent

    errors: Errors = {}
    balance = _amount(form.stmt_balance, "stmt_balance", errors, required=True)
    if balance is not None and balance <= 0:
        errors["stmt_balance"] = msg(
            "cards", QT_TRANSLATE_NOOP("cards", "A bill to track is above zero.")
        )
    parts = {
        "stmt_minimum": _amount(form.stmt_minimum, "stmt_minimum", errors),
        "stmt_charges": _amount(form.stmt_charges, "stmt_charges", errors),
        "stmt_instalment": _amount(form.stmt_instalment, "stmt_instalment", errors),
    }
    if balance is not None and balance > 0:
        _parts_fit(balance, parts, errors)
    stmt, due, posted = _dates(form, errors)
    floor = _amount(form.card_min_floor, "card_min_floor", errors)
    tolerance = _amount(form.card_tolerance, "card_tolerance", errors)
    late = ZERO
    try:
        late = parse_percent(form.card_late_fee_percent, "card_late_fee_percent")
    except DomainError as exc:
        errors["card_late_fee_percent"] = exc.message
    if errors or balance is None or stmt is None or due is None:
        return None, errors
    statement = Statement(
        stmt, due, balance, parts["stmt_minimum"], parts["stmt_charges"] or ZERO,
        parts["stmt_instalment"] or ZERO, posted,
    )  # fmt: skip
    return CardInput(statement, floor if floor is not None else ZERO, late, tolerance or ZERO), {}


def as_debt_form(form: DebtForm) -> DebtForm:
    """The loan fields a card's statement stands for: amount = balance, start = statement
    date, one period; no penalty uplift or loan late fee (a card's are its own rules); the
    statement and due days from the bill's dates when not typed.
    Text that does not parse is left to the card fields' own errors."""
    errors: Errors = {}
    balance = _amount(form.stmt_balance, "x", errors)
    stmt = _day(form.stmt_date, "x", errors, required=False)
    due = _day(form.stmt_due_date, "x", errors, required=False)
    return replace(
        form,
        principal=str(balance) if balance and balance > 0 else "0.01",
        start_date=stmt.isoformat() if stmt else "2000-01-01",
        term_months="1",
        method="annuity",
        penalty_uplift="0",
        late_fee_fixed="",
        late_fee_percent="",
        upfront_fee="",
        period_fee="",
        received="",
        # the days of the month (reminders) from the bill's dates unless typed
        statement_day=form.statement_day or (str(stmt.day) if stmt else ""),
        card_due_day=form.card_due_day or (str(due.day) if due else ""),
    )
