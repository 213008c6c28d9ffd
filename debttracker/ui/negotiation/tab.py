"""Negotiations: every contact with a lender, promises, agreements and evidence."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState


class NegotiationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.empty = EmptyState(
            self.tr("Keep a record of every contact"),
            self.tr(
                "Log each call or message with a lender: who, when, through which channel, "
                "whether you verified their identity, and what each side promised."
            ),
        )
        self.empty.setObjectName("negotiationEmptyState")
        layout.addWidget(self.empty)
