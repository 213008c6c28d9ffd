"""The strategies side by side: debt-free date and total interest (Payoff tab)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from debttracker.core.budget import Month
from debttracker.core.payoff_series import StrategyResult
from debttracker.ui.charts.mpl import ChartView, Theme, load, money_tick, month_text


@dataclass(frozen=True)
class CompareData:
    start: Month
    currency: str
    results: tuple[StrategyResult, ...]
    names: dict[str, str]  # strategy -> label shown
    selected: str


class CompareChart(ChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareChart")
        self.data: CompareData | None = None
        self._bars: list[tuple[Any, Any]] = []  # (months bar, interest bar) per strategy
        self._texts: list[tuple[Any, Any]] = []
        self._xmax = (0.0, 0.0)

    def set_data(self, data: CompareData) -> None:
        self.data = data
        self.mark_stale()

    def _limits(self, data: CompareData) -> tuple[float, float]:
        months = [r.debt_free_month or 0 for r in data.results if r.feasible]
        interest = [float(r.total_interest) for r in data.results if r.feasible]
        return max([*months, 6]) * 1.35, max([*interest, 1.0]) * 1.5

    def update_data(self, data: CompareData) -> bool:
        old, self.data = self.data, data
        months, interest = self._limits(data)
        fits = (
            old is not None
            and self.can_blit()
            and old.selected == data.selected
            and [r.feasible for r in old.results] == [r.feasible for r in data.results]
            and months <= self._xmax[0]
            and interest <= self._xmax[1]
        )
        if not fits:
            self.mark_stale()
            return False
        self._move()
        self.blit()
        return True

    def _move(self) -> None:
        assert self.data is not None
        for result, (m_bar, i_bar), (m_text, i_text) in zip(
            self.data.results, self._bars, self._texts, strict=True
        ):
            if result.feasible:
                month = result.debt_free_month or 0
                m_bar.set_width(month)
                m_text.set_position((month, m_bar.get_y() + m_bar.get_height() / 2))
                m_text.set_text(" " + month_text(self.data.start.shift(month)))
                amount = float(result.total_interest)
                i_bar.set_width(amount)
                i_text.set_position((amount, i_bar.get_y() + i_bar.get_height() / 2))
                i_text.set_text(" " + money_tick(amount, self.data.currency))
            else:
                m_bar.set_width(0)
                i_bar.set_width(0)
                m_text.set_position((0, m_bar.get_y() + m_bar.get_height() / 2))
                i_text.set_position((0, i_bar.get_y() + i_bar.get_height() / 2))
                m_text.set_text(" " + self.tr("not paid off"))
                i_text.set_text(" —")

    def _draw(self, figure: Any, theme: Theme) -> None:
        self._bars, self._texts = [], []
        data = self.data
        left, right = figure.subplots(1, 2, sharey=True)
        for ax in (left, right):
            self.style_axes(ax, theme)
            ax.grid(True, axis="x", color=theme.grid, linewidth=0.5, alpha=0.5)
            ax.grid(False, axis="y")
        if data is None or not data.results:
            return
        self._xmax = self._limits(data)
        rows = list(range(len(data.results)))[::-1]
        for y, result in zip(rows, data.results, strict=True):
            chosen = result.strategy == data.selected
            colour = theme.colour(0) if chosen else theme.other
            pair = (
                left.barh(y, 0, height=0.6, color=colour)[0],
                right.barh(y, 0, height=0.6, color=theme.colour(5) if chosen else theme.other)[0],
            )
            self._bars.append(pair)
            style = {"va": "center", "fontsize": "small", "color": theme.ink, "clip_on": True}
            self._texts.append((left.text(0, y, "", **style), right.text(0, y, "", **style)))
        self._move()
        self.dynamic = [a for pair in (*self._bars, *self._texts) for a in pair]
        self.labels = [a for pair in self._texts for a in pair]
        left.set_yticks(rows, [data.names.get(r.strategy, r.strategy) for r in data.results])
        for label, result in zip(left.get_yticklabels(), data.results, strict=True):
            if result.strategy == data.selected:
                label.set_fontweight("bold")
        left.set_xlim(0, self._xmax[0])
        right.set_xlim(0, self._xmax[1])
        left.xaxis.set_major_locator(self.month_locator(left))
        left.xaxis.set_major_formatter(self.month_formatter(data.start))
        right.xaxis.set_major_locator(load().MaxNLocator(nbins=3))
        right.xaxis.set_major_formatter(self.money_formatter(data.currency))
        left.set_title(self.tr("Debt-free"), color=theme.ink, loc="left", fontsize="medium")
        right.set_title(self.tr("Total interest"), color=theme.ink, loc="left", fontsize="medium")
