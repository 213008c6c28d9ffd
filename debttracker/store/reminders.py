"""Reminders from the database: the facts for :mod:`debttracker.core.reminders`, the user's
done / snooze / notified state, the per-debt lead days and the reminder settings.

* Instalments: unpaid rows of each open debt's current schedule (``terms_version ==
  debt.terms_version``), agreement instalments included, up to :data:`HORIZON_DAYS` ahead.
* Promises: both kinds, from the negotiation aggregate's ``promise`` table when it exists; the
  due date is ``due_latest`` (a promise is late once its latest reading has passed).
* Cards: debts of kind ``card`` with a statement day and a due day.

Settled and written-off debts remind of nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import inspect
from sqlmodel import Session, col, select

from debttracker.core.money import from_fen
from debttracker.core.reminders import (
    CardFact,
    InstalmentFact,
    PromiseFact,
    Reminder,
    ReminderFacts,
    ReminderSettings,
    ReminderState,
    due_reminders,
)
from debttracker.store import settings
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.store.reminder_tables import ReminderLead, ReminderStateRow
from debttracker.store.setting_keys import Key

HORIZON_DAYS = 400  # instalments further ahead than this are not read (reminders are weeks away)
CLOSED_STATUSES = frozenset({"settled", "written_off"})

TIME_OF_DAY: Key[str] = Key("reminders.time_of_day", "09:00")
QUIET_START: Key[str] = Key("reminders.quiet_start", "22:00")
QUIET_END: Key[str] = Key("reminders.quiet_end", "08:00")
DAYS_BEFORE: Key[int] = Key("reminders.days_before", 3)
KIND_INSTALMENT: Key[bool] = Key("reminders.kind.instalment", True)
KIND_PROMISE: Key[bool] = Key("reminders.kind.promise", True)
KIND_CARD: Key[bool] = Key("reminders.kind.card", True)
START_AT_LOGIN: Key[bool] = Key("reminders.start_at_login", False)
LAST_RUN: Key[str] = Key("reminders.last_run", "")  # ISO aware datetime; "" = never ran
TRAY_ENABLED = settings.TRAY_ENABLED
TRAY_EXPLAINED = settings.TRAY_EXPLAINED

#: per-kind switch -> the group of core.reminders it turns on
KIND_KEYS: dict[str, Key[bool]] = {
    "instalment": KIND_INSTALMENT,
    "promise": KIND_PROMISE,
    "card": KIND_CARD,
}
MAX_DAYS_BEFORE = 60


def aware(moment: datetime | None) -> datetime | None:
    """A datetime read back from SQLite (naive UTC) with its zone put back."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def parse_hhmm(text: str) -> time | None:
    """``"22:00"`` -> ``time(22, 0)``; None when it is not a time of day."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not (hours.isdigit() and minutes.isdigit()):
        return None
    h, m = int(hours), int(minutes)
    return time(h, m) if 0 <= h < 24 and 0 <= m < 60 else None


def hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _time_setting(s: Session, key: Key[str]) -> time:
    parsed = parse_hhmm(settings.get(s, key))
    fallback = parse_hhmm(key.default)
    assert fallback is not None
    return parsed or fallback


def load_settings(s: Session) -> ReminderSettings:
    """The reminder settings; a damaged value falls back to its default."""
    days = settings.get(s, DAYS_BEFORE)
    return ReminderSettings(
        time_of_day=_time_setting(s, TIME_OF_DAY),
        quiet_start=_time_setting(s, QUIET_START),
        quiet_end=_time_setting(s, QUIET_END),
        days_before=min(max(days, 0), MAX_DAYS_BEFORE),
        enabled=frozenset(kind for kind, key in KIND_KEYS.items() if settings.get(s, key)),
    )


def save_settings(s: Session, value: ReminderSettings) -> None:
    settings.put(s, TIME_OF_DAY, hhmm(value.time_of_day))
    settings.put(s, QUIET_START, hhmm(value.quiet_start))
    settings.put(s, QUIET_END, hhmm(value.quiet_end))
    settings.put(s, DAYS_BEFORE, min(max(value.days_before, 0), MAX_DAYS_BEFORE))
    for kind, key in KIND_KEYS.items():
        settings.put(s, key, kind in value.enabled)


# --- facts -----------------------------------------------------------------------------------


def debt_label(lender: str, debt: str) -> str:
    return f"{lender} · {debt}" if lender else debt


def _instalments(s: Session, until: date) -> list[InstalmentFact]:
    query = (
        select(Instalment, Debt.name, Lender.name)
        .join(Debt, col(Debt.id) == col(Instalment.debt_id))
        .join(Lender, col(Lender.id) == col(Debt.lender_id))
        .where(
            col(Instalment.terms_version) == col(Debt.terms_version),
            col(Instalment.settled_on).is_(None),
            col(Instalment.due_date) <= until,
            col(Debt.status).not_in(CLOSED_STATUSES),
            # a card by its statement: its one row is the whole bill, not what it asks for;
            # its due-day reminder carries its minimum (see _cards)
            (col(Debt.kind) != "card") | col(Debt.stmt_date).is_(None),
        )
        .order_by(col(Instalment.due_date), col(Instalment.debt_id), col(Instalment.n))
    )
    found = []
    for row, debt_name, lender_name in s.exec(query):
        open_fen = (
            row.principal_fen
            - row.paid_principal_fen
            + row.interest_fen
            - row.paid_interest_fen
            + row.fee_fen
            - row.paid_fee_fen
        )
        if open_fen <= 0:
            continue
        found.append(
            InstalmentFact(
                row.debt_id,
                row.n,
                row.due_date,
                from_fen(open_fen),
                False,
                debt_label(lender_name, debt_name),
            )
        )
    return found


def has_table(s: Session, name: str) -> bool:
    return inspect(s.connection()).has_table(name)


def _promises(s: Session) -> list[PromiseFact]:
    if not has_table(s, "promise"):
        return []
    from debttracker.store.negotiation_tables import Promise

    query = (
        select(Promise, Lender.name)
        .join(Lender, col(Lender.id) == col(Promise.lender_id))
        .where(col(Promise.status).in_(("pending", "broken")))
        .order_by(col(Promise.due_latest), col(Promise.id))
    )
    found = []
    for promise, lender_name in s.exec(query):
        text = promise.description.strip() or promise.kind
        if promise.amount_fen is not None:
            text = f"{text} ({from_fen(promise.amount_fen)})"
        found.append(
            PromiseFact(
                promise.id or 0,
                "me" if promise.by == "me" else "lender",
                promise.due_latest,
                promise.status,
                debt_label(lender_name, text),
            )
        )
    return found


#: months around today whose card minimum the reminders and the agenda may show
_CARD_MONTHS = range(-1, 14)


def _card_minimums(
    s: Session, debt: Debt, today: date, with_rows: set[int]
) -> dict[tuple[int, int], Decimal]:
    """What is still to pay of the card's minimum per month: ``core.dues.due_in_month``, the
    figure the Budget and the Overview show (a card kept by instalments has them reminded)."""
    from debttracker.core.dues import due_in_month
    from debttracker.store.budget_debts import card_terms

    card = card_terms(s, debt)
    if card is None or (not card.by_statement and debt.id in with_rows):
        return {}
    out = {}
    for shift in _CARD_MONTHS:
        year, month0 = divmod(today.year * 12 + today.month - 1 + shift, 12)
        found = due_in_month((), year, month0 + 1, card=card)
        if found is not None and found.unpaid > 0:
            out[(year, month0 + 1)] = found.unpaid
    return out


def _cards(s: Session, today: date) -> list[CardFact]:
    query = (
        select(Debt, Lender.name)
        .join(Lender, col(Lender.id) == col(Debt.lender_id))
        .where(
            col(Debt.kind) == "card",
            col(Debt.statement_day).is_not(None),
            col(Debt.card_due_day).is_not(None),
            col(Debt.status).not_in(CLOSED_STATUSES),
        )
        .order_by(col(Debt.id))
    )
    from debttracker.store.dues_read import debts_with_instalments
    from debttracker.store.ledger_queries import dbapi_connection

    with_rows = debts_with_instalments(dbapi_connection(s))
    found = []
    for debt, lender_name in s.exec(query):
        stmt, due = debt.statement_day or 0, debt.card_due_day or 0
        if 1 <= stmt <= 31 and 1 <= due <= 31:  # the ledger validates; never trust a bad row
            name = debt_label(lender_name, debt.name)
            minimums = _card_minimums(s, debt, today, with_rows)
            found.append(CardFact(debt.id or 0, name, stmt, due, minimums))
    return found


def debt_choices(s: Session) -> list[tuple[int, str]]:
    """(debt id, "lender · debt") of every open debt, for the per-debt lead days."""
    query = (
        select(Debt.id, Debt.name, Lender.name)
        .join(Lender, col(Lender.id) == col(Debt.lender_id))
        .where(col(Debt.status).not_in(CLOSED_STATUSES))
        .order_by(col(Debt.id))
    )
    return [(debt_id or 0, debt_label(lender, name)) for debt_id, name, lender in s.exec(query)]


def lead_days(s: Session) -> dict[int | str, int]:
    return {row.debt_id: row.days_before for row in s.exec(select(ReminderLead))}


def set_lead_days(s: Session, debt_id: int, days: int | None) -> None:
    """Per-debt lead days; None goes back to the default."""
    row = s.get(ReminderLead, debt_id)
    if days is None:
        if row is not None:
            s.delete(row)
        return
    days = min(max(days, 0), MAX_DAYS_BEFORE)
    if row is None:
        s.add(ReminderLead(debt_id=debt_id, days_before=days))
    else:
        row.days_before = days
        s.add(row)


def states(s: Session) -> dict[str, ReminderState]:
    return {
        row.key: ReminderState(row.done, aware(row.snoozed_until))
        for row in s.exec(select(ReminderStateRow))
    }


def build_facts(s: Session, tz: tzinfo, today: date) -> ReminderFacts:
    """Everything the reminder rules need, read in one session."""
    config = load_settings(s)
    until = today + timedelta(days=HORIZON_DAYS)
    return ReminderFacts(
        tz=tz,
        instalments=_instalments(s, until) if "instalment" in config.enabled else (),
        promises=_promises(s) if "promise" in config.enabled else (),
        cards=_cards(s, today) if "card" in config.enabled else (),
        days_before=lead_days(s),
        states=states(s),
        settings=config,
    )


# --- the user's actions ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StateSnapshot:
    """A key's stored state (None when it had no row), for exact undo."""

    key: str
    done: bool
    snoozed_until: datetime | None
    existed: bool


