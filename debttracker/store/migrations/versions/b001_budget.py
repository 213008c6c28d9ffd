"""budget: income and expense lines, actual amounts per month, hardship notes

Revision ID: b001_budget
Revises: 0001
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "b001_budget"
down_revision = "0001"
branch_labels = ("budget",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("essential", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("planned_fen", sa.Integer(), nullable=False),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("start_month", sa.Date(), nullable=False),
        sa.Column("end_month", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            "ix_budget_line_months", ["start_month", "end_month"], unique=False
        )

    op.create_table(
        "budget_actual",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["line_id"], ["budget_line.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_actual", schema=None) as batch_op:
        batch_op.create_index("ix_budget_actual_line_id", ["line_id"], unique=False)
        batch_op.create_index(
            "ux_budget_actual_line_month", ["line_id", "month"], unique=True
        )

    op.create_table(
        "budget_note",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("hardship", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("month"),
    )


def downgrade() -> None:
    op.drop_table("budget_note")
    with op.batch_alter_table("budget_actual", schema=None) as batch_op:
        batch_op.drop_index("ux_budget_actual_line_month")
        batch_op.drop_index("ix_budget_actual_line_id")
    op.drop_table("budget_actual")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index("ix_budget_line_months")
    op.drop_table("budget_line")
