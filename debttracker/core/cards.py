"""Credit cards (domain.md §1.7, §4.2): statement cycle, minimum payment, revolving interest.

* The statement on ``statement_day`` closes the cycle that began the day after the previous
  statement; the payment is due on the next ``due_day`` after the statement (same month when
  ``due_day`` is later than ``statement_day``, otherwise the next month).  Days past the end of
  a short month are clamped to its last day.
* Minimum payment: by default 10 % of in-limit purchases plus 100 % of cash advances, fees,
  interest, over-limit amounts and any unpaid previous minimum; every percentage is editable,
  as is an optional floor.
* Paying less than the full statement balance by the due date loses the interest-free period:
  interest runs on each posted amount from its posting date to the day it is repaid, at the
  card's daily rate; repayments are applied in the issuer's order.  Fees (违约金, annual,
  cash-advance and currency fees) never bear interest (银发〔2016〕111号).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, q2, round_half_up_div, to_fen
from debttracker.core.rates import Rate
from debttracker.core.schedule import add_months, days_in_month


def _day_in(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, days_in_month(year, month)))


@dataclass(frozen=True, slots=True)
class CardCycle:
    """A statement cycle: first day, statement date (last day) and payment due date."""

    start: date
    statement: date
    due: date

    @property
    def interest_free_days(self) -> int:
        """Days from the first day of the cycle to the due date (the longest free period)."""
        return (self.due - self.start).days


def _check_day(value: int, name: str) -> None:
    if not 1 <= value <= 31:
        raise DomainError(
            msg(
                "cards",
                QT_TRANSLATE_NOOP("cards", "A day of the month must be 1 to 31, not %1"),
                value,
            ),
            field=name,
        )


def card_cycle(statement_day: int, due_day: int, year: int, month: int) -> CardCycle:
    """The cycle whose statement falls in ``year``-``month``."""
    _check_day(statement_day, "statement_day")
    _check_day(due_day, "due_day")
    statement = _day_in(year, month, statement_day)
    previous = add_months(date(year, month, 1), -1)
    start = _day_in(previous.year, previous.month, statement_day) + timedelta(days=1)
    due_month = (
        date(year, month, 1) if due_day > statement_day else add_months(date(year, month, 1), 1)
    )
    return CardCycle(start, statement, _day_in(due_month.year, due_month.month, due_day))


def cycle_for(posted: date, statement_day: int, due_day: int) -> CardCycle:
    """The cycle a transaction posted on ``posted`` belongs to."""
    cycle = card_cycle(statement_day, due_day, posted.year, posted.month)
    if posted > cycle.statement:
        following = add_months(date(posted.year, posted.month, 1), 1)
        cycle = card_cycle(statement_day, due_day, following.year, following.month)
    return cycle


# --- minimum payment -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementAmounts:
    """What a statement contains; ``purchases`` are the in-limit purchases."""

    purchases: Decimal = ZERO
    cash_advances: Decimal = ZERO
    fees: Decimal = ZERO
    interest: Decimal = ZERO
    over_limit: Decimal = ZERO
    previous_unpaid_minimum: Decimal = ZERO

    @property
    def balance(self) -> Decimal:
        return q2(
            self.purchases
            + self.cash_advances
            + self.fees
            + self.interest
            + self.over_limit
            + self.previous_unpaid_minimum
        )


@dataclass(frozen=True, slots=True)
class MinimumPaymentRule:
    """Share of each part that the minimum payment includes (fractions), and a floor."""

    purchases: Decimal = Decimal("0.10")
    cash_advances: Decimal = Decimal(1)
    fees: Decimal = Decimal(1)
    interest: Decimal = Decimal(1)
    over_limit: Decimal = Decimal(1)
    previous_unpaid_minimum: Decimal = Decimal(1)
    floor: Decimal = ZERO


_PARTS = ("purchases", "cash_advances", "fees", "interest", "over_limit", "previous_unpaid_minimum")


def minimum_payment(amounts: StatementAmounts, rule: MinimumPaymentRule | None = None) -> Decimal:
    """The minimum payment: each part times its share, at least the floor, at most the balance."""
    rule = rule or MinimumPaymentRule()
    total = sum((q2(getattr(amounts, part) * getattr(rule, part)) for part in _PARTS), ZERO)
    return min(max(total, q2(rule.floor)), amounts.balance)


# --- revolving interest --------------------------------------------------------------------


class PostingKind(StrEnum):
    PURCHASE = "purchase"
    CASH_ADVANCE = "cash-advance"
    INTEREST = "interest"
    FEE = "fee"


DEFAULT_REPAYMENT_ORDER = (
    PostingKind.FEE,
    PostingKind.INTEREST,
    PostingKind.CASH_ADVANCE,
    PostingKind.PURCHASE,
)
INTEREST_BEARING = frozenset({PostingKind.PURCHASE, PostingKind.CASH_ADVANCE, PostingKind.INTEREST})


@dataclass(frozen=True, slots=True)
class Posting:
    posted: date
    amount: Decimal
    kind: PostingKind = PostingKind.PURCHASE


@dataclass(frozen=True, slots=True)
class CardRules:
    """Per-card settings: repayment order, whether both end days bear interest."""

    order: tuple[PostingKind, ...] = DEFAULT_REPAYMENT_ORDER
    count_both_ends: bool = False
    bearing: frozenset[PostingKind] = field(default=INTEREST_BEARING)


def _apply_repayment(open_items: list[list], amount: int, order: Sequence[PostingKind]) -> None:
    """Reduce open postings (``[posted, kind, fen]``) by ``amount``: by kind order, oldest first."""
    for kind in order:
        for item in open_items:
            if amount == 0:
                return
            if item[1] is kind and item[2] > 0:
                used = min(item[2], amount)
                item[2] -= used
                amount -= used


def revolving_interest(
    postings: Sequence[Posting],
    repayments: Sequence[tuple[date, Decimal]],
    rate: Rate,
    until: date,
    rules: CardRules | None = None,
) -> Decimal:
    """Interest on each posted amount from its posting date to the day it is repaid, up to
    ``until`` (exclusive; inclusive with ``count_both_ends``), rounded once to the fen.

    A repayment stops interest on the amount it clears from its own day onward.
    """
    rules = rules or CardRules()
    end = until + timedelta(days=1) if rules.count_both_ends else until
    events = sorted({p.posted for p in postings} | {day for day, _ in repayments} | {end})
    open_items: list[list] = []
    fen_days = 0
    for day, following in pairwise(events):
        if day >= end:
            break
        open_items += [
            [p.posted, PostingKind(p.kind), to_fen(p.amount)] for p in postings if p.posted == day
        ]
        open_items.sort(key=lambda item: item[0])
        paid = sum(to_fen(amount) for paid_on, amount in repayments if paid_on == day)
        _apply_repayment(open_items, paid, rules.order)
        bearing = sum(item[2] for item in open_items if item[1] in rules.bearing)
        fen_days += bearing * (min(following, end) - day).days
    daily = rate.daily_exact()
    return from_fen(round_half_up_div(fen_days * daily.numerator, daily.denominator))


def statement_interest(
    postings: Sequence[Posting],
    repayments: Sequence[tuple[date, Decimal]],
    rate: Rate,
    cycle: CardCycle,
    next_statement: date,
    rules: CardRules | None = None,
    tolerance: Decimal = ZERO,
) -> Decimal:
    """Interest charged on ``next_statement`` for the postings of ``cycle``.

    Zero when the whole statement balance (less the issuer's tolerance) was repaid by the due
    date; otherwise revolving interest from each posting date.
    """
    balance = sum((p.amount for p in postings), ZERO)
    paid_by_due = sum((amount for day, amount in repayments if day <= cycle.due), ZERO)
    if paid_by_due >= balance - tolerance:
        return ZERO
    return revolving_interest(postings, repayments, rate, next_statement, rules)


# --- what a card asks for in a month (the interface core.dues calls) -------------------------


@dataclass(frozen=True, slots=True)
class CardDue:
    """What a card asks for in a month: its due date, the minimum payment, what is unpaid of it,
    and the split of the unpaid part into principal and interest + fees."""

    due_date: date
    amount: Decimal
    unpaid: Decimal
    principal_part: Decimal
    interest_part: Decimal


def card_due_in_month(
    balance: Decimal,
    rule: MinimumPaymentRule,
    due_day: int | None,
    start: date,
    paid_in_month: Decimal,
    year: int,
    month: int,
) -> CardDue | None:
    """The minimum a card without instalment rows owes in ``year``-``month``: ``rule`` applied
    to the outstanding ``balance`` (all of it counted as in-limit purchases), due on
    ``due_day`` (the month's last day when unknown), less ``paid_in_month``; None before the
    card's ``start`` month or when nothing is owed.  The statement model (issue 16 item 2)
    replaces the body; callers rely only on this signature and :class:`CardDue`."""
    last = days_in_month(year, month)
    if start > date(year, month, last) or balance <= 0:
        return None
    amount = minimum_payment(StatementAmounts(purchases=balance), rule)
    due = date(year, month, min(due_day or last, last))
    unpaid = max(amount - paid_in_month, ZERO)
    return CardDue(due, amount, unpaid, amount, ZERO)
