"""Render every tab with the sample data to PNG (``make screenshots``).

``python packaging/tools/screenshots.py OUT_DIR [--lang en|zh_CN|zh_TW ...]`` writes
``OUT_DIR/<tab>.png`` for English and ``OUT_DIR/<tab>-<lang>.png`` for the other languages.
Each language renders in its own process (translators are chosen at start-up).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)


def settle(loaded: list[bool], limit_s: float = 60) -> None:
    """Wait until the window has loaded everything and no pool work is left (the Overview's
    progress and agenda are read on pool threads), then for the last paints."""
    import time

    from PySide6.QtCore import QThreadPool
    from PySide6.QtTest import QTest

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and (not loaded or pool.activeThreadCount()):
        QTest.qWait(100)
    QTest.qWait(400)


def render(out_dir: Path, language: str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DEBTTRACKER_LANG"] = language
    sys.path.insert(0, str(ROOT))

    from debttracker.store.db import open_database
    from debttracker.store.sample import generate
    from debttracker.ui.app import build_main_window
    from debttracker.ui.main_window import TAB_SPECS

    data = Path(tempfile.mkdtemp(prefix="debttracker-shots-"))
    db = open_database(data)
    generate(db, today=date.today(), scale="small")
    db.close()
    window = build_main_window(data)
    loaded: list[bool] = []
    window.loaded.connect(lambda: loaded.append(True))
    window.resize(*SIZE)
    window.show()
    settle(loaded)
    written = []
    suffix = "" if language == "en" else f"-{language}"
    for object_name, _module, _cls in TAB_SPECS:
        window.show_tab(object_name)
        settle([True])  # the tab's own reads on the pool, then its lazy charts
        target = out_dir / f"{object_name.removesuffix('Tab')}{suffix}.png"
        window.grab().save(str(target))
        written.append(target)
    window.shutdown()
    window.close()
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    languages = [a for a in argv[1:] if not a.startswith("-")] or ["en", "zh_CN", "zh_TW"]
    if len(languages) == 1:
        for path in render(out_dir, languages[0]):
            print(path)
        return 0
    for language in languages:
        subprocess.run([sys.executable, __file__, str(out_dir), language], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
