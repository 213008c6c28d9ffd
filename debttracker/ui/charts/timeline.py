"""The payoff order as a timeline: one row per debt, in the order they are paid off.

A thin bar runs from today to the month the debt is paid off; thick blocks cover the months in
which the plan gives the debt extra money above its minimum (``OrderItem.extra_spans``, from
the plan's per-month allocation), which is what the title says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from debttracker.core.budget import Month
from debttracker.core.payoff import DebtId
from debttracker.core.payoff_series import OrderItem
from debttracker.ui.charts.mpl import ChartView, Theme, month_text

MAX_ROWS = 12
FOCUS_HEIGHT = 0.62


def extra_blocks(item: OrderItem, y: float) -> list[list[tuple[float, float]]]:
    """One rectangle per run of months with extra money; month m spans x = m - 1 … m."""
    low, high = y - FOCUS_HEIGHT / 2, y + FOCUS_HEIGHT / 2
    return [
        [(first - 1, low), (first - 1, high), (last, high), (last, low)]
        for first, last in item.extra_spans
    ]


@dataclass(frozen=True)
class TimelineData:
    start: Month
    items: tuple[OrderItem, ...]  # in payoff order
    colours: dict[DebtId, int]
    months: int  # months the plan ran


class TimelineChart(ChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.data: TimelineData | None = None
        self._rows: list[tuple[Any, Any, Any]] = []  # (whole bar, extra-money blocks, label)
        self._ids: list[DebtId] = []
        self._xmax = 0

    def set_data(self, data: TimelineData) -> None:
        self.data = data
        self.mark_stale()

    @staticmethod
    def _shown(data: TimelineData) -> tuple[OrderItem, ...]:
        return data.items[:MAX_ROWS]

    def update_data(self, data: TimelineData) -> bool:
        old, self.data = self.data, data
        fits = (
            old is not None
            and self.can_blit()
            and {i.id for i in self._shown(data)} == set(self._ids)
            and data.months <= self._xmax
        )
        if not fits:
            self.mark_stale()
            return False
        self._move()
        self.blit()
        return True

    def _move(self) -> None:
        assert self.data is not None
        items = {item.id: item for item in self._shown(self.data)}
        for debt_id, (whole, focus, label) in zip(self._ids, self._rows, strict=True):
            item = items[debt_id]
            unpaid = item.payoff_month is None
            end = self._xmax if unpaid else item.payoff_month or 0
            whole.set_width(end)
            y = whole.get_y() + whole.get_height() / 2
            focus.set_verts(extra_blocks(item, y))
            label.set_position((end, y))
            if unpaid:
                label.set_text(" " + self.tr("not paid off"))
                label.set_horizontalalignment("right")
            else:
                label.set_text(" " + month_text(self.data.start.shift(end)))
                label.set_horizontalalignment("left" if end < self._xmax * 0.75 else "right")

    def _draw(self, figure: Any, theme: Theme) -> None:
        self._rows, self._ids = [], []
        ax = figure.add_subplot()
        self.style_axes(ax, theme)
        ax.grid(True, axis="x", color=theme.grid, linewidth=0.5, alpha=0.5)
        ax.grid(False, axis="y")
        data = self.data
        if data is None or not data.items:
            return
        shown = self._shown(data)
        self._xmax = max(data.months, 6)
        ys = list(range(len(shown)))[::-1]
        for y, item in zip(ys, shown, strict=True):
            colour = theme.colour(data.colours.get(item.id, 0))
            whole = ax.barh(y, 0, height=0.18, color=theme.other)[0]
            focus = ax.broken_barh([], (y - FOCUS_HEIGHT / 2, FOCUS_HEIGHT), color=colour)
            label = ax.text(0, y, "", va="center", fontsize="small", color=theme.ink)
            self._rows.append((whole, focus, label))
        self._ids = [item.id for item in shown]  # rows keep their place until a full redraw
        self._move()
        self.dynamic = [a for row in self._rows for a in row]
        self.labels = [row[2] for row in self._rows]
        ax.set_yticks(ys, [item.name for item in shown])
        ax.set_xlim(0, self._xmax)
        ax.set_ylim(-0.6, len(shown) - 0.4)
        ax.xaxis.set_major_locator(self.month_locator(ax))
        ax.xaxis.set_major_formatter(self.month_formatter(data.start))
        title = self.tr("Payoff order: thick bars are the months each debt gets the extra money")
        ax.set_title(title, color=theme.ink, loc="left", fontsize="medium", wrap=True)
        hidden = len(data.items) - len(shown)
        if hidden > 0:
            more = self.tr("…and %1 more debts").replace("%1", str(hidden))
            ax.set_xlabel(more, color=theme.ink, fontsize="small", loc="left")
