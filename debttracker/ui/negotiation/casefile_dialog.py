"""Export a case file for one lender or one debt: the PDF and the evidence ZIP."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from debttracker.core.messages import Message
from debttracker.reports.casefile_pdf import export_case_file
from debttracker.store.casefile import gather
from debttracker.ui.i18n import translate_message
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.plain import plain_label


class CaseFileDialog(QDialog):
    def __init__(
        self,
        ctx: Any,
        choices: Choices,
        lender_id: int | None,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = pool
        self.setObjectName("caseFileDialog")
        self.setWindowTitle(self.tr("Case file"))
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "A PDF with the timeline, promises, agreements, incidents and the debt's figures "
                "and true APR, and a ZIP of the evidence with a SHA-256 manifest: ready for a "
                "complaint to the lender, 12378 or 12363, a mediator or a lawyer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("caseFileScope")
        names = {i: n for i, n, _h in choices.lenders}
        for ident, name, _h in choices.lenders:
            self.scope.addItem(name, ("lender", ident))
            for debt, owner, debt_name in choices.debts:
                if owner == ident:
                    self.scope.addItem(f"    {names[owner]} · {debt_name}", ("debt", debt))
        index = self.scope.findData(("lender", lender_id))
        self.scope.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("For"), self.scope)
        self.out_edit = QLineEdit(str(Path.home()))
        self.out_edit.setObjectName("caseFileOutEdit")
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("caseFileBrowseButton")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save in"), row)
        layout.addLayout(form)
        self.result_label = plain_label("")
        self.result_label.setObjectName("caseFileResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.busy = QProgressBar()
        self.busy.setObjectName("caseFileBusy")
        self.busy.setRange(0, 0)  # busy, no percentage
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("caseFileExportButton")
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.exported: Any = None
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the case file in"), self.out_edit.text())
        dialog.setObjectName("caseFileDirDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.out_edit.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export(self) -> None:
        kind, ident = self.scope.currentData()
        out = Path(self.out_edit.text().strip()).expanduser()
        if not self.out_edit.text().strip() or (out.exists() and not out.is_dir()):
            self.result_label.setText(self.tr("Choose a folder to save in."))
            return
        db, data_dir, today = self.ctx.db, self.ctx.data_dir, self.ctx.today()
        lender_id = ident if kind == "lender" else None
        debt_id = ident if kind == "debt" else None

        def work() -> Any:  # on a pool thread: the PDF and the ZIP can take a while
            with db.session() as s:
                case = gather(s, lender_id=lender_id, debt_id=debt_id, today=today)
            return export_case_file(case, data_dir, out)

        self.export_button.setEnabled(False)
        self.busy.show()
        self.result_label.setText("")  # the busy bar says it is working
        tasks.run(self.pool, work, self._exported, partial(self._failed, out))

    def _done(self) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)

    def _failed(self, out: Path, error: object) -> None:
        self._done()
        if isinstance(error, Message):
            self.result_label.setText(translate_message(error))
        elif isinstance(error, OSError):
            self.result_label.setText(
                self.tr("Cannot write in %1: %2").replace("%1", str(out)).replace("%2", str(error.strerror))
            )  # fmt: skip
        else:
            self.result_label.setText(str(error))

    def _exported(self, exported: Any) -> None:
        self._done()
        self.exported = exported
        bad = [row for row in self.exported.manifest if row.status != "ok"]
        text = self.tr("Saved %1 and %2.").replace("%1", self.exported.pdf.name).replace(
            "%2", self.exported.zip.name)  # fmt: skip
        if bad:
            text += " " + self.tr("Warning: %1 evidence files are missing or altered; the manifest says which.").replace("%1", str(len(bad)))  # fmt: skip
        self.result_label.setText(text)
        self.ctx.events.status_message.emit(text)
