"""``python -m debttracker.cli`` runs the headless commands."""

import sys

from debttracker.cli import main

sys.exit(main())
