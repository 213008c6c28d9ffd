"""Tray menu, closing into the tray, start at login, the Preferences page, calendar export."""

from __future__ import annotations

import plistlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from debttracker import APP_ID
from debttracker.store import reminders as store
from debttracker.store import settings
from debttracker.ui.preferences import PAGES, PreferencesDialog
from debttracker.ui.reminders import autostart
from debttracker.ui.reminders.notifier import TrayNotifier
from debttracker.ui.reminders.preferences_page import RemindersPage
from debttracker.ui.reminders.tray import FakeTrayIcon
from tests.ui.reminders_helpers import FakeClock, open_window, seed, t

OFFSCREEN_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")


def menu_texts(menu):
    return [(a.text(), a.isSeparator(), a.isEnabled()) for a in menu.actions()]


@OFFSCREEN_RAISE
def test_tray_menu_lists_overdue_and_due_today(qtbot, tmp_path):
    data = tmp_path / "d"
    debt = seed(data, [(date(2026, 3, 1), 10000), (date(2026, 3, 10), 20000)])
    clock = FakeClock(t(2026, 3, 10, 10))
    w, c, _fake = open_window(qtbot, data, clock)
    icon = FakeTrayIcon()
    tray = c.set_tray_icon(icon)
    assert icon.menu is tray.menu and icon.visible
    tray.rebuild()
    texts = [text for text, sep, _on in menu_texts(tray.menu) if not sep or text]
    assert texts[:4] == [
        "Overdue",
        "示例银行 · 消费贷  CN¥100.00  (due 2026-03-01)",
        "Due today",
        "示例银行 · 消费贷  CN¥200.00",
    ]
    assert "is due today" in tray.menu.actions()[3].toolTip()
    assert texts[-2:] == ["Open debttracker", "Quit"]
    assert icon.tooltip == "debttracker: 2 due or overdue"
    with qtbot.waitSignal(w.ctx.events.open_debt) as blocker:
        tray.menu.actions()[1].trigger()
    assert blocker.args == [debt]
    # done items leave the menu; an empty day says so
    with w.ctx.db.session() as s:
        for n, due in ((1, "2026-03-01"), (2, "2026-03-10")):
            store.mark_done(s, f"inst:{debt}:{n}:{due}", clock.now())
    tray.rebuild()
    assert menu_texts(tray.menu)[0] == ("Nothing due today", False, False)
    w.hide()
    tray.menu.findChild(type(tray.menu.actions()[0]), "trayOpen").trigger()
    assert w.isVisible()
    w.shutdown()


@OFFSCREEN_RAISE
def test_tray_notifier_shows_a_message_and_a_click_opens_it(qtbot, tmp_path):
    data = tmp_path / "d"
    seed(data, [(date(2026, 3, 10), 20000), (date(2026, 3, 11), 20000)])
    clock = FakeClock(t(2026, 3, 8, 10))
    w, c, _fake = open_window(qtbot, data, clock, start=False)
    icon = FakeTrayIcon()
    c.set_tray_icon(icon)
    notifier = TrayNotifier(icon, c)
    c.set_notifier(notifier)
    c.start()
    ((title, body),) = icon.messages
    assert title == "2 reminders from debttracker" and len(body.splitlines()) == 2
    with qtbot.waitSignal(notifier.activated) as blocker:
        icon.messageClicked.emit()
    assert blocker.args[0].kind == "instalment_upcoming"
    w.shutdown()


def test_closing_the_window_keeps_running_in_the_tray_explained_once(qtbot, tmp_path):
    clock = FakeClock(t(2026, 3, 8, 10))
    w, c, _fake = open_window(qtbot, tmp_path / "d", clock)
    assert QGuiApplication.quitOnLastWindowClosed()  # offscreen: no tray, closing quits
    c.set_tray_icon(FakeTrayIcon())
    assert not QGuiApplication.quitOnLastWindowClosed()
    w.show()
    qtbot.waitExposed(w)
    w.close()
    assert not w.isVisible()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "trayExplainedBox") is not None)
    box = w.findChild(QMessageBox, "trayExplainedBox")
    assert "still running in the tray" in box.text()
    with w.ctx.db.session() as s:
        assert settings.get(s, settings.TRAY_EXPLAINED)
    box.close()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "trayExplainedBox") is None)
    w.show()
    w.close()
    qtbot.wait(10)
    assert w.findChild(QMessageBox, "trayExplainedBox") is None  # once
    # the setting off: closing quits again
    with w.ctx.db.session() as s:
        settings.put(s, settings.TRAY_ENABLED, False)
    w.ctx.events.data_changed.emit("settings")
    assert QGuiApplication.quitOnLastWindowClosed()
    w.shutdown()
    assert QGuiApplication.quitOnLastWindowClosed()


