"""Desktop notifications through D-Bus, against a fake notification server on a private
session bus (``dbus-daemon --session``, started and stopped here), and how closing the window
says reminders will arrive."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from debttracker import APP_ID
from debttracker.i18n import install_translators
from debttracker.store import reminders as store
from debttracker.ui.reminders.dbus_notifier import DBusNotifier, service_present
from debttracker.ui.reminders.integration import choose_notifier
from debttracker.ui.reminders.notifier import NullNotifier, TrayNotifier
from debttracker.ui.reminders.tray import FakeTrayIcon
from tests.ui.reminders_helpers import FakeClock, open_window, seed, t

SERVER = Path(__file__).with_name("fake_notification_server.py")
BUS_NAME = "debttracker-test-bus"

#: "Open" brings the window forward, which the offscreen platform cannot do
OFFSCREEN_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")
needs_dbus = pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus")


@pytest.fixture
def bus_address():
    """A private session bus; the daemon is stopped by its pid."""
    done = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True, text=True, check=True, timeout=20,
    )  # fmt: skip
    address, pid = done.stdout.split()
    try:
        yield address
    finally:
        os.kill(int(pid), signal.SIGTERM)


@pytest.fixture
def bus(bus_address):
    connection = QDBusConnection.connectToBus(bus_address, BUS_NAME)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(BUS_NAME)


class Server:
    """The fake server process: what it was asked to show, and signals on request."""

    def __init__(self, address: str, capabilities: str) -> None:
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), capabilities],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert self.line() == "ready"

    def line(self) -> str:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 20)
        assert ready, "the fake server said nothing"
        return self.process.stdout.readline().strip()

    def notification(self) -> dict:
        return json.loads(self.line())

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=20)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def server(request, bus_address):
    capabilities = getattr(request, "param", "actions,body")
    running = Server(bus_address, capabilities)
    yield running
    running.stop()


def window_with(qtbot, tmp_path, bus):
    data = tmp_path / "d"
    seed(data, [(date(2026, 3, 10), 20000), (date(2026, 3, 11), 30000)])
    clock = FakeClock(t(2026, 3, 8, 10))
    w, controller, _fake = open_window(qtbot, data, clock, start=False)
    notifier = DBusNotifier(bus, controller)
    controller.set_notifier(notifier)
    return w, controller, notifier


def state(w, key: str) -> store.StateSnapshot:
    with w.ctx.db.session() as s:
        return store.snapshot(s, key)


@needs_dbus
@OFFSCREEN_RAISE
def test_notify_then_snooze_and_done_from_the_notification(qtbot, tmp_path, bus, server):
    assert service_present(bus)
    w, controller, notifier = window_with(qtbot, tmp_path, bus)
    controller.start()
    shown = server.notification()
    assert shown["app"] == "debttracker" and shown["icon"] == APP_ID
    assert shown["summary"] == "2 reminders from debttracker"
    assert len(shown["body"].splitlines()) == 2 and "消费贷" in shown["body"]
    assert shown["actions"] == [
        "default", "Open", "open", "Open", "snooze", "Snooze 1 hour", "done", "Done",
    ]  # fmt: skip
    assert shown["hints"]["desktop-entry"] == APP_ID
    keys = [r.key for r in notifier.pending[shown["id"]]]
    assert len(keys) == 2 and not any(state(w, k).snoozed_until for k in keys)

    server.send(f"action {shown['id']} snooze")
    qtbot.waitUntil(lambda: all(state(w, k).snoozed_until for k in keys), timeout=5000)
    assert all(state(w, k).snoozed_until == t(2026, 3, 8, 11) for k in keys)
    assert not any(state(w, k).done for k in keys)

    server.send(f"action {shown['id']} done")
    qtbot.waitUntil(lambda: all(state(w, k).done for k in keys), timeout=5000)
    w.ctx.undo_stack.undo()  # the button's change is an ordinary undoable command
    assert not any(state(w, k).done for k in keys)

    with qtbot.waitSignal(notifier.activated, timeout=5000) as opened:
        server.send(f"action {shown['id']} default")
    assert opened.args[0].key == keys[0]
    with qtbot.waitSignal(notifier.closed, timeout=5000):
        server.send(f"close {shown['id']}")
    assert shown["id"] not in notifier.pending
    w.shutdown()


@needs_dbus
def test_summary_and_buttons_in_chinese(qtbot, qapp, tmp_path, bus, server):
    w, controller, _notifier = window_with(qtbot, tmp_path, bus)
    install_translators(qapp, "zh_CN")  # after the window applied the stored language
    try:
        controller.start()
        shown = server.notification()
        w.shutdown()
    finally:
        install_translators(qapp, "en")
    assert "提醒" in shown["summary"] and "消费贷" in shown["body"]
    assert shown["actions"][1::2] == ["打开", "打开", "1 小时后再提醒", "已处理"]


@needs_dbus
@pytest.mark.parametrize("server", ["body"], indirect=True)
def test_no_buttons_where_the_server_has_no_actions(qtbot, tmp_path, bus, server):
    w, controller, notifier = window_with(qtbot, tmp_path, bus)
    assert not notifier.with_actions
    controller.start()
    assert server.notification()["actions"] == []
    w.shutdown()


def test_without_a_service_the_tray_else_nothing(qtbot):
    """Tests have no session bus (conftest), so the choice falls to the tray, else a no-op."""
    icon = FakeTrayIcon()
    assert isinstance(choose_notifier(icon, icon), TrayNotifier)
    assert isinstance(choose_notifier(None, icon), NullNotifier)


def test_closing_without_tray_or_service_says_reminders_wait(qtbot, tmp_path, monkeypatch):
    w, _controller, _fake = open_window(qtbot, tmp_path / "d", FakeClock(t(2026, 3, 8, 10)))
    quits: list[bool] = []
    monkeypatch.setattr(w, "quit_app", lambda: quits.append(True))
    w.show()
    qtbot.waitExposed(w)
    w.close()
    assert not w.isVisible()  # the window closes as always (its state is saved) ...
    assert not QGuiApplication.quitOnLastWindowClosed()  # ... the app waits for the message
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "trayExplainedBox") is not None)
    box = w.findChild(QMessageBox, "trayExplainedBox")
    assert "next time you start it" in box.text()
    box.accept()
    assert quits == [True] and QGuiApplication.quitOnLastWindowClosed()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "trayExplainedBox") is None)
    w.show()
    w.close()
    qtbot.wait(10)
    assert w.findChild(QMessageBox, "trayExplainedBox") is None  # once
    assert QGuiApplication.quitOnLastWindowClosed()
    w.shutdown()


@needs_dbus
def test_closing_with_notifications_keeps_running_and_says_so(qtbot, tmp_path, bus, server):
    w, controller, _notifier = window_with(qtbot, tmp_path, bus)
    controller.start()
    server.notification()
    assert controller.keeps_running()
    w.show()
    qtbot.waitExposed(w)
    w.close()
    assert not w.isVisible()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "trayExplainedBox") is not None)
    assert "desktop notifications" in w.findChild(QMessageBox, "trayExplainedBox").text()
    w.shutdown()
