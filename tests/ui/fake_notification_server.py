"""A fake ``org.freedesktop.Notifications`` server for the D-Bus notifier test (run as a
process on a private session bus).

Each ``Notify`` call is printed as one JSON line ``{"id", "app", "icon", "summary", "body",
"actions", "hints"}``; lines on stdin make it emit signals: ``action ID KEY`` →
``ActionInvoked``, ``close ID`` → ``NotificationClosed`` (reason 2, dismissed).  It prints
``ready`` once it owns the name.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Signal, Slot
from PySide6.QtDBus import QDBusConnection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CAPABILITIES = sys.argv[1].split(",") if len(sys.argv) > 1 else ["actions", "body"]


@ClassInfo({"D-Bus Interface": NAME})
class Server(QObject):
    """The service object; its Qt signals are relayed by QtDBus as D-Bus signals with the
    server's real signatures (``us`` and ``uu``)."""

    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self) -> None:
        super().__init__()
        self.last = 0

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return CAPABILITIES

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.last += 1
        row = {"id": self.last, "app": app, "icon": icon, "summary": summary, "body": body,
               "actions": list(actions), "hints": dict(hints)}  # fmt: skip
        print(json.dumps(row, ensure_ascii=False), flush=True)
        return self.last


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    server = Server()
    options = QDBusConnection.RegisterOption
    bus.registerObject(PATH, server, options.ExportAllSlots | options.ExportAllSignals)
    if not bus.registerService(NAME):
        print("name taken", flush=True)
        return 1
    reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        word, *rest = line.split()
        if word == "action":
            server.ActionInvoked.emit(int(rest[0]), rest[1])
        elif word == "close":
            server.NotificationClosed.emit(int(rest[0]), 2)

    reader.activated.connect(command)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
