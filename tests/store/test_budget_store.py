"""Budget repository: lines per month, recurring changes, actuals, notes, undo snapshots and the
minimums due read from the ledger tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlmodel import select

from debttracker.core.budget import INCOME, BudgetLine, Month
from debttracker.store import budget as repo
from debttracker.store import budget_debts
from debttracker.store.budget_tables import BudgetLine as LineRow
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Lender, Payment

MAR, APR, MAY = Month(2026, 3), Month(2026, 4), Month(2026, 5)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    yield database
    database.close()


def line(kind="expense", name="房租", planned="2200", start=MAR, **kw) -> BudgetLine:
    category = kw.pop("category", "rent" if kind == "expense" else "salary")
    return BudgetLine(None, kind, name, category, D(planned), start, **kw)


def add(db, *lines: BudgetLine) -> list[int]:
    with db.session() as s:
        return [repo.add_line(s, x) for x in lines]


def test_month_summary_counts_recurring_and_one_off_lines(db):
    add(
        db,
        line(INCOME, "工资", "8500.00"),
        line("expense", "房租", "2200"),
        line("expense", "外卖", "300", essential=False),
        line("expense", "体检", "450.50", start=APR, recurring=False),
    )
    with db.session() as s:
        march, april, may = (repo.month_summary(s, m) for m in (MAR, APR, MAY))
    assert (march.income, march.essential, march.discretionary) == (
        D("8500.00"),
        D("2200.00"),
        D("300.00"),
    )
    assert march.available == D("6300.00")
    assert april.essential == D("2650.50") and april.available == D("5849.50")
    assert may.essential == D("2200.00")
    with db.session() as s:
        assert repo.month_summary(s, Month(2026, 2)).income == D("0.00")


def test_change_from_a_later_month_splits_and_keeps_the_past(db):
    (rent,) = add(db, line())
    with db.session() as s:
        repo.set_actual(s, rent, MAR, D("2250"))
        repo.set_actual(s, rent, MAY, D("2400"))
        new_id = repo.change_line(s, rent, line(planned="2400"), MAY)
    assert new_id != rent
    with db.session() as s:
        old, new = repo.get_line(s, rent), repo.get_line(s, new_id)
        assert old.end == APR and old.actuals == ((MAR, D("2250.00")),)
        assert new.start == MAY and new.end is None and new.actuals == ((MAY, D("2400.00")),)
        assert [x.planned for x in repo.lines_in_month(s, APR)] == [D("2200.00")]
        assert [x.planned for x in repo.lines_in_month(s, Month(2026, 9))] == [D("2400.00")]


def test_change_in_first_month_edits_in_place_and_one_off_stays_put(db):
    (rent,) = add(db, line())
    with db.session() as s:
        assert repo.change_line(s, rent, line(name="房租(合租)", planned="1800"), MAR) == rent
        assert repo.get_line(s, rent).name == "房租(合租)"
        # made one-off in April: March keeps the old line, only April has the new one
        one_off = repo.change_line(s, rent, line(planned="900", recurring=False), APR)
        assert [x.id for x in repo.lines_in_month(s, APR)] == [one_off]
        assert repo.lines_in_month(s, MAY) == []
        assert [x.id for x in repo.lines_in_month(s, MAR)] == [rent]


def test_remove_from_a_month_keeps_earlier_months(db):
    rent, extra = add(db, line(), line(name="补课", start=APR, recurring=False))
    with db.session() as s:
        repo.remove_line(s, rent, MAY)
        repo.remove_line(s, extra, APR)
    with db.session() as s:
        assert [x.id for x in repo.lines_in_month(s, APR)] == [rent]
        assert repo.lines_in_month(s, MAY) == []
        repo.remove_line(s, rent, MAR)
        assert not repo.has_lines(s)


def test_actual_overrides_planned_and_can_be_cleared(db):
    (food,) = add(db, line(name="伙食", planned="1500", category="food"))
    with db.session() as s:
        repo.set_actual(s, food, APR, D("1720.30"))
        assert repo.month_summary(s, APR).essential == D("1720.30")
        repo.set_actual(s, food, APR, None)
        assert repo.month_summary(s, APR).essential == D("1500.00")


def test_copy_plan_copies_one_offs_once(db):
    add(
        db, line(), line(name="药费", planned="380", start=MAR, recurring=False, category="medical")
    )
    with db.session() as s:
        assert len(repo.copy_plan(s, MAR, APR)) == 1
    with db.session() as s:
        assert repo.copy_plan(s, MAR, APR) == []
        assert sorted(x.name for x in repo.lines_in_month(s, APR)) == ["房租", "药费"]


def test_hardship_note_falls_back_to_the_latest_earlier_one(db):
    with db.session() as s:
        repo.set_hardship_note(s, MAR, "  2月起失业，正在找工作。 ")
    with db.session() as s:
        assert repo.hardship_note(s, MAR) == "2月起失业，正在找工作。"
        assert repo.hardship_note(s, MAY) == "2月起失业，正在找工作。"
        assert repo.hardship_note(s, MAY, fallback=False) == ""
        assert repo.hardship_note(s, Month(2026, 1)) == ""


def test_snapshot_restore_undoes_and_redoes_exactly(db):
    (rent,) = add(db, line())
    with db.session() as s:
        before = repo.snapshot(s, [rent], [APR])
        new_id = repo.change_line(s, rent, line(planned="2500"), APR)
        repo.set_hardship_note(s, APR, "房租上涨")
        after = repo.snapshot(s, [rent, new_id], [APR])
    with db.session() as s:
        repo.restore(s, after, before)
    with db.session() as s:
        assert [(x.id, x.planned) for x in repo.lines_in_month(s, APR)] == [(rent, D("2200.00"))]
        assert repo.hardship_note(s, APR, fallback=False) == ""
        repo.restore(s, before, after)
    with db.session() as s:
        assert [(x.id, x.planned) for x in repo.lines_in_month(s, APR)] == [(new_id, D("2500.00"))]
        assert repo.hardship_note(s, APR) == "房租上涨"


def test_a_failed_action_writes_nothing(db):
    with pytest.raises(LookupError), db.session() as s:
        repo.add_line(s, line())
        repo.change_line(s, 999, line(), MAR)
    with db.session() as s:
        assert s.exec(select(LineRow)).all() == []


# --- minimums from the ledger ----------------------------------------------------------------


def ledger(db) -> dict[str, int]:
    """A bank loan (renegotiated once), a card, an online loan in negotiation, a settled debt."""
    with db.session() as s:
        bank = Lender(name="招商银行", kind="bank")
        app = Lender(name="某借呗", kind="online_platform")
        s.add_all([bank, app])
        s.flush()
        loan = Debt(
            lender_id=bank.id,
            name="消费贷",
            start_date=date(2025, 6, 1),
            rate="0.12",
            penalty_uplift="0.5",
            terms_version=2,
            late_fee_fixed_fen=5000,
        )
        card = Debt(
            lender_id=bank.id,
            name="信用卡",
            kind="card",
            principal_fen=2000000,
            start_date=date(2024, 1, 1),
            rate="0.0005",
            rate_basis="daily",
            card_due_day=23,
            min_payment_percent="0.10",
            late_fee_percent="0.05",
        )
        online = Debt(
            lender_id=app.id,
            name="网贷",
            start_date=date(2025, 9, 1),
            rate="0.24",
            status="negotiating",
            penalty_uplift="0.5",
        )
        done = Debt(lender_id=app.id, name="已结清", start_date=date(2024, 1, 1), status="settled")
        s.add_all([loan, card, online, done])
        s.flush()
        s.add_all(
            [
                # old terms (version 1) must be ignored
                Instalment(
                    debt_id=loan.id,
                    terms_version=1,
                    n=10,
                    due_date=date(2026, 4, 5),
                    principal_fen=900000,
                    interest_fen=10000,
                ),
                Instalment(
                    debt_id=loan.id,
                    terms_version=2,
                    n=1,
                    due_date=date(2026, 3, 5),
                    principal_fen=250000,
                    interest_fen=10000,
                    paid_principal_fen=250000,
                    paid_interest_fen=10000,
                    settled_on=date(2026, 3, 5),
                ),
                Instalment(
                    debt_id=loan.id,
                    terms_version=2,
                    n=2,
                    due_date=date(2026, 4, 5),
                    principal_fen=250000,
                    interest_fen=10000,
                    paid_principal_fen=50000,
                ),
                Instalment(
                    debt_id=online.id,
                    terms_version=1,
                    n=3,
                    due_date=date(2026, 4, 18),
                    principal_fen=180000,
                    interest_fen=36000,
                    fee_fen=1000,
                ),
                Instalment(
                    debt_id=done.id,
                    terms_version=1,
                    n=1,
                    due_date=date(2026, 4, 1),
                    principal_fen=100000,
                ),
            ]
        )
        s.add(
            Payment(
                debt_id=card.id,
                paid_on=date(2025, 12, 1),
                amount_fen=500000,
                alloc_principal_fen=500000,
            )
        )
        return {"loan": loan.id, "card": card.id, "online": online.id}


def test_minimums_due_use_current_terms_cards_and_skip_settled(db):
    ids = ledger(db)
    with db.session() as s:
        due = budget_debts.minimums_due(s, date(2026, 4, 1))
    by_id = {d.debt_id: d for d in due}
    assert set(by_id) == {ids["loan"], ids["card"], ids["online"]}
    assert by_id[ids["loan"]].amount == D("2600.00")  # v2 instalment, not the v1 row
    assert by_id[ids["loan"]].unpaid == D("2100.00")
    assert by_id[ids["card"]].amount == D("1500.00")  # 10 % of 15,000 outstanding
    assert by_id[ids["card"]].due_date == date(2026, 4, 23)
    assert by_id[ids["online"]].amount == D("2170.00")
    with db.session() as s:
        assert budget_debts.total_minimums(s, date(2026, 4, 1)) == D("6270.00")
        assert repo.month_summary(s, APR).minimums == D("6270.00")


def test_triage_facts_cost_of_a_slipped_payment(db):
    ids = ledger(db)
    with db.session() as s:
        facts = {
            f.due.debt_id: f
            for f in budget_debts.triage_facts(s, date(2026, 4, 1), date(2026, 4, 10))
        }
    loan = facts[ids["loan"]]
    # overdue since 5 April: 2,000 principal at 12 % × 1.5 / 365 a day, plus 50.00 fixed fee
    assert loan.days_overdue == 5 and loan.overdue_amount == D("2100.00")
    assert loan.penalty_per_day == D("0.99")
    assert loan.late_fee == D("50.00")
    assert facts[ids["online"]].negotiating
    card = facts[ids["card"]]
    assert card.penalty_per_day == D("0.75")  # 1,500 × 0.05 % a day
    assert card.late_fee == D("75.00")  # 5 % of the minimum
    with db.session() as s:
        result = budget_debts.triage(s, date(2026, 4, 1), date(2026, 4, 10), D("1000"))
    assert [o.id for o in result.negotiating] == [ids["online"]]
    assert result.suggestion_covers


def test_sample_budget_has_covered_months_and_short_ones(db):
    from debttracker.store import sample

    today = date(2026, 4, 10)
    assert sample.generate(db, today=today)["budget_lines"] == 14
    with db.session() as s:
        months = [Month(2026, 4).shift(-k) for k in range(12)]
        summaries = [repo.month_summary(s, m) for m in months]
        assert repo.hardship_note(s, Month(2026, 4)).startswith("2025年11月起")
    assert any(x.covers for x in summaries) and any(not x.covers for x in summaries)
    april = summaries[0]
    assert (april.income, april.essential, april.discretionary) == (
        D("9700.00"), D("5510.00"), D("150.00"),
    )  # fmt: skip
    assert april.available == D("4190.00") and april.shortfall > 0


def test_minimums_by_month_matches_month_by_month(db):
    ledger(db)
    first = date(2026, 2, 1)
    with db.session() as s:
        fast = budget_debts.minimums_by_month(s, first, 5)
        slow = [budget_debts.total_minimums(s, date(2026, m, 1)) for m in range(2, 7)]
    assert fast == slow and fast[2] == D("6270.00")
