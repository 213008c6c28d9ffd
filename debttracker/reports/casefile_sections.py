"""The case file's sections as HTML: debts (the Ledger's figures as of the export date) and every
record the user logged, each field of it, in the UI language.

Dates, times, amounts and rates are wrapped in a no-wrap span (:func:`whole`) so a narrow
column never splits a value across lines; user text is escaped; translatable strings carry no
markup.  ``casefile_pdf`` puts the sections together and prints them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from debttracker.core.collection_rules import HUNG_UP, VOICE_CHANNELS, call_result
from debttracker.core.messages import QT_TRANSLATE_NOOP, fill
from debttracker.core.money import from_fen
from debttracker.core.rates import Rate, RateBasis, as_percent
from debttracker.reports.entries import due_range, money
from debttracker.reports.labels import joined, label
from debttracker.store.casefile import CaseFile, DebtFigures, Target
from debttracker.store.negotiation_tables import Agreement, Contact, Evidence, Incident


class Html(str):
    """Text that is already HTML (not escaped again)."""


def t(text: str, *args: object) -> str:
    return fill(QCoreApplication.translate("casefile", text), args)


def e(value: object) -> str:
    return value if isinstance(value, Html) else html.escape(str(value))


def whole(value: object) -> Html:
    """A value that must not wrap (a date, a time, an amount): one unbreakable run."""
    return Html(f'<span style="white-space: nowrap">{html.escape(str(value))}</span>')


def cell_lines(lines: Sequence[str | Html]) -> Html:
    """Several labelled lines in one cell (empty ones left out)."""
    return Html("<br/>".join(e(x) for x in lines if x))


def labelled(name: str, value: str | Html) -> Html | str:
    """``Name: value`` or nothing when the value is empty."""
    if not value:
        return ""
    return Html(e(t(QT_TRANSLATE_NOOP("casefile", "%1: "), name)) + e(value))


def table(headers: Sequence[str], rows: Sequence[Sequence[str | Html]]) -> str:
    head = "<tr>" + "".join(f"<th>{e(h)}</th>" for h in headers) + "</tr>" if headers else ""
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="3" width="100%">{head}{body}</table>'


def local_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


def when(value: object) -> Html:
    if isinstance(value, datetime):
        return whole(local_text(value))
    return whole(value.isoformat() if isinstance(value, date) else value)


def fen(amount: int | None, currency: str = "CNY") -> Html | str:
    return "" if amount is None else whole(money(from_fen(amount), currency))


def percent(fraction: Decimal | None) -> Html | str:
    return "" if fraction is None else whole(f"{as_percent(fraction)} %")


# -- debts ----------------------------------------------------------------------------------


def _contract_rate(d: DebtFigures) -> Html | str:
    try:
        return percent(Rate(Decimal(d.rate or "0"), RateBasis(d.rate_basis)).annual())
    except (ValueError, ArithmeticError):
        return d.rate


def _late_rows(d: DebtFigures) -> list[list[str | Html]]:
    """Days overdue, what is late (the Ledger's "owed today") and the balance, as of the date."""
    m = lambda amount: whole(money(amount, d.currency))  # noqa: E731
    row, owed = d.ledger, d.owed
    if row is None or owed is None:
        return []
    rows: list[list[str | Html]] = [
        [t(QT_TRANSLATE_NOOP("casefile", "Days overdue")), whole(owed.days_overdue)],
    ]
    if owed.days_overdue:
        rows += [
            [t(QT_TRANSLATE_NOOP("casefile", "Principal due")), m(owed.principal)],
            [t(QT_TRANSLATE_NOOP("casefile", "Interest due")), m(owed.interest)],
            [t(QT_TRANSLATE_NOOP("casefile", "Penalty interest and late fees")), m(owed.penalty)],
            [t(QT_TRANSLATE_NOOP("casefile", "Fees due")), m(owed.fees)],
            [t(QT_TRANSLATE_NOOP("casefile", "Owed today to bring it up to date")),
             m(owed.total_late)],
        ]  # fmt: skip
    rows += [
        [t(QT_TRANSLATE_NOOP("casefile", "Principal not yet due")), m(owed.principal_not_yet_due)],
        [t(QT_TRANSLATE_NOOP("casefile", "Balance (principal left and charges due)")),
         m(row.balance)],
    ]  # fmt: skip
    if row.next_due_date is not None:
        rows.append([t(QT_TRANSLATE_NOOP("casefile", "Next due")),
                     Html(when(row.next_due_date) + " · " + m(row.next_due_amount))])  # fmt: skip
    return rows


def debt_block(d: DebtFigures, as_of: date) -> str:
    """One debt as a two-column table (label, value), its figures as of ``as_of``."""
    m = lambda amount: whole(money(amount, d.currency))  # noqa: E731
    status = t(QT_TRANSLATE_NOOP("casefile", "%1 (as of %2)"), label("debt_status", d.status),
               as_of.isoformat())  # fmt: skip
    rows: list[list[str | Html]] = [
        [t(QT_TRANSLATE_NOOP("casefile", "Status")), status],
        *_late_rows(d),
        [t(QT_TRANSLATE_NOOP("casefile", "Principal")), m(d.principal)],
        [t(QT_TRANSLATE_NOOP("casefile", "Amount actually received")), m(d.received)],
        [t(QT_TRANSLATE_NOOP("casefile", "Start and term")),
         whole(t(QT_TRANSLATE_NOOP("casefile", "%1, %2 months"), d.start.isoformat(),
                 d.term_months))],
        [t(QT_TRANSLATE_NOOP("casefile", "Contract rate (annual)")), _contract_rate(d)],
        [t(QT_TRANSLATE_NOOP("casefile", "True APR (IRR × 12)")),
         percent(d.cost.apr if d.cost else None)],
        [t(QT_TRANSLATE_NOOP("casefile", "Effective annual rate")),
         percent(d.cost.effective if d.cost else None)],
        [t(QT_TRANSLATE_NOOP("casefile", "Paid so far")), m(d.paid)],
        [t(QT_TRANSLATE_NOOP("casefile", "Terms version")), str(d.terms_version)],
    ]  # fmt: skip
    return f"<h3>{e(d.name)}</h3>" + table([], rows)


# -- records --------------------------------------------------------------------------------


def target_text(target: Target) -> Html:
    """``Contact 2026-10-20 15:00 · lender`` for what a record is linked to."""
    return Html(e(label("kind", target.kind)) + " " + when(target.when) + " · " + e(target.lender))


def _contact_lines(c: Contact, case: CaseFile) -> list[str | Html]:
    official = (
        t(QT_TRANSLATE_NOOP("casefile", "an official number"))
        if c.number_official
        else t(QT_TRANSLATE_NOOP("casefile", "not an official number"))
    )
    number = Html(e(c.number) + " (" + e(official) + ")") if c.number else ""
    call = label("call_result", call_result(c.answered, c.flags.split(",")))
    return [
        Html(e(label("direction", c.direction)) + " · " + e(label("channel", c.channel))),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Number or account")), number),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "The call")),
                 call if c.channel in VOICE_CHANNELS else ""),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "My line")), c.my_number),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Debt")), case_debt(case, c.debt_id)),
    ]  # fmt: skip


