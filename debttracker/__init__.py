"""debttracker: an offline desktop app that helps a person in debt find the way out."""

__version__ = "0.1.0"
APP_ID = "io.github.debttracker.DebtTracker"
APP_NAME = "debttracker"
