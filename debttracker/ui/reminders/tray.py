"""The tray icon and its menu: what is overdue and due today (click opens it), Open, Quit.

The menu is rebuilt each time it opens, from the database and ``ctx.now()``, so it is never
stale.  The icon is an adapter (:class:`~debttracker.ui.reminders.notifier.TrayIconLike`): the
real ``QSystemTrayIcon`` where the desktop has a tray, :class:`FakeTrayIcon` in tests.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from debttracker.core.messages import DomainError, Message
from debttracker.store import reminders as store
from debttracker.store.reminders_agenda import AgendaItem, agenda
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.reminders.commands import format_amount, format_day

#: agenda statuses shown in the menu, and their section
SECTIONS = (("overdue", ("overdue", "follow_up")), ("today", ("today",)))
MAX_ITEMS = 12


class FakeTrayIcon(QObject):
    """A tray icon for tests and the offscreen platform: records what it is asked to do."""

    messageClicked = Signal()
    activated = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self.menu: QMenu | None = None
        self.visible = False
        self.tooltip = ""

    def setContextMenu(self, menu: QMenu) -> None:
        self.menu = menu

    def contextMenu(self) -> QMenu | None:
        return self.menu

    def setIcon(self, icon: QIcon) -> None:
        return None

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def isVisible(self) -> bool:
        return self.visible

    def showMessage(self, title: str, msg: str, icon: QIcon, msecs: int) -> None:
        self.messages.append((title, msg))


class ReminderTray(QObject):
    """Owns the tray menu; asks the controller to open items, show the window or quit."""

    open_requested = Signal(object)  # ref: ("instalment", (debt id, n)), ("promise", id) …
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, icon: QSystemTrayIcon | FakeTrayIcon, parent=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.icon = icon
        self.menu = QMenu()
        self.menu.setObjectName("reminderTrayMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        icon.setIcon(QGuiApplication.windowIcon())
        icon.setToolTip(self.tr("debttracker"))
        icon.setContextMenu(self.menu)
        icon.activated.connect(self._activated)
        self.rebuild()

    def _activated(self, reason: object) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def items(self) -> list[AgendaItem]:
        now = self.ctx.now()
        assert now.tzinfo is not None
        with self.ctx.db.session() as s:
            facts = store.build_facts(s, now.tzinfo, now.date())
        return [i for i in agenda(facts, now, 0) if i.status != "upcoming"]

    def item_text(self, item: AgendaItem) -> str:
        """A short line: what, how much, since when."""
        name = item.name or (
            translate_message(item.title) if isinstance(item.title, Message) else item.title
        )
        templates = {
            "follow_up": self.tr("Follow up: %1"),
            "promise": self.tr("Promise: %1"),
            "card_statement": self.tr("Statement day: %1"),
            "card_due": self.tr("Card payment due: %1"),
        }
        key = "follow_up" if item.status == "follow_up" else item.kind
        text = templates[key].replace("%1", name) if key in templates else name
        if item.amount is not None:
            text = f"{text}  {format_amount(item.amount)}"
        if item.status == "overdue":
            since = self.tr("due %1").replace("%1", format_day(item.due))
            text = f"{text}  ({since})"
        return text

    def rebuild(self) -> None:
        """Fill the menu: sections of due items, then Open debttracker and Quit."""
        self.menu.clear()
        try:
            items = self.items()
        except DomainError as exc:
            items = []
            self.menu.addAction(translate_message(exc.message)).setEnabled(False)
        titles = {"overdue": self.tr("Overdue"), "today": self.tr("Due today")}
        shown = 0
        for section, statuses in SECTIONS:
            found = [i for i in items if i.status in statuses]
            if not found:
                continue
            self.menu.addSection(titles[section])
            for item in found[:MAX_ITEMS]:
                action = QAction(self.item_text(item).replace("&", "&&"), self.menu)
                if isinstance(item.title, Message):
                    action.setToolTip(translate_message(item.title))
                action.setObjectName(f"trayItem:{item.key}")
                action.triggered.connect(
                    lambda _c=False, ref=item.ref: self.open_requested.emit(ref)
                )
                self.menu.addAction(action)
                shown += 1
            if len(found) > MAX_ITEMS:
                more = self.tr("…and %1 more").replace("%1", str(len(found) - MAX_ITEMS))
                self.menu.addAction(more).triggered.connect(self.show_requested)
        if not shown and not items:
            self.menu.addAction(self.tr("Nothing due today")).setEnabled(False)
        self.menu.addSeparator()
        open_action = self.menu.addAction(self.tr("Open debttracker"))
        open_action.setObjectName("trayOpen")
        open_action.triggered.connect(self.show_requested)
        quit_action = self.menu.addAction(self.tr("Quit"))
        quit_action.setObjectName("trayQuit")
        quit_action.triggered.connect(self.quit_requested)
        count = len(items)
        tip = self.tr("debttracker: %1 due or overdue").replace("%1", str(count))
        self.icon.setToolTip(tip if count else self.tr("debttracker"))

    def set_visible(self, visible: bool) -> None:
        if visible:
            self.icon.show()
        else:
            self.icon.hide()

    def dispose(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
