"""Reminders that reach the user even with the window closed (issue 7).

:func:`debttracker.ui.reminders.integration.install_reminders` is the one entry point; the
scheduler, notifiers, tray, since-last-run dialog, start at login and the Preferences page
live in the modules of this package.
"""
