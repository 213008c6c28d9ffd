"""Turn store records into the rows the negotiation tab's tables show, in one session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func
from sqlmodel import Session, col, select

from debttracker.core.collection_rules import VOICE_CHANNELS, call_result
from debttracker.core.messages import QT_TRANSLATE_NOOP
from debttracker.core.money import from_fen
from debttracker.core.negotiation import promise_overdue
from debttracker.reports.entries import describe, due_range, local_time, money, when_text
from debttracker.reports.labels import joined, label
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store import negotiation_timeline as tl
from debttracker.store.models import Debt, Lender
from debttracker.store.negotiation_stream import stream
from debttracker.store.negotiation_tables import Agreement, Contact, Evidence, Incident, Promise
from debttracker.store.negotiation_tables import NegotiationNote as Note
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.negotiation.models import Row


def tr(text: str) -> str:
    return QCoreApplication.translate("NegotiationTab", text)


@dataclass
class Header:
    """What the tab needs before any list: the lender filter and whether to show the lists."""

    choices: Choices
    records: int = 0


def choices(s: Session) -> Choices:
    lenders = [
        (i or 0, str(n), str(h))
        for i, n, h in s.exec(
            select(col(Lender.id), col(Lender.name), col(Lender.hotline)).order_by(col(Lender.name))
        )
    ]
    debts = [
        (i or 0, int(o), str(n))
        for i, o, n in s.exec(
            select(col(Debt.id), col(Debt.lender_id), col(Debt.name)).order_by(col(Debt.name))
        )
    ]
    mine = s.exec(
        select(col(Contact.my_number))
        .where(col(Contact.my_number) != "")
        .order_by(col(Contact.created_at).desc(), col(Contact.id).desc())
        .limit(1)
    ).first()
    return Choices(lenders, debts, mine or "")


def agreement_debts(s: Session, found: Choices) -> list[tuple[int, str, Decimal, int]]:
    """Every debt with what is left of its current terms (one aggregate query)."""
    names = {i: n for i, n, _h in found.lenders}
    left = agr.remaining_by_debt(s)
    return [
        (d, f"{names.get(owner, '')} · {name}", *left.get(d, (Decimal("0.00"), 0)))
        for d, owner, name in found.debts
    ]


def _count(s: Session, table: Any, lender: int | None) -> int:
    query = select(func.count()).select_from(table)
    if lender is not None and hasattr(table, "lender_id"):
        query = query.where(table.lender_id == lender)
    return int(s.exec(query).one())


def header(s: Session, lender: int | None) -> Header:
    tables = (Contact, Promise, Agreement, Incident, Evidence, Note)
    return Header(choices(s), sum(_count(s, t, lender) for t in tables))


def _contact_rows(s: Session, lender: int | None, lenders: dict[int, str]) -> list[Row]:
    rows = []
    for c in repo.contacts(s, lender):
        at = tl.aware(c.at)
        unofficial = bool(c.number) and not c.number_official
        number = c.number + (
            " ⚠ " + tr(QT_TRANSLATE_NOOP("NegotiationTab", "not official")) if unofficial else ""
        )
        verified = (
            tr(QT_TRANSLATE_NOOP("NegotiationTab", "verified"))
            if c.identity_verified
            else tr(QT_TRANSLATE_NOOP("NegotiationTab", "not verified"))
        )
        channel = label("channel", c.channel)
        if c.channel in VOICE_CHANNELS:  # how the call went: a conversation or an attempt
            channel += " · " + label("call_result", call_result(c.answered, c.flags.split(",")))
        rows.append(
            Row(
                "contact", c.id or 0,
                (local_time(at), lenders.get(c.lender_id, ""), label("direction", c.direction),
                 channel, number, f"{c.person_name} {c.staff_id}".strip(),
                 verified, c.summary, joined("request", c.requests), label("outcome", c.outcome)),
                sort=(at,), warning=unofficial and not c.identity_verified,
                tooltip=c.notes or c.summary,
            )
        )  # fmt: skip
    return rows


def _promise_rows(
    s: Session, lender: int | None, lenders: dict[int, str], today: date
) -> list[Row]:
    rows = []
    for p in repo.promises(s, lender):
        late = promise_overdue(p.status, p.due_latest, today)
        status = label("status", p.status) + (
            " · " + tr(QT_TRANSLATE_NOOP("NegotiationTab", "overdue")) if late else ""
        )
        rows.append(
            Row(
                "promise", p.id or 0,
                (p.made_on.isoformat(), lenders.get(p.lender_id, ""), label("by", p.by),
                 label("promise", p.kind), money(repo.amount(p.amount_fen)),
                 due_range(p.due_earliest, p.due_latest, p.calendar_known), status, p.description),
                sort=(p.made_on, p.lender_id, p.by, p.kind, p.amount_fen or 0, p.due_earliest,
                      p.status, p.description),
                warning=late or p.status == "broken",
            )
        )  # fmt: skip
    return rows


def _agreement_rows(s: Session, lender: int | None, lenders: dict[int, str]) -> list[Row]:
    rows = []
    for a in agr.agreements(s, lender):
        debt = s.get(Debt, a.debt_id)
        in_force = debt is not None and debt.terms_version == a.to_terms_version
        waived = from_fen(a.waived_interest_fen + a.waived_penalty_fen + a.waived_fees_fen)
        rows.append(
            Row(
                "agreement", a.id or 0,
                (a.signed_on.isoformat(), lenders.get(a.lender_id, ""), debt.name if debt else "",
                 label("agreement", a.kind), money(from_fen(a.balance_fen)), str(a.months),
                 a.first_due.isoformat(), money(waived),
                 tr(QT_TRANSLATE_NOOP("NegotiationTab", "v%1 in force")).replace("%1", str(a.to_terms_version)) if in_force
                 else tr(QT_TRANSLATE_NOOP("NegotiationTab", "v%1 (replaced)")).replace("%1", str(a.to_terms_version))),
                sort=(a.signed_on,),
            )
        )  # fmt: skip
    return rows


def _incident_rows(
    s: Session, lender: int | None, lenders: dict[int, str], today: date
) -> list[Row]:
    rows = []
    for i in repo.incidents(s, lender):
        at = tl.aware(i.at).astimezone()
        rows.append(
            Row("incident", i.id or 0,
                (at.strftime("%Y-%m-%d %H:%M"), lenders.get(i.lender_id or 0, tr(QT_TRANSLATE_NOOP("NegotiationTab", "unknown"))),
                 label("incident", i.kind), i.description, i.reported_to, tr(QT_TRANSLATE_NOOP("NegotiationTab", "recorded by me"))),
                sort=(at.date(),), warning=True)
        )  # fmt: skip
    kinds = ("breach",)
    for e in tl.timeline(s, today, lender_id=lender, kinds=kinds):
        rows.append(
            Row("breach", e.ref_id,
                (when_text(e), lenders.get(e.lender_id or 0, ""), label("incident", e.code),
                 describe(e), "", tr(QT_TRANSLATE_NOOP("NegotiationTab", "found by the rule check"))),
                sort=(e.day,), warning=True)
        )  # fmt: skip
    return sorted(rows, key=lambda r: r.sort, reverse=True)


def _evidence_rows(s: Session, problems: dict[int, str]) -> list[Row]:
    rows = []
    for evidence, links in ev.evidence_list(s):
        targets = []
        for link in links:
            for kind, column in repo.LINK_COLUMN.items():
                ident = getattr(link, column)
                if ident:
                    targets.append(f"{label('kind', kind)} {ident}")
        state = problems.get(evidence.id or 0, "")
        added = tl.aware(evidence.added_at)
        rows.append(
            Row("evidence", evidence.id or 0,
                (evidence.original_name, local_time(added), ", ".join(targets),
                 evidence.sha256[:16] + "…", label("problem", state) if state else ""),
                sort=(evidence.original_name, added), warning=bool(state),
                tooltip=evidence.sha256, extra={"links": [x.id for x in links]})
        )  # fmt: skip
    return rows


def _note_rows(s: Session, lender: int | None, lenders: dict[int, str]) -> list[Row]:
    return [
        Row("note", n.id or 0,
            (n.closed_on.isoformat(), lenders.get(n.lender_id, ""), label("outcome", n.outcome),
             n.worked, n.differently), sort=(n.closed_on,))
        for n in repo.notes(s, lender)
    ]  # fmt: skip


def section_rows(
    s: Session, key: str, today: date, lender: int | None, problems: dict[int, str]
) -> list[Row]:
    """The rows of one list of the tab (not the timeline, which is lazy)."""
    if key == "evidence":
        return _evidence_rows(s, problems)
    lenders = {i or 0: str(n) for i, n in s.exec(select(col(Lender.id), col(Lender.name)))}
    if key == "contacts":
        return _contact_rows(s, lender, lenders)
    if key == "promises":
        return _promise_rows(s, lender, lenders, today)
    if key == "agreements":
        return _agreement_rows(s, lender, lenders)
    if key == "incidents":
        return _incident_rows(s, lender, lenders, today)
    return _note_rows(s, lender, lenders)


def timeline_source(
    db: Any, today: date, lender: int | None, kinds: list[str] | None, query: str,
    newest_first: bool = True,
) -> Iterator[Row]:  # fmt: skip
    """The timeline's rows, lazily, in date order from SQL (see ``store.negotiation_stream``)."""
    with db.session() as s:
        debts = {i or 0: str(n) for i, n in s.exec(select(col(Debt.id), col(Debt.name)))}
        lenders = {i or 0: str(n) for i, n in s.exec(select(col(Lender.id), col(Lender.name)))}
    entries = stream(
        db.session, today, lender_id=lender, kinds=kinds, query=query, newest_first=newest_first
    )
    return (
        Row(e.kind, e.ref_id,
            (when_text(e), label("kind", e.kind), lenders.get(e.lender_id or 0, ""),
             describe(e, debts)),
            sort=(e.sort_key,), warning=e.kind == "breach")
        for e in entries
    )  # fmt: skip
