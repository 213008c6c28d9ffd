"""Progress for the Overview: paid so far against the total, and the principal actually owed
month by month (from the payments) next to the plan from today.

:class:`ProgressPanel` (``ProgressPanel(ctx, parent)``) is self-contained: it reads its data
when first shown and again on ``ctx.events.data_changed`` (only while visible; otherwise at
the next show).  The reading -- ten years of payments on the large sample -- and matplotlib's
import run on a pool thread (:mod:`ui.widgets.tasks`), so the Overview answers at once at
start-up while its chart is prepared (DESIGN.md §7).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from debttracker.core.budget import Month
from debttracker.core.money import ZERO
from debttracker.core.payoff_series import Progress, ProgressSeries
from debttracker.ui.charts.export import ExportChartButton
from debttracker.ui.charts.mpl import ChartView, Theme, load, preload, to_float
from debttracker.ui.context import AppContext
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.plain import plain_label


@dataclass(frozen=True)
class ProgressData:
    currency: str
    progress: Progress
    series: ProgressSeries
    today: Month
    feasible: bool


def load_progress(ctx: AppContext) -> ProgressData | None:
    """Read the history and today's plan (saved strategy, default amount); None: no debts."""
    from debttracker.core.payoff import plan
    from debttracker.core.payoff_series import progress, progress_series, totals
    from debttracker.store import payoff_inputs as inputs

    today = ctx.today()
    with ctx.db.session() as s:
        found = inputs.load_debts(s, today, order=inputs.saved_order(s))
        history = inputs.progress_history(s, today, found.currency)
        monthly, _source = inputs.default_monthly(s, today, found.minimums)
        strategy = inputs.saved_strategy(s)
    if not found.debts and not history.paid:
        return None
    remaining = sum((d.balance for d in found.debts), ZERO)
    result = plan(found.debts, monthly, strategy, record=True) if found.debts else None
    plan_row = totals(result) if result is not None else ()
    now = Month.of(today)
    return ProgressData(
        found.currency,
        progress(history.paid_total, remaining),
        progress_series(history.first, history.owed, now, plan_row),
        now,
        result is None or result.feasible,
    )


def _load_for_chart(ctx: AppContext) -> ProgressData | None:
    """Pool-thread work: the data, and matplotlib's widget-free modules (the chart needs both)."""
    data = load_progress(ctx)
    if data is not None:
        preload()
    return data


class ProgressChart(ChartView):
    MIN_SIZE = QSize(240, 140)
    HINT = QSize(480, 200)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.data: ProgressData | None = None

    def set_data(self, data: ProgressData | None) -> None:
        self.data = data
        self.mark_stale()

    def _draw(self, figure: Any, theme: Theme) -> None:
        data = self.data
        top, bottom = figure.subplots(2, 1, height_ratios=[1, 5])
        for ax in (top, bottom):
            self.style_axes(ax, theme)
        top.set_axis_off()
        if data is None:
            return
        self._draw_bar(top, data, theme)
        self._draw_lines(bottom, data, theme)

    def _draw_bar(self, ax: Any, data: ProgressData, theme: Theme) -> None:
        paid, total = float(data.progress.paid), float(data.progress.total) or 1.0
        ax.barh(0, paid, color=theme.colour(2), height=0.8)
        ax.barh(0, total - paid, left=paid, color=theme.other, height=0.8)
        ax.set_xlim(0, total)
        percent = f"{float(data.progress.share) * 100:.0f}%"
        inside = {"va": "center", "fontsize": "small", "color": "#000000"}
        if paid >= total * 0.12:
            ax.text(paid / 2, 0, percent, ha="center", **inside)
        else:
            ax.text(paid, 0, " " + percent, ha="left", **inside)

    def _draw_lines(self, ax: Any, data: ProgressData, theme: Theme) -> None:
        np = load().np
        series = data.series
        if series.actual:
            x = np.arange(len(series.actual))
            ax.plot(x, [to_float(v) for v in series.actual], color=theme.colour(0),
                    linewidth=2, label=self.tr("Principal owed (from your payments)"))  # fmt: skip
        if series.plan:
            x = np.arange(series.offset, series.offset + len(series.plan))
            label = (
                self.tr("Plan from today")
                if data.feasible
                else self.tr("Plan from today (not enough money)")
            )
            ax.plot(x, [to_float(v) for v in series.plan], color=theme.colour(1),
                    linewidth=2, linestyle="--", label=label)  # fmt: skip
        ax.axvline(series.offset, color=theme.grid, linewidth=1)
        ax.text(series.offset, 1, " " + self.tr("today"), color=theme.ink, fontsize="small",
                va="top", transform=ax.get_xaxis_transform())  # fmt: skip
        ax.set_xlim(0, max(series.offset + len(series.plan) - 1, len(series.actual) - 1, 1))
        ax.set_ylim(bottom=0)
        ax.xaxis.set_major_locator(self.month_locator(ax))
        ax.xaxis.set_major_formatter(self.month_formatter(series.first))
        ax.yaxis.set_major_formatter(self.money_formatter(data.currency))
        ax.legend(loc="lower left", frameon=False, fontsize="small", labelcolor=theme.ink)


class ProgressPanel(QWidget):
    """Summary line, the progress chart and its export button, for the Overview tab."""

    #: the data arrived and the chart has them (tests, the start-up probe)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.ctx = ctx
        self._stale = True
        self._loading = False
        self._again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.summary = plain_label()
        self.summary.setObjectName("progressSummaryLabel")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.chart = ProgressChart(self)
        self.export_button = ExportChartButton(self._current, "progress", self)
        self.export_button.setObjectName("exportProgressChartButton")
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self.chart.setVisible(False)  # until the data are read
        self.export_button.setVisible(False)
        ctx.events.data_changed.connect(self._on_data_changed)

    def _current(self) -> ChartView:
        return self.chart

    def _on_data_changed(self, _aggregate: str) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            # after the first paint: reading the data and matplotlib stay off the start path
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        """Read the data again (on a pool thread) and redraw when they arrive."""
        if not self._stale:
            return
        if self._loading:
            self._again = True  # the data changed while being read: read once more after
            return
        self._stale = False
        self._loading = True
        self._again = False
        if not self.summary.text():
            self.summary.setText(self.tr("Reading your progress…"))
        tasks.run(
            QThreadPool.globalInstance(),
            partial(_load_for_chart, self.ctx),
            self._loaded,
            self._failed,
        )

    def _loaded(self, data: ProgressData | None) -> None:
        self._loading = False
        if self._again:
            self._stale = True
            self.refresh()
            return
        if data is None:
            self.summary.setText(
                self.tr("Your progress appears here once the ledger holds your debts.")
            )
        else:
            # %2 is the Overview's "Total owed" plus its penalty: what clearing every debt takes
            text = self.tr("You have paid %1; %2 to go, penalty included (%3 of the way).")
            self.summary.setText(
                text.replace("%1", money_text(data.progress.paid, data.currency))
                .replace("%2", money_text(data.progress.remaining, data.currency))
                .replace("%3", f"{float(data.progress.share) * 100:.0f}%")
            )
        self.chart.setVisible(data is not None)
        self.export_button.setVisible(data is not None)
        self.chart.set_data(data)
        self.loaded.emit()

    def _failed(self, error: object) -> None:
        self._loading = False
        self._stale = True  # tried again at the next show or change
        text = tasks.failure_text(error)
        self.summary.setText(self.tr("Your progress could not be read: %1").replace("%1", text))
