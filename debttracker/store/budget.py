"""Budget repository: income and expense lines, actual amounts per month, hardship notes.

Lines go in and out as ``core.budget.BudgetLine`` (months as ``core.budget.Month``; the
tables keep the first day of the month).  Every function takes the caller's ``Session`` (one
per user action, see ``store.db``) so a whole action lands or none of it does.

Recurring lines repeat each month *until changed*: changing a recurring line from a month after
its first ends the old line the month before and starts a new one (``core.budget.
change_recurring``), so past months keep their figures.  :func:`snapshot` / :func:`restore`
capture and put back exact rows (ids included), which makes undo and redo exact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, delete, select

from debttracker.core import budget as core
from debttracker.core.budget import EXPENSE, BudgetLine, Month, MonthSummary, TrendPoint
from debttracker.core.money import from_fen, to_fen
from debttracker.store import budget_tables as t
from debttracker.store.budget_debts import total_minimums
from debttracker.store.models import utcnow


def first_day(month: Month) -> date:
    return date(month.year, month.month, 1)


def _line(row: t.BudgetLine, actuals: Iterable[t.BudgetActual]) -> BudgetLine:
    return BudgetLine(
        id=row.id,
        kind=row.kind,
        name=row.name,
        category=row.category,
        planned=from_fen(row.planned_fen),
        start=Month.of(row.start_month),
        end=Month.of(row.end_month) if row.end_month and row.recurring else None,
        recurring=row.recurring,
        essential=row.essential,
        actuals=tuple(sorted((Month.of(a.month), from_fen(a.amount_fen)) for a in actuals)),
    )


def _active_between(first: Month, last: Month) -> Any:
    return and_(
        col(t.BudgetLine.start_month) <= first_day(last),
        or_(
            col(t.BudgetLine.end_month).is_(None),
            col(t.BudgetLine.end_month) >= first_day(first),
        ),
    )


def load_lines(
    session: Session, first: Month | None = None, last: Month | None = None
) -> list[BudgetLine]:
    """Lines (with their actuals) that apply anywhere from ``first`` to ``last``; all if None."""
    query = select(t.BudgetLine).order_by(col(t.BudgetLine.id))
    if first is not None:
        query = query.where(_active_between(first, last or first))
    rows = session.exec(query).all()
    ids = [row.id for row in rows]
    actuals: dict[int, list[t.BudgetActual]] = defaultdict(list)
    for actual in session.exec(select(t.BudgetActual).where(col(t.BudgetActual.line_id).in_(ids))):
        actuals[actual.line_id].append(actual)
    return [_line(row, actuals[row.id or 0]) for row in rows]


def lines_in_month(session: Session, month: Month) -> list[BudgetLine]:
    """The lines that count in ``month``: income first, then expenses, in entry order."""
    lines = [line for line in load_lines(session, month) if line.active_in(month)]
    return sorted(lines, key=lambda line: (line.kind == EXPENSE, int(line.id or 0)))


def has_lines(session: Session) -> bool:
    return session.exec(select(t.BudgetLine.id)).first() is not None


def get_line(session: Session, line_id: int) -> BudgetLine:
    row = session.get(t.BudgetLine, line_id)
    if row is None:
        raise LookupError(f"budget line {line_id} does not exist")
    actuals = session.exec(select(t.BudgetActual).where(t.BudgetActual.line_id == line_id))
    return _line(row, actuals)


def _write(session: Session, line: BudgetLine, row: t.BudgetLine | None = None) -> int:
    """Insert (``row`` None) or overwrite a row from ``line``, actuals included."""
    row = row or t.BudgetLine(kind=line.kind, start_month=first_day(line.start))
    row.kind, row.name, row.category = line.kind, line.name.strip(), line.category
    row.essential = line.essential and line.kind == EXPENSE
    row.planned_fen = to_fen(line.planned)
    row.recurring = line.recurring
    row.start_month = first_day(line.start)
    end = line.end if line.recurring else line.start
    row.end_month = first_day(end) if end else None
    session.add(row)
    session.flush()
    assert row.id is not None
    session.exec(delete(t.BudgetActual).where(col(t.BudgetActual.line_id) == row.id))  # type: ignore[call-overload]
    session.add_all(
        t.BudgetActual(line_id=row.id, month=first_day(m), amount_fen=to_fen(amount))
        for m, amount in line.actuals
        if (line.recurring and line.start <= m and (end is None or m <= end)) or m == line.start
    )
    session.flush()
    return row.id


def add_line(session: Session, line: BudgetLine) -> int:
    """Store a new line (its ``id`` is ignored); the new id."""
    return _write(session, replace(line, id=None))


def change_line(session: Session, line_id: int, new: BudgetLine, from_month: Month) -> int:
    """Change a line from ``from_month`` on; the id of the line that now holds that month.

    ``new`` carries the kind, name, category, essential flag, amount and recurrence wanted.
    A recurring line that began earlier is split (core ``change_recurring``).
    """
    old = get_line(session, line_id)
    row = session.get(t.BudgetLine, line_id)
    assert row is not None
    parts = core.change_recurring(old, from_month, new.planned)

    def with_fields(line: BudgetLine) -> BudgetLine:
        return replace(
            line,
            kind=new.kind,
            name=new.name,
            category=new.category,
            essential=new.essential,
            recurring=new.recurring,
        )

    if len(parts) == 1:
        kept = with_fields(parts[0])
        if new.recurring and not old.recurring:
            kept = replace(kept, end=None)
        if not new.recurring:
            kept = replace(kept, start=from_month if old.recurring else old.start, end=None)
            kept = replace(kept, actuals=tuple(a for a in kept.actuals if a[0] == kept.start))
        return _write(session, kept, row)
    earlier, later = parts
    _write(session, earlier, row)
    later = with_fields(later)
    if not new.recurring:
        later = replace(later, end=None)
    return _write(session, later)


def remove_line(session: Session, line_id: int, from_month: Month) -> None:
    """Remove a line from ``from_month`` on; a recurring line that began earlier keeps its past."""
    old = get_line(session, line_id)
    row = session.get(t.BudgetLine, line_id)
    assert row is not None
    if old.recurring and old.start < from_month:
        _write(session, replace(old, end=from_month.shift(-1)), row)
        return
    session.exec(delete(t.BudgetActual).where(col(t.BudgetActual.line_id) == line_id))  # type: ignore[call-overload]
    session.delete(row)
    session.flush()


def set_actual(session: Session, line_id: int, month: Month, amount: Decimal | None) -> None:
    """Record (or clear, with ``None``) what was actually received or spent in ``month``."""
    line = get_line(session, line_id)
    actuals = [a for a in line.actuals if a[0] != month]
    if amount is not None:
        actuals.append((month, amount))
    row = session.get(t.BudgetLine, line_id)
    _write(session, replace(line, actuals=tuple(sorted(actuals))), row)


def copy_plan(session: Session, from_month: Month, to_month: Month) -> list[int]:
    """Copy ``from_month``'s plan into ``to_month`` (core ``copy_plan``); the new ids."""
    lines = load_lines(session, min(from_month, to_month), max(from_month, to_month))
    return [add_line(session, line) for line in core.copy_plan(lines, from_month, to_month)]


