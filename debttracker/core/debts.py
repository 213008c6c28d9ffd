"""What a person types about a lender, a debt or a payment, checked field by field.

The dialogs and the CSV import hand raw text here; each validator returns either the typed
value object or a ``{field: Message}`` map of what is wrong, so the UI can show every problem
next to its field at once.  Parsing of money and rates is :mod:`core.money` / :mod:`core.rates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import ZERO, normalise_width, parse_money
from debttracker.core.rates import Rate, RateBasis, parse_rate
from debttracker.core.schedule import MAX_MONTHS, Method, days_in_month

if TYPE_CHECKING:
    from debttracker.core.card_form import CardInput

LENDER_KINDS = (
    "bank",
    "card_issuer",
    "consumer_finance",
    "microcredit",
    "online_platform",
    "person",
)
#: card_instalment: a 账单分期 (fee per period, principal evenly; core.cards.bill_instalments)
DEBT_KINDS = ("loan", "card", "card_instalment", "personal")
#: statuses a person sets; "overdue" and "settled" are also derived from the schedule
STATUSES = (
    "current",
    "overdue",
    "negotiating",
    "restructured",
    "settled",
    "written_off",
    "litigation",
)
METHODS = tuple(m.value for m in Method)
#: what paying ahead does: keep the term (lower payment, 月供减少) or the payment (期限缩短)
PREPAY_MODES = ("keep-term", "keep-payment")
_CURRENCY = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")

Errors = dict[str, Message]


def parse_date(text: str) -> date:
    """``2026-02-03``, ``2026/2/3``, ``2026.2.3`` or ``2026年2月3日`` as a date."""
    raw = (text or "").strip()
    if not raw:
        raise DomainError(msg("debts", QT_TRANSLATE_NOOP("debts", "Enter a date.")), field="date")
    match = _DATE.fullmatch(normalise_width(raw))
    if not match:
        raise DomainError(
            msg("debts", QT_TRANSLATE_NOOP("debts", "Not a date: %1 (use 2026-03-15)"), raw),
            field="date",
        )
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise DomainError(
            msg("debts", QT_TRANSLATE_NOOP("debts", "Not a date: %1 (use 2026-03-15)"), raw),
            field="date",
        )
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        raise DomainError(
            msg(
                "debts",
                QT_TRANSLATE_NOOP("debts", "%1 has no day %2: that month has %3 days."),
                f"{year}-{month:02d}",
                day,
                last,
            ),
            field="date",
        )
    return date(year, month, day)


def parse_count(text: str, lo: int, hi: int, name: str) -> int:
    """A whole number from ``lo`` to ``hi`` (full-width digits accepted)."""
    raw = normalise_width((text or "").strip())
    # ASCII digits only ('²'.isdigit() is True but int('²') fails) and short enough for int()
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 9) or not lo <= int(raw) <= hi:
        raise DomainError(
            msg("debts", QT_TRANSLATE_NOOP("debts", "Enter a whole number from %1 to %2."), lo, hi),
            field=name,
        )
    return int(raw)


def parse_percent(text: str, name: str) -> Decimal:
    """``50`` or ``50%`` -> ``0.5``; empty is 0."""
    raw = normalise_width((text or "").strip()).removesuffix("%").strip()
    if not raw:
        return ZERO
    try:
        value = Decimal(raw)
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or not 0 <= value <= 1000:
        raise DomainError(
            msg("debts", QT_TRANSLATE_NOOP("debts", "Enter a percentage from 0 to 1000."), text),
            field=name,
        )
    return value / 100


@dataclass(frozen=True, slots=True)
class LenderInput:
    name: str
    kind: str = "bank"
    hotline: str = ""
    website: str = ""
    notes: str = ""


def validate_lender(data: LenderInput) -> Errors:
    errors: Errors = {}
    if not data.name.strip():
        errors["name"] = msg("debts", QT_TRANSLATE_NOOP("debts", "Enter the lender's name."))
    elif len(data.name) > 200:
        errors["name"] = msg("debts", QT_TRANSLATE_NOOP("debts", "At most 200 characters."))
    if data.kind not in LENDER_KINDS:
        errors["kind"] = msg(
            "debts", QT_TRANSLATE_NOOP("debts", "Unknown lender kind: %1"), data.kind
        )
    return errors


@dataclass(frozen=True, slots=True)
class DebtInput:
    """A debt's terms, typed.  ``received`` is what reached the borrower; ``upfront_fee`` what
    they paid separately at the start; both count in the true cost."""

    lender_id: int
    name: str
    principal: Decimal
    start_date: date
    term_months: int
    rate: Rate
    kind: str = "loan"
    currency: str = "CNY"
    received: Decimal | None = None
    method: str = Method.ANNUITY.value
    upfront_fee: Decimal = ZERO
    period_fee: Decimal = ZERO
    penalty_uplift: Decimal = Decimal("0.5")
    penalty_compound: bool = False
    late_fee_fixed: Decimal = ZERO
    late_fee_percent: Decimal = ZERO
    due_day: int | None = None
    grace_days: int = 0
    status: str = "current"
    card_limit: Decimal | None = None
    statement_day: int | None = None
    card_due_day: int | None = None
    min_payment_percent: Decimal = Decimal("0.10")
    notes: str = ""
    prepay_mode: str = "keep-term"
    card: CardInput | None = None  # a card's current statement and rules (core.card_form)

    @property
    def received_amount(self) -> Decimal:
        return self.principal if self.received is None else self.received


@dataclass
class DebtForm:
    """The debt dialog's fields as typed (text) or chosen (combos)."""

    lender_id: int | None = None
    name: str = ""
    kind: str = "loan"
    currency: str = "CNY"
    principal: str = ""
    received: str = ""
    start_date: str = ""
    term_months: str = "12"
    method: str = Method.ANNUITY.value
    rate: str = ""
    rate_basis: str = RateBasis.ANNUAL.value
    day_basis: int = 365
    upfront_fee: str = ""
    period_fee: str = ""
    penalty_uplift: str = "50"
    penalty_compound: bool = False
    late_fee_fixed: str = ""
    late_fee_percent: str = ""
    due_day: str = ""
    grace_days: str = "0"
    status: str = "current"
    card_limit: str = ""
    statement_day: str = ""
    card_due_day: str = ""
    min_payment_percent: str = "10"
    notes: str = ""
    prepay_mode: str = "keep-term"
    # a card's bill (core.card_form)
    stmt_balance: str = ""
    stmt_minimum: str = ""
    stmt_date: str = ""
    stmt_due_date: str = ""
    stmt_charges: str = ""
    stmt_instalment: str = ""
    stmt_posted_on: str = ""
    card_min_floor: str = "10"
    card_late_fee_percent: str = "5"
    card_tolerance: str = ""
    errors: Errors = field(default_factory=dict)


