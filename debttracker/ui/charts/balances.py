"""Remaining balance per debt over time, stacked (Payoff tab)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from debttracker.core.budget import Month
from debttracker.core.payoff import DebtId
from debttracker.core.payoff_series import OTHER, Layer, stack
from debttracker.ui.charts.mpl import ChartView, Theme, load, month_text, to_float


@dataclass(frozen=True)
class BalancesData:
    """What the chart draws; ``colours`` maps a debt id to its palette index."""

    start: Month  # month 0
    currency: str
    layers: tuple[Layer, ...]  # bottom first
    colours: dict[DebtId, int]
    months: int  # months the plan ran
    debt_free: int | None


class BalancesChart(ChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balancesChart")
        self.data: BalancesData | None = None
        self._bands: Any = None
        self._line: Any = None
        self._label: Any = None
        self._xmax = 0
        self._ymax = 0.0

    def set_data(self, data: BalancesData) -> None:
        self.data = data
        self.mark_stale()

    def update_data(self, data: BalancesData) -> bool:
        """Move the bands to ``data`` by blitting; False (and a full redraw) when the axes
        would have to change."""
        old, self.data = self.data, data
        fits = (
            old is not None
            and self.can_blit()
            and [layer.id for layer in old.layers] == [layer.id for layer in data.layers]
            and data.months <= self._xmax
        )
        if fits:
            tops = stack(data.layers, self._xmax + 1)
            fits = not tops or to_float(max(tops[-1])) <= self._ymax
        if not fits:
            self.mark_stale()
            return False
        self._move(tops)
        self.blit()
        return True

    def _verts(self, tops: tuple[tuple[int, ...], ...]) -> list[Any]:
        """One closed outline per band: along its top, back along the band below."""
        np = load().np
        x = np.arange(self._xmax + 1, dtype=float)
        below = np.zeros(self._xmax + 1)
        verts = []
        for top in tops:
            upper = np.asarray(top, dtype=float) / 100
            verts.append(
                np.concatenate([np.column_stack([x, upper]), np.column_stack([x, below])[::-1]])
            )
            below = upper
        return verts

    def _move(self, tops: tuple[tuple[int, ...], ...]) -> None:
        self._bands.set_verts(self._verts(tops))
        self._place_marker()

    def _place_marker(self) -> None:
        assert self.data is not None
        month = self.data.debt_free
        if month is None:
            self._line.set_visible(False)
            self._label.set_text(self.tr("Not paid off at this amount"))
            self._label.set_position((self._xmax, self._ymax))
            self._label.set_horizontalalignment("right")
            return
        self._line.set_visible(True)
        self._line.set_xdata([month, month])
        text = self.tr("Debt-free: %1").replace("%1", month_text(self.data.start.shift(month)))
        self._label.set_text(text)
        self._label.set_position((month, self._ymax))
        self._label.set_horizontalalignment("right" if month > self._xmax * 0.6 else "left")

    def _draw(self, figure: Any, theme: Theme) -> None:
        ax = figure.add_subplot()
        self.style_axes(ax, theme)
        data = self.data
        if data is None or not data.layers:
            return
        # a plan that stops (not enough money) is drawn only as far as it went
        self._xmax = max(data.months + 1, 6) if data.debt_free is not None else data.months or 1
        tops = stack(data.layers, self._xmax + 1)
        self._ymax = max(to_float(max(tops[-1])) * 1.12, 1.0)
        m = load()
        colours = [self._colour(layer, theme) for layer in data.layers]
        self._bands = m.PolyCollection(
            self._verts(tops), facecolors=colours, edgecolors="none", alpha=0.9
        )
        ax.add_collection(self._bands)
        self._line = ax.axvline(0, color=theme.ink, linewidth=1.2, linestyle="--")
        self._label = ax.text(
            0, self._ymax, "", color=theme.ink, fontsize="small", va="top",
            bbox={"facecolor": theme.background, "edgecolor": "none", "alpha": 0.8, "pad": 2},
        )  # fmt: skip
        self._place_marker()
        self.dynamic = [self._bands, self._line, self._label]
        self.labels = [self._label]
        ax.set_xlim(0, self._xmax)
        ax.set_ylim(0, self._ymax)
        ax.xaxis.set_major_locator(self.month_locator(ax))
        ax.xaxis.set_major_formatter(self.month_formatter(data.start))
        ax.yaxis.set_major_formatter(self.money_formatter(data.currency))
        ax.set_title(self.tr("What you still owe, month by month"), color=theme.ink, loc="left")
        handles = [
            m.Patch(facecolor=colour, label=self._name(layer))
            for layer, colour in zip(data.layers, colours, strict=True)
        ][::-1]  # the legend reads from the top band down
        figure.legend(
            handles, [h.get_label() for h in handles], loc="outside lower center",
            ncols=min(len(handles), 3), frameon=False, fontsize="small", labelcolor=theme.ink,
        )  # fmt: skip

    def _colour(self, layer: Layer, theme: Theme) -> str:
        assert self.data is not None
        if layer.id == OTHER:
            return theme.other
        return theme.colour(self.data.colours.get(layer.id, 0))

    def _name(self, layer: Layer) -> str:
        if layer.id == OTHER:
            return self.tr("%1 other debts").replace("%1", str(layer.count))
        return layer.name
