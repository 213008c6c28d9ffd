"""The scheduler through the real window: time compressed by the injected clock, no sleeping."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from debttracker.core.reminders import MAX_TIMER_MS
from debttracker.store import reminders as store
from debttracker.store import settings
from debttracker.ui.reminders.commands import ReminderStateCommand
from debttracker.ui.reminders.since_last_run import SinceLastRunDialog
from tests.ui.reminders_helpers import FakeClock, open_window, seed, t

DUE = date(2026, 3, 10)
#: bring_forward() raises the window; the offscreen platform says it cannot
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_a_due_instalment_fires_at_the_right_moment(qtbot, tmp_path):
    debt = seed(tmp_path / "d", [(DUE, 88849)])
    clock = FakeClock(t(2026, 3, 6, 12))
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    s = c.scheduler
    assert fake.shown == []
    assert s.next_due == t(2026, 3, 7, 9)  # three days ahead, at 09:00
    assert s.armed_ms == 21 * 3600 * 1000 and s.timer.isActive()
    clock.set(t(2026, 3, 7, 8, 59))
    s.fire()  # a timer that fired a minute early notifies nothing and re-arms
    assert fake.shown == [] and s.armed_ms == 60_000
    clock.set(t(2026, 3, 7, 9))
    s.fire()
    ((title, body, (reminder,)),) = fake.shown
    assert reminder.key == f"inst:{debt}:1:2026-03-10" and reminder.kind == "instalment_upcoming"
    assert title == "Instalment coming up" and "888.49" in body and "示例银行" in body
    s.fire()  # each occurrence once
    assert len(fake.shown) == 1
    assert s.next_due == t(2026, 3, 10, 9)
    # overdue: every morning until paid
    for day in (10, 11, 12):
        clock.set(t(2026, 3, day, 9))
        s.fire()
    assert [b[2][0].kind for b in fake.shown[1:]] == [
        "instalment_due",
        "instalment_overdue",
        "instalment_overdue",
    ]
    w.shutdown()


def test_snooze_re_arms_and_undo_puts_it_back(qtbot, tmp_path):
    debt = seed(tmp_path / "d", [(DUE, 50000)])
    clock = FakeClock(t(2026, 3, 10, 9))
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    key = f"inst:{debt}:1:2026-03-10"
    assert fake.keys == [key]
    with qtbot.waitSignal(c.scheduler.checked):  # data_changed re-checks (coalesced)
        w.ctx.undo_stack.push(
            ReminderStateCommand(w.ctx, [key], done=False, snoozed_until=t(2026, 3, 10, 10))
        )
    assert c.scheduler.next_due == t(2026, 3, 10, 10)
    assert c.scheduler.armed_ms == 3600 * 1000
    clock.set(t(2026, 3, 10, 10))
    c.scheduler.fire()
    assert fake.keys == [key, key]
    assert fake.shown[-1][2][0].at == t(2026, 3, 10, 10)
    with qtbot.waitSignal(c.scheduler.checked):
        w.ctx.undo_stack.undo()
    with w.ctx.db.session() as s:
        assert store.snapshot(s, key).snoozed_until is None
    w.shutdown()


def test_done_persists_across_a_restart(qtbot, tmp_path):
    data = tmp_path / "d"
    debt = seed(data, [(DUE, 50000)])
    key = f"inst:{debt}:1:2026-03-10"
    clock = FakeClock(t(2026, 3, 10, 9, 30))
    w, _c, fake = open_window(qtbot, data, clock)
    assert fake.keys == [key]
    w.ctx.undo_stack.push(ReminderStateCommand(w.ctx, [key], done=True, snoozed_until=None))
    w.close()
    w.shutdown()
    clock.set(t(2026, 3, 12, 10))
    w2, c2, fake2 = open_window(qtbot, data, clock)
    assert fake2.shown == [] and c2.missed_dialog is None
    assert c2.scheduler.next_due is None and not c2.scheduler.timer.isActive()
    w2.shutdown()


@OFFSCREEN_RAISE
def test_since_last_run_lists_what_was_missed(qtbot, tmp_path):
    data = tmp_path / "d"
    debt = seed(data, [(DUE, 50000), (date(2026, 4, 10), 50000)], promise_due=date(2026, 3, 9))
    clock = FakeClock(t(2026, 3, 6, 12))
    w, c, _fake = open_window(qtbot, data, clock)
    assert c.missed_dialog is None  # nothing fell due before the first run
    w.shutdown()
    clock.set(t(2026, 3, 11, 10))  # closed for five days
    opened: list[int] = []
    w2, c2, fake2 = open_window(qtbot, data, clock, start=False)
    w2.ctx.events.open_debt.connect(opened.append)
    c2.start()
    dialog = w2.findChild(SinceLastRunDialog, "sinceLastRunDialog")
    assert dialog is c2.missed_dialog and dialog.isVisible() and not dialog.isModal()
    model = dialog.model
    rows = [[model.index(r, col).data() for col in range(4)] for r in range(model.rowCount())]
    assert [row[1] for row in rows] == ["Promise overdue", "Instalment overdue"]
    assert "还 500" in rows[0][2] and "示例银行" in rows[1][2]
    assert fake2.shown == []  # shown in the dialog, not as a balloon as well
    # Done on the instalment, undoable
    key = f"inst:{debt}:1:2026-03-10"
    dialog.select(1)
    dialog.mark_done()
    assert model.index(1, 3).data() == "Done"
    w2.ctx.undo_stack.undo()
    assert model.index(1, 3).data() == ""
    # Snooze for an hour, tomorrow, a chosen date
    dialog.snooze("hour")
    assert model.index(1, 3).data().startswith("Snoozed until")
    with w2.ctx.db.session() as s:
        assert store.snapshot(s, key).snoozed_until == t(2026, 3, 11, 11)
    dialog.snooze("tomorrow")
    with w2.ctx.db.session() as s:
        assert store.snapshot(s, key).snoozed_until == t(2026, 3, 12, 9)
    chooser = dialog.choose_date()
    chooser.day.setDate(chooser.day.date().addDays(1))  # a week and a day ahead
    chooser.accept()
    with w2.ctx.db.session() as s:
        assert store.snapshot(s, key).snoozed_until == t(2026, 3, 19, 9)
    dialog.open_selected()
    assert opened == [debt]
    dialog.accept()
    w2.shutdown()


def test_a_reminder_40_days_away_arms_a_clamped_timer_then_re_arms(qtbot, tmp_path):
    clock = FakeClock(t(2026, 1, 1, 9))
    seed(tmp_path / "d", [(date(2026, 2, 13), 10000)])  # reminded 3 days ahead: 10 February
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    s = c.scheduler
    assert s.next_due == t(2026, 2, 10, 9) and s.next_due - clock.now() == timedelta(days=40)
    assert s.armed_ms == MAX_TIMER_MS  # not 40 days: QTimer's int32 limit
    clock.advance(timedelta(milliseconds=MAX_TIMER_MS))
    s.fire()  # the clamped timer expired: nothing due yet, armed again for the rest
    assert fake.shown == []
    rest = timedelta(days=40) - timedelta(milliseconds=MAX_TIMER_MS)
    assert s.armed_ms == rest // timedelta(milliseconds=1)
    clock.advance(rest)
    s.fire()
    assert len(fake.shown) == 1
    w.shutdown()


def test_a_clock_jump_is_detected_and_re_checked(qtbot, tmp_path):
    debt = seed(tmp_path / "d", [(DUE, 10000)])
    clock = FakeClock(t(2026, 3, 2, 12))
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    s = c.scheduler
    clock.advance(timedelta(minutes=1))  # an ordinary watchdog tick: both clocks moved
    s.watch()
    assert fake.shown == []
    jumps: list[timedelta] = []
    s.clock_jumped.connect(jumps.append)
    clock.jump(timedelta(days=9))  # the laptop slept until 11 March
    s.watch()
    assert len(jumps) == 1 and abs(jumps[0] - timedelta(days=9)) < timedelta(seconds=1)
    ((_t, _b, (reminder,)),) = fake.shown
    assert (reminder.key, reminder.kind) == (f"inst:{debt}:1:2026-03-10", "instalment_overdue")
    w.shutdown()


def test_quiet_hours_and_per_kind_switches(qtbot, tmp_path):
    seed(tmp_path / "d", [(DUE, 10000)], promise_due=date(2026, 3, 9))
    data = tmp_path / "d"
    from debttracker.store.db import open_database

    db = open_database(data)
    with db.session() as session:
        settings.put(session, store.TIME_OF_DAY, "23:00")
        settings.put(session, store.KIND_PROMISE, False)
    db.close()
    clock = FakeClock(t(2026, 3, 7, 23, 30))
    w, c, fake = open_window(qtbot, data, clock)
    assert fake.shown == []  # 23:00 is in the quiet hours (22:00-08:00)
    assert c.scheduler.next_due == t(2026, 3, 8, 8)
    clock.set(t(2026, 3, 8, 8))
    c.scheduler.fire()
    assert [r.kind for _t, _b, batch in fake.shown for r in batch] == ["instalment_upcoming"]
    clock.set(t(2026, 3, 9, 23, 30))  # the promise is due today but promises are switched off
    c.scheduler.fire()
    assert len(fake.shown) == 1
    w.shutdown()


@OFFSCREEN_RAISE
def test_a_notification_click_opens_the_debt(qtbot, tmp_path):
    debt = seed(tmp_path / "d", [(DUE, 10000)])
    clock = FakeClock(t(2026, 3, 10, 9))
    w, _c, fake = open_window(qtbot, tmp_path / "d", clock)
    with qtbot.waitSignal(w.ctx.events.open_debt) as blocker:
        fake.click()
    assert blocker.args == [debt]
    assert w.isVisible() and w.tabs.currentWidget().objectName() == "ledgerTab"
    w.shutdown()


def test_a_payment_recorded_elsewhere_stops_the_reminder(qtbot, tmp_path):
    from debttracker.store.models import Instalment

    seed(tmp_path / "d", [(DUE, 10000)])
    clock = FakeClock(t(2026, 3, 11, 9))
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    assert len(fake.shown) == 1 and c.scheduler.next_due == t(2026, 3, 12, 9)
    with w.ctx.db.session() as s:
        row = s.get(Instalment, 1)
        row.paid_principal_fen, row.settled_on = 10000, date(2026, 3, 11)
        s.add(row)
    with qtbot.waitSignal(c.scheduler.checked):
        w.ctx.events.data_changed.emit("ledger")
    assert c.scheduler.next_due is None and not c.scheduler.timer.isActive()
    clock.set(t(2026, 3, 12, 9))
    c.scheduler.fire()
    assert len(fake.shown) == 1
    w.shutdown()


@OFFSCREEN_RAISE
def test_opening_a_promise_shows_the_negotiation_tab(qtbot, tmp_path):
    seed(tmp_path / "d", [], promise_due=date(2026, 3, 9))
    clock = FakeClock(t(2026, 3, 9, 9))
    w, c, fake = open_window(qtbot, tmp_path / "d", clock)
    ((_title, body, (reminder,)),) = fake.shown
    assert reminder.kind == "promise_due" and "还 500" in body
    c.open_item(reminder.ref)
    assert w.tabs.currentWidget().objectName() == "negotiationTab"
    w.shutdown()


@OFFSCREEN_RAISE
def test_the_app_start_reads_reminders_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    """At app start (``start_soon``) the missed reminders and the first check are gathered on
    pool threads; the dialog, the timer and the notifications still happen on the UI thread."""
    import threading

    data = tmp_path / "d"
    seed(data, [(DUE, 50000), (date(2026, 4, 10), 50000)], promise_due=date(2026, 3, 9))
    clock = FakeClock(t(2026, 3, 6, 12))
    w, _c, _fake = open_window(qtbot, data, clock)
    w.shutdown()
    clock.set(t(2026, 3, 11, 10))
    threads: list[threading.Thread] = []
    real = store.build_facts

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "build_facts", spy)
    w2, c2, fake2 = open_window(qtbot, data, clock, start=False)
    with qtbot.waitSignal(c2.scheduler.checked, timeout=10_000):
        c2.start_soon()
    assert len(threads) == 2 and threading.main_thread() not in threads  # missed, then check
    assert c2.missed_dialog is not None and c2.missed_dialog.isVisible()
    assert c2.scheduler.running and c2.scheduler.timer.isActive()
    assert c2.scheduler.next_due is not None and c2.scheduler.next_due > clock.now()
    assert fake2.shown == []  # what the dialog lists is not repeated as a balloon
    with w2.ctx.db.session() as s:
        assert store.last_run(s) == t(2026, 3, 11, 10)
    w2.shutdown()
