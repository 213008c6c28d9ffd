"""The card part of the debt dialog: what a cardholder reads on a bill (账单金额, 最低还款额,
账单日, 到期还款日, and what the bill contains) and the card's rules (minimum %, its floor,
违约金 %, tolerance), validated live by :func:`core.card_form.validate_card` through the
dialog.  A card's debt is its statement; the loan fields it does not use are hidden."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.card_form import CardInput
from debttracker.core.cards import CardTerms, minimum_due, rule_minimum
from debttracker.core.debts import DebtForm, DebtInput
from debttracker.ui.ledger.forms import FormRows
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.parsed_edit import DateEdit, MoneyEdit

#: DebtForm fields the card part fills
CARD_FIELDS = (
    "stmt_balance", "stmt_minimum", "stmt_date", "stmt_due_date", "stmt_charges",
    "stmt_instalment", "stmt_posted_on", "card_limit", "statement_day", "card_due_day",
    "min_payment_percent", "card_min_floor", "card_late_fee_percent", "card_tolerance",
)  # fmt: skip


def _percent_text(fraction: Decimal) -> str:
    return f"{(fraction * 100).normalize():f}"


class CardFields(QWidget):
    """Two boxes side by side: the bill, and the card's rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardFields")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        bill_box, rules_box = (
            QGroupBox(QCoreApplication.translate("CardFields", "The bill")),
            QGroupBox(QCoreApplication.translate("CardFields", "The card's rules")),
        )
        bill_box.setObjectName("cardBillBox")
        rules_box.setObjectName("cardRulesBox")
        layout.addWidget(bill_box, 3)
        layout.addWidget(rules_box, 2)
        self.bill_rows = FormRows(QFormLayout(bill_box), "debt")
        self.rules_rows = FormRows(QFormLayout(rules_box), "debt")
        self.edits: dict[str, QLineEdit] = {}
        self._bill()
        self._rules()
        note = QLabel(QCoreApplication.translate("CardFields", "Defaults: 10 % of purchases + all fees, interest and 分期, at least 10; 违约金 5 % of the unpaid minimum. Your card contract may differ."))  # fmt: skip
        note.setObjectName("cardRulesNote")
        note.setWordWrap(True)
        outer.addWidget(note)

    def _add(self, rows: FormRows, key: str, label: str, edit: QLineEdit, name: str) -> None:
        edit.setMinimumWidth(150)
        self.edits[key] = rows.add(key, label, edit, name)  # type: ignore[assignment]

    def _bill(self) -> None:
        rows = self.bill_rows
        self._add(rows, "stmt_balance", QCoreApplication.translate("CardFields", "Statement balance (账单金额)"), MoneyEdit(required=False), "cardBalanceEdit")  # fmt: skip
        self._add(rows, "stmt_minimum", QCoreApplication.translate("CardFields", "Minimum payment (最低还款额)"), MoneyEdit(required=False), "cardMinimumEdit")  # fmt: skip
        self.edits["stmt_minimum"].setPlaceholderText(
            QCoreApplication.translate("CardFields", "as printed; empty: by the rule")
        )
        self._add(rows, "stmt_date", QCoreApplication.translate("CardFields", "Statement date (账单日)"), DateEdit(required=False), "cardStatementDateEdit")  # fmt: skip
        self._add(rows, "stmt_due_date", QCoreApplication.translate("CardFields", "Payment due date (到期还款日)"), DateEdit(required=False), "cardDueDateEdit")  # fmt: skip
        self._add(rows, "stmt_charges", QCoreApplication.translate("CardFields", "Of which fees, interest, 违约金"), MoneyEdit(required=False), "cardChargesEdit")  # fmt: skip
        self._add(rows, "stmt_instalment", QCoreApplication.translate("CardFields", "Of which this month's 分期 instalment"), MoneyEdit(required=False), "cardInstalmentEdit")  # fmt: skip
        self._add(rows, "stmt_posted_on", QCoreApplication.translate("CardFields", "Interest runs from (记账日)"), DateEdit(required=False), "cardPostedOnEdit")  # fmt: skip
        self.edits["stmt_posted_on"].setPlaceholderText(QCoreApplication.translate("CardFields", "earliest posting; empty: the statement date"))  # fmt: skip

    def _rules(self) -> None:
        rows = self.rules_rows
        self._add(rows, "card_limit", QCoreApplication.translate("CardFields", "Credit limit"), MoneyEdit(required=False), "debtCardLimitEdit")  # fmt: skip
        self._add(
            rows,
            "statement_day",
            QCoreApplication.translate("CardFields", "Statement day"),
            QLineEdit(),
            "debtStatementDayEdit",
        )
        self._add(
            rows,
            "card_due_day",
            QCoreApplication.translate("CardFields", "Payment due day"),
            QLineEdit(),
            "debtCardDueDayEdit",
        )
        for key in ("statement_day", "card_due_day"):
            self.edits[key].setPlaceholderText(
                QCoreApplication.translate("CardFields", "from the bill's dates")
            )
        self._add(rows, "min_payment_percent", QCoreApplication.translate("CardFields", "Minimum: % of purchases"), QLineEdit("10"), "debtMinPaymentEdit")  # fmt: skip
        self._add(rows, "card_min_floor", QCoreApplication.translate("CardFields", "Minimum at least"), MoneyEdit(required=False), "cardMinFloorEdit")  # fmt: skip
        self.edits["card_min_floor"].setText("10")
        self._add(rows, "card_late_fee_percent", QCoreApplication.translate("CardFields", "违约金: % of the unpaid minimum"), QLineEdit("5"), "cardLateFeePercentEdit")  # fmt: skip
        self._add(rows, "card_tolerance", QCoreApplication.translate("CardFields", "Tolerance (容差)"), MoneyEdit(required=False), "cardToleranceEdit")  # fmt: skip

    def values(self) -> dict[str, str]:
        """The typed text, for :class:`DebtForm`."""
        return {key: self.edits[key].text() for key in CARD_FIELDS}

    def load(self, d: DebtInput) -> None:
        self.edits["card_limit"].setText("" if d.card_limit is None else f"{d.card_limit:.2f}")
        self.edits["statement_day"].setText(str(d.statement_day or ""))
        self.edits["card_due_day"].setText(str(d.card_due_day or ""))
        self.edits["min_payment_percent"].setText(_percent_text(d.min_payment_percent))
        if d.card is not None:
            self._load_card(d.card)

    def _load_card(self, c: CardInput) -> None:
        st = c.statement
        texts = {
            "stmt_balance": f"{st.balance:.2f}",
            "stmt_minimum": "" if st.minimum is None else f"{st.minimum:.2f}",
            "stmt_date": st.statement_date.isoformat(), "stmt_due_date": st.due_date.isoformat(),
            "stmt_charges": f"{st.charges:.2f}" if st.charges else "",
            "stmt_instalment": f"{st.instalment:.2f}" if st.instalment else "",
            "stmt_posted_on": st.posted_on.isoformat() if st.posted_on else "",
            "card_min_floor": f"{c.min_floor:.2f}", "card_tolerance": f"{c.tolerance:.2f}" if c.tolerance else "",
            "card_late_fee_percent": _percent_text(c.late_fee_percent),
        }  # fmt: skip
        for key, text in texts.items():
            self.edits[key].setText(text)

    def show_errors(self, errors: dict, always: set[str]) -> None:  # type: ignore[type-arg]
        self.bill_rows.show(errors, always)
        self.rules_rows.show(errors, always)


def card_summary(data: DebtInput) -> str:
    """One line under the form: the minimum, the date to pay it by, and what keeps it free."""
    card = data.card
    assert card is not None
    st = card.statement
    terms = CardTerms(data.rate, data.min_payment_percent, card.min_floor)
    cur = data.currency
    text = QCoreApplication.translate("CardFields", "Minimum %1 by %2 (the card's rule gives %3); pay %4 by then and the bill costs no interest, else %5 a day on it.")  # fmt: skip
    daily = st.balance * data.rate.daily()
    for n, part in enumerate((
        money_text(minimum_due(st, terms), cur), st.due_date.isoformat(),
        money_text(rule_minimum(st, terms), cur), money_text(st.balance, cur),
        money_text(daily, cur),
    )):  # fmt: skip
        text = text.replace(f"%{n + 1}", part)
    return text


def form_with_card(form: DebtForm, values: dict[str, str]) -> DebtForm:
    for key, value in values.items():
        setattr(form, key, value)
    return form
