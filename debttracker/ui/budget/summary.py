"""The month's figures and, when the money is short, the triage of the debts (from core)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from debttracker.core.budget import MonthSummary, Triage, TriageOption
from debttracker.store.budget_debts import MinimumDue
from debttracker.ui.budget.common import money_text
from debttracker.ui.widgets.plain import plain_label

GOOD, BAD = "#2e7d32", "#c62828"


class SummaryPanel(QFrame):
    """Income, essential and discretionary spending, minimums due and what is available."""

    #: the user clicked a debt in the list of minimums
    debt_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("incomeLabel", self.tr("Income")),
            ("essentialLabel", self.tr("Essential spending")),
            ("availableLabel", self.tr("Available for repayment")),
            ("minimumsLabel", self.tr("Minimum payments due")),
            ("discretionaryLabel", self.tr("Discretionary spending (could be cut)")),
        )
        for row, (name, text) in enumerate(rows):
            caption = plain_label(text)
            value = plain_label(objectName=name)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if name == "availableLabel":
                for label in (caption, value):
                    font = label.font()
                    font.setBold(True)
                    font.setPointSizeF(font.pointSizeF() * 1.25)
                    label.setFont(font)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
            self.values[name] = value
        self.available_hint = plain_label(self.tr("Available = income − essential spending"))
        self.available_hint.setObjectName("availableHint")
        self.available_hint.setEnabled(False)
        grid.addWidget(self.available_hint, len(rows), 0, 1, 2)
        self.status = plain_label(objectName="shortfallLabel")
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        grid.addWidget(self.status, len(rows) + 1, 0, 1, 2)
        self.dues = QLabel(objectName="budgetMinimumsList")
        self.dues.setWordWrap(True)
        self.dues.setTextFormat(Qt.TextFormat.RichText)
        self.dues.linkActivated.connect(self._link)
        grid.addWidget(self.dues, len(rows) + 2, 0, 1, 2)
        self.available_label = self.values["availableLabel"]
        self.shortfall_label = self.status

    def _link(self, href: str) -> None:
        if href.startswith("debt:"):
            self.debt_activated.emit(int(href.removeprefix("debt:")))

    def show_summary(self, summary: MonthSummary, dues: list[MinimumDue]) -> None:
        figures = {
            "incomeLabel": summary.income,
            "essentialLabel": summary.essential,
            "discretionaryLabel": summary.discretionary,
            "minimumsLabel": summary.minimums,
            "availableLabel": summary.available,
        }
        for name, amount in figures.items():
            self.values[name].setText(money_text(amount))
        if summary.covers:
            text = self.tr("Covers the minimum payments, with %1 left over.").replace(
                "%1", money_text(summary.left_after_minimums)
            )
            color = GOOD
        else:
            text = self.tr("Short by %1: the minimum payments are more than you have.").replace(
                "%1", money_text(summary.shortfall)
            )
            color = BAD
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {color};")
        self.dues.setText(self._dues_html(dues))
        self.dues.setVisible(bool(dues))

    def _dues_html(self, dues: list[MinimumDue]) -> str:
        items = []
        for due in dues:
            line = self.tr("%1 · %2: %3 due %4")
            line = (
                line.replace("%1", escape(due.lender_name))
                .replace("%2", f'<a href="debt:{due.debt_id}">{escape(due.debt_name)}</a>')
                .replace("%3", escape(money_text(due.amount)))
                .replace("%4", escape(due.due_date.strftime("%m-%d")))
            )
            items.append(f"<li>{line}</li>")
        return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


class TriagePanel(QFrame):
    """Shown plainly when short: which debts are cheapest to let slip, which cost most,
    which lenders are already negotiating.  The numbers come from ``core.budget``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetTriagePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = plain_label(objectName="budgetTriageTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel(objectName="budgetTriageBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def _option(self, option: TriageOption) -> str:
        text = self.tr("%1: minimum %2; a month's delay costs about %3")
        return (
            text.replace("%1", escape(option.name))
            .replace("%2", escape(money_text(option.minimum_due)))
            .replace("%3", escape(money_text(option.monthly_penalty)))
        )

    def _section(self, heading: str, options: tuple[TriageOption, ...], limit: int = 3) -> str:
        if not options:
            return ""
        items = "".join(f"<li>{self._option(o)}</li>" for o in options[:limit])
        return f"<p><b>{escape(heading)}</b></p><ul style='margin-left:-20px'>{items}</ul>"

    def show_triage(self, triage: Triage, available: Decimal) -> None:
        self.title.setText(
            self.tr("%1 short this month. You decide what to offer whom:").replace(
                "%1", money_text(triage.shortfall)
            )
        )
        parts = [
            self._section(self.tr("Cheapest to let slip"), triage.cheapest_to_slip, 4),
        ]
        if len(triage.heaviest_penalty) > 1:
            heaviest = triage.heaviest_penalty[0]
            text = self.tr("Heaviest penalty if late: %1. Pay this one first if you can.")
            parts.append(f"<p>{escape(text).replace('%1', self._option(heaviest))}</p>")
        if triage.negotiating:
            names = ", ".join(escape(o.name) for o in triage.negotiating)
            text = self.tr("Already negotiating with: %1. Ask them first for a smaller instalment.")
            parts.append(f"<p>{escape(text).replace('%1', names)}</p>")
        by_id = {o.id: o for o in triage.cheapest_to_slip}
        chosen = ", ".join(escape(by_id[i].name) for i in triage.suggestion if i in by_id)
        if triage.suggestion_covers and chosen:
            text = self.tr(
                "Holding back %1 would close the gap, at a cost of about %2 for a month; "
                "tell those lenders before the due date and ask for a new plan."
            )
            text = escape(text).replace("%2", escape(money_text(triage.suggestion_cost)))
            parts.append(f"<p>{text.replace('%1', chosen)}</p>")
        elif not triage.suggestion_covers and available < 0:
            text = self.tr(
                "Your essential spending is more than your income: no minimum payment can be "
                "met from this month's income. Tell every lender now, with your statement."
            )
            parts.append(f"<p>{escape(text)}</p>")
        elif not triage.suggestion_covers:
            text = self.tr(
                "Even holding back every payment still due this month would not close the "
                "gap. Tell your lenders now and ask for a plan you can keep."
            )
            parts.append(f"<p>{escape(text)}</p>")
        caveat = self.tr(
            "Costs count penalty interest and late fees only; any missed payment can still "
            "be reported to your credit record."
        )
        parts.append(f"<p><i>{escape(caveat)}</i></p>")
        self.body.setText("".join(parts))
