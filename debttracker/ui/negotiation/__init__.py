"""The negotiation tab."""

from debttracker.ui.negotiation.tab import NegotiationTab

__all__ = ["NegotiationTab"]
