"""The negotiation log's pure rules: vocabularies, live validation, promise due ranges and the
schedule an agreement writes (domain.md §5, §6, §8, §9).

Validation functions return ``{field: Message}`` (empty when valid) so dialogs can show each
error next to its field and keep Save disabled; the repository calls the same functions and
raises the first error, so nothing invalid is stored whichever way it arrives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import from_fen, to_fen
from debttracker.core.rates import Rate
from debttracker.core.schedule import MAX_MONTHS, Method, add_months, build_rows
from debttracker.core.workdays import CHINA_MAINLAND, WorkCalendar, WorkdayResult, add_working_days

CTX = "negotiation"

DIRECTIONS = ("out", "in")  # I contacted them / they contacted me
CHANNELS = ("call", "sms", "app", "wechat", "email", "letter", "visit")
REQUESTS = ("extension", "instalments", "waiver", "restructuring", "deferral", "settlement")
OUTCOMES = ("no_answer", "refused", "considering", "offered", "agreed")
# "hung_up": a call hung up before anyone spoke (core.collection_rules.HUNG_UP; with answered=False)
FLAGS = ("consented", "third_party", "impersonation", "personal_account", "threat", "hung_up")
PROMISE_BY = ("me", "lender")
PROMISE_KINDS = ("pay", "reply", "stop_penalty", "send_agreement", "other")
PROMISE_STATUSES = ("pending", "kept", "broken")
AGREEMENT_KINDS = ("instalments", "extension", "deferral", "settlement")
INCIDENT_KINDS = (
    "quiet_hours",
    "conversations",
    "unanswered_calls",
    "third_party",
    "impersonation",
    "personal_account",
    "threat",
    "other",
)
MAX_PROMISE_WORKING_DAYS = 365
#: a logged contact may be a little ahead of the clock (typing while the call ends)
FUTURE_SLACK = timedelta(minutes=5)

Errors = dict[str, Message]


def _m(text: str, *args: object) -> Message:
    return msg(CTX, text, *args)


def raise_first(errors: Errors) -> None:
    """Raise the first error as a :class:`DomainError` naming its field."""
    for field, message in errors.items():
        raise DomainError(message, field=field)


# --- contacts ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """What the contact dialog holds, before it is stored."""

    at: datetime  # aware
    lender_id: int | None
    direction: str
    channel: str
    number: str = ""
    identity_verified: bool = False
    verification: str = ""  # how the identity was verified
    summary: str = ""
    requests: tuple[str, ...] = ()
    outcome: str = "no_answer"
    flags: tuple[str, ...] = ()
    debt_id: int | None = None
    my_number: str = ""  # my line they reached (attempt limits count per line)
    answered: bool = True
    person_name: str = ""
    staff_id: str = ""
    notes: str = ""
    answer: str = ""


def contact_errors(draft: ContactDraft, now: datetime, *, official: bool) -> Errors:
    """Errors in a contact; ``official`` says whether ``draft.number`` is an official channel."""
    errors: Errors = {}
    if draft.lender_id is None:
        errors["lender"] = _m(QT_TRANSLATE_NOOP("negotiation", "Choose the lender."))
    if draft.at.tzinfo is None:
        errors["at"] = _m(QT_TRANSLATE_NOOP("negotiation", "The time needs a time zone."))
    elif draft.at > now + FUTURE_SLACK:
        errors["at"] = _m(QT_TRANSLATE_NOOP("negotiation", "This time is in the future."))
    if draft.direction not in DIRECTIONS:
        errors["direction"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown direction: %1"), draft.direction
        )
    if draft.channel not in CHANNELS:
        errors["channel"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown channel: %1"), draft.channel
        )
    if (
        draft.direction == "in"
        and draft.channel in ("call", "sms", "wechat")
        and not draft.number.strip()
    ):
        errors["number"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Write down the number or account they used.")
        )
    if draft.identity_verified and not official and not draft.verification.strip():
        errors["verification"] = _m(
            QT_TRANSLATE_NOOP(
                "negotiation",
                "This number is not an official channel. Say how you verified who they are "
                "(for example: called back the official hotline).",
            )
        )
    unknown = [r for r in draft.requests if r not in REQUESTS]
    if unknown:
        errors["requests"] = _m(QT_TRANSLATE_NOOP("negotiation", "Unknown request: %1"), unknown[0])
    if draft.outcome not in OUTCOMES:
        errors["outcome"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown outcome: %1"), draft.outcome
        )
    if any(f not in FLAGS for f in draft.flags):
        errors["flags"] = _m(QT_TRANSLATE_NOOP("negotiation", "Unknown flag."))
    if not draft.summary.strip():
        errors["summary"] = _m(QT_TRANSLATE_NOOP("negotiation", "Write a short summary."))
    return errors


# --- promises ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PromiseDraft:
    """A promise by me or by the lender: either N working days after ``made_on`` or a date."""

    lender_id: int | None
    by: str
    kind: str
    made_on: date
    description: str = ""
    amount: Decimal | None = None
    working_days: int | None = None
    due_on: date | None = None
    status: str = "pending"
    debt_id: int | None = None
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class PromiseDue:
    """When a promise falls due: a range (see :mod:`core.workdays`) and whether it is certain."""

    earliest: date
    latest: date
    known: bool
    reason: Message | None = None


def promise_due(draft: PromiseDraft, calendar: WorkCalendar = CHINA_MAINLAND) -> PromiseDue:
    """The due range of a valid promise."""
    if draft.working_days is not None:
        result: WorkdayResult = add_working_days(draft.made_on, draft.working_days, calendar)
        return PromiseDue(result.earliest, result.latest, result.known, result.reason)
    due = draft.due_on or draft.made_on
    return PromiseDue(due, due, True, None)


def promise_errors(draft: PromiseDraft) -> Errors:
    errors: Errors = {}
    if draft.lender_id is None:
        errors["lender"] = _m(QT_TRANSLATE_NOOP("negotiation", "Choose the lender."))
    if draft.by not in PROMISE_BY:
        errors["by"] = _m(QT_TRANSLATE_NOOP("negotiation", "Who made the promise?"))
    if draft.kind not in PROMISE_KINDS:
        errors["kind"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown kind of promise: %1"), draft.kind
        )
    if draft.status not in PROMISE_STATUSES:
        errors["status"] = _m(QT_TRANSLATE_NOOP("negotiation", "Unknown status: %1"), draft.status)
    if draft.kind == "pay":
        if draft.amount is None or draft.amount <= 0:
            errors["amount"] = _m(QT_TRANSLATE_NOOP("negotiation", "Enter the amount promised."))
    elif draft.amount is not None and draft.amount < 0:
        errors["amount"] = _m(QT_TRANSLATE_NOOP("negotiation", "The amount cannot be negative."))
    if draft.kind == "other" and not draft.description.strip():
        errors["description"] = _m(QT_TRANSLATE_NOOP("negotiation", "Describe what was promised."))
    if draft.working_days is not None:
        if not 1 <= draft.working_days <= MAX_PROMISE_WORKING_DAYS:
            errors["working_days"] = _m(
                QT_TRANSLATE_NOOP("negotiation", "Working days must be between 1 and %1."),
                MAX_PROMISE_WORKING_DAYS,
            )
    elif draft.due_on is None:
        errors["due_on"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Give a due date or a number of days.")
        )
    elif draft.due_on < draft.made_on:
        errors["due_on"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "The due date is before the promise.")
        )
    return errors


def promise_overdue(status: str, due_latest: date, today: date) -> bool:
    """A pending promise whose latest reading of the due date has passed."""
    return status == "pending" and due_latest < today


# --- agreements ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    """New terms agreed with the lender for one debt."""

    debt_id: int | None
    kind: str
    signed_on: date
    first_due: date
    balance: Decimal  # the amount the agreement restructures
    months: int = 1  # instalments, extension: number of monthly instalments
    annual_rate: Decimal = Decimal(0)  # interest under the agreement (0 for most 个性化分期)
    deferral_months: int = 0  # deferral: how far the remaining instalments move
    settlement: Decimal | None = None  # settlement: the one amount that closes the debt
    waived_interest: Decimal = Decimal(0)
    waived_penalty: Decimal = Decimal(0)
    waived_fees: Decimal = Decimal(0)
    contact_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One instalment of the agreed schedule, in fen."""

    n: int
    due: date
    principal_fen: int
    interest_fen: int
    fee_fen: int = 0

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.interest_fen + self.fee_fen


