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

A card in the ledger is its statement (what a cardholder reads on a bill: 账单日, 到期还款日,
账单金额, 最低还款额) with the card's rules (:class:`CardTerms`); :func:`card_position` says,
as of a day, what is owed: the statement less what was paid since it, revolving interest once
the due date passed without the statement paid in full, 违约金 on an unpaid minimum, and the
days overdue from the day after the due date.  :func:`card_due_in_month` says what falls due
in a month (the budget's and the payoff plan's figure); :func:`bill_instalments` is a 账单分期
(fee per period, principal evenly) with its true APR.
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
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import (
    Installment,
    Method,
    Schedule,
    add_months,
    build_schedule,
    days_in_month,
)


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


# --- a card by its statement ---------------------------------------------------------------

#: the typical 违约金: 5 % of the unpaid part of the minimum payment (domain.md §4.2)
DEFAULT_LATE_FEE_PERCENT = Decimal("0.05")
#: the typical share of the consumption balance in the minimum payment (domain.md §1.7)
DEFAULT_MIN_PERCENT = Decimal("0.10")
#: a typical floor of the minimum payment; banks vary (domain.md §1.7: some use 200 yuan)
DEFAULT_MIN_FLOOR = Decimal(10)
#: the historical card rate, 万分之五 a day (domain.md §1.7); stored per card
DEFAULT_DAILY_RATE = Rate(Decimal("0.0005"), RateBasis.DAILY, 365)


@dataclass(frozen=True, slots=True)
class CardTerms:
    """A card's rules, as its contract says (every one editable; defaults from domain.md).

    Minimum payment = ``min_percent`` of the consumption balance + 100 % of the fees,
    interest and 违约金 on the bill + 100 % of this month's 分期 instalment, at least
    ``min_floor`` (never more than the statement).  违约金 = ``late_fee_percent`` of the part
    of the minimum still unpaid after the due date.  ``tolerance`` (容差): an unpaid remainder
    up to it still counts as paid in full; ``grace_days`` (宽限期) after the due date still
    count as on time.
    """

    rate: Rate = DEFAULT_DAILY_RATE
    min_percent: Decimal = DEFAULT_MIN_PERCENT
    min_floor: Decimal = DEFAULT_MIN_FLOOR
    late_fee_percent: Decimal = DEFAULT_LATE_FEE_PERCENT
    tolerance: Decimal = ZERO
    grace_days: int = 0
    count_both_ends: bool = False


@dataclass(frozen=True, slots=True)
class Statement:
    """One bill.  ``charges``: the fees, interest and 违约金 it contains (they never bear
    interest, 银发〔2016〕111号); ``instalment``: this month's 分期 instalment it contains;
    ``minimum``: the 最低还款额 printed on it (None: by the card's rule); ``posted_on``: the
    posting date (记账日) interest runs from when the interest-free period is lost (None: the
    statement date, the latest a posting can be)."""

    statement_date: date
    due_date: date
    balance: Decimal
    minimum: Decimal | None = None
    charges: Decimal = ZERO
    instalment: Decimal = ZERO
    posted_on: date | None = None

    @property
    def consumption(self) -> Decimal:
        return max(self.balance - self.charges - self.instalment, ZERO)

    @property
    def interest_from(self) -> date:
        return self.posted_on or self.statement_date


def rule_minimum(statement: Statement, terms: CardTerms) -> Decimal:
    """The minimum payment by the card's rule (domain.md §1.7, test vector 14)."""
    parts = q2(statement.consumption * terms.min_percent) + statement.charges
    parts += statement.instalment
    return min(max(parts, q2(terms.min_floor)), q2(statement.balance))


def minimum_due(statement: Statement, terms: CardTerms) -> Decimal:
    """The minimum of the bill: as printed, else by the rule."""
    if statement.minimum is not None:
        return min(q2(statement.minimum), q2(statement.balance))
    return rule_minimum(statement, terms)


Repayments = Sequence[tuple[date, Decimal]]


