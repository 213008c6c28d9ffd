"""The overview tab."""

from debttracker.ui.overview.tab import OverviewTab

__all__ = ["OverviewTab"]