def agreement_errors(draft: AgreementDraft, today: date, remaining_rows: int) -> Errors:
    """Errors in an agreement; ``remaining_rows`` = unpaid instalments of the current terms."""
    errors: Errors = {}
    if draft.debt_id is None:
        errors["debt"] = _m(QT_TRANSLATE_NOOP("negotiation", "Choose the debt."))
    if draft.kind not in AGREEMENT_KINDS:
        errors["kind"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown kind of agreement: %1"), draft.kind
        )
    if draft.signed_on > today:
        errors["signed_on"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "The signing date is in the future.")
        )
    if draft.first_due < draft.signed_on:
        errors["first_due"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "The first instalment is due before the signing date.")
        )
    if draft.kind in ("instalments", "extension", "settlement") and draft.balance <= 0:
        errors["balance"] = _m(QT_TRANSLATE_NOOP("negotiation", "The amount must be positive."))
    if draft.kind in ("instalments", "extension") and not 1 <= draft.months <= MAX_MONTHS:
        errors["months"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "The number of months must be 1 to %1."), MAX_MONTHS
        )
    if draft.annual_rate < 0 or draft.annual_rate >= 10:
        errors["rate"] = _m(QT_TRANSLATE_NOOP("negotiation", "Not a valid rate."))
    if draft.kind == "deferral":
        if not 1 <= draft.deferral_months <= 120:
            errors["deferral_months"] = _m(
                QT_TRANSLATE_NOOP("negotiation", "Deferral must be 1 to 120 months.")
            )
        if remaining_rows == 0:
            errors["kind"] = _m(
                QT_TRANSLATE_NOOP("negotiation", "Nothing is left to defer on this debt.")
            )
    if draft.kind == "settlement":
        if draft.settlement is None or draft.settlement <= 0:
            errors["settlement"] = _m(
                QT_TRANSLATE_NOOP("negotiation", "Enter the settlement amount.")
            )
        elif draft.settlement > draft.balance:
            errors["settlement"] = _m(
                QT_TRANSLATE_NOOP("negotiation", "The settlement is more than the amount owed.")
            )
    for name in ("waived_interest", "waived_penalty", "waived_fees"):
        if getattr(draft, name) < 0:
            errors[name] = _m(
                QT_TRANSLATE_NOOP("negotiation", "A waived amount cannot be negative.")
            )
    return errors


