"""Dialogs for the statement: the hardship explanation, and exporting the statement to a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.budget import Month
from debttracker.core.messages import DomainError
from debttracker.ui.budget.common import month_text
from debttracker.ui.budget.statement import MAX_MONTHS
from debttracker.ui.i18n import translate_message
from debttracker.ui.widgets.plain import plain_label

#: writes the statement: (first, last, hardship text, "pdf"/"csv", path); raises on failure
Writer = Callable[[Month, Month, str, str, Path], None]


class HardshipDialog(QDialog):
    """The user's own words about why they cannot pay as agreed (goes into the statement)."""

    text_ready = Signal(object, str)

    def __init__(self, month: Month, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetHardshipDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.month = month
        self.setWindowTitle(self.tr("Explain your situation"))
        intro = plain_label(
            self.tr(
                "In your own words: what happened (job loss, illness, lower income...), since "
                "when, and what you can pay. This goes into the statement for %1 and later "
                "months until you change it."
            ).replace("%1", month_text(month))
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(objectName="hardshipEdit")
        self.edit.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("hardshipSaveButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _save(self) -> None:
        self.refused = False  # set by the tab when the store refused the save
        self.text_ready.emit(self.month, self.edit.toPlainText())
        if not self.refused:  # else it stays open with everything typed
            self.accept()


def _qdate(month: Month) -> QDate:
    return QDate(month.year, month.month, 1)


def _month(edit: QDateEdit) -> Month:
    value = edit.date()
    return Month(value.year(), value.month())


class StatementDialog(QDialog):
    """Choose the period, format and file; the hardship text is shown for a last look."""

    exported = Signal(str)

    def __init__(
        self,
        month: Month,
        hardship: str,
        writer: Writer,
        parent: QWidget | None = None,
        *,
        first: Month | None = None,
        empty_months: Callable[[Month, Month], list[Month]] | None = None,
    ) -> None:
        """``first``: the default first month (else two months before ``month``);
        ``empty_months(first, last)``: the months of a period without budget entries."""
        super().__init__(parent)
        self.setObjectName("budgetStatementDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export income and expense statement"))
        self._writer = writer
        self._empty_months = empty_months
        self._path_edited = False
        self.first_edit = self._month_edit("fromMonthEdit", first or month.shift(-2))
        self.last_edit = self._month_edit("toMonthEdit", month)
        self.format_combo = QComboBox(objectName="statementFormatCombo")
        self.format_combo.addItem(self.tr("PDF, to send to a lender"), "pdf")
        self.format_combo.addItem(self.tr("CSV, for a spreadsheet"), "csv")
        self.hardship_edit = QPlainTextEdit(objectName="statementHardshipEdit")
        self.hardship_edit.setPlainText(hardship)
        self.hardship_edit.setPlaceholderText(
            self.tr("Explain briefly why you cannot pay as agreed, and since when.")
        )
        self.path_edit = QLineEdit(objectName="statementPathEdit")
        browse = QPushButton(self.tr("Choose…"), objectName="statementBrowseButton")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.error = plain_label(objectName="statementError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.coverage = plain_label(objectName="statementCoverageLabel")
        self.coverage.setWordWrap(True)
        # two lines reserved, so changing the period never re-flows the dialog
        self.coverage.setFixedHeight(self.coverage.fontMetrics().lineSpacing() * 2 + 4)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        form.addRow("", self.coverage)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Your explanation"), self.hardship_edit)
        form.addRow(self.tr("Save as"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("statementSaveButton")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(self._changed)
        self.format_combo.currentIndexChanged.connect(self._changed)
        self.path_edit.textEdited.connect(self._path_typed)
        self._changed()
        self.resize(560, 420)

    def _month_edit(self, name: str, month: Month) -> QDateEdit:
        edit = QDateEdit(_qdate(month), objectName=name)
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(False)
        return edit

    def _default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        first, last = _month(self.first_edit), _month(self.last_edit)
        span = str(first) if first == last else f"{first}_{last}"
        name = self.tr("income-expense-statement")
        return Path(folder) / f"{name}-{span}.{self.format_combo.currentData()}"

    def _path_typed(self) -> None:
        self._path_edited = True
        self._changed()

    def _changed(self) -> None:
        if not self._path_edited:
            self.path_edit.setText(str(self._default_path()))
        self._show_coverage()
        self._show_error(self._problem())

    def _show_coverage(self) -> None:
        """Warn when months of the period have no entries (they are left out of averages)."""
        first, last = _month(self.first_edit), _month(self.last_edit)
        empty = self._empty_months(first, last) if self._empty_months and first <= last else []
        text = ""
        if empty:
            names = self.tr(", ").join(month_text(m) for m in empty)  # 、 in Chinese
            text = self.tr(
                "No income or spending entered for %1: left out of the averages."
            ).replace("%1", names)
        self.coverage.setText(text)

    def _problem(self) -> str:
        first, last = _month(self.first_edit), _month(self.last_edit)
        if last < first:
            return self.tr("The last month is before the first.")
        if (last.year - first.year) * 12 + last.month - first.month >= MAX_MONTHS:
            return self.tr("Choose at most %1 months.").replace("%1", str(MAX_MONTHS))
        path = Path(self.path_edit.text().strip()).expanduser()
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the statement.")
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        return ""

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.save_button.setEnabled(not text)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save statement"), self.path_edit.text())
        dialog.setObjectName("statementFileDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()

    def _file_chosen(self, path: str) -> None:
        self._path_edited = True
        self.path_edit.setText(path)
        self._changed()

    def _save(self) -> None:
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        path = Path(self.path_edit.text().strip()).expanduser()
        first, last = _month(self.first_edit), _month(self.last_edit)
        try:
            self._writer(
                first, last, self.hardship_edit.toPlainText(), self.format_combo.currentData(), path
            )
        except DomainError as exc:
            self._show_error(translate_message(exc.message))
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._show_error(self.tr("Could not save the file: %1").replace("%1", reason))
            return
        self.exported.emit(str(path))
        self.accept()
