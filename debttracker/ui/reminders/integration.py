"""Wiring reminders into the main window: :func:`install_reminders` (called once from
``MainWindow.open_store``) builds a :class:`RemindersController` that owns the scheduler, the
notifier and the tray, shows the since-last-run dialog and adds File → Export calendar.

How reminders reach the user is chosen at start (:func:`choose_notifier`): a notification
server on the session bus → desktop notifications through D-Bus (with Open / Snooze / Done;
the tray too where there is one); else the tray's balloons; else nothing pops up (a no-op; the
since-last-run dialog shows what was missed at the next start).

Closing the window: when reminders can still reach the user (a tray, or a notification server)
and ``tray.enabled`` is on, the application is told not to quit on the last window closed, so
closing the window only hides it and reminders keep coming; the first time, a non-blocking
message says how they will arrive (``tray.explained``).  With neither, closing quits, and the
first time a message says that reminders will be shown at the next start, and the app quits
once it is read.  Quitting
(File → Quit, the tray's Quit, logout, SIGTERM) quits as before.

This module's top level stays light (Qt and the stdlib setting reader only): ``run()`` calls
:func:`tray_possible` before the store opens.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSystemTrayIcon

from debttracker import paths
from debttracker.store.setting_keys import TRAY_ENABLED, TRAY_EXPLAINED, peek
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.plain import plain_box

if TYPE_CHECKING:
    from debttracker.core.reminders import Reminder
    from debttracker.ui.main_window import MainWindow
    from debttracker.ui.reminders.notifier import Notifier
    from debttracker.ui.reminders.since_last_run import SinceLastRunDialog
    from debttracker.ui.reminders.tray import FakeTrayIcon, ReminderTray


def tray_possible(data_dir: Path) -> bool:
    """The app may run without its window (a tray, or desktop notifications on the session
    bus) and the user keeps it running (read before the store opens)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        from debttracker.ui.reminders.dbus_notifier import service_present

        if not service_present():
            return False
    return peek(paths.database_path(data_dir), TRAY_ENABLED)


def choose_notifier(tray_icon: object | None, parent: QObject) -> Notifier:
    """D-Bus notifications when a server is on the session bus, else the tray, else none."""
    from debttracker.ui.reminders.dbus_notifier import DBusNotifier, service_present
    from debttracker.ui.reminders.notifier import NullNotifier, TrayNotifier

    if service_present():
        return DBusNotifier(parent=parent)
    if tray_icon is not None:
        return TrayNotifier(tray_icon, parent)  # type: ignore[arg-type]
    return NullNotifier(parent)


def install_reminders(
    window: MainWindow,
    *,
    notifier: Notifier | None = None,
    tray_icon: QSystemTrayIcon | FakeTrayIcon | None = None,
) -> RemindersController:
    """Install reminders on ``window`` (its store is open); they start once the loop runs.

    Tests pass a fake ``notifier`` / ``tray_icon``, set ``window.ctx.now`` and call
    ``controller.start()`` themselves (it runs once).
    """
    controller = RemindersController(window, notifier=notifier, tray_icon=tray_icon)
    # the first check runs once everything is open: a background service, not in the way of
    # the first screen (start-up budget, DESIGN.md §7)
    window.loaded.connect(controller.start_soon)
    return controller


