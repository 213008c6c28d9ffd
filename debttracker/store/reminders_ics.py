"""Calendar export: an iCalendar file (RFC 5545) of upcoming dues and promises with alarms,
so a phone's calendar reminds the user too.

Every event is an all-day event on its due date with a stable UID (the reminder key @ the app
id), so exporting again updates the events in a calendar instead of duplicating them.  Alarms
fire at the reminder time of day: ``days before`` ahead (when more than 0) and on the day.
Texts come in already translated (:class:`IcsTexts`, placeholders ``%1``…).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from debttracker import APP_ID, __version__
from debttracker.core.messages import fill
from debttracker.core.money import format_money
from debttracker.core.reminders import ReminderFacts, ReminderState
from debttracker.store.reminders_agenda import card_days

DEFAULT_DAYS = 180


@dataclass(frozen=True)
class IcsTexts:
    """Translated templates (the UI passes ``tr()`` strings; the defaults are English)."""

    instalment: str = "Instalment %1 of %2: %3"  # number, debt, amount
    my_promise: str = "My promise: %1"
    lender_promise: str = "Lender's promise: %1"
    card_statement: str = "Statement day: %1"
    card_due: str = "Card payment due: %1"
    alarm: str = "Reminder: %1"
    calendar_name: str = "debttracker"
    money: Callable[[Decimal], str] = lambda amount: format_money(amount, locale="en")


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    alarms: tuple[timedelta, ...]  # relative to the start of the day (all-day event)


def _alarms(lead: int, at: time) -> tuple[timedelta, ...]:
    on_day = timedelta(hours=at.hour, minutes=at.minute)
    if lead <= 0:
        return (on_day,)
    return (on_day - timedelta(days=lead), on_day)


def _uid(key: str) -> str:
    return f"{key}@{APP_ID}"


def calendar_events(
    facts: ReminderFacts, today: date, days: int = DEFAULT_DAYS, texts: IcsTexts | None = None
) -> list[CalendarEvent]:
    """Events from ``today`` to ``today + days``: unpaid instalments, pending promises, cards.

    Reminders marked done are left out; per-kind switches apply (they shaped ``facts``).
    """
    t = texts or IcsTexts()
    last = today + timedelta(days=days)
    at = facts.settings.time_of_day
    default_lead = facts.settings.days_before
    found: list[CalendarEvent] = []

    def add(key: str, day: date, summary: str, lead: int) -> None:
        if today <= day <= last and not facts.states.get(key, ReminderState()).done:
            found.append(CalendarEvent(_uid(key), day, summary, _alarms(lead, at)))

    for i in facts.instalments:
        if i.paid:
            continue
        summary = fill(t.instalment, (i.number, i.debt_name, t.money(i.amount)))
        lead = facts.days_before.get(i.debt_id, default_lead)
        add(f"inst:{i.debt_id}:{i.number}:{i.due.isoformat()}", i.due, summary, lead)
    for p in facts.promises:
        if p.status == "pending":
            template = t.my_promise if p.who == "me" else t.lender_promise
            add(f"prom:{p.id}:{p.due.isoformat()}", p.due, fill(template, (p.text,)), 0)
    for c in facts.cards:
        lead = facts.days_before.get(c.card_id, default_lead)
        for which, day in card_days(c, today, last):
            template = t.card_statement if which == "stmt" else t.card_due
            key = f"card:{c.card_id}:{which}:{day.isoformat()}"
            add(key, day, fill(template, (c.name,)), 0 if which == "stmt" else lead)
    return sorted(found, key=lambda e: (e.day, e.uid))


def build_calendar(
    events: Iterable[CalendarEvent], now: datetime, texts: IcsTexts | None = None
) -> bytes:
    """The ``.ics`` bytes: one VEVENT (all-day, transparent) per event, one VALARM per alarm."""
    t = texts or IcsTexts()
    cal = Calendar()
    cal.add("prodid", f"-//debttracker//debttracker {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t.calendar_name)
    stamp = now.astimezone(UTC)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("transp", "TRANSPARENT")
        for trigger in item.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", fill(t.alarm, (item.summary,)))
            alarm.add("trigger", trigger)
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
