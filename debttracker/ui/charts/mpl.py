"""Matplotlib for the charts, loaded on first use, with fonts, colours and money formatting.

Nothing here imports matplotlib at module level: :func:`load` does, the first time a chart is
shown (DESIGN.md §7). It configures once a CJK-capable font list (the platform's Chinese font
for the app's language first, see ``ui.fonts``; DejaVu Sans last; only fonts that are
installed) so Chinese labels never render as boxes nor in Japanese glyph forms. Charts use ``Figure`` + ``FigureCanvasQTAgg``, never pyplot.

:class:`ChartView` is the base widget: an empty frame until first shown, then a canvas that
follows the light/dark palette, can be exported as PNG or SVG, and supports blitting: artists
marked *dynamic* are drawn over a cached background, so a slider can move them in a few
milliseconds (``update_dynamic``) instead of a full redraw (~35 ms).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from debttracker.core.budget import Month
from debttracker.core.money import currency_symbol

#: Okabe & Ito (2008), distinguishable with the common colour-vision deficiencies
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INK_LIGHT, INK_DARK = "#000000", "#E8E8E8"
OTHER_LIGHT, OTHER_DARK = "#9A9A9A", "#6E6E6E"


@dataclass(frozen=True)
class Mpl:
    """The matplotlib pieces the charts use (classes, not module globals)."""

    matplotlib: ModuleType
    Figure: Any
    Canvas: Any
    FuncFormatter: Any
    MaxNLocator: Any
    Bbox: Any
    PolyCollection: Any
    Patch: Any
    np: ModuleType


_loaded: Mpl | None = None


def font_candidates(platform: str = sys.platform, traditional: bool = False) -> list[str]:
    """The platform's CJK fonts in order of preference (Traditional first for zh_TW)."""
    from debttracker.ui.fonts import cjk_families

    return cjk_families("zh_TW" if traditional else "zh_CN", platform)


def preload() -> None:
    """Import matplotlib's widget-free modules and read its font list: safe on a pool thread,
    so :func:`load` on the UI thread only adds the Qt canvas (no pause when a chart appears)."""
    import matplotlib.collections
    import matplotlib.figure
    import matplotlib.patches
    import matplotlib.ticker
    import matplotlib.transforms  # noqa: F401
    import numpy  # noqa: F401
    from matplotlib import font_manager

    font_manager.fontManager.ttflist  # noqa: B018  (builds or reads the font cache)


def load() -> Mpl:
    """Import matplotlib and configure it (once); later calls return the same pieces."""
    global _loaded
    if _loaded is None:
        import matplotlib
        import numpy
        from matplotlib import font_manager
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.collections import PolyCollection
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
        from matplotlib.ticker import FuncFormatter, MaxNLocator
        from matplotlib.transforms import Bbox

        installed = {font.name for font in font_manager.fontManager.ttflist}
        # by the app's language, as the widgets' font (ui.fonts), not by the system locale
        cjk = [
            name
            for name in font_candidates(traditional=_locale_key() == "zh_TW")
            if name in installed
        ]
        matplotlib.rcParams["font.family"] = ["sans-serif"]
        matplotlib.rcParams["font.sans-serif"] = [*cjk, "DejaVu Sans"]
        matplotlib.rcParams["svg.fonttype"] = "path"  # an exported SVG shows the same glyphs
        _loaded = Mpl(
            matplotlib, Figure, FigureCanvasQTAgg, FuncFormatter, MaxNLocator, Bbox,
            PolyCollection, Patch, numpy,
        )  # fmt: skip
    return _loaded


def is_loaded() -> bool:
    return _loaded is not None


@dataclass(frozen=True)
class Theme:
    """Colours taken from the widget's palette."""

    background: str
    ink: str
    grid: str
    dark: bool

    def colour(self, index: int) -> str:
        return OKABE_ITO[index % len(OKABE_ITO)]

    @property
    def other(self) -> str:
        return OTHER_DARK if self.dark else OTHER_LIGHT


def theme_of(widget: QWidget) -> Theme:
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    grid = palette.color(QPalette.ColorRole.Mid).name()
    return Theme(window.name(), ink or (INK_DARK if dark else INK_LIGHT), grid, dark)


def _locale_key() -> str:
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    return "zh_TW" if locale.script() == QLocale.Script.TraditionalHanScript else "zh_CN"


def money_tick(value: float, currency: str = "CNY") -> str:
    """A compact money label for an axis in the user's locale: ``¥6万``, ``¥6萬``, ``CN¥60K``."""
    locale = QLocale()
    key = _locale_key()
    steps = {
        "zh_CN": ((1e8, "亿"), (1e4, "万")),
        "zh_TW": ((1e8, "億"), (1e4, "萬")),
    }.get(key, ((1e6, "M"), (1e3, "K")))
    sign = "-" if value < 0 else ""
    number, suffix = abs(value), ""
    for size, mark in steps:
        if number >= size:
            number, suffix = number / size, mark
            break
    text = locale.toString(round(number, 2), "g", 6)
    return f"{sign}{currency_symbol(currency, key)}{text}{suffix}"


def month_text(month: Month) -> str:
    """``2027年3月`` / ``Mar 2027``."""
    pattern = "MMM yyyy" if _locale_key() == "en" else "yyyy年M月"
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def to_float(fen: int) -> float:
    """Yuan for drawing (the only place money becomes a float)."""
    return fen / 100


