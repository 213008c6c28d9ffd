"""Table models of the ledger: debts (with a filter/sort proxy), a schedule, payments (lazy).

Money goes through ``money_text`` (QLocale), dates are ISO (2026-08-20); ``SORT_ROLE``
carries the raw value for sorting and ``ID_ROLE`` the row's id.  Overdue rows carry a
warning icon and the word "Overdue", and APRs above a cap a "⚠" mark, so nothing relies on
colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.store.ledger_detail import PaymentLine, ScheduleLine
from debttracker.store.ledger_queries import DebtRow
from debttracker.ui.ledger.labels import state_labels, status_labels
from debttracker.ui.widgets.money import money_text, percent_text
from debttracker.ui.widgets.table import ID_ROLE, SORT_ROLE, STATUS_ROLE, Index, RowTable

__all__ = ["ID_ROLE", "SORT_ROLE", "STATUS_ROLE", "RowTable"]

_LATE_BRUSH = QBrush(QColor(255, 235, 230))


def _date_text(day: date | None) -> str:
    """ISO dates (2026-08-20) in every ledger table: unambiguous in every locale."""
    return day.isoformat() if day else ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("LedgerModels", text)


def _apr_text(row: DebtRow) -> str:
    if row.apr is None:
        return "–"
    return ("⚠ " if row.above_cap else "") + percent_text(row.apr)


def _late_text(row: DebtRow) -> str:
    return (
        _tr(QT_TRANSLATE_NOOP("LedgerModels", "%1 days")).replace("%1", str(row.days_overdue))
        if row.days_overdue
        else ""
    )


class DebtsModel(RowTable):
    LENDER, NAME, BALANCE, NEXT_DUE, NEXT_AMOUNT, LATE, PENALTY, STATUS, APR = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        statuses = status_labels()
        self.columns = (
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Lender")), lambda r: r.lender, lambda r: r.lender),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Debt")), lambda r: r.name, lambda r: r.name),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Balance")), lambda r: money_text(r.balance, r.currency), lambda r: r.balance),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Next due")), lambda r: _date_text(r.next_due_date),
             lambda r: r.next_due_date.toordinal() if r.next_due_date else 0),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Amount due")), lambda r: money_text(r.next_due_amount, r.currency),
             lambda r: r.next_due_amount),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Overdue")), _late_text, lambda r: r.days_overdue),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Penalty today")),
             lambda r: money_text(r.penalty_accrued, r.currency) if r.penalty_accrued else "",
             lambda r: r.penalty_accrued),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Status")), lambda r: statuses.get(r.status, r.status), lambda r: r.status),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "True APR")), _apr_text, lambda r: r.apr if r.apr is not None else Decimal(-1)),
        )  # fmt: skip
        self._warn = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def ordered(self, rows: list[DebtRow]) -> list[DebtRow]:
        """Most days overdue first, then open before settled, then by id (cheap in Python;
        the proxy then need not sort thousands of rows through ``data()`` on every reset)."""
        done = ("settled", "written_off")
        return sorted(rows, key=lambda r: (-r.days_overdue, r.status in done, r.id))

    def extra(self, row: DebtRow, column: int, role: int) -> Any:
        late = row.status == "overdue"
        if role == Qt.ItemDataRole.DecorationRole and column == self.LENDER and late:
            return self._warn
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return _LATE_BRUSH
        if role == Qt.ItemDataRole.FontRole and late and column == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 4, 5, 6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.APR and row.above_cap:
            assert row.cap_rate is not None
            return _tr(QT_TRANSLATE_NOOP("LedgerModels", "Above the %1 line that applies to this lender (information, not legal advice).")).replace("%1", percent_text(row.cap_rate, 0))  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PENALTY and row.card:
            return (
                _tr(
                    QT_TRANSLATE_NOOP(
                        "LedgerModels", "Revolving interest %1 + late fee (违约金) %2"
                    )
                )
                .replace("%1", money_text(row.card.revolving_interest, row.currency))
                .replace("%2", money_text(row.card.late_fee, row.currency))
            )
        if role == STATUS_ROLE:
            return row.status
        return None


class DebtsProxy(QSortFilterProxyModel):
    """Filter by status ("" = all, "open" = not settled) and by text in lender or debt name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = ""
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DebtsModel) or source_row >= len(model.rows):
            return False
        row = model.rows[source_row]
        if self._status == "open" and row.status in ("settled", "written_off"):
            return False
        if self._status not in ("", "open") and row.status != self._status:
            return False
        return not self._text or self._text in f"{row.lender} {row.name}".casefold()

    def visible_rows(self) -> list[DebtRow]:
        model = self.sourceModel()
        assert isinstance(model, DebtsModel)
        return [
            model.rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())
        ]


class ScheduleModel(RowTable):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"
        states = state_labels()
        m = self._money
        self.columns = (
            ("#", lambda r: str(r.n), lambda r: r.n),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Due")),
                lambda r: _date_text(r.due),
                lambda r: r.due.toordinal(),
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Principal")),
                lambda r: m(r.principal),
                lambda r: r.principal,
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Interest")),
                lambda r: m(r.interest),
                lambda r: r.interest,
            ),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Fees")), lambda r: m(r.fee), lambda r: r.fee),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Total")),
                lambda r: m(r.total),
                lambda r: r.total,
            ),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Paid")), lambda r: m(r.paid), lambda r: r.paid),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "State")),
                lambda r: states.get(r.state, r.state),
                lambda r: r.state,
            ),
        )

    def _money(self, value: Decimal) -> str:
        return money_text(value, self.currency)

    def extra(self, row: ScheduleLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.state == "overdue":
            return _LATE_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PaymentsModel(RowTable):
    """A debt's payments, newest first, fetched a page at a time as the view scrolls."""

    PAGE = 200

    def __init__(self, fetch: Callable[[int, int], list[PaymentLine]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._total = 0
        self.currency = "CNY"
        m = self._money
        self.columns = (
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Date")),
                lambda r: _date_text(r.paid_on),
                lambda r: r.paid_on.toordinal(),
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Amount")),
                lambda r: m(r.amount),
                lambda r: r.amount,
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Penalty")),
                lambda r: m(r.penalty),
                lambda r: r.penalty,
            ),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Fees")), lambda r: m(r.fees), lambda r: r.fees),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Interest")),
                lambda r: m(r.interest),
                lambda r: r.interest,
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Principal")),
                lambda r: m(r.principal),
                lambda r: r.principal,
            ),
            (
                _tr(QT_TRANSLATE_NOOP("LedgerModels", "Method")),
                lambda r: r.method,
                lambda r: r.method,
            ),
            (_tr(QT_TRANSLATE_NOOP("LedgerModels", "Note")), lambda r: r.note, lambda r: r.note),
            (
                QCoreApplication.translate("LedgerModels", "Receipt"),
                lambda r: f"📎 {r.receipt_path}" if r.receipt_path else "",
                lambda r: r.receipt_path,
            ),
        )

    def _money(self, value: Decimal) -> str:
        return money_text(value, self.currency)

    def reset(
        self, total: int, fetch: Callable[[int, int], list[PaymentLine]] | None = None
    ) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._total = total
        self.rows = self._fetch(0, self.PAGE) if total else []
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(len(self.rows), self.PAGE)
        if not more:
            self._total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def extra(self, row: PaymentLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
