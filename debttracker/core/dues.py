"""What a debt asks for in a month: one calculation for Budget, Payoff, Overview, reminders and
the statement, so every screen shows the same figure (issue 16 item 1).

A loan's instalments already carry its real schedule (:mod:`core.schedule`): 等额本息 and
等额本金 monthly; 先息后本 interest monthly and the principal with the last instalment;
一次性还本付息 one instalment at maturity; daily-rate loans their interest by actual days.  So
what is due in month M is the instalments whose due date falls in M -- nothing is spread or
invented: a bullet asks for nothing until its month, then for all of it.  A credit card with a
statement asks for the statement's minimum (:func:`core.cards.card_due_in_month`; its one
schedule row, the whole statement, is not what it asks for); a card saved before statements
existed (no statement, no instalment rows) for its minimum payment on its balance.

* ``amount``: what the contract asks for in the month (the instalments' scheduled totals; for
  a month after ``today``'s, less what was already paid ahead on them);
* ``unpaid``: what of it is still open, split into principal and interest + fees.

Money is integer fen inside, ``Decimal`` out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debttracker.core import cards
from debttracker.core.cards import MinimumPaymentRule, StatementAmounts, card_due_in_month
from debttracker.core.money import ZERO, from_fen
from debttracker.core.schedule import days_in_month


@dataclass(frozen=True, slots=True)
class DueRow:
    """One instalment of the schedule in force: its due date, scheduled parts and what was
    paid of each (fen)."""

    due: date
    principal_fen: int
    interest_fen: int
    fee_fen: int
    paid_principal_fen: int = 0
    paid_interest_fen: int = 0
    paid_fee_fen: int = 0

    @property
    def scheduled_fen(self) -> int:
        return self.principal_fen + self.interest_fen + self.fee_fen

    @property
    def open_fen(self) -> int:
        return self.open_principal_fen + self.open_other_fen

    def asked_fen(self, ahead: bool) -> int:
        """What the instalment asks for: its scheduled total, or for a month still to come
        (``ahead``) what is open of it (a part paid ahead is not asked for again)."""
        return self.open_fen if ahead else self.scheduled_fen

    @property
    def open_principal_fen(self) -> int:
        return max(self.principal_fen - self.paid_principal_fen, 0)

    @property
    def open_other_fen(self) -> int:
        return max(self.interest_fen - self.paid_interest_fen, 0) + max(
            self.fee_fen - self.paid_fee_fen, 0
        )


@dataclass(frozen=True, slots=True)
class CardTerms:
    """What a card needs for its monthly minimum: its statement(s), rules and payments since
    (``rules`` set), or for a card without a statement its balance and minimum rule."""

    balance: Decimal
    rule: MinimumPaymentRule
    due_day: int | None
    start: date
    rules: cards.CardTerms | None = None
    statements: tuple[cards.Statement, ...] = ()
    payments: tuple[tuple[date, Decimal], ...] = ()

    @property
    def by_statement(self) -> bool:
        return self.rules is not None and bool(self.statements)


@dataclass(frozen=True, slots=True)
class MonthDue:
    """What one debt asks for in a month (see the module doc)."""

    due_date: date
    amount: Decimal
    unpaid: Decimal
    principal_part: Decimal
    interest_part: Decimal


def in_month(day: date, year: int, month: int) -> bool:
    return day.year == year and day.month == month


def month_index(start_year: int, start_month: int, day: date) -> int:
    """0 for a day in the start month, 1 for the month after, ... (negative before it)."""
    return (day.year - start_year) * 12 + day.month - start_month


def due_in_month(
    rows: Iterable[DueRow],
    year: int,
    month: int,
    *,
    card: CardTerms | None = None,
    paid_in_month: Decimal = ZERO,
    today: date | None = None,
) -> MonthDue | None:
    """What a debt asks for in ``year``-``month``: its instalments due then, or, for a card
    with none, its minimum payment (``paid_in_month`` counts against it); None when nothing."""
    if card is not None and card.by_statement:
        return _statement_due(card, year, month)
    due = [row for row in rows if in_month(row.due, year, month)]
    if due:
        principal = sum(row.open_principal_fen for row in due)
        other = sum(row.open_other_fen for row in due)
        ahead = today is not None and (year, month) > (today.year, today.month)
        return MonthDue(
            min(row.due for row in due),
            from_fen(sum(row.asked_fen(ahead) for row in due)),
            from_fen(principal + other),
            from_fen(principal),
            from_fen(other),
        )
    if card is None:
        return None
    return _balance_due(card, paid_in_month, year, month)


def _statement_due(card: CardTerms, year: int, month: int) -> MonthDue | None:
    """A card by its statement: the bill's minimum, what is unpaid of it and its 违约金."""
    assert card.rules is not None
    found = card_due_in_month(card.rules, card.statements, card.payments, year, month)
    if found.due_date is None or (found.asked <= 0 and found.minimum <= 0):
        return None
    principal = found.minimum - found.late_fee
    return MonthDue(found.due_date, found.asked, found.minimum, principal, found.late_fee)


def _balance_due(card: CardTerms, paid_in_month: Decimal, year: int, month: int) -> MonthDue | None:
    """A card saved before statements: ``rule`` on the outstanding balance (all of it counted
    as in-limit purchases), due on its due day (the month's last day when unknown), less
    ``paid_in_month``; None before the card's start month or when nothing is owed."""
    last = days_in_month(year, month)
    if card.start > date(year, month, last) or card.balance <= 0:
        return None
    amount = cards.minimum_payment(StatementAmounts(purchases=card.balance), card.rule)
    due = date(year, month, min(card.due_day or last, last))
    unpaid = max(amount - paid_in_month, ZERO)
    return MonthDue(due, amount, unpaid, amount, ZERO)


def dues_by_month(
    rows: Sequence[DueRow],
    year: int,
    month: int,
    months: int,
    *,
    card: CardTerms | None = None,
    today: date | None = None,
) -> list[Decimal]:
    """:func:`due_in_month`'s ``amount`` for ``months`` consecutive months from
    ``year``-``month`` (zeros where nothing is due), one pass over the rows."""
    totals = [0] * months
    covered = [False] * months
    now = month_index(year, month, today) if today is not None else months
    for row in rows:
        index = month_index(year, month, row.due)
        if 0 <= index < months:
            totals[index] += row.asked_fen(index > now)
            covered[index] = True
    out = [from_fen(fen) for fen in totals]
    if card is not None and card.by_statement:
        covered = [False] * months  # the statement row is not what the card asks for
    if card is not None:
        for index in range(months):
            if not covered[index]:
                y, m0 = divmod(year * 12 + month - 1 + index, 12)
                found = due_in_month((), y, m0 + 1, card=card)
                out[index] = found.amount if found is not None else ZERO
    return out


def last_due_index(rows: Sequence[DueRow], year: int, month: int) -> int | None:
    """Month index (from ``year``-``month``) of the last instalment; None without rows."""
    if not rows:
        return None
    return month_index(year, month, max(row.due for row in rows))
