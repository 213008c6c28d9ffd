"""Reminder rules (issue 7): given the facts and ``now``, what is due and when the next one is.

Every reminder has a stable ``key`` so the store can keep its done / snoozed state:

* ``inst:<debt id>:<number>:<due date>`` — an unpaid instalment (agreement instalments too):
  fires ``days_before`` days ahead (default 3), on the due day, then **daily** while overdue.
* ``prom:<promise id>:<due date>`` — a pending promise, on its due day; mine repeat daily
  while overdue, the lender's gives way to the follow-up the next day.
* ``fup:<promise id>:<due date>`` — the lender's promise is broken (or still pending the day
  after it was due): follow it up.
* ``card:<card id>:stmt:<date>`` / ``card:<card id>:due:<date>`` — a card's statement day, and
  its due day (``days_before`` ahead and on the day); shown until that day ends.

The due date is part of the key, so a rescheduled item starts fresh. Reminders fire at
``time_of_day`` (default 09:00 local). ``Reminder.at`` is the latest firing at or before ``now``
(it moves forward a day at a time for overdue items); ``notify_at`` is ``at`` moved out of the
quiet hours. The notifier should notify once per ``(key, at)`` and only once ``notify_at`` has
passed. Done hides a reminder for good; a snooze hides it until ``snoozed_until``, when it fires
again. The scheduler arms one timer for :func:`next_fire_time`, clamped by
:func:`clamp_timer_ms` (QTimer takes at most 2**31 − 1 ms, about 24.8 days; re-arm on expiry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from debttracker.core.collection_rules import in_quiet_hours
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg

MAX_TIMER_MS = 2**31 - 1
ME, LENDER = "me", "lender"
PENDING, KEPT, BROKEN = "pending", "kept", "broken"
GROUPS = frozenset({"instalment", "promise", "card"})
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class InstalmentFact:
    debt_id: int | str
    number: int
    due: date
    amount: Decimal
    paid: bool
    debt_name: str = ""


@dataclass(frozen=True, slots=True)
class PromiseFact:
    id: int | str
    who: str  # ME or LENDER
    due: date
    status: str  # PENDING, KEPT or BROKEN
    text: str = ""


@dataclass(frozen=True, slots=True)
class CardFact:
    card_id: int | str
    name: str
    statement_day: int  # day of month; clamped to the month's end
    due_day: int
    # what is still to pay of the card's minimum, per (year, month) (core.dues.due_in_month)
    minimums: Mapping[tuple[int, int], Decimal] = field(default_factory=dict)

    def minimum_in(self, day: date) -> Decimal | None:
        """The card's unpaid minimum in ``day``'s month (None when unknown or nothing)."""
        amount = self.minimums.get((day.year, day.month))
        return amount if amount else None


@dataclass(frozen=True, slots=True)
class ReminderState:
    done: bool = False
    snoozed_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    time_of_day: time = time(9, 0)
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    days_before: int = 3
    enabled: frozenset[str] = GROUPS  # per-kind switches: instalment, promise, card


@dataclass(frozen=True, slots=True)
class ReminderFacts:
    """Everything the rules look at, as plain values from the store."""

    tz: tzinfo
    instalments: Sequence[InstalmentFact] = ()
    promises: Sequence[PromiseFact] = ()
    cards: Sequence[CardFact] = ()
    days_before: Mapping[int | str, int] = field(default_factory=dict)  # per debt or card
    states: Mapping[str, ReminderState] = field(default_factory=dict)
    settings: ReminderSettings = ReminderSettings()


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    kind: str  # e.g. instalment_overdue, promise_followup, card_due
    at: datetime
    notify_at: datetime
    title: Message
    ref: tuple[str, object]  # ("instalment", (debt id, number)), ("promise", id), ("card", id)
    due: date


@dataclass(frozen=True, slots=True)
class _Plan:
    """When one reminder fires: on ``points`` days, and daily from ``daily_from``."""

    key: str
    group: str
    points: tuple[date, ...]
    daily_from: date | None
    until: date | None  # not shown after this day
    describe: Callable[[date], tuple[str, Message]]  # fire day -> kind, title
    ref: tuple[str, object]
    due: date


def clamp_timer_ms(delta: timedelta) -> int:
    """Milliseconds for a single-shot QTimer: rounded up, within ``0..2**31 − 1``."""
    ms = -(-delta // timedelta(milliseconds=1))
    return max(0, min(ms, MAX_TIMER_MS))


def apply_quiet_hours(at: datetime, tz: tzinfo, start: time, end: time) -> datetime:
    """``at`` moved to the end of the quiet period (local ``start``–``end``) if inside it."""
    local = at.astimezone(tz)
    moment = local.time().replace(tzinfo=None)
    if not in_quiet_hours(moment, start, end):
        return at
    day = local.date() + _DAY if start > end and moment >= start else local.date()
    return datetime.combine(day, end, tzinfo=tz)


def _fixed(kind: str, title: Message) -> Callable[[date], tuple[str, Message]]:
    """A ``describe`` that does not depend on the day."""

    def describe(_day: date) -> tuple[str, Message]:
        return kind, title

    return describe


def _instalment_plans(facts: ReminderFacts) -> Iterator[_Plan]:
    for inst in facts.instalments:
        if inst.paid:
            continue
        lead = facts.days_before.get(inst.debt_id, facts.settings.days_before)
        if lead < 0:
            raise DomainError(
                msg("reminders", QT_TRANSLATE_NOOP("reminders", "Days before cannot be negative")),
                field="days_before",
            )

        def describe(day: date, i: InstalmentFact = inst) -> tuple[str, Message]:
            name = i.debt_name or str(i.debt_id)
            if day < i.due:
                text = QT_TRANSLATE_NOOP("reminders", "Instalment %1 of %2 is due on %3: %4")
                return "instalment_upcoming", msg(
                    "reminders", text, i.number, name, i.due, i.amount
                )
            if day == i.due:
                text = QT_TRANSLATE_NOOP("reminders", "Instalment %1 of %2 is due today: %3")
                return "instalment_due", msg("reminders", text, i.number, name, i.amount)
            text = QT_TRANSLATE_NOOP("reminders", "Instalment %1 of %2 is overdue since %3: %4")
            return "instalment_overdue", msg("reminders", text, i.number, name, i.due, i.amount)

        yield _Plan(
            f"inst:{inst.debt_id}:{inst.number}:{inst.due.isoformat()}",
            "instalment",
            tuple(sorted({inst.due - lead * _DAY, inst.due})),
            inst.due + _DAY,
            None,
            describe,
            ("instalment", (inst.debt_id, inst.number)),
            inst.due,
        )


def _promise_due(p: PromiseFact) -> _Plan:
    def describe(day: date) -> tuple[str, Message]:
        if day > p.due:
            text = QT_TRANSLATE_NOOP("reminders", "Your promise is overdue since %1: %2")
            return "promise_overdue", msg("reminders", text, p.due, p.text)
        if p.who == ME:
            text = QT_TRANSLATE_NOOP("reminders", "Your promise is due today: %1")
        else:
            text = QT_TRANSLATE_NOOP("reminders", "The lender's promise is due today: %1")
        return "promise_due", msg("reminders", text, p.text)

    # mine repeat daily while overdue; the lender's gives way to the follow-up next day
    daily, until = (p.due + _DAY, None) if p.who == ME else (None, p.due)
    key = f"prom:{p.id}:{p.due.isoformat()}"
    return _Plan(key, "promise", (p.due,), daily, until, describe, ("promise", p.id), p.due)


def _promise_plans(facts: ReminderFacts, today: date) -> Iterator[_Plan]:
    for p in facts.promises:
        if p.status == PENDING:
            yield _promise_due(p)
        late = p.status == BROKEN or (p.status == PENDING and today > p.due)
        if p.who == LENDER and late:
            text = QT_TRANSLATE_NOOP("reminders", "The lender did not keep its promise: %1")
            title = msg("reminders", text, p.text)
            yield _Plan(
                f"fup:{p.id}:{p.due.isoformat()}",
                "promise",
                (min(p.due + _DAY, today),),
                None,
                None,
                _fixed("promise_followup", title),
                ("promise", p.id),
                p.due,
            )


def _day_in(year: int, month: int, day: int) -> date:
    """``day`` of the month, clamped to its last day (statement day 31 in February)."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day, (following - _DAY).day))