# --- figures --------------------------------------------------------------------------------


def month_summary(session: Session, month: Month, today: date | None = None) -> MonthSummary:
    """Income, spending, minimums due (from the ledger, ``budget_debts.minimums_due``) and
    what is available in ``month``."""
    return core.month_summary(
        lines_in_month(session, month), month, total_minimums(session, first_day(month), today)
    )


def trend(session: Session, last: Month, count: int = 12) -> list[TrendPoint]:
    months = core.last_months(last, count)
    return core.trend(load_lines(session, months[0], months[-1]), months)


# --- hardship note --------------------------------------------------------------------------


def hardship_note(session: Session, month: Month, *, fallback: bool = True) -> str:
    """The user's hardship explanation for ``month`` (else the latest one before it)."""
    note = session.get(t.BudgetNote, first_day(month))
    if note is not None or not fallback:
        return note.hardship if note else ""
    earlier = session.exec(
        select(t.BudgetNote)
        .where(t.BudgetNote.month < first_day(month))
        .order_by(col(t.BudgetNote.month).desc())
    ).first()
    return earlier.hardship if earlier else ""


def set_hardship_note(session: Session, month: Month, text: str) -> None:
    note = session.get(t.BudgetNote, first_day(month)) or t.BudgetNote(month=first_day(month))
    note.hardship = text.strip()
    note.updated_at = utcnow()
    session.add(note)
    session.flush()


# --- exact snapshots for undo/redo ----------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Rows of some lines (with their actuals) and notes of some months, exactly as stored."""

    line_ids: frozenset[int] = frozenset()
    note_months: frozenset[date] = frozenset()
    lines: tuple[dict[str, Any], ...] = ()
    actuals: tuple[dict[str, Any], ...] = ()
    notes: tuple[dict[str, Any], ...] = ()


def snapshot(
    session: Session, line_ids: Iterable[int] = (), note_months: Iterable[Month] = ()
) -> Snapshot:
    ids = frozenset(line_ids)
    months = frozenset(first_day(m) for m in note_months)
    lines = session.exec(select(t.BudgetLine).where(col(t.BudgetLine.id).in_(ids))).all()
    actuals = session.exec(select(t.BudgetActual).where(col(t.BudgetActual.line_id).in_(ids))).all()
    notes = session.exec(select(t.BudgetNote).where(col(t.BudgetNote.month).in_(months))).all()
    return Snapshot(
        ids,
        months,
        tuple(row.model_dump() for row in lines),
        tuple(row.model_dump() for row in actuals),
        tuple(row.model_dump() for row in notes),
    )


def restore(session: Session, current: Snapshot, wanted: Snapshot) -> None:
    """Replace the rows ``current`` covers by the rows held in ``wanted``."""
    ids = current.line_ids | wanted.line_ids
    months = current.note_months | wanted.note_months
    session.exec(delete(t.BudgetActual).where(col(t.BudgetActual.line_id).in_(ids)))  # type: ignore[call-overload]
    session.exec(delete(t.BudgetLine).where(col(t.BudgetLine.id).in_(ids)))  # type: ignore[call-overload]
    session.exec(delete(t.BudgetNote).where(col(t.BudgetNote.month).in_(months)))  # type: ignore[call-overload]
    session.flush()
    session.add_all(t.BudgetLine(**row) for row in wanted.lines)
    session.flush()
    session.add_all(t.BudgetActual(**row) for row in wanted.actuals)
    session.add_all(t.BudgetNote(**row) for row in wanted.notes)
    session.flush()
