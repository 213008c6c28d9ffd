"""One debt in detail: schedule, payments (lazy), cost summary with caps, owed today."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.caps import NOT_LEGAL_ADVICE, Verdict
from debttracker.core.cards import CardPosition
from debttracker.store import ledger_detail, ledger_receipts
from debttracker.store.ledger_queries import DebtRow
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.ledger.labels import lender_kind_labels, status_labels
from debttracker.ui.ledger.models import ID_ROLE, PaymentsModel, ScheduleModel
from debttracker.ui.widgets.money import money_text, percent_text
from debttracker.ui.widgets.plain import plain_label


def open_url(url: QUrl) -> bool:
    """The system's viewer for a file (a seam: tests replace it)."""
    return QDesktopServices.openUrl(url)


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DebtDetail(QWidget):
    """Shows the debt given to :meth:`show_row`; buttons ask the tab to act."""

    record_payment = Signal()
    edit_payment = Signal(int)
    delete_payment = Signal(int)
    edit_debt = Signal()
    delete_debt = Signal()
    export_schedule = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: DebtRow | None = None
        self.setObjectName("debtDetail")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label()
        self.title.setObjectName("debtTitleLabel")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        buttons = QHBoxLayout()
        for name, text, signal in (
            ("recordPaymentButton", self.tr("Record payment…"), self.record_payment),
            ("editDebtButton", self.tr("Edit debt…"), self.edit_debt),
            ("deleteDebtButton", self.tr("Delete debt"), self.delete_debt),
            ("exportScheduleButton", self.tr("Export schedule…"), self.export_schedule),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("debtDetailTabs")
        layout.addWidget(self.tabs, 1)
        self.schedule_model = ScheduleModel(self)
        self.schedule_view = _table("scheduleTable")
        self.schedule_view.setModel(self.schedule_model)
        self.tabs.addTab(self.schedule_view, self.tr("Schedule"))
        self.payments_model = PaymentsModel(lambda _o, _l: [], self)
        self.payments_view = _table("paymentsTable")
        self.payments_view.setModel(self.payments_model)
        pay_page = QWidget()
        pay_layout = QVBoxLayout(pay_page)
        pay_layout.addWidget(self.payments_view)
        pay_buttons = QHBoxLayout()
        for name, text, signal in (
            ("editPaymentButton", self.tr("Edit payment…"), self.edit_payment),
            ("deletePaymentButton", self.tr("Delete payment"), self.delete_payment),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(partial(self._emit_selected_payment, signal))
            pay_buttons.addWidget(button)
        receipt = QPushButton(self.tr("Open receipt"))
        receipt.setObjectName("openReceiptButton")
        receipt.clicked.connect(self.open_receipt)
        pay_buttons.addWidget(receipt)
        self.payments_view.doubleClicked.connect(self.open_receipt)
        pay_buttons.addStretch(1)
        pay_layout.addLayout(pay_buttons)
        self.tabs.addTab(pay_page, self.tr("Payments"))
        self.cost_page = QWidget()
        self.cost_form = QFormLayout(self.cost_page)
        self.tabs.addTab(self.cost_page, self.tr("Cost"))
        self.owed_page = QWidget()
        self.owed_form = QFormLayout(self.owed_page)
        self.tabs.addTab(self.owed_page, self.tr("Owed today"))

    def selected_payment(self) -> int | None:
        rows = self.payments_view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _emit_selected_payment(self, signal: Signal) -> None:
        payment_id = self.selected_payment()
        if payment_id is not None:
            signal.emit(payment_id)  # type: ignore[attr-defined]

    def open_receipt(self) -> Path | None:
        """Open the selected payment's receipt (its read-only copy) with the system viewer."""
        rows = self.payments_view.selectionModel().selectedRows()
        if not rows:
            return None
        line = self.payments_model.row_at(rows[0].row())
        with self.ctx.db.session() as s:
            path = ledger_receipts.receipt_file(s, line.receipt_evidence_id)
        if path is None:
            text = self.tr("This payment has no receipt kept.")
            if line.receipt_path:
                text = self.tr("The receipt %1 is not in the evidence folder.").replace(
                    "%1", line.receipt_path
                )
            self.ctx.events.status_message.emit(text)
            return None
        open_url(QUrl.fromLocalFile(str(path)))
        return path

    def show_row(self, row: DebtRow | None, as_of: date) -> None:
        self.row = row
        self.setEnabled(row is not None)
        if row is None:
            self.title.setText(self.tr("Choose a debt in the list to see its schedule."))
            self.schedule_model.set_rows([])
            self.payments_model.reset(0)
            return
        kind = lender_kind_labels().get(row.lender_kind, row.lender_kind)
        status = status_labels().get(row.status, row.status)
        text = f"{row.lender} — {row.name} · {status} · {kind}"
        if row.hotline:
            text += " · " + self.tr("official hotline %1").replace("%1", row.hotline)
        self.title.setText(text)
        debt_id = row.id
        with self.ctx.db.session() as s:
            lines = ledger_detail.schedule_lines(s, debt_id, as_of)
            count = ledger_detail.payment_count(s, debt_id)
            cost = ledger_detail.cost_summary(s, debt_id)
            owed = ledger_detail.owed_today(s, debt_id, as_of)
        self.schedule_model.currency = self.payments_model.currency = row.currency
        self.schedule_model.set_rows(lines)
        self.payments_model.reset(count, partial(self._page, debt_id))
        self._fill_cost(cost)
        self._fill_owed(owed, row.currency)

    def _page(self, debt_id: int, offset: int, limit: int) -> list:
        with self.ctx.db.session() as s:
            return ledger_detail.payment_page(s, debt_id, offset, limit)

    @staticmethod
    def _clear(form: QFormLayout) -> None:
        while form.rowCount():
            form.removeRow(0)

    def _fill_cost(self, c: ledger_detail.CostSummary) -> None:
        form = self.cost_form
        self._clear(form)
        m = partial(money_text, currency=c.currency)
        add = form.addRow
        add(self.tr("Borrowed / received"), plain_label(f"{m(c.principal)} / {m(c.received)}"))
        add(
            self.tr("Interest: paid / still to pay"),
            plain_label(f"{m(c.interest_paid)} / {m(c.interest_left)}"),
        )
        add(
            self.tr("Fees: paid / still to pay"),
            plain_label(f"{m(c.fees_paid)} / {m(c.fees_left)}"),
        )
        add(self.tr("Penalty paid"), plain_label(m(c.penalty_paid)))
        add(
            self.tr("Interest and fees over the whole term"),
            plain_label(m(c.interest_total + c.fees_total)),
        )
        apr = plain_label(percent_text(c.apr) if c.apr is not None else "–")
        apr.setObjectName("costAprLabel")
        add(self.tr("True APR (all fees, IRR)"), apr)
        for line in c.caps:
            verdict = (
                self.tr("above this line ⚠") if line.verdict is Verdict.ABOVE else self.tr("within")
            )
            label = plain_label(f"{percent_text(line.rate)} — {verdict}\n{line.source}")
            label.setWordWrap(True)
            add(translate_message(line.label), label)
        if c.counter is not None:
            offer = self.tr("At %1 the same loan would cost %2 a month for %3 months, saving %4.")
            offer = offer.replace("%1", percent_text(c.counter.rate, 0)).replace(
                "%2", m(c.counter.payment)
            )
            offer = offer.replace("%3", str(len(c.counter.schedule.installments))).replace(
                "%4", m(c.counter.saving)
            )
            label = plain_label(offer)
            label.setObjectName("counterOfferLabel")
            label.setWordWrap(True)
            add(self.tr("Counter-offer"), label)
        note = plain_label(translate_message(NOT_LEGAL_ADVICE))
        note.setWordWrap(True)
        add(note)  # fmt: skip

    def _fill_owed(self, o: ledger_detail.OwedToday, currency: str) -> None:
        form = self.owed_form
        self._clear(form)
        m = partial(money_text, currency=currency)
        if o.days_overdue == 0:
            form.addRow(plain_label(self.tr("Nothing is late on this debt today.")))
        else:
            late = plain_label(self.tr("%1 days overdue").replace("%1", str(o.days_overdue)))
            late.setObjectName("owedDaysLabel")
            form.addRow(self.tr("Late"), late)
            for label, value in (
                (self.tr("Principal due"), o.principal),
                (self.tr("Interest due"), o.interest),
                (self.tr("Penalty interest and late fees"), o.penalty),
                (self.tr("Fees due"), o.fees),
            ):
                form.addRow(label, plain_label(m(value)))
            total = plain_label(m(o.total_late))
            total.setObjectName("owedTotalLabel")
            form.addRow(self.tr("To bring it up to date"), total)
        form.addRow(self.tr("Principal not yet due"), plain_label(m(o.principal_not_yet_due)))
        if o.card is not None:
            self._fill_card(form, o.card, m)

    def _fill_card(self, form: QFormLayout, c: CardPosition, m: partial) -> None:
        """The card's statement as of today (core.cards.card_position)."""
        rows = (
            ("cardStatementLabel", self.tr("Statement of %1").replace(
                "%1", c.statement_date.isoformat()), m(c.balance)),
            ("cardMinimumLabel", self.tr("Minimum payment"), m(c.minimum)),
            ("cardDueLabel", self.tr("Payment due date"), c.due_date.isoformat()),
            ("cardPaidLabel", self.tr("Paid since the statement"), m(c.paid)),
            ("revolvingInterestLabel", self.tr("Revolving interest to today"),
             m(c.revolving_interest)),
            ("cardLateFeeLabel", self.tr("Late fee (违约金) on the unpaid minimum"),
             m(c.late_fee)),
            ("cardOwedLabel", self.tr("Owed on the card today"), m(c.owed)),
        )  # fmt: skip
        for name, title, value in rows:
            label = plain_label(value)
            label.setObjectName(name)
            form.addRow(title, label)
        if c.interest_free:
            form.addRow(plain_label(self.tr("Paid in full by the due date, the statement costs no "
                                       "interest.")))  # fmt: skip
        else:
            form.addRow(plain_label(self.tr("Not paid in full by the due date: interest runs on the "
                                       "whole statement from its posting date, then on what is "
                                       "left, at the card's daily rate; fees bear none.")))  # fmt: skip
