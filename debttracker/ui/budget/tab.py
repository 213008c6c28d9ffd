"""Budget: what can honestly be paid each month, and the statement a lender asks for."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.budget import EXPENSE, INCOME, BudgetLine, Month, copy_plan
from debttracker.store import budget as repo
from debttracker.store import budget_debts
from debttracker.ui.budget.chart import TrendChart
from debttracker.ui.budget.commands import BudgetCommand
from debttracker.ui.budget.common import month_text
from debttracker.ui.budget.dialog import BudgetLineDialog
from debttracker.ui.budget.model import LINE_ID_ROLE, SORT_ROLE, BudgetLinesModel
from debttracker.ui.budget.statement import (
    StatementRenderer,
    collect,
    default_first,
    empty_months,
)
from debttracker.ui.budget.statement_dialog import HardshipDialog, StatementDialog
from debttracker.ui.budget.summary import SummaryPanel, TriagePanel
from debttracker.ui.context import AppContext
from debttracker.ui.widgets.empty_state import EmptyState
from debttracker.ui.widgets.plain import plain_box, plain_label

REFRESH_ON = frozenset({"budget", "ledger", "negotiation", "all"})


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    return button


class BudgetTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = Month.of(ctx.today())
        self.renderer = StatementRenderer(self)
        self._shown = False
        self._stale = True  # loaded when first shown (start-up budget), then kept current
        self._build()
        self._connect()
        ctx.events.data_changed.connect(self._data_changed)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        self.vsplit = QSplitter(Qt.Orientation.Vertical)
        self.vsplit.setObjectName("budgetVerticalSplitter")
        self.vsplit.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_lines())
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.vsplit.addWidget(split)
        self.chart = TrendChart()
        self.vsplit.addWidget(self.chart)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 2)
        layout.addWidget(self.vsplit, 1)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.prev_button = _button("◀", "prevMonthButton", self.tr("Previous month (Alt+Left)"))
        self.next_button = _button("▶", "nextMonthButton", self.tr("Next month (Alt+Right)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("◀") * 3 + 16)
        self.month_label = plain_label(objectName="budgetMonthLabel")
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.month_label.setFont(font)
        self.month_label.setMinimumWidth(150)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.today_button = _button(self.tr("This month"), "thisMonthButton")
        self.copy_button = _button(
            self.tr("Copy last month's plan"),
            "copyPlanButton",
            self.tr("Copy last month's one-off lines into this month"),
        )
        self.hardship_button = _button(self.tr("Your situation…"), "hardshipButton")
        self.export_button = _button(self.tr("Export statement…"), "exportStatementButton")
        for widget in (self.prev_button, self.month_label, self.next_button, self.today_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.copy_button, self.hardship_button, self.export_button):
            bar.addWidget(widget)
        return bar

    def _build_lines(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = BudgetLinesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="budgetLinesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = EmptyState(
            self.tr("Know your position first"),
            self.tr(
                "Before asking a lender for anything, write down your monthly income and your "
                "essential spending (rent, food, transport, medical, children). What is left "
                "is what you can honestly offer."
            ),
            [
                ("addIncomeButton", self.tr("Add your income"), self.add_income),
                ("addExpenseButton", self.tr("Add an expense"), self.add_expense),
            ],
        )
        self.empty.setObjectName("budgetEmptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.month_hint = plain_label(objectName="budgetMonthHint")
        self.month_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = _button(self.tr("Add line…"), "addBudgetLineButton")
        self.edit_button = _button(self.tr("Change…"), "editBudgetLineButton")
        self.delete_button = _button(
            self.tr("Remove"), "deleteBudgetLineButton", self.tr("Remove from this month on")
        )
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.month_hint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        return box

    def _build_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = SummaryPanel()
        self.triage = TriagePanel()
        layout.addWidget(self.summary)
        layout.addWidget(self.triage)
        layout.addStretch(1)
        scroll = QScrollArea(objectName="budgetSideScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(340)
        return scroll

    def _connect(self) -> None:
        self.prev_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.this_month)
        self.copy_button.clicked.connect(self.copy_last_month)
        self.hardship_button.clicked.connect(self.edit_hardship)
        self.export_button.clicked.connect(self.export_statement)
        self.add_button.clicked.connect(self.add_line)
        self.edit_button.clicked.connect(self.edit_line)
        self.delete_button.clicked.connect(self.delete_line)
        self.table.doubleClicked.connect(self.edit_line)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.essential_toggled.connect(self._toggle_essential)
        self.summary.debt_activated.connect(self.ctx.events.open_debt)
        keys = (
            ("Alt+Left", self.previous_month),
            ("PgUp", self.previous_month),
            ("Alt+Right", self.next_month),
            ("PgDown", self.next_month),
            ("Ins", self.add_line),
            ("Del", self.delete_line),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- showing -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if not self._shown:
            self._shown = True
            self.chart.ensure_canvas()
        self._refresh_trend()

    def _data_changed(self, aggregate: str) -> None:
        if aggregate not in REFRESH_ON:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # reloaded when shown again

    def refresh(self) -> None:
        """Reload the month from the store (keeps the selected line when it still exists)."""
        self._stale = False
        selected = self.selected_line_id()
        with self.ctx.db.session() as session:
            has_any = repo.has_lines(session)
            lines = repo.lines_in_month(session, self.month)
            today = self.ctx.today()
            summary = repo.month_summary(session, self.month, today)
            first = repo.first_day(self.month)
            dues = budget_debts.minimums_due(session, first, today)
            triage = None
            if not summary.covers:
                triage = budget_debts.triage(session, first, self.ctx.today(), summary.shortfall)
        self.month_label.setText(month_text(self.month))
        self.model.set_lines(self.month, lines)
        self.stack.setCurrentWidget(self.table if has_any else self.empty)
        self.month_hint.setText(
            self.tr("Nothing planned for this month yet: add a line, or copy last month's plan.")
        )
        self.month_hint.setVisible(has_any and not lines)
        self.summary.show_summary(summary, dues)
        self.triage.setVisible(triage is not None)
        if triage is not None:
            self.triage.show_triage(triage, summary.available)
        if selected is not None:
            self.select_line(selected)
        self._update_buttons()
        self._refresh_trend()

    def _refresh_trend(self) -> None:
        if self.chart.canvas is None or not self.isVisible():
            return
        with self.ctx.db.session() as session:
            points = repo.trend(session, self.month)
            minimums = budget_debts.minimums_by_month(
                session, repo.first_day(self.month.shift(-11)), 12, self.ctx.today()
            )
        self.chart.set_data(points, minimums)

    def _update_buttons(self) -> None:
        has = self.selected_line_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # -- selection ---------------------------------------------------------------------------
    def selected_line_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(LINE_ID_ROLE)) if rows else None

    def selected_line(self) -> BudgetLine | None:
        line_id = self.selected_line_id()
        row = self.model.row_of(line_id) if line_id is not None else -1
        return self.model.line(row) if row >= 0 else None

    def select_line(self, line_id: int) -> None:
        row = self.model.row_of(line_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.setCurrentIndex(index)

    # -- months ------------------------------------------------------------------------------
    def show_month(self, month: Month) -> None:
        self.month = month
        self.refresh()

    def previous_month(self) -> None:
        self.show_month(self.month.shift(-1))

    def next_month(self) -> None:
        self.show_month(self.month.shift(1))

    def this_month(self) -> None:
        self.show_month(Month.of(self.ctx.today()))

    # -- edits -------------------------------------------------------------------------------
    def _open_line_dialog(self, line: BudgetLine | None = None, kind: str = EXPENSE) -> None:
        actual = None
        if line is not None:
            actual = next((a for m, a in line.actuals if m == self.month), None)
        dialog = BudgetLineDialog(self.month, line, actual, kind, self)
        dialog.line_ready.connect(partial(self._line_ready, dialog=dialog))
        dialog.open()

    def add_line(self) -> None:
        self._open_line_dialog()

    def add_income(self) -> None:
        self._open_line_dialog(kind=INCOME)

    def add_expense(self) -> None:
        self._open_line_dialog(kind=EXPENSE)

    def edit_line(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._open_line_dialog(line)

    def _push(self, command: BudgetCommand, dialog: QDialog | None = None) -> None:
        """Apply ``command``; a refused save keeps ``dialog`` open with what was typed and
        says why over it (the dialog's ``accept`` looks at ``refused``)."""
        self.ctx.undo_stack.push(command)
        if command.error is not None and dialog is not None:
            dialog.refused = True  # type: ignore[attr-defined]
            box = plain_box(
                QMessageBox.Icon.Warning, self.tr("Not saved"), command.error, parent=dialog
            )
            box.setObjectName("budgetErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        if command.created:
            self.select_line(command.created[0])

    def _line_ready(
        self,
        line: BudgetLine,
        actual: Decimal | None,
        month: Month,
        dialog: QDialog | None = None,
    ) -> None:
        if line.id is None:
            new = replace(line, start=month, end=None)

            def add(session) -> list[int]:
                line_id = repo.add_line(session, new)
                if actual is not None:
                    repo.set_actual(session, line_id, month, actual)
                return [line_id]

            text = self.tr("Add “%1”").replace("%1", line.name)
            self._push(BudgetCommand(self.ctx, text, add), dialog)
            return
        old_id = int(line.id)

        def change(session) -> list[int]:
            new_id = repo.change_line(session, old_id, line, month)
            repo.set_actual(session, new_id, month, actual)
            return [new_id] if new_id != old_id else []

        text = self.tr("Change “%1”").replace("%1", line.name)
        self._push(BudgetCommand(self.ctx, text, change, [old_id]), dialog)

    def _toggle_essential(self, line_id: int, essential: bool) -> None:
        row = self.model.row_of(line_id)
        if row < 0:
            return
        line, month = replace(self.model.line(row), essential=essential), self.month

        def toggle(session) -> list[int]:
            new_id = repo.change_line(session, line_id, line, month)
            return [new_id] if new_id != line_id else []

        if essential:
            text = self.tr("Mark “%1” essential")
        else:
            text = self.tr("Mark “%1” not essential")
        self._push(BudgetCommand(self.ctx, text.replace("%1", line.name), toggle, [line_id]))

    def delete_line(self) -> None:
        line = self.selected_line()
        if line is None or line.id is None:
            return
        line_id, month = int(line.id), self.month

        def remove(session) -> list[int]:
            repo.remove_line(session, line_id, month)
            return []

        text = self.tr("Remove “%1”").replace("%1", line.name)
        self._push(BudgetCommand(self.ctx, text, remove, [line_id]))
        self.ctx.events.status_message.emit(
            self.tr("Removed “%1” from %2 on. Undo with Ctrl+Z.")
            .replace("%1", line.name)
            .replace("%2", month_text(month))
        )

    def copy_last_month(self) -> None:
        source, target = self.month.shift(-1), self.month
        with self.ctx.db.session() as session:
            lines = repo.load_lines(session, source, target)
        if not copy_plan(lines, source, target):
            self.ctx.events.status_message.emit(
                self.tr(
                    "Nothing to copy: this month already has everything planned in %1."
                ).replace("%1", month_text(source))
            )
            return

        def copy(session) -> list[int]:
            return repo.copy_plan(session, source, target)

        text = self.tr("Copy the plan of %1").replace("%1", month_text(source))
        self._push(BudgetCommand(self.ctx, text, copy))

    def edit_hardship(self) -> None:
        with self.ctx.db.session() as session:
            text = repo.hardship_note(session, self.month)
        dialog = HardshipDialog(self.month, text, self)
        dialog.text_ready.connect(partial(self.set_hardship, dialog=dialog))
        dialog.open()

    def set_hardship(self, month: Month, text: str, dialog: QDialog | None = None) -> None:
        with self.ctx.db.session() as session:
            if repo.hardship_note(session, month) == text.strip():
                return

        def save(session) -> list[int]:
            repo.set_hardship_note(session, month, text)
            return []

        command = BudgetCommand(self.ctx, self.tr("Change the explanation"), save, (), [month])
        self._push(command, dialog)

    # -- statement ---------------------------------------------------------------------------
    def export_statement(self) -> None:
        with self.ctx.db.session() as session:
            text = repo.hardship_note(session, self.month)
            first = default_first(session, self.month)
        dialog = StatementDialog(
            self.month, text, self.write_statement, self, first=first, empty_months=self._empty
        )
        dialog.exported.connect(self._exported)
        dialog.open()

    def _empty(self, first: Month, last: Month) -> list[Month]:
        with self.ctx.db.session() as session:
            return empty_months(session, first, last)

    def write_statement(self, first: Month, last: Month, text: str, kind: str, path: Path) -> None:
        """Save the explanation (undoable) when it changed, then write the statement file."""
        self.set_hardship(last, text)
        with self.ctx.db.session() as session:
            data = collect(session, first, last, self.ctx.today(), text)
        self.renderer.write(data, path, kind)

    def _exported(self, path: str) -> None:
        self.ctx.events.status_message.emit(self.tr("Statement saved to %1").replace("%1", path))
