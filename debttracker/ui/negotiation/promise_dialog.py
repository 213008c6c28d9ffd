"""A promise, by me (pay X by a date) or by the lender (reply within N working days …).

"Within N working days" is counted on the mainland-China calendar with its make-up working
days; the dialog shows the due range live (earliest counting make-up Saturdays, latest counting
Monday–Friday only) and says when a year's holiday schedule is not published yet.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QRadioButton, QSpinBox, QWidget

from debttracker.core import negotiation as core
from debttracker.core.messages import Message
from debttracker.reports.entries import due_range
from debttracker.ui.i18n import translate_message
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.negotiation.forms import (
    FormDialog,
    code_combo,
    id_combo,
    offer_debts_of_lender,
    select_data,
)
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit


class PromiseDialog(FormDialog):
    def __init__(
        self,
        choices: Choices,
        today: date,
        draft: core.PromiseDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Record a promise") if draft is None else self.tr("Edit promise")
        super().__init__(title, "promiseDialog", parent)
        self.choices = choices
        self.lender_combo = id_combo("promiseLenderCombo", [(i, n) for i, n, _ in choices.lenders])
        self.add_row(self.tr("Lender"), self.lender_combo, "lender")
        self.debt_combo = id_combo("promiseDebtCombo", [], self.tr("(no particular debt)"))
        self.add_row(self.tr("Debt"), self.debt_combo, "debt")
        self.by_combo = code_combo("by", "promiseByCombo")
        select_data(self.by_combo, "lender")
        self.kind_combo = code_combo("promise", "promiseKindCombo")
        select_data(self.kind_combo, "reply")
        pair = QWidget()
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.by_combo)
        line.addWidget(self.kind_combo, 1)
        self.add_row(self.tr("Who promised what"), pair, "kind")
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("promiseDescriptionEdit")
        self.add_row(self.tr("Details"), self.description_edit, "description")
        self.amount_edit = MoneyEdit(required=False)
        self.amount_edit.setObjectName("promiseAmountEdit")
        self.add_row(self.tr("Amount"), self.amount_edit, "amount")
        self.made_edit = DateEdit()
        self.made_edit.setObjectName("promiseMadeOnEdit")
        self.made_edit.set_date(today)
        self.add_row(self.tr("Promised on"), self.made_edit, "made_on")
        self.days_radio = QRadioButton(self.tr("within working days:"))
        self.days_radio.setObjectName("withinDaysRadio")
        self.days_radio.setChecked(True)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("workingDaysSpin")
        self.days_spin.setRange(1, core.MAX_PROMISE_WORKING_DAYS)
        self.days_spin.setValue(5)
        self.date_radio = QRadioButton(self.tr("by date:"))
        self.date_radio.setObjectName("byDateRadio")
        self.due_edit = DateEdit(required=False)
        self.due_edit.setObjectName("promiseDueEdit")
        due = QWidget()
        due_line = QHBoxLayout(due)
        due_line.setContentsMargins(0, 0, 0, 0)
        for widget in (self.days_radio, self.days_spin, self.date_radio, self.due_edit):
            due_line.addWidget(widget)
        self.add_row(self.tr("Due"), due, "working_days")
        self.due_label = self.message_label("", "dueRangeLabel")
        self.add_row(self.tr("Falls due"), self.due_label, "due_on")
        self.status_combo = code_combo("status", "promiseStatusCombo")
        self.add_row(self.tr("Status"), self.status_combo, "status")
        if draft is not None:
            self._load(draft)
        self._on_lender()
        self._connect()
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def _load(self, d: core.PromiseDraft) -> None:
        select_data(self.lender_combo, d.lender_id)
        self._on_lender()
        select_data(self.debt_combo, d.debt_id)
        select_data(self.by_combo, d.by)
        select_data(self.kind_combo, d.kind)
        select_data(self.status_combo, d.status)
        self.description_edit.setText(d.description)
        self.amount_edit.set_amount(d.amount)
        self.made_edit.set_date(d.made_on)
        if d.working_days is not None:
            self.days_spin.setValue(d.working_days)
        else:
            self.date_radio.setChecked(True)
            self.due_edit.set_date(d.due_on)
        self.contact_id = d.contact_id

    def _connect(self) -> None:
        self.lender_combo.currentIndexChanged.connect(self._on_lender)
        for combo in (self.debt_combo, self.by_combo, self.kind_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.description_edit, self.amount_edit, self.made_edit, self.due_edit):
            edit.textChanged.connect(self.refresh)
        self.days_spin.valueChanged.connect(self.refresh)
        self.days_radio.toggled.connect(self.refresh)

    def _on_lender(self, *_args: object) -> None:
        offer_debts_of_lender(self.lender_combo, self.debt_combo, self.choices.debts)
        self.refresh()

    def draft(self) -> tuple[core.PromiseDraft | None, dict[str, Message]]:
        if not hasattr(self, "status_combo"):
            return None, {}
        by_days = self.days_radio.isChecked()
        self.days_spin.setEnabled(by_days)
        self.due_edit.setEnabled(not by_days)
        errors: dict[str, Message] = {}
        for key, edit in (("amount", self.amount_edit), ("made_on", self.made_edit)):
            if edit.error() is not None:
                errors[key] = edit.error()  # type: ignore[assignment]
        if not by_days and self.due_edit.error() is not None:
            errors["due_on"] = self.due_edit.error()  # type: ignore[assignment]
        made = self.made_edit.value()
        if made is None:
            self.due_label.setText("")
            return None, errors
        draft = core.PromiseDraft(
            lender_id=self.lender_combo.currentData(),
            by=self.by_combo.currentData(),
            kind=self.kind_combo.currentData(),
            made_on=made,
            description=self.description_edit.text(),
            amount=self.amount_edit.value(),
            working_days=self.days_spin.value() if by_days else None,
            due_on=None if by_days else self.due_edit.value(),
            status=self.status_combo.currentData(),
            debt_id=self.debt_combo.currentData(),
            contact_id=getattr(self, "contact_id", None),
        )
        errors = {**core.promise_errors(draft), **errors}
        self._show_due(draft, errors)
        return draft, errors

    def _show_due(self, draft: core.PromiseDraft, errors: dict[str, Message]) -> None:
        if "working_days" in errors or "due_on" in errors:
            self.due_label.setText("")
            return
        due = core.promise_due(draft)
        text = due_range(due.earliest, due.latest, due.known)
        if due.earliest != due.latest:
            text += "\n" + self.tr(
                "Earliest if the lender counts make-up working days (调休), latest if it counts "
                "Monday to Friday only."
            )
        if due.reason is not None:
            text += "\n" + translate_message(due.reason)
        self.due_label.setText(text)
