"""ledger: a credit card by its statement

Revision ID: l003_ledger
Revises: l002_ledger
Create Date: 2026-12-02 19:40:00

A card (``debt.kind = 'card'``) is its current statement, as the bill reads (domain.md §1.7):

* ``stmt_date`` (账单日), ``stmt_due_date`` (到期还款日), ``stmt_balance_fen`` (账单金额),
  ``stmt_minimum_fen`` (最低还款额 as printed; NULL: by the card's rule),
  ``stmt_charges_fen`` (fees, interest and 违约金 on the bill: 100 % in the minimum, bear no
  interest), ``stmt_instalment_fen`` (this month's 分期 instalment on the bill: 100 % in the
  minimum), ``stmt_posted_on`` (记账日 interest runs from; NULL: the statement date);
* the card's rules: ``card_min_floor_fen`` (floor of the minimum, default 10 yuan; the share
  of the consumption balance is the existing ``min_payment_percent``),
  ``card_late_fee_percent`` (违约金 as a share of the unpaid minimum, default 5 %, §4.2) and
  ``card_tolerance_fen`` (容差: an unpaid remainder up to it counts as paid in full).

A card written before this revision has no statement (NULLs) and keeps its old schedule
until it is edited.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "l003_ledger"
down_revision = "l002_ledger"
branch_labels = None
depends_on = None

_NULLABLE: tuple[tuple[str, Any], ...] = (
    ("stmt_date", sa.Date()),
    ("stmt_due_date", sa.Date()),
    ("stmt_balance_fen", sa.Integer()),
    ("stmt_minimum_fen", sa.Integer()),
    ("stmt_posted_on", sa.Date()),
)
_DEFAULTED: tuple[tuple[str, Any, str], ...] = (
    ("stmt_charges_fen", sa.Integer(), "0"),
    ("stmt_instalment_fen", sa.Integer(), "0"),
    ("card_min_floor_fen", sa.Integer(), "1000"),
    ("card_late_fee_percent", sa.String(length=20), "0.05"),
    ("card_tolerance_fen", sa.Integer(), "0"),
)


def upgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        for name, type_ in _NULLABLE:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
        for name, type_, default in _DEFAULTED:
            batch_op.add_column(sa.Column(name, type_, nullable=False, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("debt", schema=None) as batch_op:
        for name, *_rest in reversed(_DEFAULTED):
            batch_op.drop_column(name)
        for name, _type in reversed(_NULLABLE):
            batch_op.drop_column(name)
