"""Application bootstrap and the test seam.

:func:`build_main_window` is the documented way for tests and scripts to drive the real window:
it builds the main window for a data directory, opens the store synchronously and returns the
window without starting the event loop.  :func:`run` is what the ``debttracker`` command does.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from debttracker import APP_ID, APP_NAME, __version__, paths
from debttracker.ui.main_window import MainWindow
from debttracker.ui.widgets.plain import plain_box

PROBE_ENV = "DEBTTRACKER_STARTUP_PROBE"


def create_application(argv: list[str] | None = None, language: str = "") -> QApplication:
    """The QApplication (reused when one exists, as under pytest-qt), translated."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([APP_NAME, *(argv or [])])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("debttracker")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon_path = paths.resources_dir() / "icons" / "debttracker.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    from debttracker.ui.fonts import apply_app_font
    from debttracker.ui.i18n import install_translators

    apply_app_font(app, install_translators(app, language or None))
    return app


def stored_language(data_dir: Path) -> str:
    """The language chosen in Preferences ("" = follow the system), read before the store
    opens: the copy in ``ui.ini`` (:mod:`ui.ui_settings`), else the database with sqlite3."""
    from debttracker.ui.ui_settings import language_copy

    copy = language_copy(data_dir)
    if copy is not None:
        return copy
    from debttracker.store.setting_keys import LANGUAGE, peek

    return peek(paths.database_path(data_dir), LANGUAGE)


def build_main_window(data_dir: Path | None = None, *, open_store: bool = True) -> MainWindow:
    """Build the real main window for ``data_dir`` without starting the event loop.

    The store is opened synchronously (unlike :func:`run`, which opens it after the first
    paint), so the returned window holds its data.  Call ``window.shutdown()`` when done.
    """
    base = paths.ensure_private_dir(data_dir) if data_dir else paths.data_dir()
    create_application(language=stored_language(base))
    window = MainWindow(base)
    if open_store:
        window.open_store()
    return window


