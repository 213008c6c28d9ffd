"""Smaller dialogs: an incident recorded by hand, and a reflection on a closed negotiation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from debttracker.core import negotiation as core
from debttracker.core.messages import Message
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.negotiation.forms import (
    FormDialog,
    code_combo,
    datetime_edit,
    edit_moment,
    id_combo,
    select_data,
)
from debttracker.ui.widgets.parsed_edit import DateEdit


def _text_box(name: str, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    return edit


class IncidentDialog(FormDialog):
    """Collection abuse: night calls, threats, contacting family, impersonation …"""

    def __init__(
        self,
        choices: Choices,
        now: Callable[[], datetime],
        lender_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Record an incident"), "incidentDialog", parent)
        self._now = now
        lenders = [(i, n) for i, n, _h in choices.lenders]
        self.lender_combo = id_combo("incidentLenderCombo", lenders, self.tr("(unknown caller)"))
        select_data(self.lender_combo, lender_id)
        self.add_row(self.tr("Lender"), self.lender_combo, "lender")
        self.at_edit = datetime_edit("incidentAtEdit", now())
        self.add_row(self.tr("When"), self.at_edit, "at")
        self.kind_combo = code_combo("incident", "incidentKindCombo")
        self.kind_combo.removeItem(self.kind_combo.findData("agreement_missed"))
        self.add_row(self.tr("What"), self.kind_combo, "kind")
        self.description_edit = _text_box("incidentDescriptionEdit", 80)
        self.add_row(self.tr("What happened"), self.description_edit, "description")
        self.reported_edit = QLineEdit()
        self.reported_edit.setObjectName("reportedToEdit")
        self.reported_edit.setPlaceholderText(self.tr("e.g. the lender, 12378, 110"))
        self.add_row(self.tr("Reported to"), self.reported_edit)
        self.reported_on_edit = DateEdit(required=False)
        self.reported_on_edit.setObjectName("reportedOnEdit")
        self.add_row(self.tr("Reported on"), self.reported_on_edit, "reported_on")
        for signal in (
            self.lender_combo.currentIndexChanged, self.kind_combo.currentIndexChanged,
            self.description_edit.textChanged, self.reported_on_edit.textChanged,
            self.at_edit.dateTimeChanged,
        ):  # fmt: skip
            signal.connect(self.refresh)
        self.finish_layout()
        self.resize(500, self.sizeHint().height())

    def draft(self) -> tuple[core.IncidentDraft | None, dict[str, Message]]:
        if not hasattr(self, "reported_on_edit"):
            return None, {}
        draft = core.IncidentDraft(
            lender_id=self.lender_combo.currentData(),
            at=edit_moment(self.at_edit),
            kind=self.kind_combo.currentData(),
            description=self.description_edit.toPlainText(),
            reported_to=self.reported_edit.text(),
            reported_on=self.reported_on_edit.value(),
        )
        errors = core.incident_errors(draft, self._now())
        if self.reported_on_edit.error() is not None:
            errors["reported_on"] = self.reported_on_edit.error()  # type: ignore[assignment]
        return draft, errors


class NoteDialog(FormDialog):
    """What worked and what to do differently, once a negotiation is over (seed 004 §6)."""

    def __init__(
        self, choices: Choices, today: date, lender_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reflect on a negotiation"), "noteDialog", parent)
        self.today = today
        self.lender_combo = id_combo("noteLenderCombo", [(i, n) for i, n, _h in choices.lenders])
        select_data(self.lender_combo, lender_id)
        self.add_row(self.tr("Lender"), self.lender_combo, "lender")
        self.closed_edit = DateEdit()
        self.closed_edit.setObjectName("closedOnEdit")
        self.closed_edit.set_date(today)
        self.add_row(self.tr("Closed on"), self.closed_edit, "closed_on")
        self.outcome_combo = code_combo("outcome", "noteOutcomeCombo")
        select_data(self.outcome_combo, "agreed")
        self.add_row(self.tr("Outcome"), self.outcome_combo, "outcome")
        self.worked_edit = _text_box("workedEdit")
        self.add_row(self.tr("What worked"), self.worked_edit, "worked")
        self.differently_edit = _text_box("differentlyEdit")
        self.add_row(self.tr("Next time I will"), self.differently_edit)
        for signal in (
            self.lender_combo.currentIndexChanged, self.outcome_combo.currentIndexChanged,
            self.closed_edit.textChanged, self.worked_edit.textChanged,
            self.differently_edit.textChanged,
        ):  # fmt: skip
            signal.connect(self.refresh)
        self.finish_layout()
        self.resize(500, self.sizeHint().height())

    def draft(self) -> tuple[core.NoteDraft | None, dict[str, Message]]:
        if not hasattr(self, "differently_edit"):
            return None, {}
        closed = self.closed_edit.value()
        if closed is None:
            error = self.closed_edit.error()
            return None, {"closed_on": error} if error else {}
        draft = core.NoteDraft(
            lender_id=self.lender_combo.currentData(),
            closed_on=closed,
            outcome=self.outcome_combo.currentData(),
            worked=self.worked_edit.toPlainText(),
            differently=self.differently_edit.toPlainText(),
        )
        return draft, core.note_errors(draft, self.today)
