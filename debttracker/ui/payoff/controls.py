"""The Payoff tab's inputs: strategy, monthly amount, the what-if slider and the custom order."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, format_money, parse_money
from debttracker.core.payoff import STRATEGIES, PayoffDebt
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.plain import plain_label

STEP = Decimal(10)  # the slider moves in steps of 10 (yuan)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def strategy_names(widget: QWidget) -> dict[str, str]:
    """Short names for the chart and long ones for the picker."""
    return {
        "avalanche": widget.tr("Avalanche"),
        "snowball": widget.tr("Snowball"),
        "penalty": widget.tr("Penalty first"),
        "custom": widget.tr("My order"),
        "minimum": widget.tr("Minimums only"),
    }


def _amount_text(amount: Decimal) -> str:
    return format_money(amount, symbol=False)


class PlanControls(QWidget):
    """Emits ``changed(fast)``: ``fast`` while the what-if amount moves (slider or field)."""

    changed = Signal(bool)
    strategy_chosen = Signal(str)
    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monthly = ZERO
        self.default_monthly = ZERO
        self.extra = ZERO
        self.minimums = ZERO
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.strategy_combo = QComboBox()
        self.strategy_combo.setObjectName("strategyCombo")
        long_names = {
            "avalanche": self.tr("Avalanche: highest interest rate first"),
            "snowball": self.tr("Snowball: smallest balance first"),
            "penalty": self.tr("Overdue debts with the highest penalty first"),
            "custom": self.tr("My own order"),
            "minimum": self.tr("Minimum payments only"),
        }
        for name in STRATEGIES:
            self.strategy_combo.addItem(long_names[name], name)
        self.monthly_edit = QLineEdit()
        self.monthly_edit.setObjectName("monthlyAmountEdit")
        self.monthly_edit.setMaximumWidth(160)
        self.reset_button = QPushButton(self.tr("Use the budget's amount"))
        self.reset_button.setObjectName("resetMonthlyButton")
        self.source_label = plain_label()
        self.source_label.setObjectName("monthlySourceLabel")
        self.source_label.setWordWrap(True)
        self.monthly_error = plain_label()
        self.monthly_error.setObjectName("monthlyErrorLabel")
        self.monthly_error.setVisible(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("whatIfSlider")
        self.slider.setSingleStep(1)
        self.slider.setPageStep(10)
        self.what_if_edit = QLineEdit()
        self.what_if_edit.setObjectName("whatIfEdit")
        self.what_if_edit.setMaximumWidth(160)
        self.what_if_error = plain_label()
        self.what_if_error.setObjectName("whatIfErrorLabel")
        self.what_if_error.setVisible(False)

        strategy_label = QLabel(self.tr("&Strategy"))
        strategy_label.setBuddy(self.strategy_combo)
        monthly_label = QLabel(self.tr("&Each month for debts"))
        monthly_label.setBuddy(self.monthly_edit)
        what_if_label = QLabel(self.tr("&What if I pay more each month"))
        what_if_label.setBuddy(self.what_if_edit)
        grid.addWidget(strategy_label, 0, 0)
        grid.addWidget(self.strategy_combo, 0, 1, 1, 2)
        grid.addWidget(monthly_label, 1, 0)
        monthly_row = QHBoxLayout()
        monthly_row.addWidget(self.monthly_edit)
        monthly_row.addWidget(self.reset_button)
        monthly_row.addWidget(self.source_label, 1)
        grid.addLayout(monthly_row, 1, 1, 1, 2)
        grid.addWidget(self.monthly_error, 2, 1, 1, 2)
        grid.addWidget(what_if_label, 3, 0)
        grid.addWidget(self.slider, 3, 1)
        grid.addWidget(self.what_if_edit, 3, 2)
        grid.addWidget(self.what_if_error, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        self.strategy_combo.currentIndexChanged.connect(self._on_strategy)
        self.monthly_edit.textEdited.connect(self._on_monthly)
        self.reset_button.clicked.connect(self.use_default)
        self.slider.valueChanged.connect(self._on_slider)
        self.what_if_edit.textEdited.connect(self._on_what_if_text)

    # -- values ------------------------------------------------------------------------------
    @property
    def strategy(self) -> str:
        return str(self.strategy_combo.currentData())

    def set_strategy(self, strategy: str) -> None:
        index = self.strategy_combo.findData(strategy)
        with QSignalBlocker(self.strategy_combo):
            self.strategy_combo.setCurrentIndex(max(index, 0))

    def set_default(self, amount: Decimal, source_text: str, minimums: Decimal = ZERO) -> None:
        """The budget's amount (or the minimums); the field follows unless the user typed.
        The slider reaches at least the sum of the ``minimums``."""
        follow = self.monthly == self.default_monthly
        self.default_monthly = amount
        self.minimums = minimums
        self.source_label.setText(source_text)
        if follow or not self.monthly_edit.text():
            self.use_default(emit=False)
        self._set_slider_range()

    def use_default(self, *, emit: bool = True) -> None:
        self.monthly = self.default_monthly
        self.monthly_edit.setText(_amount_text(self.monthly))
        self.monthly_error.setVisible(False)
        if emit:
            self.changed.emit(False)

    def _set_slider_range(self) -> None:
        base = max(self.monthly, self.default_monthly, self.minimums)
        top = max(Decimal(2000), (base / 1000).to_integral_value(ROUND_CEILING) * 1000)
        steps = int(max(top, self.extra) / STEP)
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, steps)
            self.slider.setValue(int(self.extra / STEP))
        if not self.what_if_edit.hasFocus():
            self.what_if_edit.setText(_amount_text(self.extra))

    def set_extra(self, amount: Decimal) -> None:
        """Set the what-if amount (rounded up to the slider's step) and plan again."""
        self.extra = (amount / STEP).to_integral_value(ROUND_CEILING) * STEP
        self._set_slider_range()
        self.what_if_edit.setText(_amount_text(self.extra))
        self.changed.emit(False)

    # -- slots ---------------------------------------------------------------------------------
    def _on_strategy(self) -> None:
        self.strategy_chosen.emit(self.strategy)
        self.changed.emit(False)

    def _on_monthly(self, text: str) -> None:
        try:
            amount = parse_money(text)
        except DomainError as exc:
            self.monthly_error.setText(translate_message(exc.message))
            self.monthly_error.setVisible(True)
            return
        self.monthly_error.setVisible(False)
        self.monthly = amount
        self._set_slider_range()
        self.changed.emit(False)

    def _on_slider(self, value: int) -> None:
        self.extra = STEP * value
        self.what_if_edit.setText(_amount_text(self.extra))
        self.what_if_error.setVisible(False)
        self.changed.emit(True)

    def _on_what_if_text(self, text: str) -> None:
        try:
            amount = parse_money(text) if text.strip() else ZERO
        except DomainError as exc:
            self.what_if_error.setText(translate_message(exc.message))
            self.what_if_error.setVisible(True)
            return
        self.what_if_error.setVisible(False)
        self.extra = amount
        with QSignalBlocker(self.slider):
            if amount / STEP > self.slider.maximum():
                self.slider.setMaximum(int(amount / STEP))
            self.slider.setValue(int(amount / STEP))
        self.changed.emit(True)


class OrderEditor(QGroupBox):
    """The custom order: a list to reorder by dragging or with the buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("My order (first is paid first)"))
        self.setObjectName("customOrderBox")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("customOrderList")
        self.view.setModel(self.model)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setMaximumHeight(130)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("moveDownButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.view, 1)
        row.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self.model.rowsRemoved.connect(self._timer.start)

    def set_debts(self, debts: tuple[PayoffDebt, ...]) -> None:
        """List ``debts`` by their ``order`` (blocked: no ``changed``)."""
        self.model.clear()
        for debt in sorted(debts, key=lambda d: d.order):
            item = QStandardItem(debt.name)
            item.setData(debt.id, ID_ROLE)
            item.setEditable(False)
            item.setDropEnabled(False)
            self.model.appendRow(item)
        self._timer.stop()  # a new list is not a change of order

    def ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.model.item(row).data(ID_ROLE)) for row in range(self.model.rowCount())
        )

    def _move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.view.setCurrentIndex(self.model.index(target, 0))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)