def agreement_schedule(draft: AgreementDraft, remaining: Sequence[PlannedRow]) -> list[PlannedRow]:
    """The instalments an agreement writes, numbered from 1.

    ``remaining`` are the unpaid parts of the current schedule (used by a deferral: they keep
    their amounts and fall due one a month from ``first_due``, which the dialog proposes as
    the signing date plus ``deferral_months``).  Instalments and extensions spread ``balance`` over
    ``months`` equal monthly payments (等额本息 at ``annual_rate``; equal parts at 0 %) from
    ``first_due``; a settlement is one payment on ``first_due``.
    """
    if draft.kind == "settlement":
        assert draft.settlement is not None
        return [PlannedRow(1, draft.first_due, to_fen(draft.settlement), 0)]
    if draft.kind == "deferral":
        return [
            PlannedRow(
                i,
                add_months(draft.first_due, i - 1),
                row.principal_fen,
                row.interest_fen,
                row.fee_fen,
            )
            for i, row in enumerate(remaining, start=1)
        ]
    balance = to_fen(draft.balance)
    rate = Rate(draft.annual_rate)
    rows = build_rows(balance, rate, draft.months, Method.ANNUITY, draft.first_due)
    return [
        PlannedRow(i, add_months(draft.first_due, i - 1), principal, interest)
        for i, (principal, interest) in enumerate(rows, start=1)
    ]


def waived_total(draft: AgreementDraft) -> Decimal:
    """Everything the lender gave up: the stated waivers plus, for a settlement, the rest."""
    total = draft.waived_interest + draft.waived_penalty + draft.waived_fees
    if draft.kind == "settlement" and draft.settlement is not None:
        total += draft.balance - draft.settlement
    return from_fen(to_fen(total))


def missed_instalments(
    rows: Sequence[tuple[int, date, int, int]], today: date, grace_days: int = 0
) -> list[tuple[int, date, int]]:
    """Agreement breaches: ``(n, due, owed_fen)`` for rows ``(n, due, due_fen, paid_fen)``
    still short after their due date (plus grace days)."""
    return [
        (n, due, due_fen - paid_fen)
        for n, due, due_fen, paid_fen in rows
        if paid_fen < due_fen and due + timedelta(days=grace_days) < today
    ]


# --- incidents and reflection notes --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    """Collection abuse recorded by hand."""

    lender_id: int | None
    at: datetime  # aware
    kind: str
    description: str = ""
    contact_id: int | None = None
    reported_to: str = ""
    reported_on: date | None = None


def incident_errors(draft: IncidentDraft, now: datetime) -> Errors:
    errors: Errors = {}
    if draft.kind not in INCIDENT_KINDS:
        errors["kind"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown kind of incident: %1"), draft.kind
        )
    if draft.at.tzinfo is None:
        errors["at"] = _m(QT_TRANSLATE_NOOP("negotiation", "The time needs a time zone."))
    elif draft.at > now + FUTURE_SLACK:
        errors["at"] = _m(QT_TRANSLATE_NOOP("negotiation", "This time is in the future."))
    if not draft.description.strip():
        errors["description"] = _m(QT_TRANSLATE_NOOP("negotiation", "Describe what happened."))
    if draft.reported_on is not None and draft.reported_on < draft.at.date():
        errors["reported_on"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "The report date is before the incident.")
        )
    return errors


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """Reflection on a closed negotiation."""

    lender_id: int | None
    closed_on: date
    outcome: str
    worked: str = ""
    differently: str = ""
    debt_id: int | None = None


def note_errors(draft: NoteDraft, today: date) -> Errors:
    errors: Errors = {}
    if draft.lender_id is None:
        errors["lender"] = _m(QT_TRANSLATE_NOOP("negotiation", "Choose the lender."))
    if draft.outcome not in OUTCOMES:
        errors["outcome"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Unknown outcome: %1"), draft.outcome
        )
    if draft.closed_on > today:
        errors["closed_on"] = _m(QT_TRANSLATE_NOOP("negotiation", "This date is in the future."))
    if not (draft.worked.strip() or draft.differently.strip()):
        errors["worked"] = _m(
            QT_TRANSLATE_NOOP("negotiation", "Write what worked or what you would do differently.")
        )
    return errors
