"""Entry script of the frozen ``debttracker`` executable (PyInstaller runs this as __main__)."""

import os
import sys

if getattr(sys, "frozen", False):
    # PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a fresh temporary folder on
    # every start, which makes matplotlib rebuild its font cache (seconds with CJK fonts
    # installed). A one-folder bundle does not move, so keep the cache per user instead.
    from platformdirs import user_cache_dir

    os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir("debttracker", False), "matplotlib")

from debttracker.gui import main

sys.exit(main())
