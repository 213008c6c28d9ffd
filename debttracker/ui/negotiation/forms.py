"""What the negotiation dialogs share: a form with an inline error under each field, Save
kept disabled until the pure validation in ``core.negotiation`` passes, and combo boxes of
codes shown in the UI language.

Dialogs are opened with ``open()`` (never ``exec()``) and hand their result to the caller
through the ``submitted`` signal; the caller applies it as an undoable command.  When the
store still refuses the draft (e.g. a record vanished), :meth:`FormDialog.show_error` puts the
message next to its field and the dialog stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import Message
from debttracker.reports.labels import labels
from debttracker.ui.widgets.parsed_edit import FieldError
from debttracker.ui.widgets.plain import plain_label


def code_combo(group: str, name: str) -> QComboBox:
    """A combo of the codes of ``group`` (current data = the code)."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code, text in labels(group):
        combo.addItem(text, code)
    return combo


def id_combo(
    name: str, items: Sequence[tuple[int, str]], none_text: str | None = None
) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    if none_text is not None:
        combo.addItem(none_text, None)
    for ident, text in items:
        combo.addItem(text, ident)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def datetime_edit(name: str, moment: datetime) -> QDateTimeEdit:
    """A local date-time editor set to ``moment``."""
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setTimeZone(QTimeZone.systemTimeZone())
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    return edit


def edit_moment(edit: QDateTimeEdit) -> datetime:
    """The aware moment shown in ``edit``."""
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC).astimezone()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def offer_debts_of_lender(
    lender_combo: QComboBox, debt_combo: QComboBox, debts: Sequence[tuple[int, int, str]]
) -> None:
    """Keep the first ("any debt") item and list the chosen lender's debts; keep the choice."""
    lender = lender_combo.currentData()
    keep = debt_combo.currentData()
    debt_combo.blockSignals(True)
    while debt_combo.count() > 1:
        debt_combo.removeItem(1)
    for ident, owner, name in debts:
        if owner == lender:
            debt_combo.addItem(name, ident)
    select_data(debt_combo, keep)
    debt_combo.blockSignals(False)


class FormDialog(QDialog):
    """A dialog of labelled fields with inline errors and a Save button."""

    submitted = Signal(object)

    def __init__(self, title: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        self._errors: dict[str, FieldError] = {}
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.addLayout(self.form)
        self.general_error = FieldError()
        self.general_error.setObjectName("formError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.buttons)
        self.refresh()

    def add_row(self, label: str, widget: QWidget, error_key: str | None = None) -> None:
        if error_key is None:
            self.form.addRow(label, widget)
            return
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = FieldError()
        error.setObjectName(f"{error_key}Error")
        inner.addWidget(error)
        self._errors[error_key] = error
        self.form.addRow(label, box)

    # -- validation --------------------------------------------------------------------------
    def draft(self) -> tuple[Any, dict[str, Message]]:
        """The value being edited and its errors; subclasses implement this."""
        raise NotImplementedError

    def refresh(self, *_args: object) -> None:
        value, errors = self.draft()
        for key, label in self._errors.items():
            label.show_message(errors.get(key))
        unplaced = [m for k, m in errors.items() if k not in self._errors]
        self.general_error.show_message(unplaced[0] if unplaced else None)
        self.save_button.setEnabled(value is not None and not errors)
        self.grow()

    def grow(self) -> None:
        """Grow to show messages that appeared (wrapped labels need more height)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _submit(self) -> None:
        value, errors = self.draft()
        if value is not None and not errors:
            self.submitted.emit(value)

    def show_error(self, message: Message, field: str | None) -> None:
        """A refusal from the store, shown next to its field (the dialog stays open)."""
        label = self._errors.get(field or "", self.general_error)
        label.show_message(message)

    def message_label(self, text: str, name: str) -> QLabel:
        label = plain_label(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label
