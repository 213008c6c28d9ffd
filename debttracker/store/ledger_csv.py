"""CSV import (checked row by row, written all or nothing) and export of the ledger.

Payments: ``debt_id,date,amount[,method,note]`` (``debt_id`` may instead be the debt's name).
Debts: ``lender,name,principal,start_date,months,rate[,lender_kind,received,method,rate_basis,
currency,due_day]``.  The header decides which; unknown columns are refused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session

from debttracker.core.debts import DebtForm, LenderInput, validate_debt, validate_payment
from debttracker.core.messages import QT_TRANSLATE_NOOP, Message, msg
from debttracker.store import ledger
from debttracker.store.csv_out import safe_writer
from debttracker.store.ledger_payments import insert_payment, replay_debt
from debttracker.store.ledger_terms import D, L, P

PAYMENT_COLUMNS = ("debt_id", "date", "amount", "method", "note")
DEBT_COLUMNS = (
    "lender", "name", "principal", "start_date", "months", "rate", "lender_kind", "received",
    "method", "rate_basis", "currency", "due_day",
)  # fmt: skip
Undo = Callable[[Session], Any]


@dataclass
class ImportRow:
    line: int
    values: dict[str, str]
    error: Message | None = None
    payload: Any = None


@dataclass
class ImportPlan:
    kind: str  # "payments" or "debts"
    columns: tuple[str, ...]
    rows: list[ImportRow] = field(default_factory=list)
    error: Message | None = None  # the whole file is unusable

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.rows) and all(r.error is None for r in self.rows)


def _bad_header(found: Sequence[str]) -> Message:
    return msg(
        "csv",
        QT_TRANSLATE_NOOP(
            "csv",
            "Unknown columns %1. Payments need debt_id,date,amount; debts need "
            "lender,name,principal,start_date,months,rate.",
        ),
        ", ".join(found),
    )


Progress = Callable[[int, int], Any]  # (rows done, rows in all)
PROGRESS_EVERY = 200


def _no_progress(_done: int, _total: int) -> None:
    return None


def read_plan(s: Session, text: str, progress: Progress = _no_progress) -> ImportPlan:
    """Parse and check every row; nothing is written.  ``progress`` hears how far it got."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = tuple((name or "").strip().lower() for name in reader.fieldnames or ())
    if {"debt_id", "date", "amount"} <= set(header) and set(header) <= set(PAYMENT_COLUMNS):
        plan = ImportPlan("payments", PAYMENT_COLUMNS)
    elif set(DEBT_COLUMNS[:6]) <= set(header) and set(header) <= set(DEBT_COLUMNS):
        plan = ImportPlan("debts", DEBT_COLUMNS)
    else:
        return ImportPlan("", header, error=_bad_header(header))
    debts = {str(i): i for (i,) in s.execute(select(D.c.id))}
    debts.update({name: i for i, name in s.execute(select(D.c.id, D.c.name))})
    lenders = {name: i for i, name in s.execute(select(L.c.id, L.c.name))}
    total = max(text.count("\n") - 1, 1)
    try:
        for number, raw in enumerate(reader, start=2):
            if number % PROGRESS_EVERY == 0:
                progress(min(number - 1, total), total)
            plan.rows.append(_checked_row(number, raw, plan.kind, debts, lenders))
    except csv.Error as exc:  # a field over the size limit, a stray carriage return, ...
        plan.error = msg(
            "csv",
            QT_TRANSLATE_NOOP("csv", "This is not a readable CSV file (line %1): %2"),
            reader.line_num,
            str(exc),
        )
        return plan
    if not plan.rows:
        plan.error = msg("csv", QT_TRANSLATE_NOOP("csv", "The file has no rows."))
    return plan