def test_autostart_entry_written_and_removed_on_linux(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    launcher = bin_dir / "debttracker"
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    path = Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert autostart.xdg_entry_path() == path and not autostart.is_enabled("linux")
    autostart.set_enabled(True, "linux")
    text = path.read_text(encoding="utf-8")
    # the absolute path of this install, not a name looked up on the PATH (#17)
    assert "Exec=debttracker " not in text and "[Desktop Entry]" in text
    assert "\nExec=/" in text and " --minimized\n" in text
    assert autostart.is_enabled("linux")
    autostart.set_enabled(False, "linux")
    assert not path.exists() and not autostart.is_enabled("linux")
    autostart.set_enabled(False, "linux")  # removing twice is fine


def test_autostart_builders_for_every_platform(tmp_path):
    spaced = ["/opt/debt tracker/debttracker", "--minimized"]
    assert autostart.desktop_entry(spaced).count('Exec="/opt/debt tracker/debttracker" --minimized')
    home = tmp_path / "mac"
    assert autostart.launch_agent_path(home) == (
        home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    )
    plist = plistlib.loads(autostart.launch_agent_plist(spaced))
    assert plist == {
        "Label": APP_ID,
        "ProgramArguments": spaced,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    exe = [r"C:\Program Files\debttracker\debttracker.exe", "--minimized"]
    assert autostart.windows_run_value(exe) == (
        r'"C:\Program Files\debttracker\debttracker.exe" --minimized'
    )
    assert autostart.WINDOWS_RUN_KEY == r"Software\Microsoft\Windows\CurrentVersion\Run"


def test_preferences_page_applies_everything(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        autostart, "launch_command", lambda _data=None: ["debttracker", "--minimized"]
    )
    debt = seed(tmp_path / "d", [(date(2026, 3, 10), 20000)])
    w, _c, _fake = open_window(qtbot, tmp_path / "d", FakeClock(t(2026, 3, 8, 10)))
    assert RemindersPage in PAGES
    dialog = PreferencesDialog(w.ctx, w)
    qtbot.addWidget(dialog)
    page = dialog.findChild(RemindersPage, "remindersPage")
    assert dialog.pages.tabText(dialog.pages.indexOf(page)) == "Reminders"
    page.time_of_day.setTime(page.time_of_day.time().addSecs(3600))  # 10:00
    page.kinds["card"].setChecked(False)
    page.days_before.setValue(5)
    page.debt.setCurrentIndex(page.debt.findData(debt))
    page.debt_days.setValue(7)
    page.login.setChecked(True)
    page.tray.setChecked(False)
    dialog.accept()
    with w.ctx.db.session() as s:
        chosen = store.load_settings(s)
        assert (chosen.time_of_day.hour, chosen.days_before) == (10, 5)
        assert chosen.enabled == frozenset({"instalment", "promise"})
        assert store.lead_days(s) == {debt: 7}
        assert settings.get(s, store.START_AT_LOGIN) and not settings.get(s, store.TRAY_ENABLED)
    assert autostart.is_enabled()
    again = RemindersPage(w.ctx)
    assert again.login.isChecked() and again.days_before.value() == 5
    again.debt_days.setValue(-1)  # back to the default
    again.login.setChecked(False)
    again.apply()
    with w.ctx.db.session() as s:
        assert store.lead_days(s) == {}
    assert not autostart.is_enabled()
    w.shutdown()


def test_export_calendar_writes_an_ics_that_parses_back(qtbot, tmp_path):
    debt = seed(tmp_path / "d", [(date(2026, 3, 10), 20000)], promise_due=date(2026, 3, 12))
    w, c, _fake = open_window(qtbot, tmp_path / "d", FakeClock(t(2026, 3, 8, 10)))
    assert c.export_action in w.file_menu.actions()
    target = tmp_path / "out" / "dues.ics"
    target.parent.mkdir()
    assert c.write_calendar(target) == 2
    cal = Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    event = events[f"inst:{debt}:1:2026-03-10@{APP_ID}"]
    assert event.decoded("dtstart") == date(2026, 3, 10)
    assert str(event["summary"]) == "Instalment 1 of 示例银行 · 消费贷: CN¥200.00"
    triggers = [a.decoded("trigger") for a in event.walk("VALARM")]
    assert triggers == [timedelta(days=-3, hours=9), timedelta(hours=9)]
    assert any(str(e["summary"]).startswith("My promise:") for e in events.values())
    assert c.write_calendar(tmp_path / "missing" / "x.ics") == 0
    assert w.findChild(QMessageBox, "exportCalendarError") is not None
    w.shutdown()