def _money(form: DebtForm, name: str, errors: Errors, *, required: bool = False) -> Decimal | None:
    text = getattr(form, name)
    if not text.strip() and not required:
        return None
    try:
        return parse_money(text)
    except DomainError as exc:
        errors[name] = exc.message
        return None


def _optional_day(form: DebtForm, name: str, errors: Errors) -> int | None:
    if not getattr(form, name).strip():
        return None
    try:
        return parse_count(getattr(form, name), 1, 31, name)
    except DomainError as exc:
        errors[name] = exc.message
        return None


def _percent(form: DebtForm, name: str, errors: Errors) -> Decimal:
    try:
        return parse_percent(getattr(form, name), name)
    except DomainError as exc:
        errors[name] = exc.message
        return ZERO


def _checked(form: DebtForm, errors: Errors, name: str, parse):  # type: ignore[no-untyped-def]
    try:
        return parse()
    except DomainError as exc:
        errors[name] = exc.message
        return None


def validate_debt(form: DebtForm) -> tuple[DebtInput | None, Errors]:
    """The typed debt, or None and every field's error."""
    errors: Errors = {}
    card = None
    if form.kind == "card":  # a card is its statement (core.card_form)
        from debttracker.core.card_form import as_debt_form, validate_card

        card, errors = validate_card(form)
        form = as_debt_form(form)
    elif form.kind == "card_instalment":  # 账单分期: the fee per period is its price
        form = replace(form, rate="0", method=Method.EQUAL_PRINCIPAL.value)
    if form.lender_id is None:
        errors["lender"] = msg("debts", QT_TRANSLATE_NOOP("debts", "Choose or add the lender."))
    if not form.name.strip():
        errors["name"] = msg("debts", QT_TRANSLATE_NOOP("debts", "Enter a name for this debt."))
    currency = form.currency.strip().upper()
    if not _CURRENCY.fullmatch(currency):
        errors["currency"] = msg(
            "debts", QT_TRANSLATE_NOOP("debts", "Use a three-letter currency code such as CNY.")
        )
    principal = _money(form, "principal", errors, required=True)
    if principal is not None and principal <= 0:
        errors["principal"] = msg(
            "debts", QT_TRANSLATE_NOOP("debts", "The amount must be above zero.")
        )
    received = _money(form, "received", errors)
    start = _checked(form, errors, "start_date", lambda: parse_date(form.start_date))
    months = _checked(
        form, errors, "term_months", lambda: parse_count(form.term_months, 1, MAX_MONTHS, "term")
    )
    if form.rate_basis not in {b.value for b in RateBasis} or form.day_basis not in (360, 365):
        errors["rate"] = msg(
            "debts", QT_TRANSLATE_NOOP("debts", "Say whether the rate is annual, monthly or daily.")
        )
        rate = None
    else:
        rate = _checked(
            form,
            errors,
            "rate",
            lambda: parse_rate(form.rate or "0", basis=form.rate_basis, day_basis=form.day_basis),
        )
    if form.method not in METHODS:
        errors["method"] = msg("debts", QT_TRANSLATE_NOOP("debts", "Choose a repayment method."))
    if form.prepay_mode not in PREPAY_MODES:
        errors["prepay_mode"] = msg(
            "debts", QT_TRANSLATE_NOOP("debts", "Choose what paying ahead should do.")
        )
    if form.status not in STATUSES:
        errors["status"] = msg("debts", QT_TRANSLATE_NOOP("debts", "Choose a status."))
    upfront = _money(form, "upfront_fee", errors) or ZERO
    period_fee = _money(form, "period_fee", errors) or ZERO
    late_fixed = _money(form, "late_fee_fixed", errors) or ZERO
    card_limit = _money(form, "card_limit", errors)
    uplift = _percent(form, "penalty_uplift", errors)
    late_percent = _percent(form, "late_fee_percent", errors)
    min_percent = _percent(form, "min_payment_percent", errors)
    due_day = _optional_day(form, "due_day", errors)
    statement_day = _optional_day(form, "statement_day", errors)
    card_due_day = _optional_day(form, "card_due_day", errors)
    grace = _checked(
        form, errors, "grace_days", lambda: parse_count(form.grace_days or "0", 0, 60, "grace")
    )
    if principal is not None and received is not None and received > principal * 2:
        errors["received"] = msg(
            "debts",
            QT_TRANSLATE_NOOP("debts", "The amount received is far above the amount borrowed."),
        )
    if errors:
        return None, errors
    assert form.lender_id is not None and principal is not None and start is not None
    assert rate is not None  # errors["rate"] is set whenever it is None
    return (
        DebtInput(
            lender_id=form.lender_id,
            name=form.name.strip(),
            principal=principal,
            start_date=start,
            term_months=months,
            rate=rate,
            kind=form.kind if form.kind in DEBT_KINDS else "loan",
            currency=currency,
            received=received,
            method=form.method,
            upfront_fee=upfront,
            period_fee=period_fee,
            penalty_uplift=uplift,
            penalty_compound=form.penalty_compound,
            late_fee_fixed=late_fixed,
            late_fee_percent=late_percent,
            due_day=due_day,
            grace_days=grace or 0,
            status=form.status,
            card_limit=card_limit,
            statement_day=statement_day,
            card_due_day=card_due_day,
            min_payment_percent=min_percent,
            notes=form.notes,
            prepay_mode=form.prepay_mode,
            card=card,
        ),
        {},
    )


@dataclass(frozen=True, slots=True)
class PaymentInput:
    paid_on: date
    amount: Decimal
    method: str = ""
    note: str = ""
    receipt_path: str = ""  # a file to keep as the receipt, or the stored receipt's name
    receipt_evidence_id: int | None = None  # set once the receipt is in the evidence store


def validate_payment(
    amount_text: str, date_text: str, method: str = "", note: str = "", receipt: str = ""
) -> tuple[PaymentInput | None, Errors]:
    errors: Errors = {}
    amount = None
    try:
        amount = parse_money(amount_text)
        if amount <= 0:
            errors["amount"] = msg(
                "debts", QT_TRANSLATE_NOOP("debts", "The amount must be above zero.")
            )
    except DomainError as exc:
        errors["amount"] = exc.message
    paid_on = None
    try:
        paid_on = parse_date(date_text)
    except DomainError as exc:
        errors["date"] = exc.message
    if errors or amount is None or paid_on is None:
        return None, errors
    return PaymentInput(paid_on, amount, method.strip(), note.strip(), receipt.strip()), {}