def _who_lines(c: Contact) -> list[str | Html]:
    verified = (
        t(QT_TRANSLATE_NOOP("casefile", "identity verified"))
        if c.identity_verified
        else t(QT_TRANSLATE_NOOP("casefile", "identity not verified"))
    )
    return [
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Name")), c.person_name),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Staff ID")), c.staff_id),
        verified,
        labelled(t(QT_TRANSLATE_NOOP("casefile", "How verified")), c.verification),
    ]


def _said_lines(c: Contact) -> list[str | Html]:
    return [
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Summary")), c.summary),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "I asked for")), joined("request", c.requests)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Their answer")), c.answer),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Outcome")), label("outcome", c.outcome)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "What happened")), joined("flag", flags_of(c))),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Notes")), c.notes),
    ]


def flags_of(c: Contact) -> str:
    return ",".join(x for x in c.flags.split(",") if x and x != HUNG_UP)


def case_debt(case: CaseFile, debt_id: int | None) -> str:
    return next((d.name for d in case.debts if d.debt_id == debt_id), "")


def contacts(case: CaseFile) -> str:
    rows = [
        [when(c.at), cell_lines(_contact_lines(c, case)), cell_lines(_who_lines(c)),
         cell_lines(_said_lines(c))]
        for c in case.contacts
    ]  # fmt: skip
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "When")), t(QT_TRANSLATE_NOOP("casefile", "How")),
        t(QT_TRANSLATE_NOOP("casefile", "Who")), t(QT_TRANSLATE_NOOP("casefile", "What was said")),
    ]  # fmt: skip
    return table(headers, rows)


def _link(case: CaseFile, kind: str, ident: int | None) -> Html | str:
    for c in case.contacts:
        if kind == "contact" and c.id == ident:
            return target_text(Target("contact", c.at, case.lender.name))
    return ""


