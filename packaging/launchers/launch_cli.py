"""Entry script of the frozen ``debttracker-cli`` executable (PyInstaller runs this as __main__)."""

import sys

from debttracker.cli import main

sys.exit(main())
