"""An agreement and the ledger: payments before it stay on the old terms, payments after it
go to the new schedule, the true APR follows the terms in force, and undo/redo bring it back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import select

from debttracker.core.debts import PaymentInput
from debttracker.core.messages import DomainError
from debttracker.core.money import from_fen
from debttracker.core.negotiation import AgreementDraft
from debttracker.store import ledger
from debttracker.store import negotiation_agreements as agr
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Payment
from tests.negotiation_factory import seed_overdue_debt

SIGNED = date(2026, 6, 1)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "data")
    yield database
    database.close()


def paid_total(s, debt_id: int, version: int) -> int:
    rows = s.exec(
        select(Instalment).where(Instalment.debt_id == debt_id, Instalment.terms_version == version)
    )
    return sum(r.paid_principal_fen + r.paid_interest_fen + r.paid_fee_fen for r in rows)


def test_agreement_moves_only_later_payments_and_updates_the_apr(db):
    seeded = seed_overdue_debt(db, paid_months=3)
    with db.session() as s:
        ledger.replay_debt(s, seeded.debt_id)
        before = s.get(Debt, seeded.debt_id)
        old_apr = before.apr
        old_allocations = sorted(p.alloc_principal_fen for p in s.exec(select(Payment)))
        draft = AgreementDraft(
            debt_id=seeded.debt_id,
            kind="instalments",
            signed_on=SIGNED,
            first_due=date(2026, 7, 1),
            balance=Decimal("7500.00"),
            months=12,
            annual_rate=Decimal("0.06"),
        )
        agreement_id = agr.record_agreement(s, draft, SIGNED)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        assert debt.terms_version == 2 and debt.status == "restructured"
        # the three payments of January–April stay where they were, on the old terms
        assert sorted(p.alloc_principal_fen for p in s.exec(select(Payment))) == old_allocations
        assert paid_total(s, seeded.debt_id, 2) == 0
        assert debt.apr != old_apr
        assert abs(Decimal(debt.apr) - Decimal("0.06")) < Decimal("0.001")
        ledger.add_payment(s, seeded.debt_id, PaymentInput(date(2026, 7, 1), Decimal("645.50")))
    with db.session() as s:
        assert paid_total(s, seeded.debt_id, 2) == 64550  # the new payment pays the new terms
    # once paid under, the agreement can no longer be taken back
    with pytest.raises(DomainError, match="no longer be taken back"), db.session() as s:
        agr.remove_agreement(s, agreement_id)


def test_undo_and_redo_of_an_agreement_restore_terms_and_apr(db):
    seeded = seed_overdue_debt(db, paid_months=3)
    with db.session() as s:
        ledger.replay_debt(s, seeded.debt_id)
        draft = AgreementDraft(
            debt_id=seeded.debt_id,
            kind="instalments",
            signed_on=SIGNED,
            first_due=date(2026, 7, 1),
            balance=Decimal("7500.00"),
            months=12,
        )
        agreement_id = agr.record_agreement(s, draft, SIGNED)
    with db.session() as s:
        new_apr = s.get(Debt, seeded.debt_id).apr
        snap = agr.remove_agreement(s, agreement_id)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        assert debt.terms_version == 1
        assert abs(Decimal(debt.apr) - Decimal("0.18")) < Decimal("0.0001")  # the contract's
        assert paid_total(s, seeded.debt_id, 1) > 0
    with db.session() as s:
        agr.restore_agreement(s, snap)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        assert (debt.terms_version, debt.apr) == (2, new_apr)
        assert paid_total(s, seeded.debt_id, 2) == 0


def test_a_deferral_keeps_the_cost_of_the_deferred_interest(db):
    """A 延期 moves the remaining instalments (interest included): its true APR stays the loan's,
    not 0 % as it would be if measured against a balance that already holds that interest."""
    seeded = seed_overdue_debt(db, paid_months=3)
    with db.session() as s:
        ledger.replay_debt(s, seeded.debt_id)
        remaining = agr.remaining_rows(s, seeded.debt_id)
        owed = from_fen(sum(r.total_fen for r in remaining))
        draft = AgreementDraft(
            debt_id=seeded.debt_id,
            kind="deferral",
            signed_on=SIGNED,
            first_due=date(2026, 7, 15),
            balance=owed,
            deferral_months=3,
        )
        agr.record_agreement(s, draft, SIGNED)
    with db.session() as s:
        apr = Decimal(s.get(Debt, seeded.debt_id).apr)
    assert Decimal("0.15") < apr < Decimal("0.20")  # the loan's cost carried forward, not 0 %
