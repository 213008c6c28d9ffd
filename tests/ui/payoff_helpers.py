"""Shared set-up for the Payoff tab and chart tests: the sample data, the window, waiting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QImage

from debttracker.store.db import open_database
from debttracker.store.sample import generate
from debttracker.ui.app import build_main_window

TODAY = date(2026, 11, 23)


def sample_dir(base: Path) -> Path:
    data = base / "sample"
    db = open_database(data)
    try:
        generate(db, today=TODAY)
    finally:
        db.close()
    return data


def open_window(data: Path, *, show_payoff: bool = True):
    window = build_main_window(data)
    window.ctx.today = lambda: TODAY
    window.resize(1280, 800)
    if show_payoff:
        window.show()
        window.show_tab("payoffTab")
    return window


def wait_for_canvas(qtbot, chart) -> None:
    qtbot.waitUntil(lambda: chart.canvas is not None and chart.can_blit(), timeout=10_000)


def colours(image: QImage, step: int = 7) -> int:
    """How many distinct colours a grid of pixels shows (1 = blank)."""
    seen = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            seen.add(image.pixel(x, y))
    return len(seen)
