"""The budget tab."""

from debttracker.ui.budget.tab import BudgetTab

__all__ = ["BudgetTab"]
