"""The Overview's agenda: the next 14 days of due dates, promises and follow-ups, sorted by
date, with an empty state, refreshed on a change, reachable and usable from the keyboard."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from debttracker.store import reminders as store
from debttracker.ui.app import build_main_window
from tests.ui.reminders_helpers import seed

TODAY = date(2026, 11, 23)
CST = timezone(timedelta(hours=8))


def _open(qtbot, data):
    w = build_main_window(data)
    qtbot.addWidget(w)
    w.ctx.today = lambda: TODAY
    w.ctx.now = lambda: datetime.combine(TODAY, time(9), tzinfo=CST)
    w.tab("overviewTab").progress_panel.hide()  # no chart drawing: not what is tested here
    w.resize(1200, 1000)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


@pytest.fixture
def window(qtbot, tmp_path):
    yield from _open(qtbot, tmp_path / "d")


@pytest.fixture
def later_window(qtbot, tmp_path):
    """One loan whose first instalment is due in 60 days."""
    seed(tmp_path / "d", [(TODAY + timedelta(days=60), 50000)])
    yield from _open(qtbot, tmp_path / "d")


def panel_of(w):
    return w.tab("overviewTab").agenda_panel


def test_agenda_empty_then_sample_sorted_and_refreshed(window, qtbot, qtmodeltester):
    tab = window.tab("overviewTab")
    panel = panel_of(window)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(
            tab.findChild(QPushButton, "overviewSampleButton"), Qt.MouseButton.LeftButton
        )
    view = panel.findChild(QTableView, "agendaTable")
    qtmodeltester.check(panel.model)
    rows = panel.model.rows
    assert rows and panel.stack.currentWidget() is view
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    assert all(r.due <= TODAY + timedelta(days=14) for r in rows)
    assert all(r.due > TODAY for r in rows if r.status == "upcoming")
    whats = {panel.model.index(i, 2).data() for i in range(len(rows))}
    assert "Instalment due" in whats
    assert any(r.what in ("lender_promise", "follow_up", "my_promise") for r in rows)
    assert view.accessibleName() == "Agenda for the next 14 days"

    first = rows[0]
    key = next(i.key for i in _items(window) if i.ref == first.ref and i.due == first.due)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        with window.ctx.db.session() as s:
            store.mark_done(s, key, window.ctx.now())
        window.ctx.events.data_changed.emit("reminders")
    assert first not in panel.model.rows


def _items(w):
    from debttracker.store.reminders_agenda import agenda

    now = w.ctx.now()
    with w.ctx.db.session() as s:
        facts = store.build_facts(s, now.tzinfo, now.date())
    return agenda(facts, now, 14)


def test_agenda_empty_state_then_keyboard(later_window, qtbot):
    window = later_window
    panel = panel_of(window)
    qtbot.waitUntil(lambda: panel.model.rows == [] and not panel._stale, timeout=10_000)
    qtbot.waitUntil(lambda: not panel._loading, timeout=10_000)
    empty = panel.findChild(QLabel, "agendaEmptyLabel")
    assert panel.stack.currentWidget() is empty
    assert "Nothing is due" in empty.text() and "14 days" in empty.text()

    window.ctx.today = lambda: TODAY + timedelta(days=50)  # now it is 10 days away
    window.ctx.now = lambda: datetime.combine(TODAY + timedelta(days=50), time(9), tzinfo=CST)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        window.ctx.events.data_changed.emit("ledger")
    view = panel.findChild(QTableView, "agendaTable")
    assert panel.stack.currentWidget() is view and len(panel.model.rows) == 1
    assert panel.model.index(0, 1).data() == "In 10 days"
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    with qtbot.waitSignal(window.ctx.events.open_debt, timeout=5000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [1]