def snapshot(s: Session, key: str) -> StateSnapshot:
    row = s.get(ReminderStateRow, key)
    if row is None:
        return StateSnapshot(key, False, None, False)
    return StateSnapshot(key, row.done, aware(row.snoozed_until), True)


def _row(s: Session, key: str) -> ReminderStateRow:
    row = s.get(ReminderStateRow, key)
    return row if row is not None else ReminderStateRow(key=key)


def set_state(
    s: Session, key: str, *, done: bool, snoozed_until: datetime | None, now: datetime
) -> None:
    row = _row(s, key)
    row.done = done
    row.snoozed_until = snoozed_until.astimezone(UTC) if snoozed_until else None
    row.updated_at = now.astimezone(UTC)
    s.add(row)


def mark_done(s: Session, key: str, now: datetime) -> None:
    set_state(s, key, done=True, snoozed_until=None, now=now)


def snooze(s: Session, key: str, until: datetime, now: datetime) -> None:
    set_state(s, key, done=False, snoozed_until=until, now=now)


def restore(s: Session, snap: StateSnapshot, now: datetime) -> None:
    """Put back a state taken with :func:`snapshot` (undo)."""
    row = s.get(ReminderStateRow, snap.key)
    if not snap.existed and row is not None and row.notified_for is None:
        s.delete(row)
        return
    set_state(s, snap.key, done=snap.done, snoozed_until=snap.snoozed_until, now=now)