@dataclass(frozen=True, slots=True)
class CardPosition:
    """A card as of ``as_of``, from its statement and the payments made since it."""

    as_of: date
    statement_date: date
    due_date: date
    balance: Decimal  # 账单金额
    minimum: Decimal  # 最低还款额
    paid: Decimal  # paid from the statement date to ``as_of``
    paid_by_due: Decimal  # of which by the due date (and grace days)
    remaining: Decimal  # of the statement, not yet paid
    minimum_unpaid: Decimal  # of the minimum, not yet paid
    interest_free: bool  # paid in full by the due date (or still can be)
    revolving_interest: Decimal  # accrued to ``as_of`` once the interest-free period is lost
    late_fee: Decimal  # 违约金 on the minimum unpaid at the due date
    days_overdue: int  # from the day after the due date while the minimum is unpaid
    owed: Decimal  # what clears the card today: remaining + interest + 违约金

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def _postings(statement: Statement) -> list[Posting]:
    postings = [Posting(statement.interest_from, statement.balance - statement.charges)]
    if statement.charges > 0:
        postings.append(Posting(statement.statement_date, statement.charges, PostingKind.FEE))
    return postings


def _since(statement: Statement, payments: Repayments, as_of: date) -> list[tuple[date, Decimal]]:
    """The payments that count against this statement: from its date up to ``as_of``."""
    return sorted(
        (day, q2(amount))
        for day, amount in payments
        if statement.statement_date <= day <= as_of and amount > 0
    )


