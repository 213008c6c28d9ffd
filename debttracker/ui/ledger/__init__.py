"""The ledger tab."""

from debttracker.ui.ledger.tab import LedgerTab

__all__ = ["LedgerTab"]
