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
from debttracker.store.negotiation_tables import Agreement, Contact, Incident
from debttracker.store.negotiation_tables import Promise as PromiseRow


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


def effective(apr: Decimal | None) -> Decimal | None:
    """The effective annual rate of a nominal APR compounded monthly: (1 + APR/12)^12 − 1."""
    return None if apr is None else (1 + apr / 12) ** 12 - 1


def debt_block(d: DebtFigures, as_of: date) -> str:
    """One debt as a two-column table (label, value), its figures as of ``as_of``; the true APR
    is the Ledger's (stored with the debt's terms)."""
    apr = d.ledger.apr if d.ledger else None
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
        [t(QT_TRANSLATE_NOOP("casefile", "True APR (IRR × 12)")), percent(apr)],
        [t(QT_TRANSLATE_NOOP("casefile", "Effective annual rate")), percent(effective(apr))],
        [t(QT_TRANSLATE_NOOP("casefile", "Paid so far")), m(d.paid)],
        [t(QT_TRANSLATE_NOOP("casefile", "Terms version")), str(d.terms_version)],
    ]  # fmt: skip
    return f"<h3>{e(d.name)}</h3>" + table([], rows)


# -- records --------------------------------------------------------------------------------
# Each record is a block: a heading (what, when) and a two-column table of its non-empty fields,
# so a long value wraps inside its own wide cell and the text reads in order when extracted.

Field = tuple[str, "str | Html"]


def target_text(target: Target) -> Html:
    """``Contact 2026-10-20 15:00 · lender`` for what a record is linked to."""
    return Html(e(label("kind", target.kind)) + " " + when(target.when) + " · " + e(target.lender))


def block(title: Html | str, fields: Sequence[Field]) -> str:
    rows = [[name, value] for name, value in fields if value]
    return f"<h3>{e(title)}</h3>" + table([], rows)


def heading(kind: str, moment: object, what: str) -> Html:
    return Html(e(label("kind", kind)) + " " + when(moment) + " · " + e(what))


def flags_of(c: Contact) -> str:
    return ",".join(x for x in c.flags.split(",") if x and x != HUNG_UP)


def case_debt(case: CaseFile, debt_id: int | None) -> str:
    return next((d.name for d in case.debts if d.debt_id == debt_id), "")


def _contact_link(case: CaseFile, ident: int | None) -> Html | str:
    found = next((c for c in case.contacts if ident is not None and c.id == ident), None)
    return target_text(Target("contact", found.at, case.lender.name)) if found else ""


def _contact_fields(c: Contact, case: CaseFile) -> list[Field]:
    official = (
        t(QT_TRANSLATE_NOOP("casefile", "an official number"))
        if c.number_official
        else t(QT_TRANSLATE_NOOP("casefile", "not an official number"))
    )
    verified = (
        t(QT_TRANSLATE_NOOP("casefile", "identity verified"))
        if c.identity_verified
        else t(QT_TRANSLATE_NOOP("casefile", "identity not verified"))
    )
    call = label("call_result", call_result(c.answered, c.flags.split(",")))
    return [
        (t(QT_TRANSLATE_NOOP("casefile", "How")),
         label("direction", c.direction) + " · " + label("channel", c.channel)),
        (t(QT_TRANSLATE_NOOP("casefile", "Number or account")),
         f"{c.number} ({official})" if c.number else ""),
        (t(QT_TRANSLATE_NOOP("casefile", "The call")), call if c.channel in VOICE_CHANNELS else ""),
        (t(QT_TRANSLATE_NOOP("casefile", "My line")), c.my_number),
        (t(QT_TRANSLATE_NOOP("casefile", "Debt")), case_debt(case, c.debt_id)),
        (t(QT_TRANSLATE_NOOP("casefile", "Name")), c.person_name),
        (t(QT_TRANSLATE_NOOP("casefile", "Staff ID")), c.staff_id),
        (t(QT_TRANSLATE_NOOP("casefile", "Who")), verified),
        (t(QT_TRANSLATE_NOOP("casefile", "How verified")), c.verification),
        (t(QT_TRANSLATE_NOOP("casefile", "Summary")), c.summary),
        (t(QT_TRANSLATE_NOOP("casefile", "I asked for")), joined("request", c.requests)),
        (t(QT_TRANSLATE_NOOP("casefile", "Their answer")), c.answer),
        (t(QT_TRANSLATE_NOOP("casefile", "Outcome")), label("outcome", c.outcome)),
        (t(QT_TRANSLATE_NOOP("casefile", "What happened")), joined("flag", flags_of(c))),
        (t(QT_TRANSLATE_NOOP("casefile", "Notes")), c.notes),
    ]  # fmt: skip


def contacts(case: CaseFile) -> str:
    return "".join(
        block(heading("contact", c.at, case.lender.name), _contact_fields(c, case))
        for c in case.contacts
    )


