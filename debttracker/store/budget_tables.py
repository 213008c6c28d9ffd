"""Tables of the budget aggregate: income and expense lines, actual amounts, hardship notes.

Months are stored as the ``date`` of their first day.  A *recurring* line applies from
``start_month`` through ``end_month`` (inclusive; ``None`` = until changed); a one-off line has
``recurring = False`` and ``end_month == start_month``.  Planned amounts live on the line; what
was actually received or spent in a given month lives in ``budget_actual`` (one row per line
and month), so a recurring line keeps one plan and many actuals.  Money is integer fen.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from debttracker.store.models import utcnow


class BudgetLine(SQLModel, table=True):
    __tablename__ = "budget_line"
    __table_args__ = (Index("ix_budget_line_months", "start_month", "end_month"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=10)  # income, expense
    # income: salary, side_work, family, benefits, other; expense: rent, food, transport,
    # utilities, medical, children, education, insurance, other
    category: str = Field(default="other", max_length=30)
    essential: bool = False  # expenses only: must be paid before any debt
    name: str = Field(default="", max_length=200)
    planned_fen: int = 0
    recurring: bool = True
    start_month: date
    end_month: date | None = None
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class BudgetActual(SQLModel, table=True):
    __tablename__ = "budget_actual"
    __table_args__ = (Index("ux_budget_actual_line_month", "line_id", "month", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="budget_line.id", index=True)
    month: date
    amount_fen: int = 0


class BudgetNote(SQLModel, table=True):
    """The user's own explanation of the hardship, one per month (for the statement)."""

    __tablename__ = "budget_note"

    month: date = Field(primary_key=True)
    hardship: str = Field(default="")
    updated_at: datetime = Field(default_factory=utcnow)
