"""Payoff: the way out, in charts."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState


class PayoffTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Your way out, once your debts are in"),
            self.tr(
                "When the ledger holds your debts and the budget your monthly amount, this tab "
                "compares the avalanche and snowball strategies and shows your debt-free date."
            ),
        )
        self.empty.setObjectName("payoffEmptyState")
        layout.addWidget(self.empty)