class RemindersController(QObject):
    """Owns the reminder objects of one main window; see the module docstring."""

    def __init__(
        self,
        window: MainWindow,
        *,
        notifier: Notifier | None = None,
        tray_icon: QSystemTrayIcon | FakeTrayIcon | None = None,
    ) -> None:
        from debttracker.ui.reminders.notifier import tray_available
        from debttracker.ui.reminders.scheduler import ReminderScheduler

        super().__init__(window)
        assert window.ctx is not None, "install reminders once the store is open"
        self.window = window
        self.ctx = window.ctx
        self.started = self.stopped = False
        self.missed_dialog: SinceLastRunDialog | None = None
        self.scheduler = ReminderScheduler(self.ctx, self)
        self.tray: ReminderTray | None = None
        if tray_icon is None and tray_available():
            tray_icon = QSystemTrayIcon(self)
        if tray_icon is not None:
            self.set_tray_icon(tray_icon)
        if notifier is None:
            notifier = choose_notifier(tray_icon, self)
        self.notifier: Notifier = notifier
        self.set_notifier(notifier)
        self.scheduler.due.connect(self._on_due)
        self.ctx.events.data_changed.connect(self._on_data_changed)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.export_action = QAction(self.tr("Export &calendar (.ics)…"), window)
        self.export_action.setObjectName("exportCalendarAction")
        self.export_action.triggered.connect(self.export_calendar)
        window.file_menu.insertAction(window.quit_action, self.export_action)
        window.file_menu.insertSeparator(window.quit_action)

    def set_notifier(self, notifier: Notifier) -> None:
        """Show reminders through ``notifier`` (tests inject a FakeNotifier or a DBusNotifier
        on a test bus); its Snooze and Done buttons, where it has them, change the reminders'
        state as undoable commands."""
        self.notifier = notifier
        notifier.activated.connect(lambda reminder: self.open_item(reminder.ref))
        for name, done in (("snooze_requested", False), ("done_requested", True)):
            signal = getattr(notifier, name, None)
            if signal is not None:
                signal.connect(partial(self.set_state, done=done))
        if self.started and not self.stopped:
            self._apply_tray()

    def set_state(self, keys: list[str], *, done: bool) -> None:
        """Mark reminders done, or snooze them for an hour (the notification's buttons)."""
        from debttracker.ui.reminders.commands import ReminderStateCommand, snooze_choices

        until = None if done else snooze_choices(self.ctx)["hour"]
        command = ReminderStateCommand(self.ctx, keys, done=done, snoozed_until=until)
        self.ctx.undo_stack.push(command)

    def set_tray_icon(self, icon: QSystemTrayIcon | FakeTrayIcon) -> ReminderTray:
        """Use ``icon`` as the tray (tests and the offscreen platform pass a FakeTrayIcon)."""
        from debttracker.ui.reminders.tray import ReminderTray

        if self.tray is not None:
            self.tray.dispose()
        self.tray = ReminderTray(self.ctx, icon, self)
        self.tray.open_requested.connect(self.open_item)
        self.tray.show_requested.connect(self.window.bring_forward)
        self.tray.quit_requested.connect(self.window.quit_app)
        if self.started and not self.stopped:
            self._apply_tray()
        return self.tray

    # -- life cycle ------------------------------------------------------------------------
    def start_soon(self) -> None:
        """Start from the event loop with the reading on pool threads: what was missed while
        the app was closed, then the scheduler's first check (the window stays responsive)."""
        QTimer.singleShot(0, self, self._start_in_background)

    def start(self) -> None:
        """Show what was missed, then start the scheduler and the tray (once), now."""
        if self._begin():
            self.show_missed()
            self.scheduler.start()

    def _start_in_background(self) -> None:
        if not self._begin():
            return
        now = self.ctx.now()
        tasks.run(
            QThreadPool.globalInstance(),
            partial(self._read_missed, now),
            self._missed_read,
            self._missed_failed,
        )

    def _missed_read(self, found: tuple[list[Reminder], datetime | None]) -> None:
        if self.stopped:
            return
        self._open_missed(*found)
        self.scheduler.start(background=True)

    def _missed_failed(self, error: object) -> None:
        text = tasks.failure_text(error)
        self.ctx.events.status_message.emit(text)
        if not self.stopped:
            self.scheduler.start(background=True)

    def _begin(self) -> bool:
        if self.started or self.stopped:
            return False
        self.started = True
        self._apply_tray()
        return True

    def stop(self) -> None:
        """Stop timers, record the run and leave the tray (before the store closes)."""
        if self.stopped:
            return
        self.stopped = True
        running = self.scheduler.running
        self.scheduler.stop()
        if running:
            from debttracker.store import reminders as store

            with self.ctx.db.session() as s:
                store.set_last_run(s, self.ctx.now())
        if self.tray is not None:
            self.tray.dispose()
        QGuiApplication.setQuitOnLastWindowClosed(True)

    # -- tray and closing ------------------------------------------------------------------
    def background_route(self) -> str:
        """How reminders reach the user with the window closed: "tray", "notifications" or
        "" (they cannot; the next start shows them)."""
        from debttracker.ui.reminders.dbus_notifier import DBusNotifier

        if self.tray is not None:
            return "tray"
        return "notifications" if isinstance(self.notifier, DBusNotifier) else ""

    def keeps_running(self) -> bool:
        """Closing the window leaves the app running (in the tray or in the background)."""
        if not self.background_route():
            return False
        from debttracker.store import settings

        with self.ctx.db.session() as s:
            return settings.get(s, TRAY_ENABLED)

    def _apply_tray(self) -> None:
        if self.tray is not None:
            self.tray.set_visible(True)  # notifications need the icon while the app runs
        QGuiApplication.setQuitOnLastWindowClosed(not self.keeps_running())

    def _on_data_changed(self, aggregate: str) -> None:
        if aggregate in ("settings", "all") and self.started and not self.stopped:
            self._apply_tray()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.stopped:
            if self.keeps_running():
                QTimer.singleShot(0, self, self._explain_tray)
            elif not self.background_route() and not self._explained():
                # the window closes as always; the app waits for the message to be read
                QGuiApplication.setQuitOnLastWindowClosed(False)
                QTimer.singleShot(0, self, self._explain_next_start)
        return False

    def _explained(self) -> bool:
        from debttracker.store import settings

        with self.ctx.db.session() as s:
            if settings.get(s, TRAY_EXPLAINED):
                return True
            settings.put(s, TRAY_EXPLAINED, True)
        return False

    def _message(self, title: str, text: str) -> QMessageBox:
        box = plain_box(QMessageBox.Icon.Information, title, text, parent=self.window)
        box.setObjectName("trayExplainedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _explain_tray(self) -> QMessageBox | None:
        """The first time the window closes and the app keeps running, say how reminders
        will arrive (non-blocking)."""
        if self.window.isVisible() or QCoreApplication.closingDown() or self.stopped:
            return None
        if self._explained():
            return None
        if self.background_route() == "tray":
            text = self.tr(
                "debttracker is still running in the tray, so reminders of payments and "
                "promises reach you with the window closed. Use Quit in the tray menu or the "
                "File menu to stop it; Preferences can turn this off."
            )
        else:
            text = self.tr(
                "debttracker keeps running in the background, so reminders of payments and "
                "promises reach you as desktop notifications with the window closed. Start "
                "debttracker again to bring the window back, and use Quit in the File menu to "
                "stop it; Preferences can turn this off."
            )
        return self._message(self.tr("debttracker keeps running"), text)

    def _explain_next_start(self) -> QMessageBox:
        """Neither a tray nor a notification service: closing quits, and reminders wait for
        the next start; said once, the app quitting when the message is read."""
        box = self._message(
            self.tr("Reminders while debttracker is closed"),
            self.tr(
                "This desktop has neither a tray nor a notification service, so debttracker "
                "cannot remind you while it is closed. What falls due in the meantime is shown "
                "the next time you start it."
            ),
        )
        box.finished.connect(self._explained_next_start)
        return box

    def _explained_next_start(self) -> None:
        """The message was read: quit as closing the window would have."""
        QGuiApplication.setQuitOnLastWindowClosed(True)
        if not self.window.isVisible() and not self.stopped:
            self.window.quit_app()

    # -- reminders -------------------------------------------------------------------------
    def _on_due(self, reminders: list[Reminder]) -> None:
        from debttracker.ui.reminders.notifier import NullNotifier, message_for

        self.notifier.notify(reminders)
        if isinstance(self.notifier, NullNotifier):
            title, body = message_for(reminders)
            self.ctx.events.status_message.emit(f"{title}: {body.splitlines()[0]}")

    def show_missed(self) -> SinceLastRunDialog | None:
        """The since-last-run dialog, when something fell due while the app was closed."""
        return self._open_missed(*self._read_missed(self.ctx.now()))

    def _read_missed(self, now: datetime) -> tuple[list[Reminder], datetime | None]:
        """What fell due since the last run, marked as notified (the dialog shows them; no
        balloon as well), and when that run was (any thread)."""
        from debttracker.store import reminders as store

        assert now.tzinfo is not None
        with self.ctx.db.session() as s:
            since = store.last_run(s)
            facts = store.build_facts(s, now.tzinfo, now.date())
            missed = store.missed_since(facts, since, now, store.notified(s))
            store.mark_notified(s, missed, now)
        return missed, since

    def _open_missed(
        self, missed: list[Reminder], since: datetime | None
    ) -> SinceLastRunDialog | None:
        from debttracker.ui.reminders.since_last_run import SinceLastRunDialog

        if not missed or since is None:
            return None
        dialog = SinceLastRunDialog(self.ctx, missed, since, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.open_item)
        dialog.destroyed.connect(self._forget_dialog)
        self.missed_dialog = dialog
        dialog.show()  # modeless, not open(): Open shows items in the window behind it
        return dialog

    def _forget_dialog(self) -> None:
        self.missed_dialog = None

    def open_item(self, ref: tuple[str, object]) -> None:
        """Show a reminder's item: the debt in the ledger, the promise in the negotiations."""
        kind, ident = ref
        self.window.bring_forward()
        if kind == "instalment" and isinstance(ident, tuple):
            self.ctx.events.open_debt.emit(int(ident[0]))
        elif kind == "card" and isinstance(ident, int):
            self.ctx.events.open_debt.emit(ident)
        elif kind == "promise":
            self.ctx.events.show_tab.emit("negotiationTab")
            show = getattr(self.window.tab("negotiationTab"), "show_promise", None)
            if show is not None:
                show(ident)

    # -- calendar export -------------------------------------------------------------------
    def export_calendar(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Export calendar"))
        dialog.setObjectName("exportCalendarDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("iCalendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.selectFile(str(Path.home() / "debttracker.ics"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.write_calendar(Path(name)))
        dialog.open()
        return dialog

    def write_calendar(self, path: Path) -> int:
        """Write the ``.ics`` file; returns the number of events (0 and a message on failure)."""
        from debttracker.ui.reminders.calendar_export import write_calendar_file

        try:
            count = write_calendar_file(self.ctx, path)
        except OSError as exc:
            box = plain_box(
                QMessageBox.Icon.Warning,
                self.tr("Export calendar"),
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
                parent=self.window,
            )
            box.setObjectName("exportCalendarError")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return 0
        text = self.tr("Saved %1 calendar events to %2.").replace("%1", str(count))
        self.ctx.events.status_message.emit(text.replace("%2", str(path)))
        return count
