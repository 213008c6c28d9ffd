"""Undoable reminder actions (Done, Snooze) and the helpers every reminder view shares."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QUndoCommand

from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.core.money import LOCALES, format_money
from debttracker.store import reminders as store
from debttracker.ui.context import AppContext
from debttracker.ui.errors import store_failure
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.dates import date_text, datetime_text


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_day(day: date) -> str:
    return date_text(day)


def format_amount(amount: Decimal) -> str:
    """Money in the UI language's style (``¥475.77``)."""
    name = QLocale().name()
    return format_money(amount, locale=name if name in LOCALES else "en")


def format_moment(moment: datetime, ctx: AppContext) -> str:
    """``moment`` in the clock's zone, in the locale's short format."""
    local = moment.astimezone(ctx.now().tzinfo)
    return datetime_text(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)))


def reminder_time(ctx: AppContext, day: date) -> datetime:
    """``day`` at the reminder time of day, in the clock's zone."""
    with ctx.db.session() as s:
        at = store.load_settings(s).time_of_day
    return datetime.combine(day, at, tzinfo=ctx.now().tzinfo)


def snooze_choices(ctx: AppContext) -> dict[str, datetime]:
    """The snooze presets: in one hour, tomorrow at the reminder time."""
    now = ctx.now()
    return {
        "hour": now + timedelta(hours=1),
        "tomorrow": reminder_time(ctx, now.date() + timedelta(days=1)),
    }


class ReminderStateCommand(QUndoCommand):
    """Mark reminders done, or snooze them until a moment; undo puts back the exact state."""

    def __init__(
        self, ctx: AppContext, keys: list[str], *, done: bool, snoozed_until: datetime | None
    ) -> None:
        if done:
            text = QCoreApplication.translate(
                "reminders", QT_TRANSLATE_NOOP("reminders", "Mark reminder done")
            )
        else:
            text = QCoreApplication.translate(
                "reminders", QT_TRANSLATE_NOOP("reminders", "Snooze reminder")
            )
        super().__init__(text)
        self.ctx = ctx
        self.keys = list(keys)
        self.done = done
        self.snoozed_until = snoozed_until
        self._before: list[store.StateSnapshot] | None = None

    def redo(self) -> None:
        now = self.ctx.now()
        try:
            with self.ctx.db.session() as s:
                before = self._before or [store.snapshot(s, key) for key in self.keys]
                for key in self.keys:
                    store.set_state(
                        s, key, done=self.done, snoozed_until=self.snoozed_until, now=now
                    )
        except Exception as exc:
            self._fail(exc)
            return
        self._before = before
        self.ctx.events.data_changed.emit("reminders")

    def undo(self) -> None:
        now = self.ctx.now()
        try:
            with self.ctx.db.session() as s:
                for snap in self._before or []:
                    store.restore(s, snap, now)
        except Exception as exc:
            self._fail(exc)
            return
        self.ctx.events.data_changed.emit("reminders")

    def _fail(self, exc: Exception) -> None:
        """A refused write (disk full, read-only, locked) is said on the status bar; the
        command leaves the stack either way, so the stack never claims what did not land."""
        self.setObsolete(True)
        failure = store_failure(exc)
        if failure is None:
            raise exc
        self.ctx.events.status_message.emit(translate_message(failure))


def status_text(ctx: AppContext, key: str) -> str:
    """ "Done", "Snoozed until …" or "" for one reminder key."""
    with ctx.db.session() as s:
        snap = store.snapshot(s, key)
    if snap.done:
        return QCoreApplication.translate("reminders", QT_TRANSLATE_NOOP("reminders", "Done"))
    if snap.snoozed_until is not None and snap.snoozed_until > ctx.now():
        return QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Snoozed until %1")
        ).replace("%1", format_moment(snap.snoozed_until, ctx))
    return ""
