"""The reminder scheduler: one single-shot timer armed at the next absolute due time.

No polling: the timer is armed for :func:`~debttracker.core.reminders.next_fire_time`, clamped
to QTimer's int32 millisecond limit (about 24.8 days; when a clamped timer expires the check
finds nothing due yet and simply arms again).  Everything is re-evaluated from the absolute
clock (``ctx.now``, injectable) on start, when the timer expires, on any
``ctx.events.data_changed``, every :data:`RECHECK_EVERY` watchdog ticks, and at once when the
watchdog sees the wall clock move differently from the monotonic clock (resume from sleep:
QTimer runs on the monotonic clock, which stops while the machine sleeps; or the user changed
the clock).  The watchdog only compares two clocks; it touches no data.

Each occurrence of a reminder (key, ``at``) is emitted once through :attr:`due`, after its
quiet hours, and is recorded as notified in the database so a restart does not repeat it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal

from debttracker.core.messages import DomainError
from debttracker.core.reminders import Reminder, clamp_timer_ms, next_fire_time
from debttracker.store import reminders as store
from debttracker.ui.context import AppContext
from debttracker.ui.widgets import tasks

log = logging.getLogger(__name__)

WATCH_MS = 60_000  # the watchdog: compares the wall clock with the monotonic clock
RECHECK_EVERY = 15  # watchdog ticks between full re-checks (15 minutes)
JUMP_TOLERANCE = timedelta(seconds=90)


class ReminderScheduler(QObject):
    """Emits :attr:`due` with the reminders to notify now; see the module docstring."""

    #: list[Reminder] whose time has come (each occurrence once)
    due = Signal(list)
    #: emitted after every evaluation (the tray menu and dialogs may refresh)
    checked = Signal()
    #: the wall clock moved this much more (or less) than the monotonic clock: timedelta
    clock_jumped = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.monotonic = monotonic  # injectable, like ctx.now
        self.running = False
        self._stopped = False
        #: the absolute time the timer is armed for, and the interval it was given
        self.armed_for: datetime | None = None
        self.armed_ms: int | None = None
        self.next_due: datetime | None = None
        self._wall: datetime | None = None
        self._mono = 0.0
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fire)
        self.watchdog = QTimer(self)
        self.watchdog.setObjectName("reminderWatchdog")
        self.watchdog.setInterval(WATCH_MS)
        self.watchdog.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.watchdog.timeout.connect(self.watch)
        self._soon = QTimer(self)  # coalesces bursts of data_changed into one check
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.check)
        ctx.events.data_changed.connect(self._on_data_changed)

    # -- life cycle ------------------------------------------------------------------------
    def start(self, *, background: bool = False) -> None:
        """Start: the first check now, or on a pool thread (``background``, at app start)."""
        if self.running or self._stopped:
            return
        self.running = True
        self.watchdog.start()
        if background:
            self.check_in_background()
        else:
            self.check()

    def stop(self) -> None:
        """Stop for good (the store is closing)."""
        self.running = False
        self._stopped = True
        for timer in (self.timer, self.watchdog, self._soon):
            timer.stop()

    # -- triggers --------------------------------------------------------------------------
    def fire(self) -> None:
        """The single-shot timer expired (or a clamped one did: the check re-arms)."""
        self.check()

    def watch(self) -> None:
        """Watchdog tick: a full check when the clock jumped, or every RECHECK_EVERY ticks."""
        if not self.running:
            return
        self._ticks += 1
        if self.jump() is not None or self._ticks % RECHECK_EVERY == 0:
            self.check()
        else:
            self._note_clocks(self.ctx.now())

    def _on_data_changed(self, _aggregate: str) -> None:
        if self.running:
            self._soon.start()

    # -- clocks ----------------------------------------------------------------------------
    def _note_clocks(self, now: datetime) -> None:
        self._wall, self._mono = now, self.monotonic()

    def jump(self) -> timedelta | None:
        """How far the wall clock moved beyond the monotonic one since the last look, if far."""
        if self._wall is None:
            return None
        wall = self.ctx.now() - self._wall
        mono = timedelta(seconds=self.monotonic() - self._mono)
        drift = wall - mono
        if abs(drift) <= JUMP_TOLERANCE:
            return None
        log.info("clock jump of %s detected; re-checking reminders", drift)
        self.clock_jumped.emit(drift)
        return drift

    # -- the check -------------------------------------------------------------------------
    def check(self) -> list[Reminder]:
        """Notify what is due now, record the run, arm the timer for the next one."""
        if not self.running:
            return []
        now = self._begin_check()
        try:
            found = self._collect(now)
        except DomainError as exc:  # a damaged row: say so, keep the app running
            self._collect_failed(exc.message)
            found = None
        return self._finish_check(now, found)

    def check_in_background(self) -> None:
        """:meth:`check` with its reading and writing on a pool thread (the large sample's
        reminders take ~0.1 s to gather), its arming and notifying back on the UI thread."""
        if not self.running:
            return
        now = self._begin_check()
        tasks.run(
            QThreadPool.globalInstance(),
            partial(self._collect, now),
            partial(self._finish_check, now),
            self._collect_failed,
        )

    def _begin_check(self) -> datetime:
        self._soon.stop()
        now = self.ctx.now()
        self._note_clocks(now)
        return now

    def _collect(self, now: datetime) -> tuple[list[Reminder], datetime | None]:
        """The database part of a check (any thread): what to notify now, marked as notified,
        and when the next reminder falls."""
        tz = now.tzinfo
        assert tz is not None  # ctx.now() is aware
        with self.ctx.db.session() as s:
            facts = store.build_facts(s, tz, now.date())
            ready = store.pending_notifications(s, facts, now)
            store.mark_notified(s, ready, now)
            store.set_last_run(s, now)
        return ready, next_fire_time(facts, now)

    def _collect_failed(self, error: object) -> None:
        text = tasks.failure_text(error)
        self.ctx.events.status_message.emit(text)

    def _finish_check(
        self, now: datetime, found: tuple[list[Reminder], datetime | None] | None = None
    ) -> list[Reminder]:
        if not self.running:
            return []  # stopped while a background check ran
        ready, following = found if found is not None else ([], None)
        self.next_due = following
        self._arm(now, following)
        if ready:
            self.due.emit(ready)
        self.checked.emit()
        return ready

    def _arm(self, now: datetime, target: datetime | None) -> None:
        self.timer.stop()
        if target is None:
            self.armed_for = self.armed_ms = None
            return
        self.armed_ms = clamp_timer_ms(target - now)
        self.armed_for = now + timedelta(milliseconds=self.armed_ms)
        self.timer.start(self.armed_ms)
