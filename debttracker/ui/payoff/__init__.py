"""The payoff tab."""

from debttracker.ui.payoff.tab import PayoffTab

__all__ = ["PayoffTab"]
