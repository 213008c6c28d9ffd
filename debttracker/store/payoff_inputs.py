"""What the payoff planner and the progress chart need from the ledger and the budget.

* :func:`load_debts`: every open debt (current terms version, so agreements are applied;
  settled and written-off debts left out) as a :class:`core.payoff.PayoffDebt`.
  The **balance** is what is owed today: principal left, interest and fees already due and
  unpaid, and the penalty accrued on late instalments (``store.ledger_queries.debt_rows``).
  The **rate** is the debt's true APR (fees included), the nominal rate when no APR is known.
  An overdue debt also gets a **penalty rate**: the nominal rate raised by its penalty uplift
  (never below its APR).  The plan follows each debt's **schedule**: what is due in each
  month from today's is :func:`core.dues.dues_by_month` over its current instalments, the
  figure the Budget shows, so month 1's minimums are the Budget's; a bullet asks for nothing
  until its month; interest on the principal at the contract rate.  A card without
  instalments asks for its monthly minimum (``core.cards.card_due_in_month``).
* :func:`default_monthly`: the budget's amount available for repayment this month, or the sum
  of the minimums when there is no budget yet.
* :func:`progress_history`: per calendar month, what was paid and the principal still owed,
  from the payments (for "progress so far").

Everything is read with SQL aggregates; no rows are loaded as ORM objects.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import and_, func, select
from sqlmodel import Session

from debttracker.core.budget import Month
from debttracker.core.dues import (
    CardTerms,
    DueRow,
    due_in_month,
    dues_by_month,
    last_due_index,
    month_index,
)
from debttracker.core.messages import DomainError
from debttracker.core.money import ZERO, from_fen, q2
from debttracker.core.payoff import PayoffDebt
from debttracker.store import settings
from debttracker.store.ledger_queries import DebtRow, debt_rows
from debttracker.store.ledger_terms import rate_of
from debttracker.store.models import Debt, Instalment, Payment
from debttracker.store.setting_keys import Key

D = Debt.__table__  # type: ignore[attr-defined]
I = Instalment.__table__  # type: ignore[attr-defined]  # noqa: E741
P = Payment.__table__  # type: ignore[attr-defined]
_CURRENT = and_(I.c.debt_id == D.c.id, I.c.terms_version == D.c.terms_version)
_SCHEDULED = I.c.principal_fen + I.c.interest_fen + I.c.fee_fen
_OPEN = _SCHEDULED - I.c.paid_principal_fen - I.c.paid_interest_fen - I.c.paid_fee_fen
CLOSED = ("settled", "written_off")

#: the user's custom payoff order: debt ids, comma separated
CUSTOM_ORDER: Key[str] = Key("payoff.custom_order", "")
#: the strategy last chosen in the Payoff tab
STRATEGY: Key[str] = Key("payoff.strategy", "avalanche")
#: one-off extras and changes of the monthly amount, as JSON [[kind, "YYYY-MM", "amount"], ...]
SCENARIO: Key[str] = Key("payoff.scenario", "[]")
SCENARIO_KINDS = ("extra", "change")


@dataclass(frozen=True, slots=True)
class PayoffInputs:
    """The debts to plan (one currency) and what was left out."""

    debts: tuple[PayoffDebt, ...]
    currency: str
    other_currencies: tuple[str, ...]  # open debts in these currencies are not in the plan
    minimums: Decimal  # sum of the debts' minimums


@dataclass(frozen=True, slots=True)
class _Terms:
    """Per debt facts beyond ``DebtRow``: rate terms and schedule figures (fen)."""

    rate: str
    rate_basis: str
    day_basis: int
    penalty_uplift: str
    kind: str
    min_payment_percent: str
    principal: int
    open_total: int
    last_due: date | None
    regular: int | None  # scheduled amount of the first instalment after today
    last_amount: int  # scheduled amount of the last instalment
    repaid_principal: int  # from payments, for debts without a schedule


def _decimal(text: str, default: Decimal = ZERO) -> Decimal:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return default
    return value if value.is_finite() and value >= 0 else default


def _terms(s: Session, as_of: date) -> dict[int, _Terms]:
    """One aggregate query over the current schedules (and one over payments)."""
    first_after = (
        select(I.c.debt_id, func.min(I.c.n).label("n"))
        .join(D, _CURRENT)
        .where(I.c.due_date > as_of)
        .group_by(I.c.debt_id)
        .subquery()
    )
    last_n = (
        select(I.c.debt_id, func.max(I.c.n).label("n"))
        .join(D, _CURRENT)
        .group_by(I.c.debt_id)
        .subquery()
    )
    agg = (
        select(
            I.c.debt_id,
            func.sum(func.max(_OPEN, 0)).label("open_total"),
            func.max(I.c.due_date).label("last_due"),
        )
        .join(D, _CURRENT)
        .where(I.c.settled_on.is_(None))
        .group_by(I.c.debt_id)
        .subquery()
    )
    nxt, last = I.alias("nxt"), I.alias("last")
    repaid = (
        select(P.c.debt_id, func.sum(P.c.alloc_principal_fen).label("fen"))
        .group_by(P.c.debt_id)
        .subquery()
    )
    query = (
        select(
            D.c.id, D.c.rate, D.c.rate_basis, D.c.day_basis, D.c.penalty_uplift, D.c.kind,
            D.c.min_payment_percent, D.c.principal_fen, agg.c.open_total, agg.c.last_due,
            (nxt.c.principal_fen + nxt.c.interest_fen + nxt.c.fee_fen).label("regular"),
            (last.c.principal_fen + last.c.interest_fen + last.c.fee_fen).label("last_amount"),
            repaid.c.fen.label("repaid"),
        )
        .outerjoin(agg, agg.c.debt_id == D.c.id)
        .outerjoin(first_after, first_after.c.debt_id == D.c.id)
        .outerjoin(nxt, and_(nxt.c.debt_id == D.c.id, nxt.c.terms_version == D.c.terms_version,
                             nxt.c.n == first_after.c.n))
        .outerjoin(last_n, last_n.c.debt_id == D.c.id)
        .outerjoin(last, and_(last.c.debt_id == D.c.id, last.c.terms_version == D.c.terms_version,
                              last.c.n == last_n.c.n))
        .outerjoin(repaid, repaid.c.debt_id == D.c.id)
        .where(D.c.status.not_in(CLOSED))
    )  # fmt: skip
    return {
        row.id: _Terms(
            row.rate,
            row.rate_basis,
            row.day_basis,
            row.penalty_uplift,
            row.kind,
            row.min_payment_percent,
            row.principal_fen,
            row.open_total or 0,
            row.last_due,
            row.regular,
            row.last_amount or 0,
            row.repaid or 0,
        )
        for row in s.execute(query)
    }


@dataclass(frozen=True, slots=True)
class _Facts:
    """A debt's current instalments from today's month on (None: a card without any) and
    its card terms."""

    rows: list[DueRow] | None
    card: CardTerms | None


def _nominal(terms: _Terms) -> Decimal:
    try:
        return rate_of(terms.rate, terms.rate_basis, terms.day_basis).annual()
    except (DomainError, InvalidOperation, ValueError):  # damaged: plan it at the APR alone
        return ZERO


def _rates(row: DebtRow, terms: _Terms) -> tuple[Decimal, Decimal | None]:
    """(annual rate charged normally, penalty rate while overdue or None)."""
    nominal = _nominal(terms)
    apr = row.apr if row.apr is not None and row.apr >= 0 else nominal
    if row.days_overdue <= 0:
        return apr, None
    penalty = nominal * (1 + _decimal(terms.penalty_uplift))
    return apr, max(penalty, apr)


def _schedule(rows: list[DueRow], as_of: date) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]]:
    """What the schedule asks for in each month from ``as_of``'s month (core.dues), and the
    fee part of it; a debt past its last due date gets (0, 0): nothing scheduled this month,
    the rest due the month after."""
    last = last_due_index(rows, as_of.year, as_of.month)
    months = max((last or 0) + 1, 2)
    dues = dues_by_month(rows, as_of.year, as_of.month, months, today=as_of)
    fees = [ZERO] * months
    for due_row in rows:
        index = month_index(as_of.year, as_of.month, due_row.due)
        if 0 <= index < months:
            fees[index] += from_fen(due_row.fee_fen)
    return tuple(dues), tuple(fees)


def _payoff_debt(
    row: DebtRow, terms: _Terms, as_of: date, position: int, facts: _Facts
) -> PayoffDebt | None:
    if not _open(row):
        return None
    balance = row.balance + row.penalty_accrued
    if terms.last_due is None and row.principal_left <= 0:
        balance = from_fen(max(terms.principal - terms.repaid_principal, 0))
    if balance <= 0:
        return None
    apr, penalty = _rates(row, terms)
    nominal = _nominal(terms)
    if facts.rows is None:  # a card: its month's minimum (core.dues, by its statement)
        due = due_in_month((), as_of.year, as_of.month, card=facts.card)
        minimum = min(due.amount, q2(balance)) if due is not None else ZERO
        return PayoffDebt(row.id, row.name, q2(balance), apr, minimum, penalty, position)
    dues, fees = _schedule(facts.rows, as_of)
    overdue = row.overdue_principal + row.overdue_interest + row.overdue_fees
    return PayoffDebt(
        row.id, row.name, q2(balance), apr, dues[0], penalty, position,
        dues=dues, fees=fees, principal=row.principal_left, interest_rate=nominal,
        overdue=overdue, late_rate=nominal * (1 + _decimal(terms.penalty_uplift)),
    )  # fmt: skip


def _facts(s: Session, as_of: date) -> dict[int, _Facts]:
    """Per open debt: its instalments from ``as_of``'s month on, or its card terms."""
    from debttracker.store import budget_debts
    from debttracker.store.dues_read import debts_with_instalments
    from debttracker.store.ledger_queries import dbapi_connection

    scheduled = budget_debts.due_rows(s, as_of.replace(day=1), None)
    with_rows = debts_with_instalments(dbapi_connection(s))
    out: dict[int, _Facts] = defaultdict(lambda: _Facts(None, None))
    for debt, _lender in budget_debts.open_debts(s):
        debt_id = debt.id or 0
        card = budget_debts.card_terms(s, debt)
        if debt_id in with_rows and not (card is not None and card.by_statement):
            out[debt_id] = _Facts(scheduled.get(debt_id, []), None)
        else:
            out[debt_id] = _Facts(None, card)
    return out


