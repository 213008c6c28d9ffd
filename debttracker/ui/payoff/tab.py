"""Payoff: the way out, in charts — strategies, what-if, the debt-free date (issue 8).

The tab reads the open debts and the budget's amount when it is first shown and again after
``data_changed`` (only while visible; otherwise at the next show). Every change of an input
plans again. While the what-if amount moves, the charts *blit* (the bands, bars and labels
move over a cached background, a few ms); a full redraw follows once the amount rests, so
the axes fit the new plan.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.budget import Month
from debttracker.core.money import ZERO
from debttracker.core.payoff import PayoffDebt
from debttracker.ui.charts.balances import BalancesChart, BalancesData
from debttracker.ui.charts.compare import CompareChart, CompareData
from debttracker.ui.charts.export import ExportChartButton
from debttracker.ui.charts.mpl import ChartView, month_text
from debttracker.ui.charts.timeline import TimelineChart, TimelineData
from debttracker.ui.context import AppContext
from debttracker.ui.i18n import translate_message
from debttracker.ui.payoff.controls import OrderEditor, PlanControls, strategy_names
from debttracker.ui.payoff.results import SORT_ROLE, ResultsModel
from debttracker.ui.payoff.scenario import ScenarioEditor
from debttracker.ui.payoff.state import Outcome, Scenario, compute
from debttracker.ui.widgets.empty_state import EmptyState
from debttracker.ui.widgets.money import money_text
from debttracker.ui.widgets.plain import plain_label

SETTLE_MS = 250  # a full redraw this long after the what-if amount stops moving


class PayoffTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.debts: tuple[PayoffDebt, ...] = ()
        self.currency = "CNY"
        self.start = Month.of(ctx.today())
        self.outcome: Outcome | None = None
        self._stale = True
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.empty = EmptyState(
            self.tr("Your way out, once your debts are in"),
            self.tr(
                "When the ledger holds your debts and the budget your monthly amount, this tab "
                "compares the avalanche and snowball strategies and shows your debt-free date."
            ),
            [("openLedgerButton", self.tr("Go to the ledger"), self._open_ledger)],
        )
        self.empty.setObjectName("payoffEmptyState")
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._build_content())
        ctx.events.data_changed.connect(self._on_data_changed)

    # -- building --------------------------------------------------------------------------
    def _build_content(self) -> QWidget:
        content = QWidget()
        content.setObjectName("payoffContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.controls = PlanControls()
        column.addWidget(self.controls)
        self.summary_label = plain_label()
        self.summary_label.setObjectName("payoffSummaryLabel")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary_label.setFont(font)
        column.addWidget(self.summary_label)
        self.not_enough_label = plain_label()
        self.not_enough_label.setObjectName("notEnoughLabel")
        self.not_enough_label.setWordWrap(True)
        self.not_enough_label.setVisible(False)
        self.cover_button = QPushButton()
        self.cover_button.setObjectName("coverMinimumsButton")
        self.cover_button.setVisible(False)
        self.cover_button.clicked.connect(self._cover_minimums)
        warning = QHBoxLayout()
        warning.addWidget(self.not_enough_label, 1)
        warning.addWidget(self.cover_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(warning)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_charts())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 600])
        column.addWidget(splitter, 1)
        self.controls.changed.connect(self._on_changed)
        self.controls.strategy_chosen.connect(self._strategy_chosen)
        return content

    def _build_charts(self) -> QWidget:
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("payoffChartTabs")
        self.balances_chart = BalancesChart()
        self.compare_chart = CompareChart()
        self.timeline_chart = TimelineChart()
        self.chart_tabs.addTab(self.balances_chart, self.tr("Balances"))
        self.chart_tabs.addTab(self.compare_chart, self.tr("Strategies compared"))
        self.chart_tabs.addTab(self.timeline_chart, self.tr("Payoff order"))
        self.export_button = ExportChartButton(self.current_chart, "payoff", self)
        self.export_button.setObjectName("exportChartButton")
        self.chart_tabs.setCornerWidget(self.export_button)
        return self.chart_tabs

    def _build_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        self.results_model = ResultsModel(self)
        self.results_proxy = QSortFilterProxyModel(self)
        self.results_proxy.setSourceModel(self.results_model)
        self.results_proxy.setSortRole(SORT_ROLE)
        self.results_proxy.setDynamicSortFilter(False)  # the slider changes cells, not order
        self.results_table = QTableView()
        self.results_table.setObjectName("payoffResultsTable")
        self.results_table.setModel(self.results_proxy)
        self.results_table.setSortingEnabled(True)
        self.results_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.results_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results_table.verticalHeader().setVisible(False)
        header = self.results_table.horizontalHeader()
        header.setStretchLastSection(True)  # widths fit the text after each full plan
        box.addWidget(self.results_table, 1)
        self.totals_label = plain_label()
        self.totals_label.setObjectName("payoffTotalsLabel")
        self.totals_label.setWordWrap(True)
        box.addWidget(self.totals_label)
        self.minimums_label = plain_label()
        self.minimums_label.setObjectName("payoffMinimumsLabel")
        self.minimums_label.setWordWrap(True)
        box.addWidget(self.minimums_label)
        self.order_editor = OrderEditor()
        self.order_editor.changed.connect(self._order_changed)
        box.addWidget(self.order_editor)
        self.scenario_editor = ScenarioEditor()
        self.scenario_editor.changed.connect(self._scenario_changed)
        box.addWidget(self.scenario_editor)
        scroll = QScrollArea()  # small windows scroll the side instead of clipping it
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def current_chart(self) -> ChartView:
        chart = self.chart_tabs.currentWidget()
        assert isinstance(chart, ChartView)
        return chart

    def charts(self) -> tuple[BalancesChart, CompareChart, TimelineChart]:
        return self.balances_chart, self.compare_chart, self.timeline_chart

    # -- data ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_data_changed(self, _aggregate: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the debts, the budget's amount and the saved choices; plan again."""
        from debttracker.store import payoff_inputs as inputs

        self._stale = False
        today = self.ctx.today()
        with self.ctx.db.session() as s:
            order = inputs.saved_order(s)
            found = inputs.load_debts(s, today, order=order)
            monthly, source = inputs.default_monthly(s, today, found.minimums)
            strategy = inputs.saved_strategy(s)
            scenario = inputs.saved_scenario(s)
        self.debts, self.currency, self.start = found.debts, found.currency, Month.of(today)
        self.pages.setCurrentIndex(1 if self.debts else 0)
        if not self.debts:
            self.outcome = None
            return
        if source == "budget":
            note = self.tr("From your budget: available for repayment in %1.")
            note = note.replace("%1", month_text(self.start))
        else:
            note = self.tr("No budget yet: this is the sum of the minimum payments.")
        if found.other_currencies:
            note += " " + self.tr("Debts in %1 are not in this plan.").replace(
                "%1", ", ".join(found.other_currencies)
            )
        self.controls.set_strategy(strategy)
        self.controls.set_default(monthly, note, found.minimums)
        self.order_editor.set_debts(self.debts)
        self.order_editor.setVisible(strategy == "custom")
        self.scenario_editor.set_first_month(self.start.shift(1))
        self.scenario_editor.model.currency = self.currency
        self.scenario_editor.model.set_items(scenario)
        self.recompute(fast=False)

    def scenario(self) -> Scenario:
        return Scenario(
            strategy=self.controls.strategy,
            monthly=self.controls.monthly,
            extra=self.controls.extra,
            extras=self.scenario_editor.extras(),
            changes=self.scenario_editor.changes(),
            order=self.order_editor.ids(),
        )

    # -- planning --------------------------------------------------------------------------
    def recompute(self, *, fast: bool) -> None:
        """Plan again; ``fast`` blits the charts (the what-if path), else redraws them."""
        if not self.debts:
            return
        keep = tuple(layer.id for layer in self.outcome.layers) if fast and self.outcome else None
        outcome = compute(self.debts, self.start, self.scenario(), keep)
        self.outcome = outcome
        self.results_model.set_outcome(outcome, self.currency)
        if not fast:
            self.results_table.resizeColumnsToContents()
        self._show_summary(outcome)
        balances, compare, timeline = self._chart_data(outcome)
        if fast:
            self.balances_chart.update_data(balances)
            self.compare_chart.update_data(compare)
            self.timeline_chart.update_data(timeline)
            self._settle.start()
        else:
            self._settle.stop()
            self.balances_chart.set_data(balances)
            self.compare_chart.set_data(compare)
            self.timeline_chart.set_data(timeline)

    def _chart_data(self, o: Outcome) -> tuple[BalancesData, CompareData, TimelineData]:
        return (
            BalancesData(
                o.start, self.currency, o.layers, o.colours, o.months, o.plan.debt_free_month
            ),
            CompareData(
                o.start, self.currency, o.strategies, strategy_names(self), o.plan.strategy
            ),
            TimelineData(o.start, o.order, o.colours, o.months),
        )

    def _show_summary(self, o: Outcome) -> None:
        plan = o.plan
        if plan.debt_free_month is not None:
            text = self.tr("Debt-free in %1 (%2 months), paying %3 in interest and fees.")
            text = text.replace("%1", month_text(o.month(plan.debt_free_month)))
            text = text.replace("%2", str(plan.debt_free_month))
        else:
            text = self.tr("Not debt-free at this amount; %3 in interest and fees on the way.")
        self.summary_label.setText(text.replace("%3", money_text(plan.total_interest)))
        totals = self.tr("Total paid: %1 · Interest and fees: %2 · Owed today: %3")
        owed = sum((d.balance for d in o.debts), ZERO)
        self.totals_label.setText(
            totals.replace("%1", money_text(plan.total_paid, self.currency))
            .replace("%2", money_text(plan.total_interest, self.currency))
            .replace("%3", money_text(owed, self.currency))
        )
        minimums = sum((d.minimum for d in o.debts), ZERO)
        self.minimums_label.setText(
            self.tr(
                "Due in %1 under the contracts: %2 (the Budget's minimum payments; each loan "
                "follows its schedule, a balloon falls due in its month)."
            )
            .replace("%1", month_text(o.start))
            .replace("%2", money_text(minimums, self.currency))
        )
        self.not_enough_label.setVisible(not plan.feasible)
        if not plan.feasible and plan.message is not None:
            self.not_enough_label.setText(self._not_enough_text(o))
        short = self._shortfall()
        self.cover_button.setVisible(not plan.feasible and short > 0)
        if short > 0:
            text = self.tr("Try with %1 more a month").replace("%1", money_text(short))
            self.cover_button.setText(text)

    def _not_enough_text(self, o: Outcome) -> str:
        assert o.plan.message is not None
        unpaid = [r for r in o.plan.outcomes if r.payoff_month is None]
        growing = [r.name for r in unpaid if r.grows]
        text = self.tr("The money is not enough: %1").replace(
            "%1", translate_message(o.plan.message)
        )
        if unpaid:
            text += " " + self.tr("These debts stay unpaid: %1.").replace(
                "%1", ", ".join(r.name for r in unpaid)
            )
        if growing:
            text += " " + self.tr("These grow: %1.").replace("%1", ", ".join(growing))
        return text

    def _shortfall(self) -> Decimal:
        """How much more a month would cover every minimum (0 when it is covered)."""
        minimums = sum((d.minimum for d in self.debts), ZERO)
        return max(minimums - self.controls.monthly - self.controls.extra, ZERO)

    def _cover_minimums(self) -> None:
        self.controls.set_extra(self.controls.extra + self._shortfall())

    # -- slots -----------------------------------------------------------------------------
    def _on_changed(self, fast: bool) -> None:
        self.recompute(fast=fast)

    def _settled(self) -> None:
        if self.controls.slider.isSliderDown():
            self._settle.start()
            return
        self.recompute(fast=False)

    def _strategy_chosen(self, strategy: str) -> None:
        from debttracker.store import payoff_inputs as inputs

        self.order_editor.setVisible(strategy == "custom")
        with self.ctx.db.session() as s:
            inputs.save_strategy(s, strategy)

    def _order_changed(self) -> None:
        from debttracker.store import payoff_inputs as inputs

        with self.ctx.db.session() as s:
            inputs.save_order(s, list(self.order_editor.ids()))
        self.recompute(fast=False)

    def _scenario_changed(self) -> None:
        from debttracker.store import payoff_inputs as inputs

        with self.ctx.db.session() as s:
            inputs.save_scenario(s, list(self.scenario_editor.model.items))
        self.recompute(fast=False)

    def _open_ledger(self) -> None:
        self.ctx.events.show_tab.emit("ledgerTab")