def _due_title(card: CardFact, due: date) -> Message:
    amount = card.minimum_in(due)
    if amount is None:
        return msg(
            "reminders", QT_TRANSLATE_NOOP("reminders", "%1: payment due on %2"), card.name, due
        )
    text = QT_TRANSLATE_NOOP("reminders", "%1: payment due on %2, minimum %3")
    return msg("reminders", text, card.name, due, amount)


def _card_plans(facts: ReminderFacts, today: date) -> Iterator[_Plan]:
    for card in facts.cards:
        if not (1 <= card.statement_day <= 31 and 1 <= card.due_day <= 31):
            raise DomainError(
                msg("reminders", QT_TRANSLATE_NOOP("reminders", "Days of the month are 1 to 31")),
                field="day",
            )
        lead = facts.days_before.get(card.card_id, facts.settings.days_before)
        for shift in range(-1, 3):
            index = today.year * 12 + today.month - 1 + shift
            year, month = index // 12, index % 12 + 1
            stmt = _day_in(year, month, card.statement_day)
            due = _day_in(year, month, card.due_day)
            s_title = msg(
                "reminders", QT_TRANSLATE_NOOP("reminders", "Statement day of %1"), card.name
            )
            d_title = _due_title(card, due)
            ref = ("card", card.card_id)
            yield _Plan(
                f"card:{card.card_id}:stmt:{stmt.isoformat()}",
                "card",
                (stmt,),
                None,
                stmt,
                _fixed("card_statement", s_title),
                ref,
                stmt,
            )
            yield _Plan(
                f"card:{card.card_id}:due:{due.isoformat()}",
                "card",
                tuple(sorted({due - lead * _DAY, due})),
                None,
                due,
                _fixed("card_due", d_title),
                ref,
                due,
            )