def _open(row: DebtRow) -> bool:
    """Not settled or written off; a card without instalments reads as "settled" in the debts
    table (nothing scheduled) but owes its balance: its stored status decides."""
    status = row.stored_status if row.kind == "card" else row.status
    return status not in CLOSED


def _main_currency(rows: list[DebtRow]) -> str:
    counts = Counter(row.currency for row in rows if row.balance > 0)
    return max(sorted(counts), key=lambda c: (c == "CNY", counts[c])) if counts else "CNY"


def load_debts(
    s: Session, as_of: date, currency: str | None = None, order: list[int] | None = None
) -> PayoffInputs:
    """The open debts in ``currency`` (default: CNY, else the most common one) as of ``as_of``.

    ``order`` (debt ids) sets each debt's custom-order position; debts not in it come after,
    by id.
    """
    rows = [row for row in debt_rows(s, as_of) if _open(row)]
    cur = currency or _main_currency(rows)
    terms = _terms(s, as_of)
    rank = {debt_id: i for i, debt_id in enumerate(order or [])}
    facts = _facts(s, as_of)
    debts = []
    for row in rows:
        if row.currency != cur or row.id not in terms:
            continue
        position = rank.get(row.id, len(rank) + row.id)
        debt = _payoff_debt(row, terms[row.id], as_of, position, facts[row.id])
        if debt is not None:
            debts.append(debt)
    others = sorted({r.currency for r in rows if r.currency != cur and r.balance > 0})
    total = sum((d.minimum for d in debts), ZERO)
    return PayoffInputs(tuple(debts), cur, tuple(others), total)


