"""Small pieces the ledger dialogs share: a form row with its inline error, and a Save/Cancel
box whose Save stays disabled until the form is valid."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import Message
from debttracker.ui.widgets.parsed_edit import FieldError


class FormRows:
    """Adds ``label: widget`` rows to a QFormLayout, each with a FieldError under it."""

    def __init__(self, form: QFormLayout, prefix: str) -> None:
        self.form = form
        self.prefix = prefix
        self.errors: dict[str, FieldError] = {}
        self.touched: set[str] = set()
        self.edits: dict[str, list[QLineEdit]] = {}

    def add(
        self, key: str, label: str, widget: QWidget, object_name: str, error_name: str = ""
    ) -> QWidget:
        widget.setObjectName(object_name)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = FieldError(box)
        base = object_name.removesuffix("Edit").removesuffix("Combo").removesuffix("Row")
        error.setObjectName(error_name or base + "Error")
        layout.addWidget(error)
        self.errors[key] = error
        edits = [widget] if isinstance(widget, QLineEdit) else widget.findChildren(QLineEdit)
        self.edits[key] = edits
        for edit in edits:
            edit.textEdited.connect(lambda _text, k=key: self.touched.add(k))
        self.form.addRow(label, box)
        return widget

    def show(self, errors: dict[str, Message], always: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Show each error next to its field once the field was touched or holds text."""
        for key, label in self.errors.items():
            message = errors.get(key)
            has_text = any(edit.text().strip() for edit in self.edits.get(key, ()))
            visible = key in self.touched or has_text or key in always
            label.show_message(message if visible else None)


def save_buttons(dialog: QDialog, object_name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName(object_name)
    save.setEnabled(False)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fill_combo(combo: QComboBox, items: dict[str, str], current: str) -> None:
    combo.clear()
    for code, label in items.items():
        combo.addItem(label, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
