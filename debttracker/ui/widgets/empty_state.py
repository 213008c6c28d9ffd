"""A centred empty state: what this place is for, and what to do first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from debttracker.ui.widgets.plain import plain_label


class EmptyState(QWidget):
    """Title, explanation and buttons for the first steps; shown while there is nothing to list."""

    def __init__(
        self,
        title: str,
        body: str,
        actions: list[tuple[str, str, Callable[[], None]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = plain_label(title)
        self.title_label.setObjectName("emptyStateTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        self.body_label = plain_label(body)
        self.body_label.setObjectName("emptyStateBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_label.setWordWrap(True)
        self.body_label.setMaximumWidth(560)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.body_label)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for object_name, text, callback in actions or []:
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.clicked.connect(callback)
            buttons.addWidget(button)
            self.buttons[object_name] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
