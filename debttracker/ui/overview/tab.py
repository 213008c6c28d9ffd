"""Overview: where the user stands today -- total owed, due this month, what is late, what is
due next and which debts cost the most; each item opens the debt in the ledger."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.store import dues_read, ledger_read
from debttracker.ui.charts.progress import ProgressPanel
from debttracker.ui.context import AppContext
from debttracker.ui.overview.agenda import AgendaPanel
from debttracker.ui.widgets.empty_state import EmptyState
from debttracker.ui.widgets.money import money_text, percent_text
from debttracker.ui.widgets.plain import plain_label
from debttracker.ui.widgets.table import ID_ROLE, RowTable


def _sum_text(amounts: dict[str, Any]) -> str:
    return " + ".join(money_text(v, c) for c, v in sorted(amounts.items())) or money_text(0)


class DueModel(RowTable):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            (self.tr("Due"), lambda r: r.due.isoformat(), lambda r: r.due.toordinal()),
            (self.tr("Debt"), lambda r: f"{r.lender} — {r.debt}", lambda r: r.debt),
            (self.tr("Amount"), lambda r: money_text(r.amount, r.currency), lambda r: r.amount),
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE and index.isValid() and index.row() < len(self.rows):
            return self.rows[index.row()].debt_id
        return super().data(index, role)


class CostlyModel(RowTable):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = (
            (self.tr("Debt"), lambda r: f"{r.lender} — {r.name}", lambda r: r.name),
            (self.tr("True APR"),
             lambda r: ("⚠ " if r.above_cap else "") + (percent_text(r.apr) if r.apr is not None else "–"),
             lambda r: r.apr),
            (self.tr("Balance"), lambda r: money_text(r.balance, r.currency), lambda r: r.balance),
        )  # fmt: skip


class OverviewTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget(self)
        QVBoxLayout(self).addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("Welcome to debttracker"),
            self.tr(
                "Start in the Ledger tab: add each debt with its lender, the amount you borrowed, "
                "the amount you actually received, the rate and the repayment method. "
                "Everything stays on this computer."
            ),
            [
                ("overviewLedgerButton", self.tr("Go to the ledger"), self._go_ledger),
                ("overviewSampleButton", self.tr("Explore with sample data"), self.load_sample),
            ],
        )
        self.empty.setObjectName("overviewEmptyState")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build())
        ctx.events.data_changed.connect(self.refresh)
        self.refresh()

    def _figure(self, grid: QGridLayout, column: int, title: str, name: str) -> QLabel:
        box = QGroupBox(title)
        value = plain_label()
        value.setObjectName(name)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        value.setFont(font)
        value.setWordWrap(True)
        QVBoxLayout(box).addWidget(value)
        grid.addWidget(box, 0, column)
        return value

    def _list(
        self, grid: QGridLayout, column: int, title: str, name: str, model: RowTable
    ) -> QTableView:
        box = QGroupBox(title)
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(0, 110 if column == 0 else 260)
        view.setColumnWidth(1, 260 if column == 0 else 110)
        view.clicked.connect(self._open)
        view.activated.connect(self._open)
        QVBoxLayout(box).addWidget(view)
        grid.addWidget(box, 1, column * 2, 1, 2)
        return view

    def _build(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.total_label = self._figure(grid, 0, self.tr("Total owed"), "totalOwedLabel")
        self.month_label = self._figure(
            grid, 1, self.tr("Still due this month"), "dueThisMonthLabel"
        )
        self.late_label = self._figure(grid, 2, self.tr("Overdue"), "overdueLabel")
        self.penalty_label = self._figure(grid, 3, self.tr("Penalty accrued today"), "penaltyLabel")
        self.due_model = DueModel(self)
        self.costly_model = CostlyModel(self)
        self.due_view = self._list(
            grid, 0, self.tr("Next five payments due"), "nextDueTable", self.due_model
        )
        self.costly_view = self._list(
            grid, 1, self.tr("Most expensive debts"), "costliestTable", self.costly_model
        )
        hint = plain_label(self.tr("Click a debt to open it in the ledger."))
        grid.addWidget(hint, 2, 0, 1, 4)
        grid.setRowStretch(1, 1)
        self.progress_panel = ProgressPanel(self.ctx, page)  # matplotlib loads on first show
        grid.addWidget(self.progress_panel, 3, 0, 1, 4)
        grid.setRowStretch(3, 1)
        self.agenda_panel = AgendaPanel(self.ctx, page)  # read on a pool thread when shown
        grid.addWidget(self.agenda_panel, 4, 0, 1, 4)
        grid.setRowStretch(4, 1)
        return page  # fmt: skip

    def refresh(self, _aggregate: str = "all") -> None:
        today: date = self.ctx.today()
        rows = self.ctx.debt_rows(today)
        with self.ctx.db.read() as conn:  # plain SQL: shown before SQLAlchemy loads
            upcoming = ledger_read.upcoming(conn, today, 5)
            # what is still to pay of this month's dues: the Budget's figure (store.dues_read)
            month = dues_read.unpaid_by_currency(
                dues_read.month_dues(conn, today.year, today.month, today)
            )
        self.stack.setCurrentIndex(1 if rows else 0)
        late = [r for r in rows if r.status == "overdue"]
        late_sum: dict[str, Any] = {}
        penalty: dict[str, Any] = {}
        for r in late:
            late_sum[r.currency] = (
                late_sum.get(r.currency, 0)
                + r.overdue_principal
                + r.overdue_interest
                + r.overdue_fees
            )
            penalty[r.currency] = penalty.get(r.currency, 0) + r.penalty_accrued
        self.total_label.setText(_sum_text(ledger_read.totals(rows)))
        self.month_label.setText(_sum_text(month))
        self.late_label.setText(
            self.tr("%1 debts · %2")
            .replace("%1", str(len(late)))
            .replace("%2", _sum_text(late_sum))
        )
        self.penalty_label.setText(_sum_text(penalty))
        self.due_model.set_rows(upcoming)
        costly = sorted(
            (r for r in rows if r.apr is not None and r.status != "settled"),
            key=lambda r: r.apr,
            reverse=True,
        )[:5]  # type: ignore[arg-type, return-value]
        self.costly_model.set_rows(costly)  # fmt: skip

    def _open(self, index: QModelIndex) -> None:
        debt_id = index.data(ID_ROLE)
        if debt_id is not None:
            self.ctx.events.open_debt.emit(int(debt_id))

    def _go_ledger(self) -> None:
        self.ctx.events.show_tab.emit("ledgerTab")

    def load_sample(self) -> None:
        from debttracker.core.messages import DomainError
        from debttracker.store.sample import generate
        from debttracker.ui.i18n import translate_message

        try:
            generate(self.ctx.db, today=self.ctx.today())
        except DomainError as exc:
            self.ctx.events.status_message.emit(translate_message(exc.message))
            return
        self.ctx.events.data_changed.emit("all")