def _promise_fields(p: PromiseRow, case: CaseFile) -> list[Field]:
    due = due_range(p.due_earliest, p.due_latest, p.calendar_known)
    working = (
        t(QT_TRANSLATE_NOOP("casefile", "within %1 working days"), p.working_days)
        if p.working_days
        else ""
    )
    status = label("status", p.status)
    if p.resolved_on:
        status = Html(e(status) + " · " + when(p.resolved_on))
    return [
        (t(QT_TRANSLATE_NOOP("casefile", "By")), label("by", p.by)),
        (t(QT_TRANSLATE_NOOP("casefile", "Promise")), label("promise", p.kind)),
        (t(QT_TRANSLATE_NOOP("casefile", "Amount")), fen(p.amount_fen)),
        (t(QT_TRANSLATE_NOOP("casefile", "Due")), Html(whole(due) + (" · " + e(working) if working else ""))),
        (t(QT_TRANSLATE_NOOP("casefile", "Status")), status),
        (t(QT_TRANSLATE_NOOP("casefile", "Details")), p.description),
        (t(QT_TRANSLATE_NOOP("casefile", "Debt")), case_debt(case, p.debt_id)),
        (t(QT_TRANSLATE_NOOP("casefile", "Made in")), _contact_link(case, p.contact_id)),
    ]  # fmt: skip


def promises(case: CaseFile) -> str:
    return "".join(
        block(heading("promise", p.made_on, label("promise", p.kind)), _promise_fields(p, case))
        for p in case.promises
    )


def _agreement_fields(a: Agreement, case: CaseFile) -> list[Field]:
    rate = percent(Decimal(a.annual_rate)) if a.annual_rate else ""
    before = label("debt_status", a.previous_status) if a.previous_status else ""
    waived = cell_lines(
        [
            labelled(
                t(QT_TRANSLATE_NOOP("casefile", "Interest")), fen(a.waived_interest_fen or None)
            ),
            labelled(
                t(QT_TRANSLATE_NOOP("casefile", "Penalty")), fen(a.waived_penalty_fen or None)
            ),
            labelled(t(QT_TRANSLATE_NOOP("casefile", "Fees")), fen(a.waived_fees_fen or None)),
        ]
    )
    return [
        (t(QT_TRANSLATE_NOOP("casefile", "Kind")), label("agreement", a.kind)),
        (t(QT_TRANSLATE_NOOP("casefile", "Debt")), case_debt(case, a.debt_id)),
        (t(QT_TRANSLATE_NOOP("casefile", "Amount")), fen(a.balance_fen)),
        (t(QT_TRANSLATE_NOOP("casefile", "Months")), str(a.months)),
        (t(QT_TRANSLATE_NOOP("casefile", "First due")), when(a.first_due)),
        (t(QT_TRANSLATE_NOOP("casefile", "Agreed annual rate")), rate),
        (t(QT_TRANSLATE_NOOP("casefile", "Deferral months")),
         str(a.deferral_months) if a.deferral_months else ""),
        (t(QT_TRANSLATE_NOOP("casefile", "Settlement amount")), fen(a.settlement_fen)),
        (t(QT_TRANSLATE_NOOP("casefile", "Waived")), waived or whole(money(Decimal(0)))),
        (t(QT_TRANSLATE_NOOP("casefile", "Terms version")),
         f"{a.from_terms_version} → {a.to_terms_version}"),
        (t(QT_TRANSLATE_NOOP("casefile", "Status before")), before),
        (t(QT_TRANSLATE_NOOP("casefile", "Agreed in")), _contact_link(case, a.contact_id)),
        (t(QT_TRANSLATE_NOOP("casefile", "Notes")), a.notes),
    ]  # fmt: skip


def agreements(case: CaseFile) -> str:
    return "".join(
        block(heading("agreement", a.signed_on, label("agreement", a.kind)),
              _agreement_fields(a, case))
        for a in case.agreements
    )  # fmt: skip


def incidents(case: CaseFile, rows: Sequence[Incident]) -> str:
    return "".join(
        block(heading("incident", i.at, label("incident", i.kind)), [
            (t(QT_TRANSLATE_NOOP("casefile", "Details")), i.description),
            (t(QT_TRANSLATE_NOOP("casefile", "Reported to")), i.reported_to),
            (t(QT_TRANSLATE_NOOP("casefile", "Reported on")),
             when(i.reported_on) if i.reported_on else ""),
            (t(QT_TRANSLATE_NOOP("casefile", "During")), _contact_link(case, i.contact_id)),
        ])
        for i in rows
    )  # fmt: skip


def evidence(case: CaseFile) -> str:
    return "".join(
        block(ev.original_name, [
            (t(QT_TRANSLATE_NOOP("casefile", "Details")), ev.description),
            (t(QT_TRANSLATE_NOOP("casefile", "Added")), when(ev.added_at)),
            (t(QT_TRANSLATE_NOOP("casefile", "Size")),
             whole(t(QT_TRANSLATE_NOOP("casefile", "%1 bytes"), f"{ev.size:,}"))),
            (t(QT_TRANSLATE_NOOP("casefile", "SHA-256 hash")), ev.sha256),
            (t(QT_TRANSLATE_NOOP("casefile", "Attached to")),
             cell_lines([target_text(x) for x in case.attached.get(ev.id or 0, [])])),
        ])
        for ev, _ids in case.evidence
    )  # fmt: skip
