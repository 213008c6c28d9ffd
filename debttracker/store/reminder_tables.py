"""Tables of the reminders aggregate: what the user did with each reminder, per-debt lead days.

A reminder is identified by the stable key of :mod:`debttracker.core.reminders`
(``inst:<debt>:<n>:<due>``, ``prom:<id>:<due>``, ``fup:<id>:<due>``, ``card:<id>:…``); rows exist
only for reminders the user touched or was notified of.  Datetimes are aware UTC (SQLModel stores
them in UTC and reads them back naive; :mod:`debttracker.store.reminders` puts the zone back).
Neither table has a foreign key: deleting a debt or a promise must not depend on reminders, and
a stale row is harmless (its key never comes up again).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from debttracker.store.models import utcnow


class ReminderStateRow(SQLModel, table=True):
    """Done / snoozed / last notified, for one reminder key."""

    __tablename__ = "reminder_state"

    key: str = Field(primary_key=True, max_length=200)
    done: bool = False
    snoozed_until: datetime | None = None
    # the occurrence (``Reminder.at``) last shown to the user, so each is notified once
    notified_for: datetime | None = None
    last_notified_at: datetime | None = None
    updated_at: datetime = Field(default_factory=utcnow)


class ReminderLead(SQLModel, table=True):
    """How many days ahead a debt's (or card's) dues are announced, when not the default."""

    __tablename__ = "reminder_lead"

    debt_id: int = Field(primary_key=True)
    days_before: int = 3