def default_monthly(s: Session, as_of: date, minimums: Decimal) -> tuple[Decimal, str]:
    """(amount, source): the budget's money available for repayment in ``as_of``'s month
    (source ``"budget"``), or ``minimums`` when the budget has no lines (``"minimums"``)."""
    from debttracker.store import budget

    if not budget.has_lines(s):
        return q2(minimums), "minimums"
    available = budget.month_summary(s, Month.of(as_of), as_of).available
    return q2(max(available, ZERO)), "budget"


@dataclass(frozen=True, slots=True)
class ProgressHistory:
    """Per calendar month from the first debt's start to ``as_of``'s month (fen)."""

    first: Month
    paid: tuple[int, ...]  # paid in the month
    owed: tuple[int, ...]  # principal still owed at the end of the month
    paid_total: Decimal


def _by_month(s: Session, query: Any) -> dict[str, list[int]]:
    return {row[0]: [int(v or 0) for v in row[1:]] for row in s.execute(query) if row[0]}


def progress_history(s: Session, as_of: date, currency: str) -> ProgressHistory:
    """What was paid each month and the principal still owed (written-off debts left out;
    a settled debt's waived rest leaves the balance in the month of its last payment)."""
    scope = and_(D.c.currency == currency, D.c.status != "written_off", D.c.start_date <= as_of)
    month_of_pay = func.strftime("%Y-%m", P.c.paid_on)
    paid = _by_month(
        s,
        select(month_of_pay, func.sum(P.c.amount_fen), func.sum(P.c.alloc_principal_fen))
        .join(D, D.c.id == P.c.debt_id)
        .where(scope, P.c.paid_on <= as_of)
        .group_by(month_of_pay),
    )
    month_of_start = func.strftime("%Y-%m", D.c.start_date)
    borrowed = _by_month(
        s, select(month_of_start, func.sum(D.c.principal_fen)).where(scope).group_by(month_of_start)
    )
    per_debt = (
        select(
            P.c.debt_id,
            func.sum(P.c.alloc_principal_fen).label("repaid"),
            func.max(P.c.paid_on).label("last"),
        )
        .group_by(P.c.debt_id)
        .subquery()
    )
    waived_month = func.strftime("%Y-%m", func.coalesce(per_debt.c.last, D.c.start_date))
    waived = _by_month(
        s,
        select(waived_month, func.sum(D.c.principal_fen - func.coalesce(per_debt.c.repaid, 0)))
        .outerjoin(per_debt, per_debt.c.debt_id == D.c.id)
        .where(scope, D.c.status == "settled")
        .group_by(waived_month),
    )
    return _history(as_of, paid, borrowed, waived)