def _checked_row(
    number: int,
    raw: dict[str | None, Any],
    kind: str,
    debts: dict[str, int],
    lenders: dict[str, int],
) -> ImportRow:
    extra = raw.pop(None, None)  # cells beyond the header
    values = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
    row = ImportRow(number, values)
    if extra:
        row.error = msg("csv", QT_TRANSLATE_NOOP("csv", "This row has more cells than the header."))
    elif kind == "payments":
        _check_payment(row, debts)
    else:
        _check_debt(row, lenders)
    return row


def _check_payment(row: ImportRow, debts: dict[str, int]) -> None:
    debt_id = debts.get(row.values.get("debt_id", ""))
    if debt_id is None:
        row.error = msg(
            "csv", QT_TRANSLATE_NOOP("csv", "No debt %1."), row.values.get("debt_id", "")
        )
        return
    data, errors = validate_payment(
        row.values.get("amount", ""), row.values.get("date", ""),
        row.values.get("method", ""), row.values.get("note", ""),
    )  # fmt: skip
    if data is None:
        row.error = next(iter(errors.values()))
        return
    row.payload = (debt_id, data)


def _check_debt(row: ImportRow, lenders: dict[str, int]) -> None:
    v = row.values
    if not v.get("lender"):
        row.error = msg("csv", QT_TRANSLATE_NOOP("csv", "The lender is missing."))
        return
    form = DebtForm(
        lender_id=lenders.get(v["lender"], 0), name=v.get("name", ""),
        principal=v.get("principal", ""), received=v.get("received", ""),
        start_date=v.get("start_date", ""), term_months=v.get("months", ""),
        rate=v.get("rate", ""), method=v.get("method") or "annuity",
        rate_basis=v.get("rate_basis") or "annual", currency=v.get("currency") or "CNY",
        due_day=v.get("due_day", ""),
    )  # fmt: skip
    data, errors = validate_debt(form)
    if data is None:
        row.error = next(iter(errors.values()))
        return
    kind = v.get("lender_kind") or "bank"
    row.payload = (LenderInput(v["lender"], kind), data)


def apply_plan(s: Session, plan: ImportPlan, progress: Progress = _no_progress) -> list[Undo]:
    """Write every row (the caller's session: all or nothing); returns how to undo it."""
    undo: list[Undo] = []
    created: dict[str, int] = {}
    debts: dict[int, list[int]] = {}
    for index, row in enumerate(plan.rows):
        if index % PROGRESS_EVERY == 0:
            progress(index, len(plan.rows))
        if plan.kind == "payments":
            debt_id, data = row.payload
            debts.setdefault(debt_id, []).append(insert_payment(s, debt_id, data))
            continue
        lender, data = row.payload
        if data.lender_id == 0:
            if lender.name not in created:
                created[lender.name] = ledger.add_lender(s, lender)
                undo.append(partial(_undo_lender, created[lender.name]))
            data = _with_lender(data, created[lender.name])
        debt_id = ledger.add_debt(s, data)
        undo.append(partial(_undo_debt, debt_id))
    for debt_id in debts:  # one replay per debt, however many payments it received
        replay_debt(s, debt_id)
    if debts:
        undo.append(partial(_undo_payments, debts))
    progress(len(plan.rows), len(plan.rows))
    return undo


def _undo_payments(by_debt: dict[int, list[int]], s: Session) -> None:
    for debt_id, ids in by_debt.items():
        s.execute(delete(P).where(P.c.id.in_(ids)))
        replay_debt(s, debt_id)


def _undo_lender(lender_id: int, s: Session) -> None:
    ledger.delete_lender(s, lender_id)


def _undo_debt(debt_id: int, s: Session) -> None:
    ledger.delete_debt(s, debt_id)


def _with_lender(data: Any, lender_id: int) -> Any:
    from dataclasses import replace

    return replace(data, lender_id=lender_id)


def write_csv(
    out: io.TextIOBase | Any, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Write a CSV; text cells are neutralised against formulas (``store.csv_out``)."""
    writer = safe_writer(out)
    writer.writerow(header)
    writer.writerows(rows)
