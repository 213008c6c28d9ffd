"""Reminder rules with an injected clock (issue 7)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.collection_rules import in_quiet_hours
from debttracker.core.messages import DomainError
from debttracker.core.reminders import (
    MAX_TIMER_MS,
    CardFact,
    InstalmentFact,
    PromiseFact,
    ReminderFacts,
    ReminderSettings,
    ReminderState,
    apply_quiet_hours,
    clamp_timer_ms,
    due_reminders,
    next_fire_time,
)

CST = timezone(timedelta(hours=8))


def t(y, m, d, hh=12, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=CST)


def inst(due, n=1, paid=False, debt="loan"):
    return InstalmentFact(debt, n, due, Decimal("888.49"), paid, "Loan app")


def facts(**kw):
    return ReminderFacts(tz=CST, **kw)


def keys(reminders):
    return [(r.key, r.kind) for r in reminders]


def test_instalment_lead_day_due_day_and_overdue():
    f = facts(instalments=[inst(date(2026, 3, 10))])
    key = "inst:loan:1:2026-03-10"
    assert due_reminders(f, t(2026, 3, 7, 8, 59)) == []
    assert next_fire_time(f, t(2026, 3, 7, 8, 59)) == t(2026, 3, 7, 9)
    (r,) = due_reminders(f, t(2026, 3, 7, 9))
    assert (r.key, r.kind, r.at) == (key, "instalment_upcoming", t(2026, 3, 7, 9))
    assert r.title.render() == "Instalment 1 of Loan app is due on 2026-03-10: 888.49"
    assert r.ref == ("instalment", ("loan", 1))
    assert next_fire_time(f, t(2026, 3, 7, 9)) == t(2026, 3, 10, 9)
    assert keys(due_reminders(f, t(2026, 3, 10, 9))) == [(key, "instalment_due")]
    (late,) = due_reminders(f, t(2026, 3, 11, 10))
    assert (late.kind, late.at) == ("instalment_overdue", t(2026, 3, 11, 9))
    # daily until paid
    assert next_fire_time(f, t(2026, 3, 11, 10)) == t(2026, 3, 12, 9)
    paid = facts(instalments=[inst(date(2026, 3, 10), paid=True)])
    assert due_reminders(paid, t(2026, 3, 11, 10)) == []
    assert next_fire_time(paid, t(2026, 3, 11, 10)) is None


def test_clock_jump_forward_three_days_shows_overdue():
    f = facts(instalments=[inst(date(2026, 3, 10)), inst(date(2026, 4, 10), n=2)])
    before = due_reminders(f, t(2026, 3, 9, 12))
    assert [r.kind for r in before] == ["instalment_upcoming"]
    after = due_reminders(f, t(2026, 3, 12, 12))  # the machine slept for three days
    assert [(r.kind, r.at) for r in after] == [("instalment_overdue", t(2026, 3, 12, 9))]


def test_month_end_and_leap_year_lead_days():
    f = facts(instalments=[inst(date(2026, 3, 1))])
    assert due_reminders(f, t(2026, 2, 26, 9))[0].key == "inst:loan:1:2026-03-01"
    assert due_reminders(f, t(2026, 2, 25, 23)) == []
    f = facts(instalments=[inst(date(2028, 3, 1), n=2)])
    # 2028 is a leap year: three days before 1 March is 27 February
    assert due_reminders(f, t(2028, 2, 26, 23)) == []
    assert [r.key for r in due_reminders(f, t(2028, 2, 27, 9))] == ["inst:loan:2:2028-03-01"]
    leap = facts(instalments=[inst(date(2028, 2, 29))])
    assert due_reminders(leap, t(2028, 2, 26, 9))[0].key == "inst:loan:1:2028-02-29"
    assert due_reminders(leap, t(2028, 3, 1, 9))[0].kind == "instalment_overdue"


def test_per_debt_days_before():
    f = facts(instalments=[inst(date(2026, 3, 10))], days_before={"loan": 7})
    assert due_reminders(f, t(2026, 3, 3, 9))[0].kind == "instalment_upcoming"
    zero = facts(instalments=[inst(date(2026, 3, 10))], days_before={"loan": 0})
    assert next_fire_time(zero, t(2026, 3, 1)) == t(2026, 3, 10, 9)
    with pytest.raises(DomainError):
        due_reminders(
            facts(instalments=[inst(date(2026, 3, 10))], days_before={"loan": -1}), t(2026, 3, 1)
        )


def test_done_and_snooze():
    key = "inst:loan:1:2026-03-10"
    base = [inst(date(2026, 3, 10))]
    done = facts(instalments=base, states={key: ReminderState(done=True)})
    assert due_reminders(done, t(2026, 3, 12)) == []
    assert next_fire_time(done, t(2026, 3, 12)) is None
    snoozed = facts(instalments=base, states={key: ReminderState(snoozed_until=t(2026, 3, 12, 15))})
    assert due_reminders(snoozed, t(2026, 3, 12, 14)) == []
    assert next_fire_time(snoozed, t(2026, 3, 12, 14)) == t(2026, 3, 12, 15)
    (r,) = due_reminders(snoozed, t(2026, 3, 12, 16))
    assert r.at == t(2026, 3, 12, 15)
    # the next day it is back on the daily rhythm
    assert due_reminders(snoozed, t(2026, 3, 13, 10))[0].at == t(2026, 3, 13, 9)


def test_promises_both_ways():
    mine = PromiseFact(1, "me", date(2026, 5, 6), "pending", "pay 500")
    theirs = PromiseFact(2, "lender", date(2026, 5, 6), "pending", "reply on the plan")
    kept = PromiseFact(3, "lender", date(2026, 5, 6), "kept", "send agreement")
    f = facts(promises=[mine, theirs, kept])
    on_day = due_reminders(f, t(2026, 5, 6, 10))
    assert keys(on_day) == [
        ("prom:1:2026-05-06", "promise_due"),
        ("prom:2:2026-05-06", "promise_due"),
    ]
    assert on_day[1].title.render() == "The lender's promise is due today: reply on the plan"
    later = due_reminders(f, t(2026, 5, 8, 10))
    # the lender's due-day reminder gives way to the follow-up
    assert keys(later) == [
        ("fup:2:2026-05-06", "promise_followup"),
        ("prom:1:2026-05-06", "promise_overdue"),
    ]
    assert later[0].at == t(2026, 5, 7, 9)  # the follow-up fired once, the day after
    assert later[1].at == t(2026, 5, 8, 9)  # mine repeats daily
    assert later[1].title.render() == "Your promise is overdue since 2026-05-06: pay 500"


def test_broken_lender_promise_follow_up_fires_at_once():
    broken = PromiseFact(4, "lender", date(2026, 6, 30), "broken", "stop penalty")
    f = facts(promises=[broken])
    (r,) = due_reminders(f, t(2026, 6, 10, 10))
    assert (r.key, r.kind, r.at) == ("fup:4:2026-06-30", "promise_followup", t(2026, 6, 10, 9))


def test_card_days_clamp_to_month_end():
    card = CardFact("cmb", "CMB card", statement_day=30, due_day=31)
    f = facts(cards=[card])
    assert keys(due_reminders(f, t(2028, 2, 29, 9))) == [
        ("card:cmb:due:2028-02-29", "card_due"),
        ("card:cmb:stmt:2028-02-29", "card_statement"),
    ]
    assert [r.key for r in due_reminders(f, t(2027, 2, 28, 9))] == [
        "card:cmb:due:2027-02-28",
        "card:cmb:stmt:2027-02-28",
    ]
    # the lead-day reminder for the due day, and nothing left once the day is over
    assert [r.kind for r in due_reminders(f, t(2026, 4, 27, 9))] == ["card_due"]
    assert due_reminders(f, t(2026, 5, 1, 9)) == []
    assert next_fire_time(f, t(2026, 5, 1, 9)) == t(2026, 5, 28, 9)


def test_per_kind_switches():
    f = facts(
        instalments=[inst(date(2026, 3, 10))],
        cards=[CardFact("c", "Card", 10, 10)],
        settings=ReminderSettings(enabled=frozenset({"card"})),
    )
    assert [r.kind for r in due_reminders(f, t(2026, 3, 10, 10))] == ["card_due", "card_statement"]


@pytest.mark.parametrize(
    ("local", "moved"),
    [
        (t(2026, 3, 10, 21, 59), t(2026, 3, 10, 21, 59)),
        (t(2026, 3, 10, 22, 0), t(2026, 3, 11, 8, 0)),
        (t(2026, 3, 10, 23, 59), t(2026, 3, 11, 8, 0)),
        (t(2026, 3, 11, 0, 0), t(2026, 3, 11, 8, 0)),
        (t(2026, 3, 11, 7, 59), t(2026, 3, 11, 8, 0)),
        (t(2026, 3, 11, 8, 0), t(2026, 3, 11, 8, 0)),
        (t(2026, 12, 31, 23, 0), t(2027, 1, 1, 8, 0)),
    ],
)
def test_apply_quiet_hours_edges(local, moved):
    assert apply_quiet_hours(local, CST, time(22), time(8)) == moved


def test_apply_quiet_hours_in_another_zone_and_daytime_period():
    utc = UTC
    # 15:00 UTC = 23:00 in Beijing -> 08:00 Beijing next day
    assert apply_quiet_hours(datetime(2026, 3, 10, 15, tzinfo=utc), CST, time(22), time(8)) == t(
        2026, 3, 11, 8
    )
    assert apply_quiet_hours(t(2026, 3, 10, 13), CST, time(12), time(14)) == t(2026, 3, 10, 14)
    assert apply_quiet_hours(t(2026, 3, 10, 23), CST, time(8), time(8)) == t(2026, 3, 10, 23)


def test_reminder_time_inside_quiet_hours_notifies_at_their_end():
    late = ReminderSettings(time_of_day=time(23, 0))
    f = facts(instalments=[inst(date(2026, 3, 10))], settings=late, days_before={"loan": 0})
    (r,) = due_reminders(f, t(2026, 3, 10, 23, 30))
    assert r.at == t(2026, 3, 10, 23) and r.notify_at == t(2026, 3, 11, 8)
    # the due one still waits for its notification, before the next daily firing
    assert next_fire_time(f, t(2026, 3, 10, 23, 30)) == t(2026, 3, 11, 8)


def test_timer_clamp_for_far_reminders():
    assert clamp_timer_ms(timedelta(0)) == 0
    assert clamp_timer_ms(timedelta(seconds=-5)) == 0
    assert clamp_timer_ms(timedelta(microseconds=1)) == 1  # never early
    assert clamp_timer_ms(timedelta(days=24)) == 24 * 86_400_000
    assert MAX_TIMER_MS == 2_147_483_647
    assert clamp_timer_ms(timedelta(days=24, hours=20, minutes=32)) == MAX_TIMER_MS
    # a reminder 40 days away: arm the maximum, then re-arm with what is left
    now = t(2026, 3, 1, 9)
    f = facts(instalments=[inst(date(2026, 4, 13))])
    fire = next_fire_time(f, now)
    assert fire == t(2026, 4, 10, 9)
    assert clamp_timer_ms(fire - now) == MAX_TIMER_MS
    later = now + timedelta(milliseconds=MAX_TIMER_MS)
    assert next_fire_time(f, later) == fire
    assert clamp_timer_ms(fire - later) == (fire - now) // timedelta(milliseconds=1) - MAX_TIMER_MS


def test_naive_now_rejected():
    with pytest.raises(DomainError) as err:
        due_reminders(facts(), datetime(2026, 3, 1, 9))
    assert err.value.field == "now"


def test_card_day_out_of_range_rejected():
    with pytest.raises(DomainError) as err:
        due_reminders(facts(cards=[CardFact("c", "Card", 32, 5)]), t(2026, 3, 1))
    assert err.value.field == "day"


@settings(max_examples=60, deadline=None)
@given(
    dues=st.lists(st.dates(date(2027, 12, 1), date(2028, 4, 30)), max_size=4),
    promise_days=st.lists(
        st.tuples(
            st.dates(date(2027, 12, 1), date(2028, 4, 30)), st.sampled_from(["me", "lender"])
        ),
        max_size=3,
    ),
    card_days=st.lists(st.tuples(st.integers(1, 31), st.integers(1, 31)), max_size=2),
    now=st.datetimes(datetime(2027, 12, 1), datetime(2028, 4, 30)),
)
def test_next_fire_time_is_when_something_is_notified(dues, promise_days, card_days, now):
    f = facts(
        instalments=[inst(d, n=i) for i, d in enumerate(dues)],
        promises=[PromiseFact(i, who, d, "pending") for i, (d, who) in enumerate(promise_days)],
        cards=[CardFact(i, f"card {i}", s, d) for i, (s, d) in enumerate(card_days)],
    )
    now = now.replace(tzinfo=CST)
    fire = next_fire_time(f, now)
    if fire is None:
        return
    assert fire > now
    assert not in_quiet_hours(fire.astimezone(CST).time().replace(tzinfo=None), time(22), time(8))
    due_then = due_reminders(f, fire)
    assert any(r.notify_at == fire for r in due_then)
    assert len({r.key for r in due_then}) == len(due_then)
