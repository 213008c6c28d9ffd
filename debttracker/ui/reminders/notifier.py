"""How reminders reach the user: adapters behind one small interface, so tests inject a fake.

* :class:`TrayNotifier` — a system-tray balloon / desktop notification
  (``QSystemTrayIcon.showMessage``); clicking it emits :attr:`Notifier.activated` with the
  reminder to open.
* :class:`NullNotifier` — no tray on this desktop: nothing pops up (the since-last-run dialog
  and the tray-less window still show what is due).
* :class:`FakeNotifier` — records what it was asked to show (tests).

Quiet hours and the per-kind switches are settled before a reminder gets here: the scheduler
only hands over reminders of enabled kinds whose ``notify_at`` (the due time moved out of the
quiet hours by :func:`~debttracker.core.reminders.apply_quiet_hours`) has passed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.core.reminders import Reminder
from debttracker.ui.i18n import translate_message

MESSAGE_MS = 15_000
MAX_LINES = 5


def kind_label(kind: str) -> str:
    """A short heading for a reminder kind (``instalment_overdue`` …)."""
    labels = {
        "instalment_upcoming": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Instalment coming up")
        ),
        "instalment_due": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Instalment due today")
        ),
        "instalment_overdue": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Instalment overdue")
        ),
        "promise_due": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Promise due today")
        ),
        "promise_overdue": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Promise overdue")
        ),
        "promise_followup": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Follow up a promise")
        ),
        "card_statement": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Card statement day")
        ),
        "card_due": QCoreApplication.translate(
            "reminders", QT_TRANSLATE_NOOP("reminders", "Card payment due")
        ),
    }
    return labels.get(
        kind, QCoreApplication.translate("reminders", QT_TRANSLATE_NOOP("reminders", "Reminder"))
    )


def describe(reminder: Reminder) -> str:
    """The reminder's text in the user's language."""
    return translate_message(reminder.title)


def message_for(reminders: list[Reminder]) -> tuple[str, str]:
    """(title, body) of one notification for ``reminders`` (one or several)."""
    if len(reminders) == 1:
        return kind_label(reminders[0].kind), describe(reminders[0])
    title = QCoreApplication.translate(
        "reminders", QT_TRANSLATE_NOOP("reminders", "%1 reminders from debttracker")
    ).replace("%1", str(len(reminders)))
    lines = [describe(r) for r in reminders[:MAX_LINES]]
    if len(reminders) > MAX_LINES:
        more = len(reminders) - MAX_LINES
        lines.append(
            QCoreApplication.translate(
                "reminders", QT_TRANSLATE_NOOP("reminders", "…and %1 more")
            ).replace("%1", str(more))
        )
    return title, "\n".join(lines)


class TrayIconLike(Protocol):
    """What the notifier and the tray need from a tray icon (QSystemTrayIcon or a fake)."""

    messageClicked: Signal
    activated: Signal

    def showMessage(self, title: str, msg: str, icon: QIcon, msecs: int) -> None: ...


class Notifier(QObject):
    """Shows reminders; emits :attr:`activated` with the one to open when the user clicks."""

    activated = Signal(object)  # Reminder

    def notify(self, reminders: list[Reminder]) -> None:
        raise NotImplementedError


class NullNotifier(Notifier):
    """No tray on this desktop: nothing to show."""

    def notify(self, reminders: list[Reminder]) -> None:
        return None


class FakeNotifier(Notifier):
    """Records each notification as ``(title, body, reminders)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: list[tuple[str, str, list[Reminder]]] = []

    def notify(self, reminders: list[Reminder]) -> None:
        title, body = message_for(reminders)
        self.shown.append((title, body, list(reminders)))

    @property
    def keys(self) -> list[str]:
        return [r.key for _t, _b, batch in self.shown for r in batch]

    def click(self) -> None:
        """As if the user clicked the last notification."""
        if self.shown:
            self.activated.emit(self.shown[-1][2][0])


class TrayNotifier(Notifier):
    """Notifications through the tray icon; a click opens the first reminder shown."""

    def __init__(self, icon: TrayIconLike, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = icon
        self._last: list[Reminder] = []
        icon.messageClicked.connect(self._clicked)

    def notify(self, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        self._last = list(reminders)
        title, body = message_for(reminders)
        self.icon.showMessage(title, body, QGuiApplication.windowIcon(), MESSAGE_MS)

    def _clicked(self) -> None:
        if self._last:
            self.activated.emit(self._last[0])


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()
