"""Tables of the ledger aggregate (lenders, debts, instalments, payments) and settings.

Money columns end in ``_fen`` (integer minor units).  Rates are decimal strings (fractions,
``"0.049"`` for 4.9 %), so nothing is ever a float.  Datetimes are timezone-aware; SQLModel stores them in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC timestamp; SQLModel's datetime columns store UTC and refuse naive values."""
    return datetime.now(UTC)


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="")


class Lender(SQLModel, table=True):
    __tablename__ = "lender"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=200)
    # bank, card_issuer, consumer_finance, microcredit, online_platform, person
    kind: str = Field(default="bank", max_length=30)
    hotline: str = Field(default="", max_length=200)  # official numbers, comma separated
    website: str = Field(default="", max_length=300)  # official app / website
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)


class Debt(SQLModel, table=True):
    __tablename__ = "debt"

    id: int | None = Field(default=None, primary_key=True)
    lender_id: int = Field(foreign_key="lender.id", index=True)
    name: str = Field(max_length=200)
    kind: str = Field(default="loan", max_length=20)  # loan, card, personal
    currency: str = Field(default="CNY", max_length=3)
    principal_fen: int = 0  # amount borrowed (contract principal)
    received_fen: int = 0  # amount actually received after upfront fees (砍头息)
    start_date: date
    term_months: int = 12
    method: str = Field(default="annuity", max_length=20)  # annuity, equal_principal, ...
    rate: str = Field(default="0", max_length=40)  # fraction in the basis below
    rate_basis: str = Field(default="annual", max_length=10)  # annual, monthly, daily
    day_basis: int = 365  # 360 or 365
    upfront_fee_fen: int = 0
    period_fee_fen: int = 0
    penalty_uplift: str = Field(default="0.5", max_length=20)  # +50 % on the contract rate
    penalty_compound: bool = False
    late_fee_fixed_fen: int = 0
    late_fee_percent: str = Field(default="0", max_length=20)
    due_day: int | None = None
    grace_days: int = 0
    status: str = Field(default="current", max_length=20)
    allocation_order: str = Field(default="penalty,fees,interest,principal", max_length=60)
    card_limit_fen: int | None = None
    statement_day: int | None = None
    card_due_day: int | None = None
    min_payment_percent: str = Field(default="0.10", max_length=20)
    terms_version: int = 1
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    # true APR (IRR x 12, fraction) of the current terms, kept with the schedule so that lists
    # of many debts need no IRR solving; "" when no rate balances the flows (migration l001)
    apr: str = Field(default="", max_length=40)
    # what paying ahead does to the rest: keep-term (lower payment) or keep-payment (l002)
    prepay_mode: str = Field(default="keep-term", max_length=20)
    # a credit card by its current statement, and its rules (l003; store.ledger_cards)
    stmt_date: date | None = None  # 账单日
    stmt_due_date: date | None = None  # 到期还款日
    stmt_balance_fen: int | None = None  # 账单金额
    stmt_minimum_fen: int | None = None  # 最低还款额 as printed (None: by the rule)
    stmt_charges_fen: int = 0  # fees, interest, 违约金 on the bill
    stmt_instalment_fen: int = 0  # this month's 分期 instalment on the bill
    stmt_posted_on: date | None = None  # 记账日 interest runs from (None: stmt_date)
    card_min_floor_fen: int = 1000
    card_late_fee_percent: str = Field(default="0.05", max_length=20)
    card_tolerance_fen: int = 0


class Instalment(SQLModel, table=True):
    __tablename__ = "instalment"
    __table_args__ = (
        Index("ux_instalment_debt_version_n", "debt_id", "terms_version", "n", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    debt_id: int = Field(foreign_key="debt.id", index=True)
    terms_version: int = 1
    n: int
    due_date: date = Field(index=True)
    principal_fen: int = 0
    interest_fen: int = 0
    fee_fen: int = 0
    paid_principal_fen: int = 0
    paid_interest_fen: int = 0
    paid_fee_fen: int = 0
    paid_penalty_fen: int = 0
    settled_on: date | None = None
    # the amounts as agreed while a prepayment has recomputed this instalment (l002)
    contract_principal_fen: int | None = None
    contract_interest_fen: int | None = None
    contract_fee_fen: int | None = None


class Payment(SQLModel, table=True):
    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_debt_paid_on", "debt_id", "paid_on"),)

    id: int | None = Field(default=None, primary_key=True)
    debt_id: int = Field(foreign_key="debt.id", index=True)
    paid_on: date = Field(index=True)
    amount_fen: int
    method: str = Field(default="", max_length=50)
    note: str = Field(default="")
    receipt_path: str = Field(default="")  # the receipt's original file name
    # the receipt copied into the evidence store (l002; no FK: evidence is another branch)
    receipt_evidence_id: int | None = None
    receipt_sha256: str = Field(default="", max_length=64)
    alloc_penalty_fen: int = 0
    alloc_fees_fen: int = 0
    alloc_interest_fen: int = 0
    alloc_principal_fen: int = 0
    created_at: datetime = Field(default_factory=utcnow)