class ChartView(QWidget):
    """Base chart widget; subclasses implement ``_draw(figure, theme)`` for a full drawing,
    and may mark artists dynamic (``self.dynamic``) and move them in ``update_dynamic``."""

    MIN_SIZE = QSize(240, 160)
    HINT = QSize(480, 300)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Any = None
        self.canvas: Any = None
        self.dynamic: list[Any] = []  # artists drawn over the cached background
        self.labels: list[Any] = []  # the dynamic ones hidden while the data move
        self._background: Any = None
        self._box: Any = None
        self._stale = True
        self.setMinimumSize(self.MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def sizeHint(self) -> QSize:
        return self.HINT

    # -- lifecycle -------------------------------------------------------------------------
    def ensure_canvas(self) -> None:
        """Create the figure and canvas now (first show, export, tests)."""
        if self.canvas is not None:
            return
        mpl = load()
        dpi = max(self.logicalDpiY(), 72)
        self.figure = mpl.Figure(figsize=(6, 4), dpi=dpi, layout="constrained")
        self.canvas = mpl.Canvas(self.figure)
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(self.MIN_SIZE)
        # the canvas fills the view; its own hint (the figure's 6 x 4 inches) is not a need
        self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # the figure paints every pixel: a blit need not repaint what lies behind the canvas
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._layout.addWidget(self.canvas)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.canvas is None:
            # the first chart shown loads matplotlib: let the window paint first
            QTimer.singleShot(0, self._first_show)
        elif self._stale:
            self.redraw()

    def _first_show(self) -> None:
        if self.isVisible():
            self.ensure_canvas()
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.canvas is not None:
            self.redraw()

    def mark_stale(self) -> None:
        """New data: redraw now when visible, else when next shown."""
        self._stale = True
        if self.canvas is not None and self.isVisible():
            self.redraw()

    def redraw(self, *, now: bool = False) -> None:
        """Rebuild the whole figure from the data (a full draw, ~35 ms)."""
        if self.canvas is None:
            return
        self._stale = False
        self.dynamic, self.labels = [], []
        self._background = None
        self.figure.clear()
        theme = theme_of(self)
        self.figure.set_facecolor(theme.background)
        self._draw(self.figure, theme)
        for artist in self.dynamic:
            artist.set_animated(True)
        if now:
            self.canvas.draw()
        else:
            self.canvas.draw_idle()

    def _draw(self, figure: Any, theme: Theme) -> None:
        raise NotImplementedError

    # -- blitting ----------------------------------------------------------------------------
    def _on_draw(self, event: Any) -> None:
        if event.canvas is not self.canvas or self.canvas.is_saving():
            return  # savefig draws everything itself, on its own canvas
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        boxes = [a.axes.bbox for a in self.dynamic if a.axes is not None]
        self._box = load().Bbox.union(boxes) if boxes else self.figure.bbox
        self._draw_dynamic()

    def _draw_dynamic(self) -> None:
        for artist in self.dynamic:
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def can_blit(self) -> bool:
        return self._background is not None and self.isVisible() and not self._stale

    def blit(self) -> None:
        """Put the cached background back, draw the dynamic artists, show the result.

        Text is slow to draw (~1-3 ms a label), so the dynamic labels hide while the data
        move; the full redraw after the move brings them back."""
        for label in self.labels:
            label.set_visible(False)
        self.canvas.restore_region(self._background)
        self._draw_dynamic()
        self.canvas.blit(self._box)

    # -- export ------------------------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Save the chart as PNG or SVG (by the file's suffix)."""
        self.ensure_canvas()
        if self._stale:
            self.redraw(now=True)
        fmt = "svg" if path.suffix.lower() == ".svg" else "png"
        self.figure.savefig(path, format=fmt, facecolor=self.figure.get_facecolor(), dpi=150)
        self.redraw()  # saving drew at another resolution: draw the screen's again

    # -- helpers for subclasses ---------------------------------------------------------------
    @staticmethod
    def style_axes(ax: Any, theme: Theme) -> None:
        ax.set_facecolor(theme.background)
        for spine in ("top", "right"):
            ax.spines[spine].set_visible(False)
        for spine in ("left", "bottom"):
            ax.spines[spine].set_color(theme.grid)
        ax.tick_params(colors=theme.ink, labelsize="small")
        ax.grid(True, axis="y", color=theme.grid, linewidth=0.5, alpha=0.5)
        ax.set_axisbelow(True)

    @staticmethod
    def money_formatter(currency: str) -> Any:
        mpl = load()
        return mpl.FuncFormatter(lambda value, _pos: money_tick(value, currency))

    def month_locator(self, ax: Any, label_px: int = 80) -> Any:
        """Whole months, as many ticks as fit labels of ``label_px`` across ``ax``."""
        width = ax.get_position().width * self.figure.get_figwidth() * self.figure.dpi
        bins = max(2, min(8, int(width // label_px)))
        return load().MaxNLocator(nbins=bins, integer=True, steps=[1, 2, 3, 6, 10])

    @staticmethod
    def month_formatter(start: Month) -> Any:
        """Ticks at plan month indexes (0 = ``start``) labelled with calendar months."""
        mpl = load()

        def label(value: float, _pos: int) -> str:
            if value < 0 or value != int(value):
                return ""
            return month_text(start.shift(int(value)))

        return mpl.FuncFormatter(label)
