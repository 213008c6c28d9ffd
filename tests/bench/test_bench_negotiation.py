"""Negotiation tab on the large sample (ten years, 1,663 debts, 100,000 payments).

Budgets (DESIGN.md §7 and the negotiation brief): constructing the tab reads nothing (< 20 ms);
showing it reads the lender filter and the section in view (< 100 ms); the timeline shows its
first rows in < 300 ms (lazy model, ordered in SQL).  Run with ``--benchmark-only``.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from debttracker.store.db import open_database
from tests.bench.conftest import BENCH_TODAY


@pytest.fixture(scope="module")
def ctx(large_sample_dir, qapp):
    from debttracker.ui.context import AppContext, AppEvents

    db = open_database(large_sample_dir)
    stack, events = QUndoStack(), AppEvents()
    yield AppContext(large_sample_dir, db, stack, events, today=lambda: BENCH_TODAY)
    db.close()


def _tab(ctx):
    from debttracker.ui.negotiation.tab import NegotiationTab

    tab = NegotiationTab(ctx)
    tab.resize(1280, 800)
    return tab


def _dispose(tabs, qapp) -> None:
    for tab in tabs:
        tab.hide()
        tab.pool.waitForDone()
        tab.deleteLater()
    qapp.processEvents()


def test_bench_construct_negotiation_tab(benchmark, ctx, qapp):
    made = []
    benchmark(lambda: made.append(_tab(ctx)))
    assert made[0].models["timeline"].rowCount() == 0  # nothing read
    _dispose(made, qapp)


def test_bench_show_negotiation_tab(benchmark, ctx, qapp):
    made = []

    def setup():
        made.append(_tab(ctx))
        return (made[-1],), {}

    benchmark.pedantic(lambda tab: tab.show(), setup=setup, rounds=10)
    tab = made[-1]
    assert tab.choices is not None and len(tab.choices.debts) == 1663
    _dispose(made, qapp)


def test_bench_show_timeline_first_rows(benchmark, ctx, qapp):
    made = []

    def setup():
        tab = _tab(ctx)
        tab.show()
        made.append(tab)
        return (tab,), {}

    def show_timeline(tab):
        tab.show_section("timeline")
        return tab.models["timeline"].rowCount()

    rows = benchmark.pedantic(show_timeline, setup=setup, rounds=10)
    assert rows == 500  # the first chunk; more as the view scrolls
    _dispose(made, qapp)
