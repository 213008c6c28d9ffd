"""Shared by the reminder UI tests: an injectable clock, seeded data, a window with fakes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.store.negotiation_tables import Promise
from debttracker.ui.app import build_main_window
from debttracker.ui.reminders.notifier import FakeNotifier

CST = timezone(timedelta(hours=8))


def t(y, m, d, hh=12, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=CST)


class FakeClock:
    """Wall clock and monotonic clock, moved by hand (a jump moves only the wall clock)."""

    def __init__(self, start: datetime) -> None:
        self.wall = start
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.wall

    def today(self) -> date:
        return self.wall.date()

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: timedelta) -> None:
        """Time passes normally: both clocks move."""
        self.wall += delta
        self.mono += delta.total_seconds()

    def set(self, moment: datetime) -> None:
        self.advance(moment - self.wall)

    def jump(self, delta: timedelta) -> None:
        """The machine slept (or the clock was changed): only the wall clock moves."""
        self.wall += delta


def seed(data: Path, dues: list[tuple[date, int]], *, promise_due: date | None = None) -> int:
    """One loan with unpaid instalments (due date, amount in fen); returns the debt id."""
    db = open_database(data)
    with db.session() as s:
        lender = Lender(name="示例银行")
        s.add(lender)
        s.flush()
        debt = Debt(lender_id=lender.id, name="消费贷", start_date=date(2025, 1, 10))
        s.add(debt)
        s.flush()
        for n, (due, fen) in enumerate(dues, start=1):
            s.add(Instalment(debt_id=debt.id, n=n, due_date=due, principal_fen=fen))
        if promise_due is not None:
            s.add(
                Promise(
                    lender_id=lender.id,
                    by="me",
                    kind="pay",
                    description="还 500",
                    made_on=promise_due - timedelta(days=5),
                    due_earliest=promise_due,
                    due_latest=promise_due,
                )
            )
        debt_id = debt.id
    db.close()
    assert debt_id is not None
    return debt_id


def open_window(qtbot, data: Path, clock: FakeClock, *, start: bool = True):
    """The real window on ``data`` with the clock injected and a FakeNotifier."""
    window = build_main_window(data)
    qtbot.addWidget(window)
    window.ctx.now = clock.now
    window.ctx.today = clock.today
    controller = window.reminders
    controller.scheduler.monotonic = clock.monotonic
    fake = FakeNotifier(controller)
    controller.set_notifier(fake)
    if start:
        controller.start()
    return window, controller, fake
