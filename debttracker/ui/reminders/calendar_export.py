"""File → Export calendar (.ics): the texts of the events in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.store import reminders as store
from debttracker.store.reminders_ics import (
    DEFAULT_DAYS,
    IcsTexts,
    build_calendar,
    calendar_events,
    write_calendar,
)
from debttracker.ui.context import AppContext
from debttracker.ui.reminders.commands import format_amount


def ics_texts() -> IcsTexts:
    """Event summaries and alarm texts translated now (placeholders %1, %2, %3)."""
    return IcsTexts(
        instalment=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Instalment %1 of %2: %3")
        ),
        my_promise=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "My promise: %1")
        ),
        lender_promise=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Lender's promise: %1")
        ),
        card_statement=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Statement day: %1")
        ),
        card_due=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Card payment due: %1")
        ),
        alarm=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Reminder: %1")
        ),
        calendar_name=QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "debttracker dues")
        ),
        money=format_amount,
    )


def write_calendar_file(ctx: AppContext, path: Path, days: int = DEFAULT_DAYS) -> int:
    """Write the upcoming dues and promises to ``path``; the number of events."""
    now = ctx.now()
    assert now.tzinfo is not None
    with ctx.db.session() as s:
        facts = store.build_facts(s, now.tzinfo, now.date())
    texts = ics_texts()
    events = calendar_events(facts, now.date(), days, texts)
    write_calendar(path, build_calendar(events, now, texts))
    return len(events)
