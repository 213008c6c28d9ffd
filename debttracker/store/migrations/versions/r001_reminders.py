"""reminders: state of each reminder (done, snoozed, notified) and per-debt lead days

Revision ID: r001_reminders
Revises: 0001
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r001_reminders"
down_revision = "0001"
branch_labels = ("reminders",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_state",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("notified_for", sa.DateTime(), nullable=True),
        sa.Column("last_notified_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "reminder_lead",
        sa.Column("debt_id", sa.Integer(), nullable=False),
        sa.Column("days_before", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("debt_id"),
    )


def downgrade() -> None:
    op.drop_table("reminder_lead")
    op.drop_table("reminder_state")
