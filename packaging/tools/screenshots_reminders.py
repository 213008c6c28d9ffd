"""Render the reminders' since-last-run dialog and tray menu with the sample data.

``QT_QPA_PLATFORM=offscreen python packaging/tools/screenshots_reminders.py [OUT_DIR] [LANG]``
writes ``reminders-since-last-run.png`` and ``reminders-tray-menu.png`` (``-<lang>`` appended
for languages other than English).  The clock is fixed, so the pictures do not drift.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 12)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    language = argv[1] if len(argv) > 1 else "en"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DEBTTRACKER_LANG"] = language
    sys.path.insert(0, str(ROOT))
    from PySide6.QtTest import QTest

    from debttracker.store import reminders as store
    from debttracker.store.db import open_database
    from debttracker.store.sample import generate
    from debttracker.ui.app import build_main_window
    from debttracker.ui.reminders.notifier import FakeNotifier
    from debttracker.ui.reminders.tray import FakeTrayIcon

    now = datetime.combine(TODAY, time(10, 0)).astimezone()
    data = Path(tempfile.mkdtemp(prefix="debttracker-reminder-shots-"))
    db = open_database(data)
    generate(db, today=TODAY, scale="small")
    with db.session() as s:
        store.set_last_run(s, now - timedelta(days=4, hours=14))
    db.close()
    window = build_main_window(data)
    window.ctx.now = lambda: now
    window.ctx.today = lambda: TODAY
    controller = window.reminders
    controller.set_notifier(FakeNotifier(controller))
    tray = controller.set_tray_icon(FakeTrayIcon(controller))
    controller.start()
    suffix = "" if language == "en" else f"-{language}"
    out_dir.mkdir(parents=True, exist_ok=True)
    dialog = controller.missed_dialog
    if dialog is None:
        print("nothing was missed in the sample data", file=sys.stderr)
        return 1
    dialog.resize(900, 380)
    QTest.qWait(200)
    target = out_dir / f"reminders-since-last-run{suffix}.png"
    dialog.grab().save(str(target))
    print(target)
    tray.rebuild()
    tray.menu.adjustSize()
    target = out_dir / f"reminders-tray-menu{suffix}.png"
    tray.menu.grab().save(str(target))
    print(target)
    controller.stop()
    window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
