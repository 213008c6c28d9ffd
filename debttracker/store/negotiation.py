"""Negotiation repository: contacts, promises, incidents and reflection notes, plus exact
capture/restore of any record so undo and redo put back the very same rows (ids included).

Every function takes the caller's ``Session`` (one per user action, see ``store.db``) so an
action lands whole or not at all.  Input arrives as the drafts of ``core.negotiation`` and is
validated here with the same functions the dialogs use; the first error is raised as a
``DomainError`` naming its field.  Agreements live in ``store.negotiation_agreements``, evidence
files in ``store.evidence``, the timeline and search in ``store.negotiation_timeline``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from debttracker.core import negotiation as core
from debttracker.core.collection_rules import is_official_channel
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import from_fen, to_fen
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.store.negotiation_tables import (
    Agreement,
    Contact,
    Evidence,
    EvidenceLink,
    Incident,
    NegotiationNote,
    Promise,
)

#: record kind -> table, for capture / restore / remove
TABLES: dict[str, type[SQLModel]] = {
    "contact": Contact,
    "promise": Promise,
    "agreement": Agreement,
    "incident": Incident,
    "note": NegotiationNote,
    "evidence": Evidence,
    "evidence_link": EvidenceLink,
    "debt": Debt,
    "instalment": Instalment,
}
LINK_COLUMN = {
    "contact": "contact_id",
    "promise": "promise_id",
    "agreement": "agreement_id",
    "incident": "incident_id",
}
_SPLIT = re.compile(r"[,，;；、/\n]+")


def not_found(kind: str, ident: int) -> DomainError:
    return DomainError(
        msg(
            core.CTX,
            QT_TRANSLATE_NOOP("negotiation", "This %1 no longer exists (id %2)."),
            kind,
            ident,
        )
    )


def codes(text: str) -> tuple[str, ...]:
    """``"a,b"`` -> ``("a", "b")``."""
    return tuple(part for part in text.split(",") if part)


def official_channels(hotline: str) -> list[str]:
    """A lender's recorded official numbers/accounts (comma, 、 or ; separated)."""
    return [part.strip() for part in _SPLIT.split(hotline or "") if part.strip()]


def is_official(session: Session, lender_id: int | None, number: str) -> bool:
    """Whether ``number`` is one of ``lender_id``'s official channels in the ledger."""
    if lender_id is None or not number.strip():
        return False
    lender = session.get(Lender, lender_id)
    return lender is not None and is_official_channel(number, official_channels(lender.hotline))


def require(session: Session, table: type[SQLModel], ident: int | None, kind: str) -> Any:
    row = session.get(table, ident) if ident is not None else None
    if row is None:
        raise not_found(kind, ident or 0)
    return row


def _check_debt(session: Session, lender_id: int | None, debt_id: int | None) -> None:
    """The lender exists and the debt (if any) belongs to it."""
    require(session, Lender, lender_id, "lender")
    if debt_id is not None:
        debt = require(session, Debt, debt_id, "debt")
        if debt.lender_id != lender_id:
            raise DomainError(
                msg(
                    core.CTX, QT_TRANSLATE_NOOP("negotiation", "This debt is with another lender.")
                ),
                field="debt",
            )


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


# --- contacts ------------------------------------------------------------------------------


def _contact_values(session: Session, draft: core.ContactDraft, now: datetime) -> dict[str, Any]:
    official = is_official(session, draft.lender_id, draft.number)
    core.raise_first(core.contact_errors(draft, now, official=official))
    _check_debt(session, draft.lender_id, draft.debt_id)
    return {
        "lender_id": draft.lender_id,
        "debt_id": draft.debt_id,
        "at": utc(draft.at),
        "direction": draft.direction,
        "channel": draft.channel,
        "number": draft.number.strip(),
        "number_official": official,
        "my_number": draft.my_number.strip(),
        "answered": draft.answered,
        "person_name": draft.person_name.strip(),
        "staff_id": draft.staff_id.strip(),
        "identity_verified": draft.identity_verified,
        "verification": draft.verification.strip(),
        "summary": draft.summary.strip(),
        "notes": draft.notes,
        "requests": ",".join(r for r in core.REQUESTS if r in draft.requests),
        "answer": draft.answer,
        "outcome": draft.outcome,
        "flags": ",".join(f for f in core.FLAGS if f in draft.flags),
    }


