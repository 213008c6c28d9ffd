"""Preferences → Reminders: time of day, quiet hours, what reminds, days before (default and
per debt), start at login, the tray."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from debttracker.core.reminders import ReminderSettings
from debttracker.store import reminders as store
from debttracker.store import settings
from debttracker.ui.context import AppContext
from debttracker.ui.reminders import autostart
from debttracker.ui.widgets.plain import plain_label

DEFAULT = -1  # per-debt spin box value meaning "use the default"


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class RemindersPage(QWidget):
    """The Reminders page of the Preferences dialog (``apply()`` saves it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPage")
        self.setWindowTitle(self.tr("Reminders"))
        self.ctx = ctx
        with ctx.db.session() as s:
            current = store.load_settings(s)
            self._tray_was = settings.get(s, store.TRAY_ENABLED)
            self._leads = {int(k): v for k, v in store.lead_days(s).items()}
            debts = store.debt_choices(s)
        form = QFormLayout(self)
        self.time_of_day = self._time_edit("reminderTime", current.time_of_day)
        form.addRow(self.tr("Remind me at:"), self.time_of_day)
        quiet = QHBoxLayout()
        self.quiet_start = self._time_edit("quietStart", current.quiet_start)
        self.quiet_end = self._time_edit("quietEnd", current.quiet_end)
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(plain_label(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        form.addRow(self.tr("Quiet hours (no notifications):"), quiet)
        self.kinds = {
            "instalment": QCheckBox(self.tr("Instalments coming due and overdue")),
            "promise": QCheckBox(self.tr("Promises, mine and the lender's")),
            "card": QCheckBox(self.tr("Card statement and due days")),
        }
        for kind, box in self.kinds.items():
            box.setObjectName(f"remind_{kind}")
            box.setChecked(kind in current.enabled)
            form.addRow(self.tr("Remind me of:") if kind == "instalment" else "", box)
        self.days_before = QSpinBox()
        self.days_before.setObjectName("daysBefore")
        self.days_before.setRange(0, store.MAX_DAYS_BEFORE)
        self.days_before.setValue(current.days_before)
        self.days_before.setSuffix(self.tr(" days before"))
        form.addRow(self.tr("Announce dues:"), self.days_before)
        per_debt = QHBoxLayout()
        self.debt = QComboBox()
        self.debt.setObjectName("leadDebt")
        for debt_id, label in debts:
            self.debt.addItem(label, debt_id)
        self.debt_days = QSpinBox()
        self.debt_days.setObjectName("leadDays")
        self.debt_days.setRange(DEFAULT, store.MAX_DAYS_BEFORE)
        self.debt_days.setSpecialValueText(self.tr("Default"))
        self.debt_days.setSuffix(self.tr(" days before"))
        per_debt.addWidget(self.debt, 1)
        per_debt.addWidget(self.debt_days)
        self.debt.setEnabled(bool(debts))
        self.debt_days.setEnabled(bool(debts))
        self.debt.currentIndexChanged.connect(self._show_debt)
        self.debt_days.valueChanged.connect(self._store_debt)
        self._show_debt()
        form.addRow(self.tr("For one debt:"), per_debt)
        self.login = QCheckBox(self.tr("Start debttracker in the tray when I log in"))
        self.login.setObjectName("startAtLogin")
        self.login.setChecked(autostart.is_enabled())
        form.addRow("", self.login)
        self.tray = QCheckBox(self.tr("Keep running in the tray when the window is closed"))
        self.tray.setObjectName("remindersTrayCheck")
        self.tray.setChecked(self._tray_was)
        form.addRow("", self.tray)
        self.error = plain_label()
        self.error.setObjectName("remindersError")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow("", self.error)

    def _time_edit(self, name: str, value: time) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value))
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _show_debt(self) -> None:
        debt_id = self.debt.currentData()
        self.debt_days.blockSignals(True)
        self.debt_days.setValue(self._leads.get(debt_id, DEFAULT) if debt_id else DEFAULT)
        self.debt_days.blockSignals(False)

    def _store_debt(self, value: int) -> None:
        debt_id = self.debt.currentData()
        if debt_id is None:
            return
        if value == DEFAULT:
            self._leads.pop(debt_id, None)
        else:
            self._leads[debt_id] = value

    def chosen(self) -> ReminderSettings:
        return ReminderSettings(
            time_of_day=_time(self.time_of_day),
            quiet_start=_time(self.quiet_start),
            quiet_end=_time(self.quiet_end),
            days_before=self.days_before.value(),
            enabled=frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
        )

    def apply(self) -> None:
        with self.ctx.db.session() as s:
            store.save_settings(s, self.chosen())
            before = store.lead_days(s)
            for debt_id in set(before) | set(self._leads):
                if isinstance(debt_id, int):
                    store.set_lead_days(s, debt_id, self._leads.get(debt_id))
            if self.tray.isChecked() != self._tray_was:  # the General page has the same switch
                settings.put(s, store.TRAY_ENABLED, self.tray.isChecked())
            settings.put(s, store.START_AT_LOGIN, self.login.isChecked())
        # checked: (re)write, so an entry of an older version or another install is corrected
        if self.login.isChecked() or autostart.is_enabled():
            try:
                autostart.set_enabled(
                    self.login.isChecked(),
                    comment=self.tr("Reminders of payments and promises"),
                    data_dir=self.ctx.data_dir,
                )
            except OSError as exc:
                text = self.tr("Could not change start at login: %1").replace("%1", str(exc))
                self.error.setText(text)
                self.error.show()
                self.ctx.events.status_message.emit(text)
