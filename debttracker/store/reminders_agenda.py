"""The agenda: what is overdue, due today and coming up in the next days (CLI, tray menu).

Built from the same :class:`~debttracker.core.reminders.ReminderFacts` as the reminders: what
is due now comes from :func:`~debttracker.core.reminders.due_reminders` (done and snoozed
left out); what falls due later is read from the facts with the keys of ``core.reminders``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from debttracker.core.messages import Message
from debttracker.core.reminders import (
    CardFact,
    Reminder,
    ReminderFacts,
    ReminderState,
    due_reminders,
)
from debttracker.core.schedule import days_in_month


@dataclass(frozen=True, slots=True)
class AgendaItem:
    key: str
    status: str  # overdue, today, upcoming, follow_up
    kind: str  # instalment, promise, card_statement, card_due
    due: date
    title: Message | str
    amount: Decimal | None
    ref: tuple[str, object]
    name: str = ""  # the debt, promise or card, without the sentence around it


def card_days(card: CardFact, first: date, last: date) -> Iterable[tuple[str, date]]:
    index = first.year * 12 + first.month - 1
    while True:
        year, month = divmod(index, 12)
        month += 1
        if date(year, month, 1) > last:
            return
        limit = days_in_month(year, month)
        yield "stmt", date(year, month, min(card.statement_day, limit))
        yield "due", date(year, month, min(card.due_day, limit))
        index += 1


def _upcoming(facts: ReminderFacts, today: date, last: date) -> Iterable[AgendaItem]:
    """Items falling due after today and up to ``last`` (keys as in core.reminders)."""
    ref: tuple[str, object]
    for i in facts.instalments:
        key = f"inst:{i.debt_id}:{i.number}:{i.due.isoformat()}"
        ref = ("instalment", (i.debt_id, i.number))
        yield AgendaItem(
            key, "upcoming", "instalment", i.due, i.debt_name, i.amount, ref, i.debt_name
        )
    for p in facts.promises:
        if p.status == "pending":
            key = f"prom:{p.id}:{p.due.isoformat()}"
            ref = ("promise", p.id)
            yield AgendaItem(key, "upcoming", "promise", p.due, p.text, None, ref, p.text)
    for c in facts.cards:
        for which, day in card_days(c, today, last):
            key = f"card:{c.card_id}:{which}:{day.isoformat()}"
            kind = "card_statement" if which == "stmt" else "card_due"
            ref = ("card", c.card_id)
            amount = c.minimum_in(day) if which == "due" else None
            yield AgendaItem(key, "upcoming", kind, day, c.name, amount, ref, c.name)


def _status(reminder: Reminder, today: date) -> str:
    if reminder.kind == "promise_followup":
        return "follow_up"
    if reminder.due < today:
        return "overdue"
    return "today" if reminder.due == today else "upcoming"


def _names(facts: ReminderFacts) -> dict[tuple[str, object], str]:
    names: dict[tuple[str, object], str] = {}
    for i in facts.instalments:
        names[("instalment", (i.debt_id, i.number))] = i.debt_name
    for p in facts.promises:
        names[("promise", p.id)] = p.text
    for c in facts.cards:
        names[("card", c.card_id)] = c.name
    return names


def agenda(facts: ReminderFacts, now: datetime, days: int) -> list[AgendaItem]:
    """What is due or overdue now (done and snoozed left out) and what falls due in ``days``."""
    today = now.astimezone(facts.tz).date()
    last = today + timedelta(days=days)
    amounts: dict[tuple[str, object], Decimal] = {
        ("instalment", (i.debt_id, i.number)): i.amount for i in facts.instalments
    }
    names = _names(facts)
    cards = {("card", c.card_id): c for c in facts.cards}
    items: dict[str, AgendaItem] = {}
    for r in due_reminders(facts, now):
        kind = r.kind if r.kind.startswith("card") else r.kind.split("_")[0]
        amount, name = amounts.get(r.ref), names.get(r.ref, "")
        if kind == "card_due" and r.ref in cards:
            amount = cards[r.ref].minimum_in(r.due)
        status = _status(r, today)
        items[r.key] = AgendaItem(r.key, status, kind, r.due, r.title, amount, r.ref, name)
    for item in _upcoming(facts, today, last):
        done = facts.states.get(item.key, ReminderState()).done
        if item.key not in items and not done and today < item.due <= last:
            items[item.key] = item
    order = {"overdue": 0, "follow_up": 1, "today": 2, "upcoming": 3}
    return sorted(items.values(), key=lambda a: (order[a.status], a.due, a.key))