def _plans(facts: ReminderFacts, today: date) -> Iterator[_Plan]:
    enabled = facts.settings.enabled
    for plan in (
        *_instalment_plans(facts),
        *_promise_plans(facts, today),
        *_card_plans(facts, today),
    ):
        if plan.group in enabled:
            yield plan


class _Clock:
    """Local fire times of one ``facts`` at one ``now``."""

    def __init__(self, facts: ReminderFacts) -> None:
        self.tz = facts.tz
        self.time = facts.settings.time_of_day

    def at(self, day: date) -> datetime:
        return datetime.combine(day, self.time, tzinfo=self.tz)

    def latest(self, plan: _Plan, limit: datetime) -> datetime | None:
        """The last firing of ``plan`` at or before ``limit``."""
        found = [self.at(d) for d in plan.points if self.at(d) <= limit]
        if plan.daily_from is not None:
            day = limit.astimezone(self.tz).date()
            if self.at(day) > limit:
                day -= _DAY
            if day >= plan.daily_from:
                found.append(self.at(day))
        return max(found, default=None)

    def following(self, plan: _Plan, after: datetime) -> datetime | None:
        """The first firing of ``plan`` strictly after ``after``."""
        found = [self.at(d) for d in plan.points if self.at(d) > after]
        if plan.daily_from is not None:
            day = max(after.astimezone(self.tz).date(), plan.daily_from)
            if self.at(day) <= after:
                day += _DAY
            found.append(self.at(day))
        return min(found, default=None)


def _evaluate(
    clock: _Clock, plan: _Plan, state: ReminderState, now: datetime
) -> tuple[datetime | None, datetime | None]:
    """(time it last fired if it is due now, time it fires next) — snooze and done applied."""
    if state.done:
        return None, None
    if plan.until is not None and now.astimezone(clock.tz).date() > plan.until:
        return None, None
    snooze = state.snoozed_until
    if snooze is not None and snooze > now:
        if clock.latest(plan, snooze) is not None:
            return None, snooze
        return None, clock.following(plan, snooze)
    latest = clock.latest(plan, now)
    if latest is not None and snooze is not None:
        latest = max(latest, snooze)
    following = clock.following(plan, now)
    if following is not None and plan.until is not None:
        if following.astimezone(clock.tz).date() > plan.until:
            following = None
    return latest, following


def _check_now(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise DomainError(
            msg("reminders", QT_TRANSLATE_NOOP("reminders", "The current time has no time zone")),
            field="now",
        )


def due_reminders(facts: ReminderFacts, now: datetime) -> list[Reminder]:
    """Every reminder due at ``now`` (overdue ones included), oldest first."""
    _check_now(now)
    clock = _Clock(facts)
    s = facts.settings
    found = []
    for plan in _plans(facts, now.astimezone(facts.tz).date()):
        at, _ = _evaluate(clock, plan, facts.states.get(plan.key, ReminderState()), now)
        if at is None:
            continue
        kind, title = plan.describe(at.astimezone(facts.tz).date())
        notify = apply_quiet_hours(at, facts.tz, s.quiet_start, s.quiet_end)
        found.append(Reminder(plan.key, kind, at, notify, title, plan.ref, plan.due))
    return sorted(found, key=lambda r: (r.due, r.at, r.key))


def next_fire_time(facts: ReminderFacts, now: datetime) -> datetime | None:
    """When the next notification is due after ``now`` (quiet hours applied), or None.

    This includes due reminders whose notification waits for the end of the quiet hours.
    """
    _check_now(now)
    clock = _Clock(facts)
    s = facts.settings
    times = []
    for plan in _plans(facts, now.astimezone(facts.tz).date()):
        at, following = _evaluate(clock, plan, facts.states.get(plan.key, ReminderState()), now)
        for moment in (at, following):
            if moment is not None:
                notify = apply_quiet_hours(moment, facts.tz, s.quiet_start, s.quiet_end)
                if notify > now:
                    times.append(notify)
    return min(times, default=None)
