"""Charts: each one rendered with the sample data in Chinese and English, not blank, no glyph
missing; matplotlib stays unloaded until a chart is shown; fonts, colours, money ticks."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from debttracker.ui.charts import mpl
from debttracker.ui.i18n import install_translators
from tests.ui.payoff_helpers import colours, open_window, sample_dir, wait_for_canvas

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return sample_dir(tmp_path_factory.mktemp("charts"))


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp, monkeypatch):
    monkeypatch.setenv("DEBTTRACKER_LANG", request.param)  # build_main_window reads it
    yield request.param
    install_translators(qapp, "en")


def rendered_without_missing_glyphs(chart) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        chart.redraw(now=True)
        image = chart.canvas.grab().toImage()
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing
    assert colours(image) > 8, f"{chart.objectName()} looks blank"


def test_every_chart_renders_with_the_sample_data(qtbot, sample, tmp_path, language):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    window = open_window(data)
    qtbot.addWidget(window)
    tab = window.tab("payoffTab")
    tab.cover_button.click()  # a plan that reaches the debt-free date
    for index, chart in enumerate(tab.charts()):
        tab.chart_tabs.setCurrentIndex(index)
        wait_for_canvas(qtbot, chart)
        rendered_without_missing_glyphs(chart)
    window.show_tab("overviewTab")
    panel = window.tab("overviewTab").progress_panel
    wait_for_canvas(qtbot, panel.chart)
    rendered_without_missing_glyphs(panel.chart)
    if language == "zh_CN":
        assert "万" in mpl.money_tick(50000.0)
        assert "年" in mpl.month_text(tab.start)
    window.shutdown()


def test_the_glyph_check_would_catch_a_font_without_chinese(qtbot):
    """A control: with DejaVu Sans alone, Chinese text does warn (so the check above works)."""
    m = mpl.load()
    figure = m.Figure(figsize=(2, 1))
    figure.text(0.1, 0.5, "借舅舅的钱")
    canvas = m.Canvas(figure)
    with m.matplotlib.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            canvas.draw()
    assert any("missing from font" in str(w.message) for w in caught)
    canvas.deleteLater()


def test_cjk_fonts_come_first_and_dejavu_last():
    mpl.load()
    families = mpl.load().matplotlib.rcParams["font.sans-serif"]
    assert families[-1] == "DejaVu Sans"
    assert families[0].startswith(("Noto Sans CJK", "Source Han Sans", "WenQuanYi"))
    assert mpl.font_candidates("win32")[0] == "Microsoft YaHei"
    assert mpl.font_candidates("darwin")[0] == "PingFang SC"
    assert mpl.font_candidates("linux", traditional=True)[0] == "Noto Sans CJK TC"


def test_money_ticks_follow_the_locale(qapp):
    old = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert mpl.money_tick(125000.0) == "¥12.5万"
        assert mpl.money_tick(0.0) == "¥0"
        assert mpl.money_tick(3e8).endswith("3亿")
        for traditional in ("zh_TW", "zh_HK"):
            QLocale.setDefault(QLocale(traditional))
            assert mpl.money_tick(125000.0).endswith("12.5萬"), traditional
            assert mpl.money_tick(3e8).endswith("3億")
            assert "万" not in mpl.money_tick(50000.0)
        QLocale.setDefault(QLocale("en"))
        assert mpl.money_tick(125000.0) == "CN¥125K"
        assert mpl.money_tick(2_500_000.0, "USD") == "$2.5M"
        assert mpl.money_tick(-500.0) == "-CN¥500"
    finally:
        QLocale.setDefault(old)


def test_colours_follow_a_dark_palette(qtbot):
    from debttracker.ui.charts.balances import BalancesChart

    chart = BalancesChart()
    qtbot.addWidget(chart)
    palette = QApplication.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    chart.setPalette(palette)
    theme = mpl.theme_of(chart)
    assert theme.dark and theme.ink == "#f0f0f0" and theme.background == "#202020"
    assert theme.colour(0) == mpl.OKABE_ITO[0] and theme.colour(7) == mpl.OKABE_ITO[0]


def test_matplotlib_is_not_imported_until_a_chart_is_shown(tmp_path, sample):
    """A clean interpreter: build the window on the sample data, never show a chart."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(sample, data)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from debttracker.ui.app import build_main_window\n"
        f"w = build_main_window(Path({str(data)!r}))\n"
        "w.tab('payoffTab'); w.tab('overviewTab')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib')\n"
        "w.shutdown()\n"
        "print('LOADED', loaded)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert "LOADED []" in out.stdout, out.stdout + out.stderr
