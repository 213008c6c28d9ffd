"""The payoff-order chart draws what its title says: thick blocks in the months a debt gets
the extra money, taken from the plan's per-month allocation (issue 16 item 10)."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

from debttracker.core.budget import Month
from debttracker.core.payoff import PayoffDebt, plan
from debttracker.core.payoff_series import payoff_order
from debttracker.ui.charts.timeline import TimelineChart, TimelineData
from tests.ui.payoff_helpers import colours, wait_for_canvas

DEBTS = [
    PayoffDebt("card", "信用卡", D("8000.00"), D("0.18"), D("400")),
    PayoffDebt("app", "网贷", D("3000.00"), D("0.24"), D("300")),
    PayoffDebt("friend", "朋友", D("2000.00"), D("0"), D("100")),
]


def drawn_months(collection) -> set[int]:
    """Months (from 1) covered by the rectangles of one row's extra-money blocks."""
    months: set[int] = set()
    for path in collection.get_paths():
        xs = [x for x, _ in path.vertices]
        months |= set(range(round(min(xs)) + 1, round(max(xs)) + 1))
    return months


def test_thick_blocks_are_the_months_with_extra_money(qtbot, tmp_path: Path):
    result = plan(DEBTS, D("1200"), "avalanche", record=True)
    items = payoff_order(result)
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    chart.set_data(TimelineData(Month(2026, 12), items, {d.id: i for i, d in enumerate(DEBTS)},
                                result.months))  # fmt: skip
    chart.show()
    wait_for_canvas(qtbot, chart)
    index = {d.id: i for i, d in enumerate(DEBTS)}
    ax = chart.canvas.figure.axes[0]
    rows = zip(items, ax.patches, ax.collections, strict=True)  # one thin bar, one block set
    for item, whole, blocks in rows:
        extra = {m for m, fen in enumerate(result.extras[index[item.id]], 1) if fen > 0}
        assert extra, item.name  # every debt gets extra money at some point here
        assert drawn_months(blocks) == extra
        assert whole.get_width() == item.payoff_month
    # the debt with the focus last does not get extra from month 1 (not a payoff-date bar)
    assert min(drawn_months(ax.collections[-1])) > 1
    target = Path(os.environ.get("DEBTTRACKER_SHOT_DIR", tmp_path)) / "timeline.png"
    chart.grab().save(str(target))
    assert colours(chart.grab().toImage()) > 3
