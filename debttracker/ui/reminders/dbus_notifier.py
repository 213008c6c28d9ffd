"""Desktop notifications through ``org.freedesktop.Notifications`` (QtDBus, no new dependency).

GNOME has no tray, so a tray balloon reaches nobody there; every Linux desktop (GNOME, KDE,
Xfce, Cinnamon, MATE, and dunst/mako on tiling ones) runs a notification server on the session
bus.  :class:`DBusNotifier` calls its ``Notify`` with the app name, icon, summary and body in
the user's language, and -- when ``GetCapabilities`` lists ``actions`` -- the buttons Open,
Snooze and Done.  The server answers a click with ``ActionInvoked(id, key)`` and a dismissal
with ``NotificationClosed(id, reason)``; the notifier maps the id back to its reminders and
emits :attr:`~Notifier.activated`, :attr:`snooze_requested` or :attr:`done_requested` (the
controller applies them as undoable commands).

``Notify`` takes ``replaces_id`` as a D-Bus ``uint32``, which a Python int cannot be made into
with PySide6; the call is therefore made through the interface's introspected method (the
server's own signature) with typed arguments, so it is exact on strict servers too.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from debttracker import APP_ID
from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.core.reminders import Reminder
from debttracker.ui.reminders.notifier import Notifier, message_for

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
#: how long a call may block the UI thread when the server hangs (it answers in ~1 ms)
TIMEOUT_MS = 2000
ACTIONS = (
    ("default", QT_TRANSLATE_NOOP("reminders", "Open")),  # a click on the bubble itself
    ("open", QT_TRANSLATE_NOOP("reminders", "Open")),
    ("snooze", QT_TRANSLATE_NOOP("reminders", "Snooze 1 hour")),
    ("done", QT_TRANSLATE_NOOP("reminders", "Done")),
)


def service_present(bus: QDBusConnection | None = None) -> bool:
    """A notification server is on the session bus (or can be started by it)."""
    bus = bus or QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(SERVICE)
    if reply.isValid() and reply.value():
        return True
    activatable = bus.interface().call("ListActivatableNames")
    names = activatable.arguments()[0] if activatable.arguments() else []
    return activatable.type() == QDBusMessage.MessageType.ReplyMessage and SERVICE in names


class DBusNotifier(Notifier):
    """Reminders as desktop notifications; see the module docstring."""

    snooze_requested = Signal(list)  # reminder keys
    done_requested = Signal(list)  # reminder keys
    closed = Signal(int)  # notification id (tests and the controller's bookkeeping)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.bus = bus or QDBusConnection.sessionBus()
        self.interface = QDBusInterface(SERVICE, PATH, INTERFACE, self.bus, self)
        self.interface.setTimeout(TIMEOUT_MS)
        self.pending: dict[int, list[Reminder]] = {}
        self.bus.connect(
            SERVICE,
            PATH,
            INTERFACE,
            "ActionInvoked",
            self,
            SLOT("on_action(uint,QString)"),  # type: ignore[call-overload]
        )
        self.bus.connect(
            SERVICE,
            PATH,
            INTERFACE,
            "NotificationClosed",
            self,
            SLOT("on_closed(uint,uint)"),  # type: ignore[call-overload]
        )
        self.with_actions = "actions" in self.capabilities()

    def capabilities(self) -> list[str]:
        reply = self.interface.call("GetCapabilities")
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return []
        return [str(c) for c in reply.arguments()[0]]

    def _actions(self) -> list[str]:
        if not self.with_actions:
            return []
        words: list[str] = []
        for key, text in ACTIONS:
            words += [key, QCoreApplication.translate("reminders", text)]
        return words

    def notify(self, reminders: list[Reminder]) -> None:
        """One notification for ``reminders``; a failing server is not the user's problem."""
        if not reminders:
            return
        summary, body = message_for(reminders)
        name = QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "debttracker")
        )
        try:
            ident = QMetaObject.invokeMethod(
                self.interface, "Notify", Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"), Q_ARG(str, name), Q_ARG("uint", 0), Q_ARG(str, APP_ID),
                Q_ARG(str, summary), Q_ARG(str, body), Q_ARG("QStringList", self._actions()),
                Q_ARG("QVariantMap", {"desktop-entry": APP_ID, "category": "reminder"}),
                Q_ARG(int, -1),
            )  # fmt: skip
        except RuntimeError:  # the server left the bus or has no such method
            return
        if ident:
            self.pending[int(ident)] = list(reminders)

    @Slot("uint", str)
    def on_action(self, ident: int, key: str) -> None:
        reminders = self.pending.get(int(ident))
        if not reminders:
            return  # another application's notification
        if key in ("default", "open"):
            self.activated.emit(reminders[0])
        elif key == "snooze":
            self.snooze_requested.emit([r.key for r in reminders])
        elif key == "done":
            self.done_requested.emit([r.key for r in reminders])

    @Slot("uint", "uint")
    def on_closed(self, ident: int, _reason: int) -> None:
        if self.pending.pop(int(ident), None) is not None:
            self.closed.emit(int(ident))