def _history(
    as_of: date,
    paid: dict[str, list[int]],
    borrowed: dict[str, list[int]],
    waived: dict[str, list[int]],
) -> ProgressHistory:
    end = Month.of(as_of)
    keys = [k for k in (*paid, *borrowed) if k <= str(end)]
    if not keys:
        return ProgressHistory(end, (), (), ZERO)
    first = Month.parse(min(keys))
    paid_row, owed_row = [], []
    owed = 0
    month = first
    while month <= end:
        key = str(month)
        amount, principal = paid.get(key, [0, 0])
        owed += borrowed.get(key, [0])[0] - principal - waived.get(key, [0])[0]
        paid_row.append(amount)
        owed_row.append(max(owed, 0))
        month = month.shift(1)
    return ProgressHistory(first, tuple(paid_row), tuple(owed_row), from_fen(sum(paid_row)))


def saved_order(s: Session) -> list[int]:
    """The custom order last saved (debt ids)."""
    text = settings.get(s, CUSTOM_ORDER)
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


def save_order(s: Session, ids: list[int]) -> None:
    settings.put(s, CUSTOM_ORDER, ",".join(str(i) for i in ids))


def saved_strategy(s: Session) -> str:
    return settings.get(s, STRATEGY) or STRATEGY.default


def save_strategy(s: Session, strategy: str) -> None:
    settings.put(s, STRATEGY, strategy)


def saved_scenario(s: Session) -> list[tuple[str, Month, Decimal]]:
    """The extras and changes last saved; entries that no longer read are dropped."""
    try:
        raw = json.loads(settings.get(s, SCENARIO))
    except ValueError:
        return []
    items = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            kind, month, amount = entry
            value = Decimal(amount)
            if kind in SCENARIO_KINDS and value.is_finite() and value >= 0:
                items.append((kind, Month.parse(month), q2(value)))
        except (ValueError, TypeError, InvalidOperation, DomainError):
            continue
    return items


def save_scenario(s: Session, items: list[tuple[str, Month, Decimal]]) -> None:
    text = json.dumps([[kind, str(month), str(amount)] for kind, month, amount in items])
    settings.put(s, SCENARIO, text)