def add_contact(session: Session, draft: core.ContactDraft, now: datetime) -> int:
    row = Contact(**_contact_values(session, draft, now))
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def update_contact(
    session: Session, contact_id: int, draft: core.ContactDraft, now: datetime
) -> None:
    row = require(session, Contact, contact_id, "contact")
    for name, value in _contact_values(session, draft, now).items():
        setattr(row, name, value)
    session.add(row)
    session.flush()


def contact_draft(session: Session, contact_id: int) -> core.ContactDraft:
    """A stored contact as a draft (times in UTC; the UI shows local time)."""
    row: Contact = require(session, Contact, contact_id, "contact")
    return core.ContactDraft(
        at=row.at.replace(tzinfo=UTC) if row.at.tzinfo is None else row.at,
        lender_id=row.lender_id,
        direction=row.direction,
        channel=row.channel,
        number=row.number,
        identity_verified=row.identity_verified,
        verification=row.verification,
        summary=row.summary,
        requests=codes(row.requests),
        outcome=row.outcome,
        flags=codes(row.flags),
        debt_id=row.debt_id,
        my_number=row.my_number,
        answered=row.answered,
        person_name=row.person_name,
        staff_id=row.staff_id,
        notes=row.notes,
        answer=row.answer,
    )


def contacts(session: Session, lender_id: int | None = None) -> list[Contact]:
    query = select(Contact).order_by(col(Contact.at).desc(), col(Contact.id).desc())
    if lender_id is not None:
        query = query.where(Contact.lender_id == lender_id)
    return list(session.exec(query).all())


# --- promises ------------------------------------------------------------------------------


def _promise_values(session: Session, draft: core.PromiseDraft) -> dict[str, Any]:
    core.raise_first(core.promise_errors(draft))
    _check_debt(session, draft.lender_id, draft.debt_id)
    if draft.contact_id is not None:
        require(session, Contact, draft.contact_id, "contact")
    due = core.promise_due(draft)
    return {
        "lender_id": draft.lender_id,
        "debt_id": draft.debt_id,
        "contact_id": draft.contact_id,
        "by": draft.by,
        "kind": draft.kind,
        "description": draft.description.strip(),
        "amount_fen": to_fen(draft.amount) if draft.amount is not None else None,
        "made_on": draft.made_on,
        "working_days": draft.working_days,
        "due_earliest": due.earliest,
        "due_latest": due.latest,
        "calendar_known": due.known,
        "status": draft.status,
    }


def add_promise(session: Session, draft: core.PromiseDraft, today: date) -> int:
    values = _promise_values(session, draft)
    values["resolved_on"] = today if draft.status != "pending" else None
    row = Promise(**values)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def update_promise(
    session: Session, promise_id: int, draft: core.PromiseDraft, today: date
) -> None:
    row: Promise = require(session, Promise, promise_id, "promise")
    was = row.status
    for name, value in _promise_values(session, draft).items():
        setattr(row, name, value)
    if draft.status == "pending":
        row.resolved_on = None
    elif draft.status != was or row.resolved_on is None:
        row.resolved_on = today
    session.add(row)
    session.flush()


def set_promise_status(session: Session, promise_id: int, status: str, today: date) -> None:
    """Mark a promise kept, broken or pending again."""
    draft = replace(promise_draft(session, promise_id), status=status)
    update_promise(session, promise_id, draft, today)


def promise_draft(session: Session, promise_id: int) -> core.PromiseDraft:
    row: Promise = require(session, Promise, promise_id, "promise")
    return core.PromiseDraft(
        lender_id=row.lender_id,
        by=row.by,
        kind=row.kind,
        made_on=row.made_on,
        description=row.description,
        amount=from_fen(row.amount_fen) if row.amount_fen is not None else None,
        working_days=row.working_days,
        due_on=None if row.working_days is not None else row.due_earliest,
        status=row.status,
        debt_id=row.debt_id,
        contact_id=row.contact_id,
    )


def promises(session: Session, lender_id: int | None = None) -> list[Promise]:
    query = select(Promise).order_by(col(Promise.due_earliest), col(Promise.id))
    if lender_id is not None:
        query = query.where(Promise.lender_id == lender_id)
    return list(session.exec(query).all())