def notified(s: Session) -> dict[str, datetime]:
    """key -> the occurrence (``Reminder.at``) last notified."""
    query = select(ReminderStateRow).where(col(ReminderStateRow.notified_for).is_not(None))
    return {row.key: aware(row.notified_for) for row in s.exec(query)}  # type: ignore[misc]


def mark_notified(s: Session, reminders: Iterable[Reminder], now: datetime) -> None:
    reminders = list(reminders)
    keys = [r.key for r in reminders]
    rows = {
        row.key: row
        for row in s.exec(select(ReminderStateRow).where(col(ReminderStateRow.key).in_(keys)))
    }  # one query for all, not one per reminder
    for reminder in reminders:
        row = rows.get(reminder.key) or ReminderStateRow(key=reminder.key)
        row.notified_for = reminder.at.astimezone(UTC)
        row.last_notified_at = now.astimezone(UTC)
        s.add(row)


def pending_notifications(s: Session, facts: ReminderFacts, now: datetime) -> list[Reminder]:
    """Due reminders whose quiet hours are over and that were not shown for this occurrence."""
    shown = notified(s)
    return [
        r
        for r in due_reminders(facts, now)
        if r.notify_at <= now and shown.get(r.key) != r.at.astimezone(UTC)
    ]


# --- since the last run ----------------------------------------------------------------------


def last_run(s: Session) -> datetime | None:
    text = settings.get(s, LAST_RUN)
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return aware(moment)


def set_last_run(s: Session, now: datetime) -> None:
    settings.put(s, LAST_RUN, now.astimezone(UTC).isoformat(timespec="seconds"))


def missed_since(
    facts: ReminderFacts, since: datetime | None, now: datetime, shown: dict[str, datetime]
) -> list[Reminder]:
    """What fell due after ``since`` (the last run) and up to ``now``, not yet shown."""
    if since is None:
        return []
    return [
        r
        for r in due_reminders(facts, now)
        if r.at > since and shown.get(r.key) != r.at.astimezone(UTC)
    ]
