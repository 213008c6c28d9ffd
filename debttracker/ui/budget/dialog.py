"""The dialog to add or change a budget line, validated live by ``core.budget.validate_line``."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.budget import EXPENSE, INCOME, BudgetLine, Month, validate_line
from debttracker.core.messages import DomainError, Message
from debttracker.core.money import ZERO, parse_money
from debttracker.ui.budget.common import CATEGORIES, CONTEXT, kind_name, month_text
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.plain import plain_label


class BudgetLineDialog(QDialog):
    """Emits :attr:`line_ready` with the line, the actual amount for the month (or None) and
    the month."""

    line_ready = Signal(object, object, object)

    def __init__(
        self,
        month: Month,
        line: BudgetLine | None = None,
        actual: Decimal | None = None,
        kind: str = EXPENSE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budgetLineDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.month = month
        self.original = line
        self._touched: set[str] = set()
        self._essential_touched = line is not None
        self.setWindowTitle(self.tr("Change budget line") if line else self.tr("Add budget line"))
        self._build()
        self._fill(line, actual, kind)
        self.validate()

    # -- building ----------------------------------------------------------------------------
    def _error_label(self, name: str) -> QLabel:
        label = plain_label()
        label.setObjectName(name)
        label.setStyleSheet("color: #c62828;")
        label.setWordWrap(True)
        label.hide()
        return label

    def _build(self) -> None:
        self.kind_combo = QComboBox(objectName="budgetKindCombo")
        for kind in (INCOME, EXPENSE):
            self.kind_combo.addItem(kind_name(kind), kind)
        self.category_combo = QComboBox(objectName="budgetCategoryCombo")
        self.name_edit = QLineEdit(objectName="budgetNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Salary, Rent, School fees"))
        self.name_error = self._error_label("budgetNameError")
        self.planned_edit = QLineEdit(objectName="budgetPlannedEdit")
        self.planned_edit.setPlaceholderText(self.tr("e.g. 2,200 or 1.2万"))
        self.planned_error = self._error_label("budgetPlannedError")
        self.actual_edit = QLineEdit(objectName="budgetActualEdit")
        self.actual_edit.setPlaceholderText(self.tr("Leave empty until you know"))
        self.actual_error = self._error_label("budgetActualError")
        self.essential_check = QCheckBox(
            self.tr("Essential: must be paid before any debt"), objectName="budgetEssentialCheck"
        )
        self.recurring_check = QCheckBox(
            self.tr("Repeats every month until changed"), objectName="budgetRecurringCheck"
        )
        self.notice = plain_label(objectName="budgetLineNotice")
        self.notice.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Income or expense"), self.kind_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Planned per month"), self.planned_edit)
        form.addRow("", self.planned_error)
        actual_label = self.tr("Actual in %1").replace("%1", month_text(self.month))
        form.addRow(actual_label, self.actual_edit)
        form.addRow("", self.actual_error)
        form.addRow("", self.essential_check)
        form.addRow("", self.recurring_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("budgetSaveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "budgetCancelButton"
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.essential_check.toggled.connect(self._essential_toggled)
        self.name_edit.textEdited.connect(self._touch_name)
        self.planned_edit.textEdited.connect(self._touch_planned)
        self.actual_edit.textEdited.connect(self._touch_actual)
        self.recurring_check.toggled.connect(self.validate)

    def _fill(self, line: BudgetLine | None, actual: Decimal | None, kind: str) -> None:
        kind = line.kind if line else kind
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self._kind_changed()
        if line is None:
            self.recurring_check.setChecked(True)
            return
        index = self.category_combo.findData(line.category)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.name_edit.setText(line.name)
        self.planned_edit.setText(f"{line.planned:.2f}")
        self.actual_edit.setText(f"{actual:.2f}" if actual is not None else "")
        self.essential_check.setChecked(line.essential)
        self.recurring_check.setChecked(line.recurring)
        if line.recurring and line.start < self.month:
            self.notice.setText(
                self.tr("Changes apply from %1 on; earlier months keep what they were.").replace(
                    "%1", month_text(self.month)
                )
            )

    # -- reactions ---------------------------------------------------------------------------
    def _touch_name(self) -> None:
        self._touched.add("name")
        self.validate()

    def _touch_planned(self) -> None:
        self._touched.add("planned")
        self.validate()

    def _touch_actual(self) -> None:
        self._touched.add("actual")
        self.validate()

    def _essential_toggled(self) -> None:
        self._essential_touched = True

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        for key, text, _essential in CATEGORIES[kind]:
            self.category_combo.addItem(QCoreApplication.translate(CONTEXT, text), key)
        self.category_combo.blockSignals(False)
        self.essential_check.setEnabled(kind == EXPENSE)
        self._category_changed()

    def _category_changed(self) -> None:
        kind = self.kind_combo.currentData()
        if kind == EXPENSE and not self._essential_touched:
            key = self.category_combo.currentData()
            default = next((e for k, _t, e in CATEGORIES[kind] if k == key), False)
            self.essential_check.blockSignals(True)
            self.essential_check.setChecked(default)
            self.essential_check.blockSignals(False)
        self.validate()

    # -- validation --------------------------------------------------------------------------
    def _amount(self, edit: QLineEdit, optional: bool) -> tuple[Decimal | None, Message | None]:
        text = edit.text()
        if optional and not text.strip():
            return None, None
        try:
            return parse_money(text), None
        except DomainError as exc:
            return None, exc.message

    def current_line(self) -> tuple[BudgetLine, Decimal | None, dict[str, Message]]:
        """The line as typed so far, the actual amount, and the errors per field."""
        errors: dict[str, Message] = {}
        planned, problem = self._amount(self.planned_edit, optional=False)
        if problem:
            errors["planned"] = problem
        actual, problem = self._amount(self.actual_edit, optional=True)
        if problem:
            errors["actual"] = problem
        kind = self.kind_combo.currentData()
        base = self.original or BudgetLine(None, kind, "", "", ZERO, self.month)
        line = replace(
            base,
            kind=kind,
            name=self.name_edit.text().strip(),
            category=self.category_combo.currentData() or "",
            planned=planned if planned is not None else ZERO,
            recurring=self.recurring_check.isChecked(),
            essential=kind == EXPENSE and self.essential_check.isChecked(),
        )
        for field, message in validate_line(line):
            errors.setdefault(field, message)
        return line, actual, errors

    def validate(self) -> bool:
        _line, _actual, errors = self.current_line()
        for field, label in (
            ("name", self.name_error),
            ("planned", self.planned_error),
            ("actual", self.actual_error),
        ):
            message = errors.get(field)
            show = message is not None and field in self._touched
            label.setText(translate_message(message) if show and message else "")
            label.setVisible(show)
        self.save_button.setEnabled(not errors)
        return not errors

    def _save(self) -> None:
        line, actual, errors = self.current_line()
        if errors:
            self._touched.update(errors)
            self.validate()
            return
        self.refused = False  # set by the tab when the store refused the save
        self.line_ready.emit(line, actual, self.month)
        if not self.refused:  # else it stays open with everything typed
            self.accept()
