"""Budget: what can honestly be paid each month."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState


class BudgetTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Know your position first"),
            self.tr(
                "Before asking a lender for anything, write down your monthly income and your "
                "essential spending. What is left is what you can honestly offer."
            ),
        )
        self.empty.setObjectName("budgetEmptyState")
        layout.addWidget(self.empty)
