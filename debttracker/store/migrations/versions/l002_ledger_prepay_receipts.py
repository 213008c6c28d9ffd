"""ledger: prepayment mode per debt, contract amounts of recomputed instalments, receipts as
evidence

Revision ID: l002_ledger
Revises: l001_ledger
Create Date: 2026-11-24 10:00:00

* ``debt.prepay_mode``: what paying ahead does to the rest of the schedule (``keep-term``:
  lower payment, the default; ``keep-payment``: shorter term).
* ``instalment.contract_*_fen``: an instalment's amounts as agreed, kept while a prepayment
  has recomputed it (NULL when it is as agreed), so a replay can always start from them.
* ``payment.receipt_evidence_id`` / ``receipt_sha256``: the receipt copied into the evidence
  store (no foreign key: the evidence table lives on the negotiation branch).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "l002_ledger"
down_revision = "l001_ledger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "prepay_mode", sa.String(length=20), nullable=False, server_default="keep-term"
            )
        )
    with op.batch_alter_table("instalment", schema=None) as batch_op:
        for name in ("contract_principal_fen", "contract_interest_fen", "contract_fee_fen"):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_evidence_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("receipt_sha256", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_column("receipt_sha256")
        batch_op.drop_column("receipt_evidence_id")
    with op.batch_alter_table("instalment", schema=None) as batch_op:
        for name in ("contract_fee_fen", "contract_interest_fen", "contract_principal_fen"):
            batch_op.drop_column(name)
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.drop_column("prepay_mode")
