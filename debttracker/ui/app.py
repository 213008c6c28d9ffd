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
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from debttracker import APP_ID, APP_NAME, __version__, paths
from debttracker.ui.main_window import MainWindow

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
    from debttracker.ui.i18n import install_translators

    install_translators(app, language or None)
    return app


def stored_language(data_dir: Path) -> str:
    """The language chosen in Preferences ("" = follow the system), read before the store opens."""
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
    """Prints when the window first paints and when it is ready (benchmarks, e2e tests).

    ``DEBTTRACKER_STARTUP_PROBE=1`` also quits once ready; ``=print`` keeps running.
    """

    def __init__(self, window: MainWindow, *, quit_when_ready: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self._quit = quit_when_ready
        self._painted = False
        window.installEventFilter(self)
        window.ready.connect(self._on_ready)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            print(f"shown {time.time():.6f}", flush=True)
        return False

    def _on_ready(self) -> None:
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        print(f"ready {time.time():.6f}", flush=True)
        if self._quit:
            QApplication.quit()


def run(args: argparse.Namespace, qt_args: list[str]) -> int:
    """Start the app: single instance check, error hook, window, store after first paint."""
    from debttracker.ui.errors import ExceptionHook, setup_logging
    from debttracker.ui.signals import SignalWakeup
    from debttracker.ui.single_instance import SingleInstanceServer, notify_running_instance

    data_dir = paths.data_dir()
    app = create_application(qt_args, stored_language(data_dir))
    if notify_running_instance(data_dir):
        print("debttracker is already running on this data directory; brought it forward.")
        return 0
    server = SingleInstanceServer(data_dir, app)
    hook = ExceptionHook(setup_logging(paths.logs_dir(data_dir)), app)
    hook.install()
    wakeup = SignalWakeup(app)
    window = MainWindow(data_dir)
    server.raise_requested.connect(window.bring_forward)
    probe = os.environ.get(PROBE_ENV)
    if probe:
        _StartupProbe(window, quit_when_ready=probe != "print")
    from debttracker.ui.reminders.integration import tray_possible

    if not (getattr(args, "minimized", False) and tray_possible(data_dir)):
        window.show()  # started at login: stay in the tray, unless there is none
    window.schedule_open_store()
    try:
        return app.exec()
    finally:
        window.save_state()
        window.shutdown()
        wakeup.close()
        server.close()
        hook.uninstall()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(argparse.Namespace(), sys.argv[1:]))
