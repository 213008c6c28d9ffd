"""The results table: per debt what it owes today, its rate and minimum, when the plan pays it
off and what it costs on the way. Rows stay in the ledger's order, so a moving slider only
changes cells (``dataChanged``), never the rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from debttracker.core.payoff import DebtOutcome, PayoffDebt
from debttracker.ui.charts.mpl import month_text
from debttracker.ui.payoff.state import Outcome
from debttracker.ui.widgets.money import money_text, percent_text

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NAME, OWED, RATE, MINIMUM, PAID_OFF, INTEREST = range(6)
COLUMNS = 6


class ResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcome: Outcome | None = None
        self._rows: list[tuple[PayoffDebt, DebtOutcome]] = []
        self.currency = "CNY"

    def headers(self) -> list[str]:
        return [
            self.tr("Debt"),
            self.tr("Owed today"),
            self.tr("Rate"),
            self.tr("Minimum"),
            self.tr("Paid off"),
            self.tr("Interest and fees"),
        ]

    def set_outcome(self, outcome: Outcome, currency: str) -> None:
        """Show ``outcome``: cells change in place when the debts are the same ones."""
        same = [d.id for d, _o in self._rows] == [d.id for d in outcome.debts]
        self._outcome, self.currency = outcome, currency
        rows = list(zip(outcome.debts, outcome.plan.outcomes, strict=True))
        if same and rows:
            self._rows = rows
            top, bottom = self.index(0, PAID_OFF), self.index(len(rows) - 1, INTEREST)
            self.dataChanged.emit(top, bottom)
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == INTEREST:
            return self.tr(
                "Charged at the true annual rate, which includes the fees; an overdue debt is "
                "charged its penalty rate."
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or self._outcome is None:
            return None
        debt, result = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(debt, result, column)
        if role == SORT_ROLE:
            return self._sort_value(debt, result, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == PAID_OFF and result.grows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == RATE and debt.penalty_rate:
            return self.tr("Overdue: charged the penalty rate %1").replace(
                "%1", _percent(debt.penalty_rate)
            )
        return None

    def _text(self, debt: PayoffDebt, result: DebtOutcome, column: int) -> str:
        assert self._outcome is not None
        if column == NAME:
            return debt.name
        if column == RATE:
            return _percent(debt.charged_rate)
        if column == PAID_OFF:
            if result.payoff_month is None:
                return self.tr("Grows") if result.grows else self.tr("Not paid off")
            if result.payoff_month == 0:
                return self.tr("Already paid")
            return month_text(self._outcome.month(result.payoff_month))
        amount: Decimal = {
            OWED: debt.balance,
            MINIMUM: debt.minimum,
            INTEREST: result.interest_paid,
        }[column]
        return money_text(amount, self.currency)

    @staticmethod
    def _sort_value(debt: PayoffDebt, result: DebtOutcome, column: int) -> Any:
        values: list[Any] = [
            debt.name,
            float(debt.balance),
            float(debt.charged_rate),
            float(debt.minimum),
            result.payoff_month if result.payoff_month is not None else 10**6,
            float(result.interest_paid),
        ]
        return values[column]


def _percent(rate: Decimal) -> str:
    return percent_text(rate)
