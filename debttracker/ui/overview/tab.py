"""Overview: where the user stands today."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Welcome to debttracker"),
            self.tr(
                "Start in the Ledger tab: add each debt with its lender, the amount you borrowed, "
                "the amount you actually received, the rate and the repayment method. "
                "Everything stays on this computer."
            ),
        )
        self.empty.setObjectName("overviewEmptyState")
        layout.addWidget(self.empty)
