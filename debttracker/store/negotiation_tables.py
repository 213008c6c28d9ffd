"""Tables of the negotiation aggregate: contacts, promises, agreements, incidents, evidence and
reflection notes (domain.md §5, §6, §8).

Lists of codes (requests, flags) are comma-separated strings of the vocabularies in
``core.negotiation``.  Money is integer fen; events are aware datetimes that SQLModel stores as
UTC.  Full-text search lives in the FTS5 table :data:`FTS_TABLE`, created and kept in sync by
triggers in migration ``n001_negotiation`` (it is not a model).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from debttracker.store.models import utcnow

FTS_TABLE = "negotiation_fts"


class Contact(SQLModel, table=True):
    """One call, message, letter or visit between me and a lender."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_lender_at", "lender_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    lender_id: int = Field(foreign_key="lender.id")
    debt_id: int | None = Field(default=None, foreign_key="debt.id", index=True)
    at: datetime = Field(index=True)
    direction: str = Field(default="out", max_length=3)  # out: I contacted them; in: they did
    channel: str = Field(default="call", max_length=10)
    number: str = Field(default="", max_length=100)  # the number or account used
    number_official: bool = False  # snapshot when logged: one of the lender's hotlines
    my_number: str = Field(default="", max_length=100)
    answered: bool = True
    person_name: str = Field(default="", max_length=100)
    staff_id: str = Field(default="", max_length=100)
    identity_verified: bool = False
    verification: str = Field(default="")  # how the identity was verified
    summary: str = Field(default="")
    notes: str = Field(default="")
    requests: str = Field(default="", max_length=200)
    answer: str = Field(default="")
    outcome: str = Field(default="no_answer", max_length=20)
    flags: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class Promise(SQLModel, table=True):
    """A promise by me (pay X by a date) or by the lender (reply within N working days …)."""

    __tablename__ = "promise"

    id: int | None = Field(default=None, primary_key=True)
    lender_id: int = Field(foreign_key="lender.id", index=True)
    debt_id: int | None = Field(default=None, foreign_key="debt.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    by: str = Field(default="lender", max_length=10)  # me, lender
    kind: str = Field(default="reply", max_length=20)
    description: str = Field(default="")
    amount_fen: int | None = None
    made_on: date
    working_days: int | None = None
    due_earliest: date = Field(index=True)
    due_latest: date
    calendar_known: bool = True
    status: str = Field(default="pending", max_length=10)
    resolved_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Agreement(SQLModel, table=True):
    """New terms for a debt; ``to_terms_version`` names the instalment rows it wrote."""

    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    debt_id: int = Field(foreign_key="debt.id", index=True)
    lender_id: int = Field(foreign_key="lender.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    kind: str = Field(default="instalments", max_length=20)
    signed_on: date
    first_due: date
    balance_fen: int = 0
    months: int = 1
    annual_rate: str = Field(default="0", max_length=40)
    deferral_months: int = 0
    settlement_fen: int | None = None
    waived_interest_fen: int = 0
    waived_penalty_fen: int = 0
    waived_fees_fen: int = 0
    from_terms_version: int
    to_terms_version: int
    previous_status: str = Field(default="", max_length=20)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class Incident(SQLModel, table=True):
    """Collection abuse recorded by hand (the rule checks add computed ones on top)."""

    __tablename__ = "incident"

    id: int | None = Field(default=None, primary_key=True)
    lender_id: int | None = Field(default=None, foreign_key="lender.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    at: datetime = Field(index=True)
    kind: str = Field(default="other", max_length=30)
    description: str = Field(default="")
    reported_to: str = Field(default="", max_length=100)  # e.g. 12378, the lender, 110
    reported_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Evidence(SQLModel, table=True):
    """A file copied into ``<data dir>/evidence`` read-only, with its SHA-256."""

    __tablename__ = "evidence"

    id: int | None = Field(default=None, primary_key=True)
    stored_name: str = Field(max_length=300, unique=True)  # relative to the evidence dir
    original_name: str = Field(default="", max_length=300)
    sha256: str = Field(max_length=64, index=True)
    size: int = 0
    description: str = Field(default="")
    added_at: datetime = Field(default_factory=utcnow)


class EvidenceLink(SQLModel, table=True):
    """Attaches evidence to exactly one contact, promise, agreement or incident."""

    __tablename__ = "evidence_link"

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: int = Field(foreign_key="evidence.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    promise_id: int | None = Field(default=None, foreign_key="promise.id", index=True)
    agreement_id: int | None = Field(default=None, foreign_key="agreement.id", index=True)
    incident_id: int | None = Field(default=None, foreign_key="incident.id", index=True)


class NegotiationNote(SQLModel, table=True):
    """Reflection on a closed negotiation: what worked, what to do differently (seed 004 §6)."""

    __tablename__ = "negotiation_note"

    id: int | None = Field(default=None, primary_key=True)
    lender_id: int = Field(foreign_key="lender.id", index=True)
    debt_id: int | None = Field(default=None, foreign_key="debt.id")
    closed_on: date
    outcome: str = Field(default="agreed", max_length=20)
    worked: str = Field(default="")
    differently: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