def card_position(
    terms: CardTerms, statement: Statement, payments: Repayments, as_of: date
) -> CardPosition:
    """What the card owes on ``as_of`` (pure; ``payments`` are (day, amount) pairs).

    * Paid in full (less the tolerance) by the due date (+ grace days): no interest.
    * Otherwise, from the day after the due date (+ grace), revolving interest at the card's
      daily rate on the whole statement from its posting date to each repayment, then on the
      rest (domain.md §1.7, vector 12), to ``as_of``; fees bear none.
    * The minimum unpaid by then draws 违约金 (its percentage) and counts days overdue from
      the day after the due date until the minimum is paid.
    """
    paid_list = _since(statement, payments, as_of)
    on_time = statement.due_date + timedelta(days=terms.grace_days)
    paid = sum((amount for _day, amount in paid_list), ZERO)
    paid_by_due = sum((amount for day, amount in paid_list if day <= on_time), ZERO)
    minimum = minimum_due(statement, terms)
    full = paid_by_due >= statement.balance - terms.tolerance
    lost = as_of > on_time and not full
    interest = ZERO
    if lost:
        rules = CardRules(count_both_ends=terms.count_both_ends)
        interest = revolving_interest(_postings(statement), paid_list, terms.rate, as_of, rules)
    late_fee = ZERO
    unpaid_at_due = max(minimum - paid_by_due, ZERO)
    if as_of > on_time and unpaid_at_due > 0:
        late_fee = q2(unpaid_at_due * terms.late_fee_percent)
    minimum_unpaid = max(minimum - paid, ZERO)
    days = (as_of - statement.due_date).days if as_of > on_time and minimum_unpaid > 0 else 0
    remaining = max(statement.balance - paid, ZERO)
    owed = max(statement.balance + interest + late_fee - paid, ZERO)
    return CardPosition(
        as_of, statement.statement_date, statement.due_date, q2(statement.balance), minimum,
        paid, paid_by_due, remaining, minimum_unpaid, not lost, interest, late_fee, days, owed,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class CardMonthDue:
    """What a card asks for in one month: ``minimum`` by ``due_date`` to stay current
    (less what was paid already), ``in_full`` to keep the interest-free period; ``asked``:
    the bill's whole minimum (before what was paid), ``late_fee``: the 违约金 in ``minimum``."""

    due_date: date | None
    minimum: Decimal
    in_full: Decimal
    projected: bool = False  # from a statement not yet issued (only the minimum paid)
    asked: Decimal = ZERO
    late_fee: Decimal = ZERO


def _next_statement(statement: Statement, terms: CardTerms, owed: Decimal) -> Statement:
    """The bill a month later if nothing new is spent: ``owed`` revolves a month and its
    interest is part of the next bill's charges (so 100 % of it is in the next minimum)."""
    following = add_months(statement.statement_date, 1)
    daily = terms.rate.daily_exact()
    days = (following - statement.statement_date).days
    fen = round_half_up_div(to_fen(owed) * days * daily.numerator, daily.denominator)
    interest = from_fen(fen)
    return Statement(
        following, add_months(statement.due_date, 1), q2(owed + interest), None, interest
    )


def card_due_in_month(
    terms: CardTerms,
    statements: Sequence[Statement],
    payments: Repayments,
    year: int,
    month: int,
) -> CardMonthDue:
    """What is due on the card in ``year``-``month``, from its latest statement.

    * A month before the statement's due month: nothing.
    * The due month: the minimum less what was paid since the statement (by the month's
      end), and the rest of the statement for the interest-free period.
    * A later month, while the minimum is unpaid: that minimum and its 违约金.  Otherwise
      projected: the bills that follow if nothing new is spent and only each minimum is paid
      (the rest revolves at the card's daily rate).
    """
    if not statements:
        return CardMonthDue(None, ZERO, ZERO)
    statement = max(statements, key=lambda st: st.statement_date)
    first = date(year, month, 1)
    due_month = statement.due_date.replace(day=1)
    last = date(year, month, days_in_month(year, month))
    if first < due_month:
        return CardMonthDue(None, ZERO, ZERO)
    position = card_position(terms, statement, payments, last)
    if first == due_month:
        return CardMonthDue(
            statement.due_date, position.minimum_unpaid, position.remaining,
            asked=position.minimum,
        )  # fmt: skip
    if position.overdue:
        # the bill's minimum was asked in its own month; later it is what is left of it and
        # its 违约金 (what was paid then is not asked for again)
        unpaid = position.minimum_unpaid + position.late_fee
        return CardMonthDue(
            statement.due_date, unpaid, position.owed, asked=unpaid, late_fee=position.late_fee,
        )  # fmt: skip
    return _projected(terms, statement, payments, first)


def _projected(
    terms: CardTerms, statement: Statement, payments: Repayments, first: date
) -> CardMonthDue:
    following = add_months(statement.statement_date, 1)
    at_next = card_position(terms, statement, payments, following)
    if at_next.owed <= 0:
        return CardMonthDue(None, ZERO, ZERO, projected=True)
    charges = at_next.revolving_interest + at_next.late_fee
    bill = Statement(following, add_months(statement.due_date, 1), at_next.owed, None, charges)
    while bill.due_date.replace(day=1) < first:
        rest = bill.balance - rule_minimum(bill, terms)
        if rest <= 0:
            return CardMonthDue(None, ZERO, ZERO, projected=True)
        bill = _next_statement(bill, terms, rest)
    minimum = rule_minimum(bill, terms)
    return CardMonthDue(bill.due_date, minimum, bill.balance, projected=True, asked=minimum)


def statement_schedule(statement: Statement) -> Schedule:
    """The statement as one instalment due on its due date: what the ledger's payments
    reduce (before the due date all of a payment goes to the statement, domain.md §1.7).
    Its revolving interest and 违约金 are priced by :func:`card_position`, not scheduled."""
    balance = q2(statement.balance)
    row = Installment(1, statement.due_date, balance, balance, ZERO, ZERO, ZERO)
    return Schedule((row,), ZERO, balance)


# --- 账单分期: a bill in instalments ------------------------------------------------------


def bill_instalments(
    principal: Decimal, periods: int, fee_per_period: Decimal, start: date
) -> Schedule:
    """A 账单分期: the principal in equal parts (the last absorbs the fen left) and the same
    fee every period; no interest (the fee is the price, domain.md §2.3: 12,000 over 12 at
    72 a month is a true APR of 13.03 %).  Its APR comes from the schedule like any loan's."""
    return build_schedule(
        principal, Rate(ZERO), periods, Method.EQUAL_PRINCIPAL, start, fee=q2(fee_per_period)
    )
