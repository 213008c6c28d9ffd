"""Add or edit a debt, with live validation from ``core.debts`` and a preview of the
schedule's first payment, total interest and true APR."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.debts import DebtForm, DebtInput, validate_debt
from debttracker.core.messages import DomainError
from debttracker.store.ledger import LenderRow, schedule_of
from debttracker.store.ledger_terms import apr_of
from debttracker.ui.context import AppContext
from debttracker.ui.ledger.card_fields import CardFields, card_summary
from debttracker.ui.ledger.forms import FormRows, fill_combo, save_buttons
from debttracker.ui.ledger.labels import (
    basis_labels,
    debt_kind_labels,
    method_labels,
    prepay_mode_labels,
    status_labels,
)
from debttracker.ui.widgets.money import money_text, percent_text
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit, RateEdit
from debttracker.ui.widgets.plain import plain_label

#: loan fields a card (its statement stands for them) and a 账单分期 do not use
LOAN_ONLY: dict[str, tuple[str, ...]] = {
    "card": ("principal", "received", "start_date", "term_months", "method", "prepay_mode",
             "upfront_fee", "period_fee", "due_day", "penalty_uplift", "late_fee_fixed",
             "late_fee_percent"),
    "card_instalment": ("received", "method", "rate", "upfront_fee", "penalty_uplift"),
}  # fmt: skip


def _percent_text(fraction: Decimal) -> str:
    return f"{(fraction * 100).normalize():f}"


class DebtDialog(QDialog):
    """Emits ``saved(DebtInput)``; ``new_lender_requested`` asks the tab for a lender dialog."""

    saved = Signal(object)
    new_lender_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        lenders: list[LenderRow],
        data: DebtInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("debtDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Edit debt") if data else self.tr("Add a debt"))
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        outer.addLayout(grid)
        left, right = QFormLayout(), QFormLayout()
        for column, (title, form) in enumerate(
            ((self.tr("The debt"), left), (self.tr("Terms"), right))
        ):
            box = QGroupBox(title)
            box.setLayout(form)
            grid.addWidget(box, 0, column)
        rows = self.rows = FormRows(left, "debt")
        lender_row = QWidget()
        lender_layout = QHBoxLayout(lender_row)
        lender_layout.setContentsMargins(0, 0, 0, 0)
        self.lender_combo = QComboBox()
        new_lender = QPushButton(self.tr("New lender…"))
        new_lender.setObjectName("newLenderButton")
        new_lender.clicked.connect(self.new_lender_requested)
        lender_layout.addWidget(self.lender_combo, 1)
        lender_layout.addWidget(new_lender)
        rows.add("lender", self.tr("Lender"), lender_row, "debtLenderRow")
        self.lender_combo.setObjectName("debtLenderCombo")
        self.set_lenders(lenders, data.lender_id if data else None)
        self.name_edit = rows.add("name", self.tr("Name"), QLineEdit(), "debtNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. car loan, 借呗, card ending 1234"))
        self.kind_combo = rows.add("kind", self.tr("Kind"), QComboBox(), "debtKindCombo")
        fill_combo(self.kind_combo, debt_kind_labels(), data.kind if data else "loan")
        self.currency_edit = rows.add(
            "currency", self.tr("Currency"), QLineEdit("CNY"), "debtCurrencyEdit"
        )
        self.principal_edit = rows.add(
            "principal", self.tr("Amount borrowed"), MoneyEdit(), "debtPrincipalEdit"
        )
        self.received_edit = rows.add(
            "received",
            self.tr("Amount actually received"),
            MoneyEdit(required=False),
            "debtReceivedEdit",
        )
        self.received_edit.setPlaceholderText(self.tr("if less was paid out (砍头息)"))
        self.start_edit = rows.add("start_date", self.tr("Start date"), DateEdit(), "debtStartEdit")
        self.status_combo = rows.add("status", self.tr("Status"), QComboBox(), "debtStatusCombo")
        fill_combo(self.status_combo, status_labels(), data.status if data else "current")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("debtNotesEdit")
        self.notes_edit.setMaximumHeight(60)
        left.addRow(self.tr("Notes"), self.notes_edit)

        terms = self.terms_rows = FormRows(right, "debt")
        self.term_edit = terms.add(
            "term_months", self.tr("Months"), QLineEdit("12"), "debtTermEdit"
        )
        self.method_combo = terms.add(
            "method", self.tr("Repayment"), QComboBox(), "debtMethodCombo"
        )
        fill_combo(self.method_combo, method_labels(), data.method if data else "annuity")
        self.prepay_combo = terms.add(
            "prepay_mode", self.tr("Paying ahead"), QComboBox(), "prepayModeCombo"
        )
        self.prepay_combo.setToolTip(
            self.tr("What money beyond what is due does to the rest of the schedule.")
        )
        fill_combo(
            self.prepay_combo, prepay_mode_labels(), data.prepay_mode if data else "keep-term"
        )
        rate_row = QWidget()
        rate_layout = QHBoxLayout(rate_row)
        rate_layout.setContentsMargins(0, 0, 0, 0)
        self.rate_edit = RateEdit()
        self.rate_edit.setMinimumWidth(150)
        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("debtRateBasisCombo")
        fill_combo(self.basis_combo, basis_labels(), data.rate.basis.value if data else "annual")
        self.day_basis_combo = QComboBox()
        self.day_basis_combo.setObjectName("debtDayBasisCombo")
        for days in (365, 360):
            self.day_basis_combo.addItem(self.tr("%1-day year").replace("%1", str(days)), days)
        rate_layout.addWidget(self.rate_edit, 1)
        rate_layout.addWidget(self.basis_combo)
        rate_layout.addWidget(self.day_basis_combo)
        terms.add("rate", self.tr("Interest rate"), rate_row, "debtRateRow")
        self.rate_edit.setObjectName("debtRateEdit")
        self.upfront_edit = terms.add(
            "upfront_fee",
            self.tr("Fees paid at the start"),
            MoneyEdit(required=False),
            "debtUpfrontFeeEdit",
        )
        self.period_fee_edit = terms.add(
            "period_fee", self.tr("Fee each month"), MoneyEdit(required=False), "debtPeriodFeeEdit"
        )
        self.due_day_edit = terms.add(
            "due_day", self.tr("Due day of month"), QLineEdit(), "debtDueDayEdit"
        )
        self.due_day_edit.setPlaceholderText(self.tr("1–31; short months use their last day"))
        self.due_day_edit.setToolTip(
            self.tr(
                "When the due day differs from the start day, the first period is shorter or "
                "longer than a month: its interest is the daily rate times its actual days."
            )
        )
        self.grace_edit = terms.add(
            "grace_days", self.tr("Grace days"), QLineEdit("0"), "debtGraceEdit"
        )
        self.uplift_edit = terms.add(
            "penalty_uplift", self.tr("Penalty uplift %"), QLineEdit("50"), "debtPenaltyUpliftEdit"
        )
        self.compound_check = QCheckBox(self.tr("Unpaid interest also bears penalty (复利)"))
        self.compound_check.setObjectName("debtCompoundCheck")
        right.addRow("", self.compound_check)
        self.late_fixed_edit = terms.add(
            "late_fee_fixed",
            self.tr("Late fee, fixed"),
            MoneyEdit(required=False),
            "debtLateFeeFixedEdit",
        )
        self.late_percent_edit = terms.add(
            "late_fee_percent",
            self.tr("Late fee % of amount late"),
            QLineEdit(),
            "debtLateFeePercentEdit",
        )
        self.card_box = QGroupBox(self.tr("Credit card: as the bill reads"))
        self.card_box.setObjectName("debtCardBox")
        self.card_fields = CardFields()
        QVBoxLayout(self.card_box).addWidget(self.card_fields)
        grid.addWidget(self.card_box, 1, 0, 1, 2)
        self.summary_label = plain_label()
        self.summary_label.setObjectName("debtSummaryLabel")
        self.summary_label.setWordWrap(True)
        outer.addWidget(self.summary_label)
        self.buttons = save_buttons(self, "debtSaveButton")
        outer.addWidget(self.buttons)
        self._kind = data.kind if data else "loan"
        if data:
            self._load(data)
        self._connect()
        self._validate()  # fmt: skip

    def set_lenders(self, lenders: list[LenderRow], select: int | None = None) -> None:
        current = select if select is not None else self.lender_combo.currentData()
        self.lender_combo.clear()
        for lender in lenders:
            self.lender_combo.addItem(lender.name, lender.id)
        index = self.lender_combo.findData(current)
        self.lender_combo.setCurrentIndex(index if index >= 0 else (0 if lenders else -1))

    def _load(self, d: DebtInput) -> None:
        self.name_edit.setText(d.name)
        self.currency_edit.setText(d.currency)
        self.principal_edit.set_amount(d.principal)
        if d.received is not None and d.received != d.principal:
            self.received_edit.set_amount(d.received)
        self.start_edit.set_date(d.start_date)
        self.term_edit.setText(str(d.term_months))
        self.day_basis_combo.setCurrentIndex(self.day_basis_combo.findData(d.rate.day_basis))
        self.rate_edit.set_rate(d.rate)
        for edit, amount in (
            (self.upfront_edit, d.upfront_fee),
            (self.period_fee_edit, d.period_fee),
            (self.late_fixed_edit, d.late_fee_fixed),
        ):
            edit.set_amount(amount if amount else None)
        self.due_day_edit.setText(str(d.due_day or ""))
        self.grace_edit.setText(str(d.grace_days))
        self.uplift_edit.setText(_percent_text(d.penalty_uplift))
        self.compound_check.setChecked(d.penalty_compound)
        self.late_percent_edit.setText(
            _percent_text(d.late_fee_percent) if d.late_fee_percent else ""
        )
        self.card_fields.load(d)
        self.notes_edit.setPlainText(d.notes)  # fmt: skip

    def _connect(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._validate)
        for combo in (
            self.lender_combo,
            self.kind_combo,
            self.method_combo,
            self.prepay_combo,
            self.status_combo,
            self.basis_combo,
            self.day_basis_combo,
        ):
            combo.currentIndexChanged.connect(self._validate)
        self.compound_check.toggled.connect(self._validate)  # fmt: skip

    def form(self) -> DebtForm:
        return DebtForm(
            lender_id=self.lender_combo.currentData(),
            name=self.name_edit.text(), kind=self.kind_combo.currentData(),
            currency=self.currency_edit.text(), principal=self.principal_edit.text(),
            received=self.received_edit.text(), start_date=self.start_edit.text(),
            term_months=self.term_edit.text(), method=self.method_combo.currentData(),
            rate=self.rate_edit.text(), rate_basis=self.basis_combo.currentData(),
            day_basis=self.day_basis_combo.currentData(), upfront_fee=self.upfront_edit.text(),
            period_fee=self.period_fee_edit.text(), penalty_uplift=self.uplift_edit.text(),
            penalty_compound=self.compound_check.isChecked(),
            late_fee_fixed=self.late_fixed_edit.text(),
            late_fee_percent=self.late_percent_edit.text(), due_day=self.due_day_edit.text(),
            grace_days=self.grace_edit.text(), status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText(), prepay_mode=self.prepay_combo.currentData(),
            **self.card_fields.values(),
        )  # fmt: skip

    def _validate(self) -> None:
        self.rate_edit.set_basis(self.basis_combo.currentData(), self.day_basis_combo.currentData())
        self._show_kind(self.kind_combo.currentData())
        data, errors = validate_debt(self.form())
        always = {"lender"} if self.lender_combo.count() == 0 else set()
        for rows in (self.rows, self.terms_rows):
            rows.show(errors, always)
        self.card_fields.show_errors(errors, always)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(data is not None)
        self._preview(data)

    def _show_kind(self, kind: str) -> None:
        """The card's bill for a card; the loan fields it does not use hidden.  A new card
        starts at the usual daily rate, 万分之五 (domain.md §1.7)."""
        if kind == "card" and self._kind != "card" and not self.rate_edit.text().strip():
            self.basis_combo.setCurrentIndex(self.basis_combo.findData("daily"))
            self.rate_edit.setText("0.05%")
        self._kind = kind
        self.card_box.setVisible(kind == "card")
        hidden = set(LOAN_ONLY.get(kind, ()))
        for rows in (self.rows, self.terms_rows):
            for key, error in rows.errors.items():
                box = error.parentWidget()
                if box is not None:
                    rows.form.setRowVisible(box, key not in hidden)
        self.compound_check.setVisible(kind not in LOAN_ONLY)
        fee = self.tr("Fee each period (分期手续费)") if kind == "card_instalment" else None
        label = self.terms_rows.form.labelForField(self.period_fee_edit.parentWidget())
        if isinstance(label, QLabel):
            label.setText(fee or self.tr("Fee each month"))

    def _preview(self, data: DebtInput | None) -> None:
        if data is None:
            self.summary_label.setText(self.tr("Fill in the marked fields to see the schedule."))
            return
        if data.card is not None:
            self.summary_label.setText(card_summary(data))
            return
        try:
            schedule = schedule_of(data)
        except DomainError as exc:
            from debttracker.ui.i18n import translate_message

            self.summary_label.setText(translate_message(exc.message))
            return
        apr = apr_of(schedule, data.start_date, data.received_amount, data.upfront_fee)
        text = self.tr("First payment %1 · total interest %2 · %3 payments · true APR %4")
        first = schedule.installments[0].payment
        cur = data.currency
        text = text.replace("%1", money_text(first, cur)).replace(
            "%2", money_text(schedule.total_interest, cur)
        )
        text = text.replace("%3", str(len(schedule.installments)))
        self.summary_label.setText(text.replace("%4", percent_text(Decimal(apr)) if apr else "–"))  # fmt: skip

    def accept(self) -> None:
        data, _errors = validate_debt(self.form())
        if data is None:
            return
        self.refused = False  # set by the caller when the store refused the save
        self.saved.emit(data)
        if not self.refused:  # else it stays open with everything typed
            super().accept()
