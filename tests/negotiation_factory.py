"""Test data for the negotiation tests: a lender with an official hotline and an overdue debt.

Rows are written straight into the ledger tables (the ledger's own tables, not its
repository), so these tests do not depend on how the ledger computes things.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from debttracker.core.money import to_fen
from debttracker.core.rates import Rate
from debttracker.core.schedule import build_schedule
from debttracker.store.db import Database
from debttracker.store.models import Debt, Instalment, Lender, Payment

HOTLINE = "95188, 400-820-8888"


@dataclass(frozen=True)
class Seeded:
    lender_id: int
    debt_id: int
    other_lender_id: int


def seed_overdue_debt(db: Database, *, paid_months: int = 3) -> Seeded:
    """招联 loan of ¥10,000 at 18 % over 12 months from 2026-01-15, first months paid."""
    schedule = build_schedule(
        Decimal(10000), Rate(Decimal("0.18")), 12, "annuity", date(2026, 1, 15)
    )
    with db.session() as s:
        lender = Lender(name="招联消费金融", kind="consumer_finance", hotline=HOTLINE)
        other = Lender(name="示例银行", kind="bank", hotline="95588")
        s.add(lender)
        s.add(other)
        s.flush()
        debt = Debt(
            lender_id=lender.id,
            name="好期贷",
            principal_fen=1_000_000,
            received_fen=1_000_000,
            start_date=date(2026, 1, 15),
            term_months=12,
            rate="0.18",
            status="overdue",
        )
        s.add(debt)
        s.flush()
        for row in schedule.installments:
            paid = row.n <= paid_months
            s.add(
                Instalment(
                    debt_id=debt.id,
                    n=row.n,
                    due_date=row.due,
                    principal_fen=to_fen(row.principal),
                    interest_fen=to_fen(row.interest),
                    paid_principal_fen=to_fen(row.principal) if paid else 0,
                    paid_interest_fen=to_fen(row.interest) if paid else 0,
                    settled_on=row.due if paid else None,
                )
            )
            if paid:
                s.add(
                    Payment(
                        debt_id=debt.id,
                        paid_on=row.due,
                        amount_fen=to_fen(row.payment),
                        note="按时还款",
                        alloc_principal_fen=to_fen(row.principal),
                        alloc_interest_fen=to_fen(row.interest),
                    )
                )
        s.flush()
        assert lender.id and debt.id and other.id
        return Seeded(lender.id, debt.id, other.id)
