"""The 12-month trend: income, spending, available money and minimum payments.

matplotlib is imported only when the chart is first drawn (never at start-up, never pyplot).
Chinese labels use the first CJK-capable font installed, so they never render as boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from debttracker.core.budget import TrendPoint
from debttracker.ui.budget.common import short_month_text
from debttracker.ui.widgets.plain import plain_label

CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
    "DejaVu Sans",
)
_families: list[str] | None = None


def font_families() -> list[str]:
    """The installed CJK fonts, the app's language's first (``ui.fonts``; matplotlib falls back
    along the list), then :data:`CJK_FONTS`."""
    global _families
    if _families is None:
        from matplotlib import font_manager

        from debttracker.ui.fonts import app_language, cjk_families

        installed = {font.name for font in font_manager.fontManager.ttflist}
        wanted = dict.fromkeys([*cjk_families(app_language()), *CJK_FONTS])
        _families = [name for name in wanted if name in installed] or ["sans-serif"]
    return _families


def _color(widget: QWidget, role: QPalette.ColorRole) -> str:
    return widget.palette().color(role).name()


class TrendChart(QWidget):
    """A placeholder until first shown; then a ``FigureCanvasQTAgg`` with the trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTrendChart")
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = plain_label(self.tr("The trend appears here."))
        self._layout.addWidget(self.placeholder)
        self.canvas: Any = None
        self._figure: Any = None
        self._points: list[TrendPoint] = []
        self._minimums: list[Decimal] = []
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self.draw)

    def set_data(self, points: Sequence[TrendPoint], minimums: Sequence[Decimal]) -> None:
        """New figures; redrawn once control returns to the event loop (edits in a row
        coalesce, and the figures beside the chart update first)."""
        points, minimums = list(points), list(minimums)
        if (points, minimums) == (self._points, self._minimums):
            return
        self._points, self._minimums = points, minimums
        if self.canvas is not None:
            self._redraw.start()

    def ensure_canvas(self) -> None:
        """Create the matplotlib canvas (imports matplotlib the first time)."""
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self._figure = Figure(figsize=(8, 2.6), dpi=100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self._figure)
        self.canvas.setObjectName("budgetTrendCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(180)
        self._layout.removeWidget(self.placeholder)
        self.placeholder.deleteLater()
        self._layout.addWidget(self.canvas)
        self._redraw.start()

    def draw(self) -> None:
        if self._figure is None:
            return
        bg = _color(self, QPalette.ColorRole.Window)
        self._figure.clear()
        self._figure.set_facecolor(bg)
        axes = self._figure.add_subplot()
        axes.set_facecolor(bg)
        self._plot(axes)
        self.canvas.draw_idle()

    def _plot(self, axes: Any) -> None:
        labels = [short_month_text(p.month) for p in self._points]
        x = list(range(len(labels)))
        # matplotlib draws in floats; the figures themselves stay exact Decimals elsewhere
        series = (
            (self.tr("Income"), [float(p.income) for p in self._points], "#2e7d32", "-"),
            (self.tr("Spending"), [float(p.spending) for p in self._points], "#ef6c00", "-"),
            (self.tr("Available"), [float(p.available) for p in self._points], "#1565c0", "-"),
            (self.tr("Minimum payments"), [float(m) for m in self._minimums], "#c62828", "--"),
        )
        for name, values, color, dash in series:
            if len(values) == len(x):
                axes.plot(x, values, dash, color=color, label=name, marker="o", markersize=3)
        # fonts and colours set on every text (tick labels are made at draw time, so an
        # rc_context around this method would not reach them)
        from matplotlib.font_manager import FontProperties

        fg = _color(self, QPalette.ColorRole.WindowText)
        families = font_families()
        font = FontProperties(family=families, size=9)
        axes.axhline(0, color="#888888", linewidth=0.6)
        axes.set_xticks(x, labels)
        axes.tick_params(labelfontfamily=families, labelsize=8, colors=fg)
        axes.set_title(self.tr("Last 12 months"), loc="left", fontproperties=font, color=fg)
        axes.grid(True, axis="y", alpha=0.3)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            axes.spines[side].set_color(fg)
        axes.yaxis.set_major_formatter(lambda value, _pos: f"{value:,.0f}")
        legend = axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, prop=font)
        for text in legend.get_texts():
            text.set_color(fg)
