"""``python -m debttracker`` opens the app."""

import sys

from debttracker.gui import main

sys.exit(main())
