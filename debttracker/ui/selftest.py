"""``debttracker --self-test``: prove that a build (source or frozen bundle) works.

Opens the main window offscreen on a temporary data directory, checks that the store opens
and is migrated to head, that every tab was built, and that the translations load; prints one
line per check and exits 0 only when all pass.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="debttracker-selftest-"))
    failures = 0
    try:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from debttracker import paths
        from debttracker.store.db import current_revisions, head_revisions
        from debttracker.ui.app import build_main_window
        from debttracker.ui.main_window import TAB_SPECS

        window = build_main_window(tmp / "data")
        checks: list[tuple[str, bool]] = []
        checks.append(("store opened", window.ctx is not None))
        if window.ctx is not None:
            checks.append(
                ("migrations at head", current_revisions(window.ctx.db.engine) == head_revisions())
            )
        for object_name, _m, _c in TAB_SPECS:
            checks.append(
                (f"tab {object_name}", window.tabs.findChild(object, object_name) is not None)
            )
        translations = paths.resources_dir() / "translations"
        for language in ("zh_CN", "zh_TW"):
            translator = QTranslator()
            loaded = translator.load(f"debttracker_{language}", str(translations))
            checks.append((f"translations {language}", loaded))
        window.show()
        QCoreApplication.processEvents()
        checks.append(("window shown", window.isVisible()))
        window.shutdown()
        window.close()
        for name, ok in checks:
            print(f"{'ok  ' if ok else 'FAIL'} {name}")
            failures += 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("self-test passed" if failures == 0 else f"self-test failed: {failures} check(s)")
    return 0 if failures == 0 else 1
