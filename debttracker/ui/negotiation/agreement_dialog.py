"""Record an agreement: the new terms of a debt (instalments, extension, deferral or a
settlement), what the lender waived, the signing date.  Saving writes a new version of the
debt's schedule; the old one stays in its history.  The dialog previews the new schedule live.

The amount restructured is prefilled with what is owed on the signing date, the Ledger's own
figures (``ledger_detail.owed_today``): principal left + interest already due + penalty + fees,
and the breakdown is shown under it (its space reserved, so the dialog does not re-flow while
typing).  Interest of instalments not yet due is not added: it has not accrued.  An empty
agreed rate is an error that asks for it; 0 % has to be typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QWidget

from debttracker.core import negotiation as core
from debttracker.core.messages import QT_TRANSLATE_NOOP, Message, msg
from debttracker.core.money import ZERO, from_fen
from debttracker.core.schedule import add_months
from debttracker.ui.negotiation.forms import FormDialog, code_combo, id_combo
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit, RateEdit

Preview = Callable[[core.AgreementDraft], list[core.PlannedRow]]
BREAKDOWN_LINES = 5


@dataclass(frozen=True, slots=True)
class Owed:
    """What a debt owes on a date (the Ledger's ``owed_today`` parts) for the prefill."""

    principal: Decimal  # all principal left, due or not
    interest: Decimal  # interest of instalments already due, unpaid
    penalty: Decimal
    fees: Decimal

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest + self.penalty + self.fees


OwedOn = Callable[[int, date], Owed]
RATE_NEEDED = msg(
    "AgreementDialog",
    QT_TRANSLATE_NOOP(
        "AgreementDialog",
        "Enter the interest rate of the agreement (type 0 if it charges no interest).",
    ),
)


class AgreementDialog(FormDialog):
    def __init__(
        self,
        debts: list[tuple[int, str, Decimal, int]],
        today: date,
        preview: Preview,
        parent: QWidget | None = None,
        owed_on: OwedOn | None = None,
    ) -> None:
        """``debts``: ``(id, label, outstanding, unpaid instalments)``; ``owed_on(debt, day)``:
        what the debt owes on ``day`` (without it the prefill is the outstanding amount)."""
        super().__init__(self.tr("Record an agreement"), "agreementDialog", parent)
        self.debts, self.today, self._preview = debts, today, preview
        self._owed_on = owed_on
        self._prefilled: Decimal | None = None
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
        self.breakdown_label = self._reserved_label("balanceBreakdownLabel", BREAKDOWN_LINES)
        self.add_row(self.tr("Owed on the signing date"), self.breakdown_label)
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
        self.preview_label = self._reserved_label("agreementPreviewLabel", 3)
        self.add_row(self.tr("New schedule"), self.preview_label)
        self._on_debt()
        self.debt_combo.currentIndexChanged.connect(self._on_debt)
        self.signed_edit.textChanged.connect(self._on_debt)
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

    def _reserved_label(self, name: str, lines: int) -> QLabel:
        """A wrapped label with the height of ``lines`` lines, full or empty: new text never
        re-flows the dialog."""
        label = self.message_label("", name)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 6)
        return label

    def _on_debt(self, *_args: object) -> None:
        """Prefill the amount with what is owed on the signing date, unless the user typed one."""
        ident = self.debt_combo.currentData()
        signed = self.signed_edit.value() if hasattr(self, "signed_edit") else None
        typed = self.balance_edit.value()
        owed = self._owed_on(ident, signed) if self._owed_on and signed and ident else None
        if owed is not None:
            amount = owed.total
            self.breakdown_label.setText(self._breakdown(owed))
        else:
            amount = next((o for i, _n, o, _r in self.debts if i == ident), ZERO)
            self.breakdown_label.setText("")
        if typed is None or typed == self._prefilled or not self.balance_edit.text().strip():
            self.balance_edit.set_amount(amount)
        self._prefilled = amount
        self.refresh()

    def _breakdown(self, owed: Owed) -> str:
        parts = (
            (self.tr("Principal left: %1"), owed.principal),
            (self.tr("Interest already due: %1"), owed.interest),
            (self.tr("Penalty interest and late fees: %1"), owed.penalty),
            (self.tr("Fees due: %1"), owed.fees),
            (self.tr("In all: %1"), owed.total),
        )
        return "\n".join(text.replace("%1", money_text(value)) for text, value in parts)

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
        if rate is None and kind in ("instalments", "extension"):
            self.preview_label.setText("")
            return None, {"rate": RATE_NEEDED}
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
