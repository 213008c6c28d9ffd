"""Everything that happened with lenders, in date order, and full-text search over it.

The timeline merges contacts, promises, agreements, incidents, rule breaches (computed from
the contact log by ``core.collection_rules`` and from missed agreement instalments), ledger
payments, reflection notes and evidence.  Search uses the FTS5 table ``negotiation_fts``
(trigram tokenizer): terms of three or more characters go through ``MATCH``; shorter ones
(most Chinese words are two characters) through ``instr`` on the same table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import select as core_select
from sqlalchemy import text
from sqlmodel import Session, col, select

from debttracker.core.collection_rules import Breach, ContactFact, check_contacts
from debttracker.core.money import from_fen
from debttracker.store import negotiation as repo
from debttracker.store.models import Debt, Lender, Payment
from debttracker.store.negotiation_agreements import agreement_breaches, agreements
from debttracker.store.negotiation_tables import FTS_TABLE, Contact, Evidence

KINDS = (
    "contact",
    "promise",
    "agreement",
    "incident",
    "breach",
    "payment",
    "note",
    "evidence",
)


def aware(moment: datetime) -> datetime:
    """Stored datetimes are UTC; SQLite hands some back without their zone."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the timeline; ``code``/``status`` are vocabulary codes the UI translates."""

    kind: str
    ref_id: int
    day: date  # local calendar day
    at: datetime | None  # aware, when the time of day is known
    lender_id: int | None
    debt_id: int | None
    code: str = ""  # channel, promise kind, agreement kind, incident kind, breach rule
    status: str = ""  # outcome, promise status …
    text: str = ""  # the user's words (summary, description)
    amount: Decimal | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def sort_key(self) -> tuple[date, datetime]:
        moment = self.at or datetime.combine(self.day, time.min, UTC)
        return self.day, moment.astimezone(UTC)


def _local(moment: datetime, tz: tzinfo | None) -> datetime:
    return aware(moment).astimezone(tz)


def contact_facts(contacts: Iterable[Contact], tz: tzinfo | None = None) -> list[ContactFact]:
    """Contacts as the collection rules read them (local times)."""
    return [
        ContactFact(
            id=c.id or 0,
            at=_local(c.at, tz),
            lender_id=c.lender_id,
            direction=c.direction,
            channel=c.channel,
            number=c.number,
            answered=c.answered,
            flags=frozenset(repo.codes(c.flags)),
            my_number=c.my_number,
        )
        for c in contacts
    ]


def collection_breaches(
    session: Session, lender_id: int | None = None, tz: tzinfo | None = None
) -> list[Breach]:
    """Rule breaches found in the contact log (domain.md §6.2)."""
    return check_contacts(contact_facts(repo.contacts(session, lender_id), tz))


