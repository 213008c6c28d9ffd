"""ledger: the debt's true APR kept with its schedule

Revision ID: l001_ledger
Revises: 0001
Create Date: 2026-11-23 13:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "l001_ledger"
down_revision = "0001"
branch_labels = ("ledger",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("apr", sa.String(length=40), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.drop_column("apr")
