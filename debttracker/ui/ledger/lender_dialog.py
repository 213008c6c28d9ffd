"""Add or edit a lender: name, kind, official hotline and app/website, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.debts import LenderInput, validate_lender
from debttracker.ui.ledger.forms import FormRows, fill_combo, save_buttons
from debttracker.ui.ledger.labels import lender_kind_labels
from debttracker.ui.widgets.plain import plain_label


class LenderDialog(QDialog):
    """Emits ``saved(LenderInput)`` when the user saves a valid lender."""

    saved = Signal(object)

    def __init__(self, data: LenderInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lenderDialog")
        self.setWindowTitle(self.tr("Edit lender") if data else self.tr("Add lender"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        rows = self.rows = FormRows(form, "lender")
        self.name_edit = rows.add("name", self.tr("Name"), QLineEdit(), "lenderNameEdit")
        self.kind_combo = rows.add("kind", self.tr("Kind"), QComboBox(), "lenderKindCombo")
        fill_combo(self.kind_combo, lender_kind_labels(), data.kind if data else "bank")
        self.hotline_edit = rows.add(
            "hotline", self.tr("Official hotline"), QLineEdit(), "lenderHotlineEdit"
        )
        self.hotline_edit.setPlaceholderText(self.tr("from the card, contract or official app"))
        self.website_edit = rows.add(
            "website", self.tr("Official app or website"), QLineEdit(), "lenderWebsiteEdit"
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("lenderNotesEdit")
        self.notes_edit.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes_edit)
        hint = plain_label(
            self.tr(
                "Callers who claim to be this lender can later be checked against these "
                "official channels. Never take numbers from a collection SMS."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = save_buttons(self, "lenderSaveButton")
        layout.addWidget(self.buttons)
        if data:
            self.name_edit.setText(data.name)
            self.hotline_edit.setText(data.hotline)
            self.website_edit.setText(data.website)
            self.notes_edit.setPlainText(data.notes)
        for edit in (self.name_edit, self.hotline_edit, self.website_edit):
            edit.textChanged.connect(self._validate)
        self.kind_combo.currentIndexChanged.connect(self._validate)
        self._validate()

    def value(self) -> LenderInput:
        return LenderInput(
            self.name_edit.text().strip(),
            self.kind_combo.currentData(),
            self.hotline_edit.text().strip(),
            self.website_edit.text().strip(),
            self.notes_edit.toPlainText(),
        )

    def _validate(self) -> None:
        errors = validate_lender(self.value())
        self.rows.show(errors)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(not errors)

    def accept(self) -> None:
        if validate_lender(self.value()):
            return
        self.refused = False  # set by the caller when the store refused the save
        self.saved.emit(self.value())
        if not self.refused:  # else it stays open with everything typed
            super().accept()
