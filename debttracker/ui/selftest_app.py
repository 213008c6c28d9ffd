"""The app part of ``--self-test`` (:mod:`ui.selftest`): the real window on the sample data.

Every chart class of the app is found by looking, not listed by hand: the ``ChartView``
subclasses of every module of :mod:`ui.charts` plus the budget's ``TrendChart``; each must
appear in some tab and draw to a PNG that is not blank. A modal error dialog or an uncaught
exception while the tabs are built and shown fails the test (it is closed, not waited on).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

Check = tuple[str, bool, str]


def chart_classes() -> list[type[QWidget]]:
    """Every chart widget class of the app (by looking at the modules, not by a list)."""
    from debttracker.ui import charts
    from debttracker.ui.budget.chart import TrendChart
    from debttracker.ui.charts.mpl import ChartView

    found: list[type[QWidget]] = []
    for info in pkgutil.iter_modules(charts.__path__):
        module = importlib.import_module(f"{charts.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ChartView)
                and value is not ChartView
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return [*found, TrendChart]


def wait(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (QtTest is not in the bundle)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Watch:
    """Uncaught exceptions and modal dialogs (an error message) while the tabs run."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._hook = sys.excepthook
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._close_modal)

    def __enter__(self) -> Watch:
        sys.excepthook = self._record
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()
        sys.excepthook = self._hook

    def _record(
        self, kind: type[BaseException], exc: BaseException, _tb: TracebackType | None
    ) -> None:
        self.problems.append(f"{kind.__name__}: {exc}")

    def _close_modal(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            text = getattr(modal, "text", lambda: "")()
            self.problems.append(f"dialog {modal.objectName() or type(modal).__name__}: {text}")
            modal.close()


def png_of(chart: Any) -> bytes:
    """Draw ``chart`` in full and return its figure as PNG."""
    chart.ensure_canvas()
    if hasattr(chart, "redraw"):
        chart.redraw(now=True)
    else:
        chart.draw()
    figure = getattr(chart, "figure", None) or chart._figure
    out = BytesIO()
    figure.savefig(out, format="png", dpi=72)
    return out.getvalue()


def colours(png: bytes) -> int:
    """How many distinct colours a PNG shows (on a coarse grid): 1 means blank."""
    image = QImage.fromData(png, "PNG")
    if image.isNull():
        return 0
    seen = set()
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            seen.add(image.pixel(x, y))
    return len(seen)


def check_charts(window: QWidget) -> Iterator[Check]:
    for cls in chart_classes():
        instances = window.findChildren(cls)
        if not instances:
            yield (f"chart {cls.__name__}", False, "in no tab")
        for chart in instances:
            png = png_of(chart)
            count = colours(png)
            yield (f"chart {cls.__name__} draws ({len(png)} bytes PNG)", count > 1, "")


def is_pdf(path: Path) -> tuple[bool, str]:
    if not path.is_file():
        return False, "not written"
    data = path.read_bytes()
    ok = data.startswith(b"%PDF-") and b"%%EOF" in data[-64:] and len(data) > 2000
    return ok, f"{len(data)} bytes"


def check_pdfs(window: Any, out: Path) -> Iterator[Check]:
    from sqlmodel import select

    from debttracker.core.budget import Month
    from debttracker.reports.casefile_pdf import export_case_file
    from debttracker.store.casefile import gather
    from debttracker.store.models import Lender

    ctx = window.ctx
    with ctx.db.session() as session:
        lender = session.exec(select(Lender).order_by(Lender.id)).first()
        assert lender is not None, "the sample data have no lender"
        case = gather(session, lender_id=lender.id, today=ctx.today())
    done = export_case_file(case, window.data_dir, out)
    ok, detail = is_pdf(done.pdf)
    yield ("case file PDF", ok, detail)

    month = Month.of(ctx.today())
    target = out / "statement.pdf"
    budget = window.tab("budgetTab")
    budget.write_statement(month.shift(-2), month, "self-test", "pdf", target)
    ok, detail = is_pdf(target)
    yield ("statement PDF", ok, detail)


def check_translations() -> Iterator[Check]:
    from debttracker import paths

    translations = paths.resources_dir() / "translations"
    for language in ("zh_CN", "zh_TW"):
        loaded = QTranslator().load(f"debttracker_{language}", str(translations))
        yield (f"translations {language}", loaded, "")


def show_tabs(window: Any) -> Iterator[Check]:
    from debttracker.ui.main_window import TAB_SPECS

    window.resize(1280, 800)
    window.show()
    wait(100)
    yield ("window shown", window.isVisible(), "")
    for object_name, _m, _c in TAB_SPECS:
        tab = window.tabs.findChild(QWidget, object_name)
        window.show_tab(object_name)
        wait(300)  # lazy charts load matplotlib and their data on first show
        yield (f"tab {object_name}", tab is not None and tab.isVisible(), "")


def check_app(tmp: Path) -> Iterator[Check]:
    """Sample data in ``tmp/data``, the window on them, every tab, chart and PDF."""
    from debttracker.store.db import current_revisions, head_revisions, open_database
    from debttracker.store.sample import generate
    from debttracker.ui.app import build_main_window

    data_dir = tmp / "data"
    db = open_database(data_dir)
    generate(db, today=date.today(), scale="small")
    db.close()
    window = build_main_window(data_dir)
    try:
        yield ("store opened", window.ctx is not None, "")
        if window.ctx is None:
            return
        revisions = current_revisions(window.ctx.db.engine) == head_revisions()
        yield ("migrations at head", revisions, "")
        with Watch() as watch:
            yield from show_tabs(window)
            yield from check_charts(window)
            yield from check_pdfs(window, tmp / "out")
            wait(200)
        for problem in watch.problems:
            yield ("no error while the tabs ran", False, problem)
        yield from check_translations()
    finally:
        window.shutdown()
        window.close()
        QCoreApplication.processEvents()
