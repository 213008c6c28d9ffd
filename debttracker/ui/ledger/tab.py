"""Ledger: every debt, its schedule, payments and status."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState


class LedgerTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("No debts recorded yet"),
            self.tr(
                "Each debt you add here gets its repayment schedule, its days overdue, "
                "its penalty interest and its true annual cost with every fee included."
            ),
        )
        self.empty.setObjectName("ledgerEmptyState")
        layout.addWidget(self.empty)
