"""Log a contact: when, with whom, through which number, whether their identity was verified,
what I asked for and what they answered.

When the number used is not one of the lender's official channels (``Lender.hotline`` in the
ledger), the dialog says so plainly next to the field and shows the verification checklist of
domain.md §8.  Ticking "identity verified" for such a number requires saying how it was
verified, so a warning is never stored as if it were verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from debttracker.core import negotiation as core
from debttracker.core.collection_rules import (
    ANSWERED,
    HUNG_UP,
    NOT_ANSWERED,
    VOICE_CHANNELS,
    call_result,
    is_conversation,
    is_official_channel,
    verification_checklist,
)
from debttracker.core.messages import Message
from debttracker.reports.labels import labels
from debttracker.store.negotiation import official_channels
from debttracker.ui.i18n import translate_message
from debttracker.ui.negotiation.forms import (
    FormDialog,
    code_combo,
    datetime_edit,
    edit_moment,
    id_combo,
    offer_debts_of_lender,
    select_data,
)
from debttracker.ui.widgets.plain import plain_label


@dataclass(frozen=True, slots=True)
class Choices:
    """Lenders ``(id, name, hotline)`` and debts ``(id, lender_id, name)`` to choose from, and
    the line of mine last logged (the default for a new contact)."""

    lenders: list[tuple[int, str, str]]
    debts: list[tuple[int, int, str]]
    my_number: str = ""


class ContactDialog(FormDialog):
    def __init__(
        self,
        choices: Choices,
        now: Callable[[], datetime],
        draft: core.ContactDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Log a contact") if draft is None else self.tr("Edit contact")
        super().__init__(title, "contactDialog", parent)
        self.choices, self._now = choices, now
        self.at_edit = datetime_edit("contactAtEdit", draft.at if draft else now())
        self.add_row(self.tr("When"), self.at_edit, "at")
        self.lender_combo = id_combo("contactLenderCombo", [(i, n) for i, n, _ in choices.lenders])
        self.add_row(self.tr("Lender"), self.lender_combo, "lender")
        self.debt_combo = id_combo("contactDebtCombo", [], self.tr("(no particular debt)"))
        self.add_row(self.tr("Debt"), self.debt_combo, "debt")
        self.direction_combo = code_combo("direction", "directionCombo")
        self.channel_combo = code_combo("channel", "channelCombo")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.direction_combo)
        line.addWidget(self.channel_combo)
        self.add_row(self.tr("How"), row, "direction")
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("numberEdit")
        self.number_edit.setPlaceholderText(self.tr("the number or account they used"))
        self.add_row(self.tr("Number or account"), self._number_box(), "number")
        self.call_combo = code_combo("call_result", "callResultCombo")
        self.my_number_edit = QLineEdit(choices.my_number)
        self.my_number_edit.setObjectName("myNumberEdit")
        self.my_number_edit.setPlaceholderText(self.tr("my number they called"))
        call = QWidget()
        call_line = QHBoxLayout(call)
        call_line.setContentsMargins(0, 0, 0, 0)
        call_line.addWidget(self.call_combo, 1)
        call_line.addWidget(plain_label(self.tr("My line")))
        call_line.addWidget(self.my_number_edit, 1)
        self.add_row(self.tr("The call"), call, "answered")
        self.person_edit = QLineEdit()
        self.person_edit.setObjectName("personEdit")
        self.staff_edit = QLineEdit()
        self.staff_edit.setObjectName("staffIdEdit")
        who = QWidget()
        who_line = QHBoxLayout(who)
        who_line.setContentsMargins(0, 0, 0, 0)
        who_line.addWidget(self.person_edit, 2)
        who_line.addWidget(plain_label(self.tr("Staff ID")))
        who_line.addWidget(self.staff_edit, 1)
        self.add_row(self.tr("Their name"), who)
        self.verified_check = QCheckBox(self.tr("I verified who they are"))
        self.verified_check.setObjectName("identityVerifiedCheck")
        self.verification_edit = QLineEdit()
        self.verification_edit.setObjectName("verificationEdit")
        self.verification_edit.setPlaceholderText(self.tr("how, e.g. called back the hotline"))
        verify = QWidget()
        verify_line = QHBoxLayout(verify)
        verify_line.setContentsMargins(0, 0, 0, 0)
        verify_line.addWidget(self.verified_check)
        verify_line.addWidget(self.verification_edit, 1)
        self.add_row(self.tr("Identity"), verify, "verification")
        self.summary_edit = QLineEdit()
        self.summary_edit.setObjectName("summaryEdit")
        self.add_row(self.tr("Summary"), self.summary_edit, "summary")
        self.request_checks = self._checks("request", "request_", columns=3)
        self.add_row(self.tr("I asked for"), self.request_checks[0], "requests")
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("answerEdit")
        self.answer_edit.setFixedHeight(48)
        self.add_row(self.tr("Their answer"), self.answer_edit)
        self.outcome_combo = code_combo("outcome", "outcomeCombo")
        self.add_row(self.tr("Outcome"), self.outcome_combo, "outcome")
        self.flag_checks = self._checks("flag", "flag_", columns=2)
        self.add_row(self.tr("What happened"), self.flag_checks[0], "flags")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setFixedHeight(56)
        self.add_row(self.tr("Notes"), self.notes_edit)
        if draft is not None:
            self._load(draft)
        else:
            select_data(self.call_combo, call_result(False, ()))  # as the default outcome says
        self._on_lender()
        self._connect()
        self.finish_layout()
        self.resize(620, self.sizeHint().height())

    def _number_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.number_edit)
        self.unofficial_warning = self.message_label("", "unofficialWarning")
        self.unofficial_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        column.addWidget(self.unofficial_warning)
        steps = [translate_message(m) for m in verification_checklist()]
        text = "\n".join(f"{i}. {step}" for i, step in enumerate(steps, 1))
        self.checklist = self.message_label(text, "verificationChecklist")
        column.addWidget(self.checklist)
        self.unofficial_warning.hide()
        self.checklist.hide()
        return box

    def _checks(
        self, group: str, prefix: str, columns: int
    ) -> tuple[QWidget, dict[str, QCheckBox]]:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        checks = {}
        for i, (code, text) in enumerate(labels(group)):
            check = QCheckBox(text)
            check.setObjectName(prefix + code)
            grid.addWidget(check, i // columns, i % columns)
            checks[code] = check
        return box, checks

    def _load(self, d: core.ContactDraft) -> None:
        select_data(self.lender_combo, d.lender_id)
        self._on_lender()
        select_data(self.debt_combo, d.debt_id)
        select_data(self.direction_combo, d.direction)
        select_data(self.channel_combo, d.channel)
        select_data(self.outcome_combo, d.outcome)
        select_data(self.call_combo, call_result(d.answered, d.flags))
        self.my_number_edit.setText(d.my_number)
        self.number_edit.setText(d.number)
        self.person_edit.setText(d.person_name)
        self.staff_edit.setText(d.staff_id)
        self.verified_check.setChecked(d.identity_verified)
        self.verification_edit.setText(d.verification)
        self.summary_edit.setText(d.summary)
        self.answer_edit.setPlainText(d.answer)
        self.notes_edit.setPlainText(d.notes)
        for code, check in self.request_checks[1].items():
            check.setChecked(code in d.requests)
        for code, check in self.flag_checks[1].items():
            check.setChecked(code in d.flags)

    def _connect(self) -> None:
        self.lender_combo.currentIndexChanged.connect(self._on_lender)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome)
        for combo in (
            self.debt_combo,
            self.direction_combo,
            self.channel_combo,
            self.outcome_combo,
            self.call_combo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.number_edit, self.verification_edit, self.summary_edit):
            edit.textChanged.connect(self.refresh)
        self.at_edit.dateTimeChanged.connect(self.refresh)
        self.verified_check.toggled.connect(self.refresh)
        for check in [*self.request_checks[1].values(), *self.flag_checks[1].values()]:
            check.toggled.connect(self.refresh)

    def _on_outcome(self, *_args: object) -> None:
        """Keep the call result in step: "no answer" means nobody talked, any other outcome
        means a conversation took place (the user can still change the call result)."""
        talked = self.outcome_combo.currentData() != "no_answer"
        if talked != (self.call_combo.currentData() == ANSWERED):
            select_data(self.call_combo, ANSWERED if talked else NOT_ANSWERED)

    def _on_lender(self, *_args: object) -> None:
        offer_debts_of_lender(self.lender_combo, self.debt_combo, self.choices.debts)
        self.refresh()

    def hotline(self) -> str:
        lender = self.lender_combo.currentData()
        return next((h for i, _n, h in self.choices.lenders if i == lender), "")

    def is_official(self) -> bool:
        return is_official_channel(self.number_edit.text(), official_channels(self.hotline()))

    def _show_channel_warning(self) -> None:
        number = self.number_edit.text().strip()
        unofficial = bool(number) and not self.is_official()
        if unofficial:
            known = self.hotline().strip()
            text = (
                self.tr("Not an official channel of this lender (on record: %1). Verify who they are before you act or pay:").replace("%1", known)
                if known
                else self.tr("No official number of this lender is on record in the ledger. Verify who they are before you act or pay:")
            )  # fmt: skip
            self.unofficial_warning.setText(text)
        if unofficial != self.checklist.isVisibleTo(self):
            self.unofficial_warning.setVisible(unofficial)
            self.checklist.setVisible(unofficial)
            self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to show the warning and checklist whole, keeping the width."""
        width = self.width()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(width, max(self.heightForWidth(width), self.sizeHint().height()))

    def is_call(self) -> bool:
        return self.channel_combo.currentData() in VOICE_CHANNELS

    def _call(self) -> tuple[bool, tuple[str, ...]]:
        """``answered`` and the extra flag the call result is stored as (not for SMS etc.)."""
        if not self.is_call():
            return True, ()
        result = self.call_combo.currentData()
        return is_conversation(result), (HUNG_UP,) if result == HUNG_UP else ()

    def draft(self) -> tuple[core.ContactDraft | None, dict[str, Message]]:
        if not hasattr(self, "notes_edit"):
            return None, {}
        answered, call_flags = self._call()
        flags = tuple(c for c, box in self.flag_checks[1].items() if box.isChecked())
        draft = core.ContactDraft(
            at=edit_moment(self.at_edit),
            lender_id=self.lender_combo.currentData(),
            direction=self.direction_combo.currentData(),
            channel=self.channel_combo.currentData(),
            number=self.number_edit.text(),
            identity_verified=self.verified_check.isChecked(),
            verification=self.verification_edit.text(),
            summary=self.summary_edit.text(),
            requests=tuple(c for c, box in self.request_checks[1].items() if box.isChecked()),
            outcome=self.outcome_combo.currentData(),
            flags=flags + call_flags,
            debt_id=self.debt_combo.currentData(),
            my_number=self.my_number_edit.text(),
            answered=answered,
            person_name=self.person_edit.text(),
            staff_id=self.staff_edit.text(),
            notes=self.notes_edit.toPlainText(),
            answer=self.answer_edit.toPlainText(),
        )
        return draft, core.contact_errors(draft, self._now(), official=self.is_official())

    def refresh(self, *args: object) -> None:
        if hasattr(self, "notes_edit"):
            self._show_channel_warning()
            self.call_combo.setEnabled(self.is_call())
        super().refresh(*args)
