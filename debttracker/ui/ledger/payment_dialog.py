"""Record or edit a payment, with the allocation shown before saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.debts import PaymentInput, validate_payment
from debttracker.core.messages import DomainError
from debttracker.store import ledger
from debttracker.store.ledger_queries import DebtRow
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.ledger.forms import FormRows, save_buttons
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit
from debttracker.ui.widgets.plain import plain_label


class PaymentDialog(QDialog):
    """Emits ``saved(PaymentInput)``; ``payment_id`` is set when editing."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        debt: DebtRow,
        data: PaymentInput | None = None,
        payment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.debt, self.payment_id = ctx, debt, payment_id
        self._stored_receipt: tuple[str, int | None] = ("", None)
        self.setObjectName("paymentDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = self.tr("Edit payment") if payment_id else self.tr("Record payment")
        self.setWindowTitle(f"{title} — {debt.lender} / {debt.name}")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        rows = self.rows = FormRows(form, "payment")
        self.amount_edit = rows.add("amount", self.tr("Amount"), MoneyEdit(), "paymentAmountEdit")
        self.date_edit = rows.add("date", self.tr("Date paid"), DateEdit(), "paymentDateEdit")
        self.method_combo = rows.add("method", self.tr("How"), QComboBox(), "paymentMethodCombo")
        self.method_combo.setEditable(True)
        for text in (
            self.tr("Bank transfer"),
            self.tr("Automatic debit"),
            self.tr("Lender's app"),
            self.tr("WeChat Pay"),
            self.tr("Alipay"),
            self.tr("Cash"),
        ):
            self.method_combo.addItem(text)
        self.note_edit = rows.add("note", self.tr("Note"), QLineEdit(), "paymentNoteEdit")
        receipt_row = QWidget()
        receipt_layout = QHBoxLayout(receipt_row)
        receipt_layout.setContentsMargins(0, 0, 0, 0)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("paymentReceiptEdit")
        self.receipt_edit.setPlaceholderText(
            self.tr("optional: a screenshot or PDF, kept read-only with the evidence")
        )
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("paymentReceiptButton")
        browse.clicked.connect(self._choose_receipt)
        receipt_layout.addWidget(self.receipt_edit)
        receipt_layout.addWidget(browse)
        form.addRow(self.tr("Receipt"), receipt_row)
        self.allocation_label = plain_label()
        self.allocation_label.setObjectName("paymentAllocationLabel")
        self.allocation_label.setWordWrap(True)
        self.allocation_label.setMinimumWidth(420)
        layout.addWidget(self.allocation_label)
        self.buttons = save_buttons(self, "paymentSaveButton")
        layout.addWidget(self.buttons)
        self.date_edit.set_date(data.paid_on if data else ctx.today())
        if data:
            self.amount_edit.set_amount(data.amount)
            self.method_combo.setCurrentText(data.method)
            self.note_edit.setText(data.note)
            self.receipt_edit.setText(data.receipt_path)
            self._stored_receipt = (data.receipt_path, data.receipt_evidence_id)
        elif debt.next_due_amount > 0:
            self.amount_edit.setPlaceholderText(
                self.tr("next due: %1").replace("%1", f"{debt.next_due_amount:.2f}")
            )
        self.amount_edit.textChanged.connect(self._update)
        self.date_edit.textChanged.connect(self._update)
        self._update()

    def value(self) -> tuple[PaymentInput | None, dict]:
        """The payment typed; a receipt left as it was keeps its stored copy."""
        data, errors = validate_payment(
            self.amount_edit.text(),
            self.date_edit.text(),
            self.method_combo.currentText(),
            self.note_edit.text(),
            self.receipt_edit.text(),
        )
        name, evidence_id = self._stored_receipt
        if data is not None and evidence_id is not None and data.receipt_path == name:
            data = replace(data, receipt_evidence_id=evidence_id)
        return data, errors

    def _update(self) -> None:
        data, errors = self.value()
        self.rows.show(errors)
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setEnabled(data is not None)
        if data is None:
            self.allocation_label.setText(
                self.tr("Enter the amount and date to see where the money goes.")
            )
            return
        self._show_allocation(data.paid_on, data.amount)

    def _show_allocation(self, paid_on: date, amount: Decimal) -> None:
        cur = self.debt.currency
        try:
            with self.ctx.db.session() as s:
                result = ledger.preview_payment(
                    s, self.debt.id, paid_on, amount, replacing=self.payment_id
                )
        except DomainError as exc:
            self.allocation_label.setText(translate_message(exc.message))
            return
        text = self.tr("This payment goes to: penalty %1, fees %2, interest %3, principal %4.")
        for n, part in enumerate((result.penalty, result.fees, result.interest, result.principal)):
            text = text.replace(f"%{n + 1}", money_text(part, cur))
        left = self.debt.principal_left - result.principal
        text += "\n" + self.tr("Principal still owed afterwards: %1").replace(
            "%1", money_text(max(left, Decimal(0)), cur)
        )
        if result.prepaid:
            text += "\n" + self._prepay_text(result, cur)
        if result.unapplied:
            text += "\n" + self.tr("%1 is more than the whole debt and stays as a credit.").replace(
                "%1", money_text(result.unapplied, cur)
            )
        self.allocation_label.setText(text)

    def _prepay_text(self, result: ledger.PaymentResult, cur: str) -> str:
        """What paying ahead does to the rest of the schedule (core.prepay through the replay)."""
        prepaid = money_text(result.prepaid, cur)
        rest = result.remaining
        if not rest:
            return self.tr("Prepays %1 of principal: nothing is left to pay after it.").replace(
                "%1", prepaid
            )
        if len(set(rest[:-1])) <= 1:
            text = self.tr(
                "Prepays %1 of principal; the remaining %2 instalments become %3 (were %4)."
            )
        else:
            text = self.tr(
                "Prepays %1 of principal; the remaining %2 instalments start at %3 (was %4)."
            )
        text = text.replace("%1", prepaid).replace("%2", str(len(rest)))
        was = result.before[0] if result.before else rest[0]
        return text.replace("%3", money_text(rest[0], cur)).replace("%4", money_text(was, cur))

    def _choose_receipt(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a receipt"))
        dialog.setObjectName("receiptFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.receipt_edit.setText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def accept(self) -> None:
        data, _errors = self.value()
        if data is None:
            return
        self.refused = False  # set by the caller when the store refused the save
        self.saved.emit(data)
        if not self.refused:  # else it stays open with everything typed
            super().accept()