def promises(case: CaseFile) -> str:
    rows = []
    for p in case.promises:
        due = due_range(p.due_earliest, p.due_latest, p.calendar_known)
        working = (
            t(QT_TRANSLATE_NOOP("casefile", "within %1 working days"), p.working_days)
            if p.working_days
            else ""
        )
        rows.append([
            when(p.made_on),
            cell_lines([Html(e(label("by", p.by)) + " · " + e(label("promise", p.kind))),
                        fen(p.amount_fen)]),
            cell_lines([whole(due), working]),
            cell_lines([label("status", p.status), when(p.resolved_on) if p.resolved_on else ""]),
            cell_lines([p.description, labelled(t(QT_TRANSLATE_NOOP("casefile", "Debt")),
                        case_debt(case, p.debt_id)),
                        labelled(t(QT_TRANSLATE_NOOP("casefile", "Made in")),
                                 _link(case, "contact", p.contact_id))]),
        ])  # fmt: skip
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "Made")), t(QT_TRANSLATE_NOOP("casefile", "Promise")),
        t(QT_TRANSLATE_NOOP("casefile", "Due")), t(QT_TRANSLATE_NOOP("casefile", "Status")),
        t(QT_TRANSLATE_NOOP("casefile", "Details")),
    ]  # fmt: skip
    return table(headers, rows)


def _terms_lines(a: Agreement) -> list[str | Html]:
    rate = percent(Decimal(a.annual_rate)) if a.annual_rate else ""
    return [
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Agreed annual rate")), rate),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Deferral months")),
                 str(a.deferral_months) if a.deferral_months else ""),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Settlement amount")), fen(a.settlement_fen)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Terms version")),
                 f"{a.from_terms_version} → {a.to_terms_version}"),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Status before")),
                 label("debt_status", a.previous_status) if a.previous_status else ""),
    ]  # fmt: skip


def _waived_lines(a: Agreement) -> list[str | Html]:
    return [
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Interest")), fen(a.waived_interest_fen or None)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Penalty")), fen(a.waived_penalty_fen or None)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Fees")), fen(a.waived_fees_fen or None)),
    ]


def _agreement_lines(a: Agreement) -> list[str | Html]:
    return [
        label("agreement", a.kind),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Amount")), fen(a.balance_fen)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "Months")), str(a.months)),
        labelled(t(QT_TRANSLATE_NOOP("casefile", "First due")), when(a.first_due)),
    ]


def agreements(case: CaseFile) -> str:
    rows = [
        [
            when(a.signed_on), cell_lines(_agreement_lines(a)),
            cell_lines(_waived_lines(a)) or whole(money(Decimal(0))),
            cell_lines([*_terms_lines(a), labelled(t(QT_TRANSLATE_NOOP("casefile", "Debt")),
                        case_debt(case, a.debt_id)),
                        labelled(t(QT_TRANSLATE_NOOP("casefile", "Made in")),
                                 _link(case, "contact", a.contact_id)),
                        labelled(t(QT_TRANSLATE_NOOP("casefile", "Notes")), a.notes)]),
        ]
        for a in case.agreements
    ]  # fmt: skip
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "Signed")), t(QT_TRANSLATE_NOOP("casefile", "Agreement")),
        t(QT_TRANSLATE_NOOP("casefile", "Waived")), t(QT_TRANSLATE_NOOP("casefile", "Terms")),
    ]  # fmt: skip
    return table(headers, rows)


def incidents(case: CaseFile, incidents: Sequence[Incident]) -> str:
    rows = [
        [when(i.at), label("incident", i.kind), i.description,
         cell_lines([labelled(t(QT_TRANSLATE_NOOP("casefile", "Reported to")), i.reported_to),
                     labelled(t(QT_TRANSLATE_NOOP("casefile", "Reported on")),
                              when(i.reported_on) if i.reported_on else ""),
                     labelled(t(QT_TRANSLATE_NOOP("casefile", "During")),
                              _link(case, "contact", i.contact_id))])]
        for i in incidents
    ]  # fmt: skip
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "When")), t(QT_TRANSLATE_NOOP("casefile", "What")),
        t(QT_TRANSLATE_NOOP("casefile", "Details")), t(QT_TRANSLATE_NOOP("casefile", "Reported")),
    ]  # fmt: skip
    return table(headers, rows)


def _size(evidence: Evidence) -> str:
    return t(QT_TRANSLATE_NOOP("casefile", "%1 bytes"), f"{evidence.size:,}")


def evidence(case: CaseFile) -> str:
    rows = [
        [cell_lines([ev.original_name, ev.description]),
         cell_lines([when(ev.added_at), whole(_size(ev))]),
         ev.sha256,
         cell_lines([target_text(x) for x in case.attached.get(ev.id or 0, [])])]
        for ev, _ids in case.evidence
    ]  # fmt: skip
    headers = [
        t(QT_TRANSLATE_NOOP("casefile", "File")), t(QT_TRANSLATE_NOOP("casefile", "Added")),
        t(QT_TRANSLATE_NOOP("casefile", "SHA-256 hash")),
        t(QT_TRANSLATE_NOOP("casefile", "Attached to")),
    ]  # fmt: skip
    return table(headers, rows)