def search(session: Session, query: str) -> set[tuple[str, int]]:
    """``(kind, id)`` of every record whose text holds all the words of ``query``."""
    terms = [t for t in query.split() if t]
    if not terms:
        return set()
    long_terms = [t for t in terms if len(t) >= 3]
    where, params = [], {}
    if long_terms:
        where.append(f"{FTS_TABLE} MATCH :match")
        params["match"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
    for i, term in enumerate(t for t in terms if len(t) < 3):
        where.append(f"instr(lower(body), lower(:t{i})) > 0")
        params[f"t{i}"] = term
    sql = f"SELECT kind, ref_id FROM {FTS_TABLE} WHERE " + " AND ".join(where)
    rows = session.execute(text(sql), params).all()
    return {(str(kind), int(ref)) for kind, ref in rows}


def payment_select(lender_id: int | None, debt_id: int | None) -> Any:
    """Payments as plain tuples (SQLAlchemy Core columns, no ORM instances)."""
    query: Any = core_select(
        col(Payment.id), col(Payment.paid_on), col(Payment.method), col(Payment.note),
        col(Payment.amount_fen), col(Debt.lender_id), col(Debt.id), col(Debt.name),
    ).join(Debt, col(Debt.id) == col(Payment.debt_id))  # fmt: skip
    if lender_id is not None:
        query = query.where(Debt.lender_id == lender_id)
    if debt_id is not None:
        query = query.where(Payment.debt_id == debt_id)
    return query


def payment_entry(row: Any) -> Entry:
    ident, paid_on, method, note, amount_fen, lender_id, debt_id, debt_name = row
    return Entry(
        "payment", ident, paid_on, None, lender_id, debt_id, code=method, text=note,
        amount=from_fen(amount_fen), extra={"debt": debt_name},
    )  # fmt: skip


def _payments(session: Session, lender_id: int | None, debt_id: int | None) -> list[Entry]:
    return [payment_entry(r) for r in session.exec(payment_select(lender_id, debt_id))]


def _contacts(session: Session, lender_id: int | None, tz: tzinfo | None) -> list[Entry]:
    out = []
    for c in repo.contacts(session, lender_id):
        local = _local(c.at, tz)
        out.append(
            Entry(
                "contact", c.id or 0, local.date(), local, c.lender_id, c.debt_id,
                code=c.channel, status=c.outcome, text=c.summary,
                extra={"direction": c.direction, "number": c.number,
                       "official": c.number_official, "verified": c.identity_verified,
                       "answered": c.answered, "my_number": c.my_number,
                       "person": c.person_name, "staff_id": c.staff_id,
                       "verification": c.verification, "requests": c.requests,
                       "answer": c.answer, "notes": c.notes, "flags": c.flags},
            )
        )  # fmt: skip
    return out


def _promises(session: Session, lender_id: int | None, _tz: tzinfo | None) -> list[Entry]:
    return [
        Entry(
            "promise", p.id or 0, p.made_on, None, p.lender_id, p.debt_id,
            code=p.kind, status=p.status, text=p.description, amount=repo.amount(p.amount_fen),
            extra={"by": p.by, "due_earliest": p.due_earliest, "due_latest": p.due_latest,
                   "calendar_known": p.calendar_known},
        )
        for p in repo.promises(session, lender_id)
    ]  # fmt: skip


def _agreements(session: Session, lender_id: int | None, _tz: tzinfo | None) -> list[Entry]:
    return [
        Entry(
            "agreement", a.id or 0, a.signed_on, None, a.lender_id, a.debt_id,
            code=a.kind, text=a.notes, amount=from_fen(a.balance_fen),
            extra={"months": a.months, "first_due": a.first_due, "version": a.to_terms_version},
        )
        for a in agreements(session, lender_id)
    ]  # fmt: skip


def _incidents(session: Session, lender_id: int | None, tz: tzinfo | None) -> list[Entry]:
    out = []
    for i in repo.incidents(session, lender_id):
        local = _local(i.at, tz)
        out.append(
            Entry("incident", i.id or 0, local.date(), local, i.lender_id, None,
                  code=i.kind, text=i.description, extra={"reported_to": i.reported_to})
        )  # fmt: skip
    return out


def _notes(session: Session, lender_id: int | None, _tz: tzinfo | None) -> list[Entry]:
    return [
        Entry("note", n.id or 0, n.closed_on, None, n.lender_id, n.debt_id,
              status=n.outcome, text=n.worked, extra={"differently": n.differently})
        for n in repo.notes(session, lender_id)
    ]  # fmt: skip


_RECORDS = {
    "contact": _contacts,
    "promise": _promises,
    "agreement": _agreements,
    "incident": _incidents,
    "note": _notes,
}


def _records(
    session: Session, lender_id: int | None, tz: tzinfo | None, wanted: Iterable[str] = KINDS
) -> list[Entry]:
    """The user's own records, only of the ``wanted`` kinds (the others are not queried)."""
    out: list[Entry] = []
    for kind, read in _RECORDS.items():
        if kind in wanted:
            out += read(session, lender_id, tz)
    return out


def _breaches(
    session: Session, lender_id: int | None, today: date, tz: tzinfo | None
) -> list[Entry]:
    out = []
    for index, b in enumerate(collection_breaches(session, lender_id, tz)):
        first = session.get(Contact, b.contact_ids[0])
        out.append(
            Entry(
                "breach", index, b.day, b.at, first.lender_id if first else None, None,
                code=b.rule, text=b.message.render(), extra={"message": b.message,
                "source": b.source, "contacts": b.contact_ids},
            )
        )  # fmt: skip
    for m in agreement_breaches(session, today, lender_id):
        out.append(
            Entry(
                "breach", m.agreement_id * 1000 + m.n, m.due, None, m.lender_id, m.debt_id,
                code="agreement_missed", amount=m.owed, extra={"n": m.n, "agreement": m.agreement_id},
            )
        )  # fmt: skip
    return out


def _evidence(session: Session, tz: tzinfo | None) -> list[Entry]:
    out = []
    for row in session.exec(select(Evidence)):
        local = _local(row.added_at, tz)
        out.append(
            Entry("evidence", row.id or 0, local.date(), local, None, None,
                  text=row.original_name, extra={"sha256": row.sha256, "description": row.description})
        )  # fmt: skip
    return out


def timeline(
    session: Session,
    today: date,
    *,
    lender_id: int | None = None,
    debt_id: int | None = None,
    kinds: Iterable[str] | None = None,
    query: str = "",
    tz: tzinfo | None = None,
) -> list[Entry]:
    """Every entry for a lender (or all), oldest first, optionally of some kinds and matching
    ``query`` (full-text search; payments match on their note)."""
    wanted = set(kinds) if kinds is not None else set(KINDS)
    entries = _records(session, lender_id, tz, wanted)
    if "breach" in wanted:
        entries += _breaches(session, lender_id, today, tz)
    if "payment" in wanted:
        entries += _payments(session, lender_id, debt_id)
    if lender_id is None and debt_id is None and "evidence" in wanted:
        entries += _evidence(session, tz)
    if debt_id is not None:
        entries = [e for e in entries if e.debt_id == debt_id or e.kind in ("incident",)]
    if query.strip():
        entries = _matching(session, entries, query)
    return sorted(entries, key=lambda e: e.sort_key)


def _matching(session: Session, entries: list[Entry], query: str) -> list[Entry]:
    hits = search(session, query)
    words = [w.casefold() for w in query.split()]
    return [
        e
        for e in entries
        if (e.kind, e.ref_id) in hits
        or (e.kind in ("payment", "breach") and all(w in e.text.casefold() for w in words))
    ]


def lender_names(session: Session) -> dict[int, str]:
    return {row.id or 0: row.name for row in session.exec(select(Lender))}


def debt_names(session: Session) -> dict[int, str]:
    return {row.id or 0: row.name for row in session.exec(select(Debt))}