def pending_promises(session: Session, until: date | None = None) -> list[Promise]:
    """Pending promises (for the Overview and reminders), soonest first; due by ``until``."""
    query = select(Promise).where(Promise.status == "pending")
    if until is not None:
        query = query.where(col(Promise.due_earliest) <= until)
    return list(session.exec(query.order_by(col(Promise.due_earliest), col(Promise.id))).all())


# --- incidents and notes -------------------------------------------------------------------


def add_incident(session: Session, draft: core.IncidentDraft, now: datetime) -> int:
    core.raise_first(core.incident_errors(draft, now))
    if draft.lender_id is not None:
        require(session, Lender, draft.lender_id, "lender")
    if draft.contact_id is not None:
        require(session, Contact, draft.contact_id, "contact")
    row = Incident(
        lender_id=draft.lender_id,
        contact_id=draft.contact_id,
        at=utc(draft.at),
        kind=draft.kind,
        description=draft.description.strip(),
        reported_to=draft.reported_to.strip(),
        reported_on=draft.reported_on,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def incidents(session: Session, lender_id: int | None = None) -> list[Incident]:
    query = select(Incident).order_by(col(Incident.at).desc())
    if lender_id is not None:
        query = query.where(Incident.lender_id == lender_id)
    return list(session.exec(query).all())


def add_note(session: Session, draft: core.NoteDraft, today: date) -> int:
    core.raise_first(core.note_errors(draft, today))
    _check_debt(session, draft.lender_id, draft.debt_id)
    assert draft.lender_id is not None
    row = NegotiationNote(
        lender_id=draft.lender_id,
        debt_id=draft.debt_id,
        closed_on=draft.closed_on,
        outcome=draft.outcome,
        worked=draft.worked.strip(),
        differently=draft.differently.strip(),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def notes(session: Session, lender_id: int | None = None) -> list[NegotiationNote]:
    query = select(NegotiationNote).order_by(col(NegotiationNote.closed_on).desc())
    if lender_id is not None:
        query = query.where(NegotiationNote.lender_id == lender_id)
    return list(session.exec(query).all())


# --- capture / restore / remove (undo and redo) --------------------------------------------


@dataclass
class Capture:
    """Exact rows of one record and what hangs on it, in the order they must be restored."""

    kind: str
    ident: int
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def dump_row(kind: str, row: SQLModel) -> tuple[str, dict[str, Any]]:
    return kind, row.model_dump()


def _referrers(session: Session, kind: str, ident: int) -> list[tuple[str, SQLModel]]:
    """Rows that point at the record: its evidence links and, for a contact, its promises,
    incidents and agreements."""
    found: list[tuple[str, SQLModel]] = []
    if kind in LINK_COLUMN:
        column = getattr(EvidenceLink, LINK_COLUMN[kind])
        found += [
            ("evidence_link", r) for r in session.exec(select(EvidenceLink).where(column == ident))
        ]
    if kind == "contact":
        for name in ("promise", "incident", "agreement"):
            table: Any = TABLES[name]
            found += [
                (name, r) for r in session.exec(select(table).where(table.contact_id == ident))
            ]
    return found


def capture(session: Session, kind: str, ident: int) -> Capture:
    """The record and every row that refers to it, as plain values."""
    row = require(session, TABLES[kind], ident, kind)
    result = Capture(kind, ident, [dump_row(kind, row)])
    result.rows += [dump_row(name, r) for name, r in _referrers(session, kind, ident)]
    return result


def restore(session: Session, snap: Capture) -> None:
    """Put every captured row back exactly (insert or overwrite by primary key)."""
    for kind, values in snap.rows:
        session.merge(TABLES[kind](**values))
        session.flush()


def remove(session: Session, kind: str, ident: int) -> Capture:
    """Delete a contact, promise, incident or note; links go, references are cleared.

    Returns the capture that :func:`restore` takes to undo it.
    """
    if kind not in ("contact", "promise", "incident", "note"):
        raise ValueError(kind)
    snap = capture(session, kind, ident)
    for name, ref in _referrers(session, kind, ident):
        if name == "evidence_link":
            session.delete(ref)
        else:
            ref.contact_id = None  # type: ignore[attr-defined]
            session.add(ref)
    session.flush()
    session.delete(require(session, TABLES[kind], ident, kind))
    session.flush()
    return snap


def amount(fen: int | None) -> Decimal | None:
    return from_fen(fen) if fen is not None else None
