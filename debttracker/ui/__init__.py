"""PySide6 user interface.  Imported only by ``debttracker.gui`` (the GUI entry point)."""
