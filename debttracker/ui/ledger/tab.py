"""Ledger: every debt, its schedule, payments and status.

The tab composes the debts table (model + filter proxy + totals per currency), the detail of
the selected debt, and the dialogs; every change goes through a command on ``ctx.undo_stack``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import DomainError
from debttracker.store import ledger, ledger_queries
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.ledger import commands as cmd
from debttracker.ui.ledger.csv_actions import CsvActions
from debttracker.ui.ledger.debt_dialog import DebtDialog
from debttracker.ui.ledger.detail import DebtDetail
from debttracker.ui.ledger.labels import status_labels
from debttracker.ui.ledger.lender_dialog import LenderDialog
from debttracker.ui.ledger.lenders_dialog import LendersDialog
from debttracker.ui.ledger.models import ID_ROLE, DebtsModel, DebtsProxy
from debttracker.ui.ledger.payment_dialog import PaymentDialog
from debttracker.ui.widgets.empty_state import EmptyState
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.plain import plain_box, plain_label


class LedgerTab(CsvActions, QWidget):
    import_finished = Signal(int)  # rows imported (written, on the undo stack)
    export_finished = Signal(str)  # the file saved
    task_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one CSV job at a time, in order
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr("No debts recorded yet"),
            self.tr(
                "Each debt you add here gets its repayment schedule, its days overdue, "
                "its penalty interest and its true annual cost with every fee included."
            ),
            [
                ("emptyAddDebtButton", self.tr("Add a debt…"), self.open_add_debt),
                ("sampleDataButton", self.tr("Explore with sample data"), self.load_sample),
            ],
        )
        self.empty.setObjectName("ledgerEmptyState")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_main())
        ctx.events.data_changed.connect(self.refresh)
        self.refresh()

    # -- layout ----------------------------------------------------------------------------
    def _build_main(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        for name, text, slot in (
            ("addDebtButton", self.tr("Add debt…"), self.open_add_debt),
            ("addLenderButton", self.tr("Add lender…"), self.open_add_lender),
            ("lendersButton", self.tr("Lenders…"), self.open_lenders),
            ("importCsvButton", self.tr("Import CSV…"), self.choose_import_file),
            ("exportCsvButton", self.tr("Export CSV…"), self.choose_export_file),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.csv_progress = QProgressBar()
        self.csv_progress.setObjectName("csvProgressBar")
        self.csv_progress.setTextVisible(True)
        self.csv_progress.setMaximumWidth(220)
        self.csv_progress.hide()
        bar.addWidget(self.csv_progress)
        bar.addStretch(1)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilterCombo")
        self.status_combo.addItem(self.tr("All debts"), "")
        self.status_combo.addItem(self.tr("Not yet settled"), "open")
        for code, label in status_labels().items():
            self.status_combo.addItem(label, code)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("debtSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search lender or debt"))
        self.search_edit.setClearButtonEnabled(True)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.search_edit)
        layout.addLayout(bar)
        self.model = DebtsModel(self)
        self.proxy = DebtsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("debtsTable")
        self.table.setModel(self.proxy)
        # rows arrive in their natural order (most overdue first); a header click sorts
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 170, 110, 100, 100, 80, 100, 100, 90)):
            self.table.setColumnWidth(column, width)
        self.totals_label = plain_label()
        self.totals_label.setObjectName("debtsTotalsLabel")
        self.detail = DebtDetail(self.ctx)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.totals_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 370])
        layout.addWidget(splitter)
        self.status_combo.currentIndexChanged.connect(self._filter_changed)
        self.search_edit.textChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.detail.record_payment.connect(self.open_record_payment)
        self.detail.edit_payment.connect(self.open_edit_payment)
        self.detail.delete_payment.connect(self.delete_payment)
        self.detail.edit_debt.connect(self.open_edit_debt)
        self.detail.delete_debt.connect(self.delete_debt)
        self.detail.export_schedule.connect(self.choose_schedule_file)
        return page

    # -- data ------------------------------------------------------------------------------
    def refresh(self, _aggregate: str = "all") -> None:
        current = self.current_debt_id()
        rows = self.ctx.debt_rows(self.ctx.today())
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        self._update_totals()
        if current is not None and self.select_debt(current):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_row(None, self.ctx.today())

    def _update_totals(self) -> None:
        visible = self.proxy.visible_rows()
        parts = [
            money_text(value, currency)
            for currency, value in ledger_queries.totals(visible).items()
        ]
        late = sum(1 for row in visible if row.status == "overdue")
        text = self.tr("Total owed: %1").replace("%1", " + ".join(parts) or "0")
        if late:
            text += " · " + self.tr("%1 overdue").replace("%1", str(late))
        self.totals_label.setText(text)

    def _filter_changed(self) -> None:
        self.proxy.set_status(self.status_combo.currentData())
        self.proxy.set_text(self.search_edit.text())
        self._update_totals()

    def current_debt_id(self) -> int | None:
        index = self.table.currentIndex() if hasattr(self, "table") else None
        return index.data(ID_ROLE) if index is not None and index.isValid() else None

    def current_row(self) -> ledger_queries.DebtRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _selection_changed(self) -> None:
        self.detail.show_row(self.current_row(), self.ctx.today())

    def select_debt(self, debt_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == debt_id:
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    index, flags.ClearAndSelect | flags.Rows
                )
                self.table.scrollTo(index)
                self.detail.show_row(self.current_row(), self.ctx.today())
                return True
        return False

    def show_debt(self, debt_id: int) -> None:
        """Select ``debt_id`` (clearing filters that hide it); the main window calls this."""
        if not self.select_debt(debt_id):
            self.status_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.select_debt(debt_id)

    # -- actions ---------------------------------------------------------------------------
    def push(self, command: cmd.LedgerCommand, dialog: QDialog | None = None) -> bool:
        """Apply ``command``; when it is refused, say why -- over ``dialog``, which then
        stays open with what was typed (its ``accept()`` looks at ``refused``)."""
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            text = translate_message(command.error)
            self.ctx.events.status_message.emit(text)
            if dialog is not None:
                dialog.refused = True  # type: ignore[attr-defined]
            box = plain_box(
                QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=dialog or self
            )
            box.setObjectName("ledgerErrorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        return True

    def _lenders(self) -> list[ledger.LenderRow]:
        with self.ctx.db.session() as s:
            return ledger.lenders(s)

    def open_add_lender(self, debt_dialog: DebtDialog | None = None) -> LenderDialog:
        if not isinstance(debt_dialog, DebtDialog):
            debt_dialog = None  # the toolbar button's clicked(bool) passes False here
        dialog = LenderDialog(parent=self)
        dialog.saved.connect(lambda data: self._add_lender(data, debt_dialog, dialog))
        dialog.open()
        return dialog

    def _add_lender(
        self, data: object, debt_dialog: DebtDialog | None, dialog: LenderDialog
    ) -> None:
        command = cmd.AddLenderCommand(self.ctx, data)  # type: ignore[arg-type]
        if self.push(command, dialog) and debt_dialog is not None:
            debt_dialog.set_lenders(self._lenders(), command.lender_id)

    def open_lenders(self) -> LendersDialog:
        dialog = LendersDialog(self.ctx, self.push, parent=self)
        dialog.open()
        return dialog

    def open_add_debt(self) -> DebtDialog:
        dialog = DebtDialog(self.ctx, self._lenders(), parent=self)
        dialog.start_edit.set_date(self.ctx.today())
        dialog.new_lender_requested.connect(lambda: self.open_add_lender(dialog))
        dialog.saved.connect(lambda data: self._add_debt(data, dialog))
        dialog.open()
        return dialog

    def _add_debt(self, data: object, dialog: DebtDialog) -> None:
        command = cmd.AddDebtCommand(self.ctx, data)  # type: ignore[arg-type]
        if self.push(command, dialog) and command.debt_id is not None:
            self.show_debt(command.debt_id)

    def open_edit_debt(self) -> DebtDialog | None:
        debt_id = self.current_debt_id()
        if debt_id is None:
            return None
        with self.ctx.db.session() as s:
            data = ledger.debt_input(s, debt_id)
        dialog = DebtDialog(self.ctx, self._lenders(), data, parent=self)
        dialog.new_lender_requested.connect(lambda: self.open_add_lender(dialog))
        dialog.saved.connect(
            lambda new: self.push(cmd.EditDebtCommand(self.ctx, debt_id, new), dialog)
        )
        dialog.open()
        return dialog

    def delete_debt(self) -> None:
        row = self.current_row()
        if row is not None:
            self.push(cmd.DeleteDebtCommand(self.ctx, row.id, row.name))

    def open_record_payment(self) -> PaymentDialog | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = PaymentDialog(self.ctx, row, parent=self)
        dialog.saved.connect(
            lambda data: self.push(cmd.AddPaymentCommand(self.ctx, row.id, data), dialog)
        )
        dialog.open()
        return dialog

    def open_edit_payment(self, payment_id: int) -> PaymentDialog | None:
        row = self.current_row()
        if row is None:
            return None
        with self.ctx.db.session() as s:
            stored = ledger.get_payment(s, payment_id)
        dialog = PaymentDialog(self.ctx, row, stored.data, payment_id, parent=self)
        dialog.saved.connect(
            lambda data: self.push(cmd.EditPaymentCommand(self.ctx, payment_id, data), dialog)
        )
        dialog.open()
        return dialog

    def delete_payment(self, payment_id: int) -> None:
        self.push(cmd.DeletePaymentCommand(self.ctx, payment_id))

    def load_sample(self) -> None:
        """Fill the current (empty) data directory with the sample data."""
        from debttracker.store.sample import generate

        try:
            generate(self.ctx.db, today=self.ctx.today())
        except DomainError as exc:
            self.ctx.events.status_message.emit(translate_message(exc.message))
            return
        self.ctx.events.data_changed.emit("all")
