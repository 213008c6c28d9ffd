"""Record an agreement: the new terms of a debt (instalments, extension, deferral or a
settlement), what the lender waived, the signing date.  Saving writes a new version of the
debt's schedule; the old one stays in its history.  The dialog previews the new schedule live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QPlainTextEdit, QSpinBox, QWidget

from debttracker.core import negotiation as core
from debttracker.core.messages import Message
from debttracker.core.money import from_fen
from debttracker.core.schedule import add_months
from debttracker.ui.negotiation.forms import FormDialog, code_combo, id_combo
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit, RateEdit

Preview = Callable[[core.AgreementDraft], list[core.PlannedRow]]


class AgreementDialog(FormDialog):
    def __init__(
        self,
        debts: list[tuple[int, str, Decimal, int]],
        today: date,
        preview: Preview,
        parent: QWidget | None = None,
    ) -> None:
        """``debts``: ``(id, label, outstanding, unpaid instalments)``."""
        super().__init__(self.tr("Record an agreement"), "agreementDialog", parent)
        self.debts, self.today, self._preview = debts, today, preview
        self.debt_combo = id_combo("agreementDebtCombo", [(i, n) for i, n, _o, _r in debts])
        self.add_row(self.tr("Debt"), self.debt_combo, "debt")
        self.kind_combo = code_combo("agreement", "agreementKindCombo")
        self.add_row(self.tr("New terms"), self.kind_combo, "kind")
        self.signed_edit = DateEdit()
        self.signed_edit.setObjectName("signedOnEdit")
        self.signed_edit.set_date(today)
        self.add_row(self.tr("Signed on"), self.signed_edit, "signed_on")
        self.balance_edit = MoneyEdit()
        self.balance_edit.setObjectName("balanceEdit")
        self.add_row(self.tr("Amount restructured"), self.balance_edit, "balance")
        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("monthsSpin")
        self.months_spin.setRange(1, 120)
        self.months_spin.setValue(12)
        self.add_row(self.tr("Monthly instalments"), self.months_spin, "months")
        self.deferral_spin = QSpinBox()
        self.deferral_spin.setObjectName("deferralSpin")
        self.deferral_spin.setRange(1, 120)
        self.deferral_spin.setValue(3)
        self.add_row(self.tr("Deferred by (months)"), self.deferral_spin, "deferral_months")
        self.first_due_edit = DateEdit()
        self.first_due_edit.setObjectName("firstDueEdit")
        self.first_due_edit.set_date(add_months(today, 1))
        self.add_row(self.tr("First instalment due"), self.first_due_edit, "first_due")
        self.rate_edit = RateEdit(required=False)
        self.rate_edit.setObjectName("agreementRateEdit")
        self.add_row(self.tr("Interest under the agreement"), self.rate_edit, "rate")
        self.settlement_edit = MoneyEdit(required=False)
        self.settlement_edit.setObjectName("settlementEdit")
        self.add_row(self.tr("Settlement amount"), self.settlement_edit, "settlement")
        self.waived = {}
        for key, text in (
            ("waived_interest", self.tr("Interest waived")),
            ("waived_penalty", self.tr("Penalty waived")),
            ("waived_fees", self.tr("Fees waived")),
        ):
            edit = MoneyEdit(required=False)
            edit.setObjectName(key + "Edit")
            self.waived[key] = edit
            self.add_row(text, edit, key)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("agreementNotesEdit")
        self.notes_edit.setFixedHeight(48)
        self.add_row(self.tr("Notes"), self.notes_edit)
        self.preview_label = self.message_label("", "agreementPreviewLabel")
        self.add_row(self.tr("New schedule"), self.preview_label)
        self._on_debt()
        self.debt_combo.currentIndexChanged.connect(self._on_debt)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.deferral_spin.valueChanged.connect(self._on_deferral)
        self.months_spin.valueChanged.connect(self.refresh)
        for edit in (
            self.signed_edit,
            self.balance_edit,
            self.first_due_edit,
            self.rate_edit,
            self.settlement_edit,
            *self.waived.values(),
        ):
            edit.textChanged.connect(self.refresh)  # fmt: skip
        self._on_kind()
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def _on_debt(self, *_args: object) -> None:
        ident = self.debt_combo.currentData()
        outstanding = next((o for i, _n, o, _r in self.debts if i == ident), Decimal(0))
        self.balance_edit.set_amount(outstanding)
        self.refresh()

    def _on_kind(self, *_args: object) -> None:
        kind = self.kind_combo.currentData()
        self._show(self.months_spin, kind in ("instalments", "extension"))
        self._show(self.rate_edit, kind in ("instalments", "extension"))
        self._show(self.deferral_spin, kind == "deferral")
        self._show(self.settlement_edit, kind == "settlement")
        self._show(self.balance_edit, kind != "deferral")
        if kind == "deferral":
            self._on_deferral()
        self.refresh()

    def _on_deferral(self, *_args: object) -> None:
        signed = self.signed_edit.value()
        if signed is not None:
            self.first_due_edit.set_date(add_months(signed, self.deferral_spin.value()))
        self.refresh()

    def _show(self, widget: QWidget, visible: bool) -> None:
        box = widget.parentWidget()
        if box is not None:
            box.setVisible(visible)
            label = self.form.labelForField(box)
            if label is not None:
                label.setVisible(visible)

    def draft(self) -> tuple[core.AgreementDraft | None, dict[str, Message]]:
        if not hasattr(self, "preview_label"):
            return None, {}
        kind = self.kind_combo.currentData()
        errors: dict[str, Message] = {}
        edits = {"signed_on": self.signed_edit, "first_due": self.first_due_edit,
                 "rate": self.rate_edit, **self.waived}  # fmt: skip
        if kind != "deferral":
            edits["balance"] = self.balance_edit
        if kind == "settlement":
            edits["settlement"] = self.settlement_edit
        for key, edit in edits.items():
            if edit.error() is not None:
                errors[key] = edit.error()  # type: ignore[assignment]
        signed, first = self.signed_edit.value(), self.first_due_edit.value()
        if errors or signed is None or first is None:
            self.preview_label.setText("")
            return None, errors
        rate = self.rate_edit.value()
        ident = self.debt_combo.currentData()
        remaining = next((r for i, _n, _o, r in self.debts if i == ident), 0)
        draft = core.AgreementDraft(
            debt_id=ident,
            kind=kind,
            signed_on=signed,
            first_due=first,
            balance=self.balance_edit.value() or Decimal(0),
            months=self.months_spin.value(),
            annual_rate=rate.annual() if rate is not None else Decimal(0),
            deferral_months=self.deferral_spin.value(),
            settlement=self.settlement_edit.value(),
            waived_interest=self.waived["waived_interest"].value() or Decimal(0),
            waived_penalty=self.waived["waived_penalty"].value() or Decimal(0),
            waived_fees=self.waived["waived_fees"].value() or Decimal(0),
            notes=self.notes_edit.toPlainText(),
        )
        errors = core.agreement_errors(draft, self.today, remaining)
        self._show_preview(draft, errors)
        return draft, errors

    def _show_preview(self, draft: core.AgreementDraft, errors: dict[str, Message]) -> None:
        if errors:
            self.preview_label.setText("")
            return
        rows = self._preview(draft)
        if not rows:
            self.preview_label.setText(self.tr("Nothing left to schedule."))
            return
        total = from_fen(sum(r.total_fen for r in rows))
        text = (
            self.tr("%1 instalments from %2 to %3, first %4, in all %5")
            .replace("%1", str(len(rows)))
            .replace("%2", rows[0].due.isoformat())
            .replace("%3", rows[-1].due.isoformat())
            .replace("%4", money_text(from_fen(rows[0].total_fen)))
            .replace("%5", money_text(total))
        )
        waived = core.waived_total(draft)
        if waived:
            text += "\n" + self.tr("The lender gives up %1.").replace("%1", money_text(waived))
        self.preview_label.setText(text)
