"""What the negotiation tab's buttons do: open a dialog (non-blocking), turn its result into
an undoable command, show any refusal next to the field, and report checks and exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from debttracker.core import negotiation as core
from debttracker.reports.labels import label
from debttracker.store import evidence as ev
from debttracker.store import ledger_detail
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store.negotiation_tables import Evidence
from debttracker.ui.i18n import translate_message
from debttracker.ui.negotiation import commands as cmd
from debttracker.ui.negotiation import rows
from debttracker.ui.negotiation.agreement_dialog import AgreementDialog, Owed
from debttracker.ui.negotiation.casefile_dialog import CaseFileDialog
from debttracker.ui.negotiation.contact_dialog import ContactDialog
from debttracker.ui.negotiation.forms import FormDialog
from debttracker.ui.negotiation.promise_dialog import PromiseDialog
from debttracker.ui.negotiation.record_dialogs import IncidentDialog, NoteDialog
from debttracker.ui.widgets import tasks
from debttracker.ui.widgets.plain import plain_box

if TYPE_CHECKING:
    from debttracker.ui.negotiation.tab import NegotiationTab

ATTACHABLE = ("contact", "promise", "agreement", "incident")


class Actions:
    def __init__(self, tab: NegotiationTab) -> None:
        self.tab = tab
        self.dialog: QDialog | None = None
        self.message: QMessageBox | None = None

    @property
    def ctx(self) -> Any:
        return self.tab.ctx

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Actions", text)  # lupdate's context for self.tr here

    # -- dialogs ---------------------------------------------------------------------------
    def _open(self, dialog: FormDialog, make: Callable[[Any], cmd.NegotiationCommand]) -> None:
        def submitted(value: Any) -> None:
            command = make(value)
            self.ctx.undo_stack.push(command)
            if command.error is not None:
                dialog.show_error(command.error, command.error_field)
            else:
                dialog.accept()

        dialog.submitted.connect(submitted)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _choices(self) -> Any:
        with self.ctx.db.session() as s:
            return rows.choices(s)

    def log_contact(self) -> None:
        choices = self._choices()
        if not choices.lenders:
            self.ctx.events.show_tab.emit("ledgerTab")
            return
        dialog = ContactDialog(choices, self.ctx.now, parent=self.tab)
        self._preselect(dialog.lender_combo)
        self._open(dialog, self._add_contact)

    def _preselect(self, combo: Any) -> None:
        index = combo.findData(self.tab.current_lender())
        if index >= 0:
            combo.setCurrentIndex(index)

    def _add_contact(self, draft: core.ContactDraft) -> cmd.NegotiationCommand:
        now = self.ctx.now()
        text = self.tr("Log contact")
        return cmd.AddRecordCommand(
            self.ctx, text, "contact", lambda s: repo.add_contact(s, draft, now)
        )

    def add_promise(self) -> None:
        choices = self._choices()
        if not choices.lenders:
            return
        dialog = PromiseDialog(choices, self.ctx.today(), parent=self.tab)
        self._preselect(dialog.lender_combo)
        today = self.ctx.today()
        self._open(
            dialog,
            lambda d: cmd.AddRecordCommand(
                self.ctx,
                self.tr("Record promise"),
                "promise",
                lambda s: repo.add_promise(s, d, today),
            ),
        )

    def add_agreement(self) -> None:
        with self.ctx.db.session() as s:
            debts = rows.agreement_debts(s, rows.choices(s))
        if not debts:
            return
        today = self.ctx.today()

        def preview(draft: core.AgreementDraft) -> list[core.PlannedRow]:
            with self.ctx.db.session() as s:
                return agr.preview(s, draft)

        def owed_on(debt_id: int, day: date) -> Owed:
            with self.ctx.db.session() as s:
                o = ledger_detail.owed_today(s, debt_id, day)
            return Owed(o.principal + o.principal_not_yet_due, o.interest, o.penalty, o.fees)

        dialog = AgreementDialog(debts, today, preview, parent=self.tab, owed_on=owed_on)
        self._open(
            dialog,
            lambda d: cmd.AgreementCommand(
                self.ctx, self.tr("Record agreement"), lambda s: agr.record_agreement(s, d, today)
            ),
        )

    def add_incident(self) -> None:
        choices = self._choices()
        dialog = IncidentDialog(choices, self.ctx.now, self.tab.current_lender(), parent=self.tab)
        self._open(
            dialog,
            lambda d: cmd.AddRecordCommand(
                self.ctx, self.tr("Record incident"), "incident",
                lambda s: repo.add_incident(s, d, self.ctx.now()),
            ),
        )  # fmt: skip

    def add_note(self) -> None:
        choices = self._choices()
        if not choices.lenders:
            return
        today = self.ctx.today()
        dialog = NoteDialog(choices, today, self.tab.current_lender(), parent=self.tab)
        self._open(
            dialog,
            lambda d: cmd.AddRecordCommand(
                self.ctx, self.tr("Add reflection"), "note", lambda s: repo.add_note(s, d, today)
            ),
        )

    def edit_current(self, *_args: object) -> None:
        current = self.tab.current()
        if current is None:
            return
        kind, ident, _extra = current
        choices = self._choices()
        if kind == "contact":
            with self.ctx.db.session() as s:
                draft = repo.contact_draft(s, ident)
            dialog: FormDialog = ContactDialog(choices, self.ctx.now, draft, parent=self.tab)
            now = self.ctx.now()
            apply: Callable[[Any], Callable[[Any], None]] = lambda d: (  # noqa: E731
                lambda s: repo.update_contact(s, ident, d, now)
            )
        elif kind == "promise":
            with self.ctx.db.session() as s:
                pdraft = repo.promise_draft(s, ident)
            dialog = PromiseDialog(choices, self.ctx.today(), pdraft, parent=self.tab)
            today = self.ctx.today()
            apply = lambda d: lambda s: repo.update_promise(s, ident, d, today)  # noqa: E731
        else:
            return
        self._open(
            dialog,
            lambda d: cmd.EditRecordCommand(self.ctx, self.tr("Edit"), kind, ident, apply(d)),
        )

    # -- row actions -----------------------------------------------------------------------
    def delete_current(self) -> None:
        current = self.tab.current()
        if current is None or current[0] not in ("contact", "promise", "incident", "note"):
            return
        kind, ident, _extra = current
        self._push(
            cmd.RemoveRecordCommand(
                self.ctx, self.tr("Delete %1").replace("%1", label("kind", kind)), kind, ident
            )
        )

    def _set_status(self, status: str) -> None:
        current = self.tab.current()
        if current is None or current[0] != "promise":
            return
        ident, today = current[1], self.ctx.today()
        self._push(
            cmd.EditRecordCommand(
                self.ctx, self.tr("Promise: %1").replace("%1", label("status", status)), "promise",
                ident, lambda s: repo.set_promise_status(s, ident, status, today),
            )
        )  # fmt: skip

    def mark_kept(self) -> None:
        self._set_status("kept")

    def mark_broken(self) -> None:
        self._set_status("broken")

    def _push(self, command: cmd.NegotiationCommand) -> None:
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            self._inform(translate_message(command.error), "negotiationMessage")

    def _inform(
        self, text: str, name: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> None:
        box = plain_box(icon, self.tr("Negotiations"), text, parent=self.tab)
        box.setObjectName(name)
        box.finished.connect(box.deleteLater)
        self.message = box
        box.open()

    # -- evidence --------------------------------------------------------------------------
    def attach_evidence(self) -> None:
        current = self.tab.current()
        if current is None or current[0] not in ATTACHABLE:
            self._inform(
                self.tr("Select a contact, promise, agreement or incident first, then attach the file to it."),
                "negotiationMessage",
            )  # fmt: skip
            return
        kind, ident, _extra = current
        dialog = QFileDialog(self.tab, self.tr("Attach evidence"))
        dialog.setObjectName("evidenceFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(partial(self.attach_file, kind, ident))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def attach_file(self, kind: str, ident: int, path: str) -> None:
        source = Path(path)
        text = self.tr("Attach %1").replace("%1", source.name)
        self._push(cmd.AttachEvidenceCommand(self.ctx, text, source, kind, ident))

    def open_evidence(self) -> None:
        current = self.tab.current()
        if current is None or current[0] != "evidence":
            return
        with self.ctx.db.session() as s:
            row = s.get(Evidence, current[1])
            path = ev.path_of(self.ctx.data_dir, row) if row else None
        if path is not None and path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def detach_evidence(self) -> None:
        current = self.tab.current()
        if current is None or current[0] != "evidence":
            return
        for link_id in list(current[2].get("links", [])):  # type: ignore[call-overload]
            self._push(cmd.DetachEvidenceCommand(self.ctx, self.tr("Remove attachment"), link_id))

    def check_evidence(self) -> None:
        """Hash every evidence file on a pool thread (it can take long); report when done."""
        db, data_dir = self.ctx.db, self.ctx.data_dir

        def work() -> tuple[list[ev.Problem], int]:
            with db.session() as s:
                return ev.check_integrity(s, data_dir), len(ev.evidence_list(s))

        self.tab.set_busy(True)
        tasks.run(self.tab.pool, work, self._evidence_checked, self._failed)

    def _failed(self, error: object) -> None:
        self.tab.set_busy(False)
        text = tasks.failure_text(error)
        self._inform(text, "negotiationMessage", QMessageBox.Icon.Warning)

    def _evidence_checked(self, result: tuple[list[ev.Problem], int]) -> None:
        problems, count = result
        self.tab.set_busy(False)
        self.tab.problems = {p.evidence_id: p.problem for p in problems}
        self.tab.reload()
        if problems:
            lines = [f"{p.original_name}: {label('problem', p.problem)}" for p in problems]
            text = self.tr("%1 of %2 evidence files no longer match what was stored:").replace(
                "%1", str(len(problems))).replace("%2", str(count)) + "\n" + "\n".join(lines)  # fmt: skip
            self._inform(text, "evidenceReport", QMessageBox.Icon.Warning)
            self.tab.show_section("evidence")
        else:
            text = self.tr("All %1 evidence files match their SHA-256.").replace("%1", str(count))
            self._inform(text, "evidenceReport")
        self.ctx.events.status_message.emit(text.splitlines()[0])

    def export_case_file(self) -> None:
        choices = self._choices()
        if not choices.lenders:
            return
        dialog = CaseFileDialog(
            self.ctx, choices, self.tab.current_lender(), self.tab.pool, parent=self.tab
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
