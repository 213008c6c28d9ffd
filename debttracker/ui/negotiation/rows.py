"""Turn store records into the rows the negotiation tab's tables show, in one session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session, select

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
from debttracker.ui.negotiation.contact_dialog import Choices
from debttracker.ui.negotiation.models import Row


def tr(text: str) -> str:
    return QCoreApplication.translate("NegotiationTab", text)


@dataclass
class Loaded:
    choices: Choices
    agreement_debts: list[tuple[int, str, Decimal, int]]
    contacts: list[Row] = field(default_factory=list)
    promises: list[Row] = field(default_factory=list)
    agreements: list[Row] = field(default_factory=list)
    incidents: list[Row] = field(default_factory=list)
    evidence: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    records: int = 0


def _choices(s: Session) -> Choices:
    lenders = [(x.id or 0, x.name, x.hotline) for x in s.exec(select(Lender).order_by(Lender.name))]
    debts = [(d.id or 0, d.lender_id, d.name) for d in s.exec(select(Debt).order_by(Debt.name))]
    return Choices(lenders, debts)


def _agreement_debts(s: Session, choices: Choices) -> list[tuple[int, str, Decimal, int]]:
    names = {i: n for i, n, _h in choices.lenders}
    return [
        (
            d,
            f"{names.get(owner, '')} · {name}",
            agr.outstanding(s, d),
            len(agr.remaining_rows(s, d)),
        )
        for d, owner, name in choices.debts
    ]


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
        rows.append(
            Row(
                "contact", c.id or 0,
                (local_time(at), lenders.get(c.lender_id, ""), label("direction", c.direction),
                 label("channel", c.channel), number, f"{c.person_name} {c.staff_id}".strip(),
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


def load(s: Session, today: date, lender: int | None, problems: dict[int, str]) -> Loaded:
    choices = _choices(s)
    lenders = {i: n for i, n, _h in choices.lenders}
    out = Loaded(choices, _agreement_debts(s, choices))
    out.contacts = _contact_rows(s, lender, lenders)
    out.promises = _promise_rows(s, lender, lenders, today)
    out.agreements = _agreement_rows(s, lender, lenders)
    out.incidents = _incident_rows(s, lender, lenders, today)
    out.evidence = _evidence_rows(s, problems)
    out.notes = _note_rows(s, lender, lenders)
    out.records = sum(
        len(x) for x in (out.contacts, out.promises, out.agreements, out.evidence, out.notes)
    ) + sum(1 for r in out.incidents if r.kind == "incident")
    return out


def timeline_rows(
    s: Session, today: date, lender: int | None, kinds: list[str] | None, query: str
) -> list[Row]:
    debts = tl.debt_names(s)
    lenders = tl.lender_names(s)
    entries = tl.timeline(s, today, lender_id=lender, kinds=kinds, query=query)
    return [
        Row(e.kind, e.ref_id,
            (when_text(e), label("kind", e.kind), lenders.get(e.lender_id or 0, ""),
             describe(e, debts)),
            sort=(e.sort_key,), warning=e.kind == "breach")
        for e in reversed(entries)
    ]  # fmt: skip