class _StartupProbe(QObject):
    """Prints start-up marks for benchmarks and e2e tests (``DEBTTRACKER_STARTUP_PROBE``):

    ``shown`` at the window's first paint, ``ready`` when the current tab holds its data,
    ``loaded`` when everything is open (and the Overview's chart has its data, when it is
    the current tab), then ``stall <ms>``: the longest the event loop went without serving a
    5 ms timer between ready and loaded -- how long a click could have waited meanwhile --
    and ``rss <MB>``, the peak resident memory so far.
    ``=1`` quits after that; ``=print`` keeps running.
    """

    def __init__(self, window: MainWindow, *, quit_when_ready: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self._quit = quit_when_ready
        self._painted = False
        self._waiting = {"window"}
        self._last = 0.0
        self._stall = 0.0
        self._loaded_at = 0.0
        self._beat = QTimer(self)
        self._beat.setInterval(5)
        self._beat.timeout.connect(self._tick)
        window.installEventFilter(self)
        window.ready.connect(self._on_ready)
        window.loaded.connect(self._on_loaded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            print(f"shown {time.time():.6f}", flush=True)
        return False

    def _tick(self) -> None:
        now = time.perf_counter()
        self._stall = max(self._stall, now - self._last)
        self._last = now

    def _on_ready(self) -> None:
        print(f"ready {time.time():.6f}", flush=True)
        self._last = time.perf_counter()
        self._beat.start()
        overview = self._window.tabs.currentWidget()
        panel = getattr(overview, "progress_panel", None)
        if panel is not None:
            self._waiting.add("chart")
            panel.loaded.connect(partial(self._done, "chart"))

    def _on_loaded(self) -> None:
        self._done("window")

    def _done(self, what: str) -> None:
        self._waiting.discard(what)
        if not self._waiting:
            self._loaded_at = time.time()
            QTimer.singleShot(50, self._finish)  # the chart's first drawing is watched too

    def _finish(self) -> None:
        self._tick()
        self._beat.stop()
        print(f"loaded {self._loaded_at:.6f}", flush=True)
        print(f"stall {self._stall * 1000:.1f}", flush=True)
        peak = _peak_rss_mb()
        if peak is not None:
            print(f"rss {peak:.1f}", flush=True)
        if self._quit:
            QApplication.quit()


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory in MiB (DESIGN.md §7: 200 MB), where the OS says.

    Linux: ``VmHWM``, which starts afresh at exec (``ru_maxrss`` would carry the peak of the
    process that spawned us, e.g. a benchmark that has just generated ten years of data)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if sys.platform == "darwin":
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20)
    return None


class _Services:
    """What ``run()`` installs after the first paint: the error hook, its log file, the
    SIGTERM wake-up and the server that brings this window forward for a later launch (none
    of them is needed to paint; the event loop runs no user code before them)."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        from debttracker.ui.errors import ExceptionHook, setup_logging
        from debttracker.ui.signals import SignalWakeup
        from debttracker.ui.single_instance import SingleInstanceServer

        self.hook = ExceptionHook(setup_logging(paths.logs_dir(window.data_dir)), app)
        self.hook.install()
        self.wakeup = SignalWakeup(app)
        self.server = SingleInstanceServer(window.data_dir, app)
        self.server.raise_requested.connect(window.bring_forward)

    def close(self) -> None:
        self.server.close()
        self.wakeup.close()
        self.hook.uninstall()


def run(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Start the app: claim the data directory, show the window, then (after the first paint)
    the error hook, signal handling, the single-instance server and the store in stages (see
    :mod:`ui.main_window`)."""
    from debttracker.ui.instance_lock import claim_data_dir

    data_dir = paths.data_dir()
    lock = claim_data_dir(data_dir)
    if lock is None and (refusal := _cannot_write(data_dir, qt_args)) is not None:
        return refusal  # a full disk or a read-only folder is not "already running"
    if lock is None:  # another instance writes these data: bring it forward instead
        from debttracker.ui.single_instance import notify_running_instance

        app = create_application(qt_args)
        raised = notify_running_instance(data_dir, wait_s=5.0)
        print(
            "debttracker is already running on this data directory"
            + ("; brought it forward." if raised else ".")
        )
        return 0
    app = create_application(qt_args, stored_language(data_dir))
    window = MainWindow(data_dir)
    probe = os.environ.get(PROBE_ENV)
    if probe:
        _StartupProbe(window, quit_when_ready=probe != "print")
    services: list[_Services] = []

    def start() -> None:
        services.append(_Services(app, window))
        window.open_store_in_stages()

    if not (getattr(args, "minimized", False) and _tray_possible(data_dir)):
        window.show()  # started at login: stay in the tray, unless there is none
    window.after_first_paint(start)
    try:
        return app.exec()
    finally:
        window.save_state()
        window.shutdown()
        for service in services:
            service.close()
        lock.unlock()


def _cannot_write(data_dir: Path, qt_args: list[str]) -> int | None:
    """When nothing can be written in ``data_dir`` (disk full, read-only): say so in the
    user's language, on stderr and in a dialog, and return the exit status 1."""
    from PySide6.QtWidgets import QMessageBox

    from debttracker.ui.errors import unwritable_reason
    from debttracker.ui.i18n import translate_message

    reason = unwritable_reason(data_dir)
    if reason is None:
        return None
    create_application(qt_args, stored_language(data_dir))
    text = translate_message(reason)
    print(text, file=sys.stderr)
    box = plain_box(QMessageBox.Icon.Critical, "debttracker", text)
    box.setObjectName("startErrorBox")
    box.exec()  # nothing else runs yet: the app's only window, modal
    box.deleteLater()
    return 1


def _tray_possible(data_dir: Path) -> bool:
    from debttracker.ui.reminders.integration import tray_possible

    return tray_possible(data_dir)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(argparse.Namespace(), sys.argv[1:]))
