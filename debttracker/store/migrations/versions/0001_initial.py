"""initial schema: settings, lenders, debts, instalments, payments

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 11:07:56.779603
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lender',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('hotline', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lender', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lender_name'), ['name'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('debt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lender_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('principal_fen', sa.Integer(), nullable=False),
    sa.Column('received_fen', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('rate', sa.String(length=40), nullable=False),
    sa.Column('rate_basis', sa.String(length=10), nullable=False),
    sa.Column('day_basis', sa.Integer(), nullable=False),
    sa.Column('upfront_fee_fen', sa.Integer(), nullable=False),
    sa.Column('period_fee_fen', sa.Integer(), nullable=False),
    sa.Column('penalty_uplift', sa.String(length=20), nullable=False),
    sa.Column('penalty_compound', sa.Boolean(), nullable=False),
    sa.Column('late_fee_fixed_fen', sa.Integer(), nullable=False),
    sa.Column('late_fee_percent', sa.String(length=20), nullable=False),
    sa.Column('due_day', sa.Integer(), nullable=True),
    sa.Column('grace_days', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('allocation_order', sa.String(length=60), nullable=False),
    sa.Column('card_limit_fen', sa.Integer(), nullable=True),
    sa.Column('statement_day', sa.Integer(), nullable=True),
    sa.Column('card_due_day', sa.Integer(), nullable=True),
    sa.Column('min_payment_percent', sa.String(length=20), nullable=False),
    sa.Column('terms_version', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['lender_id'], ['lender.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('debt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_debt_lender_id'), ['lender_id'], unique=False)

    op.create_table('instalment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('terms_version', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('principal_fen', sa.Integer(), nullable=False),
    sa.Column('interest_fen', sa.Integer(), nullable=False),
    sa.Column('fee_fen', sa.Integer(), nullable=False),
    sa.Column('paid_principal_fen', sa.Integer(), nullable=False),
    sa.Column('paid_interest_fen', sa.Integer(), nullable=False),
    sa.Column('paid_fee_fen', sa.Integer(), nullable=False),
    sa.Column('paid_penalty_fen', sa.Integer(), nullable=False),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('instalment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instalment_debt_id'), ['debt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_instalment_due_date'), ['due_date'], unique=False)
        batch_op.create_index('ux_instalment_debt_version_n', ['debt_id', 'terms_version', 'n'], unique=True)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('debt_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=50), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('receipt_path', sa.String(), nullable=False),
    sa.Column('alloc_penalty_fen', sa.Integer(), nullable=False),
    sa.Column('alloc_fees_fen', sa.Integer(), nullable=False),
    sa.Column('alloc_interest_fen', sa.Integer(), nullable=False),
    sa.Column('alloc_principal_fen', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['debt_id'], ['debt.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_debt_id'), ['debt_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_paid_on'), ['paid_on'], unique=False)
        batch_op.create_index('ix_payment_debt_paid_on', ['debt_id', 'paid_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index('ix_payment_debt_paid_on')
        batch_op.drop_index(batch_op.f('ix_payment_paid_on'))
        batch_op.drop_index(batch_op.f('ix_payment_debt_id'))

    op.drop_table('payment')
    with op.batch_alter_table('instalment', schema=None) as batch_op:
        batch_op.drop_index('ux_instalment_debt_version_n')
        batch_op.drop_index(batch_op.f('ix_instalment_due_date'))
        batch_op.drop_index(batch_op.f('ix_instalment_debt_id'))

    op.drop_table('instalment')
    with op.batch_alter_table('debt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_debt_lender_id'))

    op.drop_table('debt')
    op.drop_table('setting')
    with op.batch_alter_table('lender', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lender_name'))

    op.drop_table('lender')
