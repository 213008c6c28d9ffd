"""Quit cleanly on SIGTERM/SIGINT (logout, ``kill``, Ctrl+C in a terminal).

Python only runs signal handlers between bytecodes, and the Qt event loop may sleep in C for
a long time; a self-pipe watched by a ``QSocketNotifier`` wakes it up without polling.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication


class SignalWakeup(QObject):
    """Routes SIGTERM and SIGINT to ``QApplication.quit()`` on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._handle)

    @staticmethod
    def _handle(_signum: int, _frame: object) -> None:
        QApplication.quit()

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
