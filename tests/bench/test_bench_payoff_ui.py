"""What-if slider benchmark (DESIGN.md §7 "recompute + redraw"; issue 8 asks ≤ 16 ms median).

One round = the slider moves one step → the plan and the five-strategy comparison are
recomputed → the results table and the visible chart are updated by blitting. Runs on the
small sample data (the what-if budget's data set) with the window shown offscreen.
The planner for 50 debts is benchmarked in ``test_bench_payoff.py``.

Measures only; run with ``pytest tests/bench/test_bench_payoff_ui.py -p no:cacheprovider``.
"""

from __future__ import annotations

import pytest

from tests.ui.payoff_helpers import open_window, sample_dir, wait_for_canvas


@pytest.fixture
def payoff_tab(qtbot, tmp_path):
    window = open_window(sample_dir(tmp_path))
    qtbot.addWidget(window)
    tab = window.tab("payoffTab")
    tab.cover_button.click()  # from here on every plan reaches the debt-free date
    tab.controls.slider.setValue(tab.controls.slider.value() + 100)
    tab.recompute(fast=False)
    yield tab
    window.shutdown()


@pytest.mark.parametrize("chart", [0, 1, 2], ids=["balances", "compare", "timeline"])
def test_bench_what_if_slider_step(benchmark, qtbot, payoff_tab, chart):
    tab = payoff_tab
    tab.chart_tabs.setCurrentIndex(chart)
    shown = tab.charts()[chart]
    wait_for_canvas(qtbot, shown)
    qtbot.wait(50)
    slider = tab.controls.slider
    start = slider.value()
    steps = iter(range(10**9))

    def step() -> None:
        slider.setValue(start + next(steps) % 40)  # 0 to 400 more a month, then back

    benchmark.pedantic(step, rounds=200, warmup_rounds=5)
    assert shown.can_blit()  # the charts kept blitting (no full redraw in the loop)
    # a real plan was computed each step (the large sample has balloons the money cannot
    # cover, so it is honestly not feasible: the plan says where it falls short)
    assert tab.outcome.plan.months > 0 and tab.outcome.plan.balances


def test_bench_full_redraw_for_comparison(benchmark, qtbot, payoff_tab):
    tab = payoff_tab
    wait_for_canvas(qtbot, tab.balances_chart)

    def full() -> None:
        tab.recompute(fast=False)
        tab.balances_chart.canvas.draw()

    benchmark.pedantic(full, rounds=20, warmup_rounds=2)
