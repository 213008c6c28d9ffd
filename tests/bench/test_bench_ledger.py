"""Ledger on the large sample (ten years, 100,000 payments): open the tab, aggregate debts.

Budget (DESIGN.md §7): the ledger opens within 200 ms.  Run with ``--benchmark-only``;
the figures go to docs/performance.md.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from debttracker.store import ledger_detail, ledger_queries
from debttracker.store.db import open_database
from debttracker.store.sample import generate

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("large"))
    summary = generate(db, today=TODAY, scale="large")
    assert summary["payments"] == 100_000
    yield db
    db.close()


def test_bench_open_ledger_tab(benchmark, large_db, qapp):
    from debttracker.ui.context import AppContext, AppEvents
    from debttracker.ui.ledger import LedgerTab

    stack = QUndoStack()

    def open_tab():
        # a fresh context each round: the debts aggregate is computed, not taken from its cache
        ctx = AppContext(large_db.path.parent, large_db, stack, AppEvents(), today=lambda: TODAY)
        tab = LedgerTab(ctx)
        rows = tab.model.rowCount()
        tab.deleteLater()
        return rows

    rows = benchmark(open_tab)
    assert rows > 1000
    qapp.processEvents()


def test_bench_debts_aggregate(benchmark, large_db):
    def aggregate():
        with large_db.session() as s:
            return ledger_queries.debt_rows(s, TODAY), ledger_queries.sql_totals(s, TODAY)

    rows, totals = benchmark(aggregate)
    assert ledger_queries.totals(rows) == totals


def test_bench_payments_first_page(benchmark, large_db):
    with large_db.session() as s:
        busiest = max(ledger_queries.debt_rows(s, TODAY), key=lambda r: r.id).id

    def page():
        with large_db.session() as s:
            return ledger_detail.payment_page(s, busiest, 0, 200)

    assert benchmark(page)
