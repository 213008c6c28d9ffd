"""The CJK face follows the app's language, not the system locale (#17): under an English
desktop, Chinese text of the Chinese UI is drawn with Noto Sans CJK SC / TC, never JP."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from debttracker.ui.fonts import cjk_families

PROBE = """
import json
from PySide6.QtGui import QTextLayout
from debttracker.ui.app import create_application
from debttracker.ui.charts import mpl
app = create_application()
layout = QTextLayout("门户直骨 還款", app.font())  # characters whose forms differ by region
layout.beginLayout(); layout.createLine(); layout.endLayout()
drawn = sorted({run.rawFont().familyName() for run in layout.glyphRuns()} - {app.font().family()})
print(json.dumps({"drawn": drawn, "mpl": mpl.load().matplotlib.rcParams["font.sans-serif"]}))
"""


def noto_cjk_installed() -> bool:
    from PySide6.QtGui import QFontDatabase

    return {"Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP"} <= set(
        QFontDatabase.families()
    )


def test_the_order_of_faces_per_language():
    assert cjk_families("zh_CN", "linux")[0] == "Noto Sans CJK SC"
    assert cjk_families("zh_TW", "linux")[0] == "Noto Sans CJK TC"
    assert cjk_families("en", "linux")[0] == "Noto Sans CJK SC"
    assert cjk_families("zh_TW", "win32")[0] == "Microsoft JhengHei"
    assert cjk_families("zh_CN", "darwin")[0] == "PingFang SC"
    assert not [name for name in cjk_families("zh_TW") if "JP" in name or "KR" in name]


@pytest.mark.parametrize(("language", "face"), [("zh_CN", "SC"), ("zh_TW", "TC")])
def test_chinese_ui_on_an_english_desktop_draws_the_languages_face(qapp, language, face):
    if not noto_cjk_installed():
        pytest.skip("needs fonts-noto-cjk (make sysdeps installs it)")
    env = dict(
        os.environ, LANG="en_US.UTF-8", LC_ALL="", LANGUAGE="", DEBTTRACKER_LANG=language,
        QT_QPA_PLATFORM="offscreen",
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["drawn"] == [f"Noto Sans CJK {face}"]  # the widgets' text (was: ... JP)
    assert seen["mpl"][0] == f"Noto Sans CJK {face}"  # the charts' text
