"""What is due in a month, for every kind of debt (issue 16 item 1), and a balloon in a plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from debttracker.core.cards import MinimumPaymentRule
from debttracker.core.dues import CardTerms, DueRow, due_in_month, dues_by_month
from debttracker.core.money import to_fen
from debttracker.core.payoff import PayoffDebt, plan
from debttracker.core.rates import Rate
from debttracker.core.schedule import build_schedule


def _rows(method: str, months: int = 12) -> list[DueRow]:
    s = build_schedule(D(100000), Rate(D("0.12")), months, method, date(2026, 1, 10))
    return [
        DueRow(r.due, to_fen(r.principal), to_fen(r.interest), to_fen(r.fee))
        for r in s.installments
    ]


def test_interest_only_asks_interest_then_the_principal():
    """domain.md vector 9: 1,000.00 × 11, then 101,000.00."""
    rows = _rows("interest-only")
    assert dues_by_month(rows, 2026, 2, 12) == [D("1000.00")] * 11 + [D("101000.00")]
    assert due_in_month(rows, 2026, 1) is None  # nothing in the start month


def test_bullet_asks_nothing_until_maturity():
    rows = _rows("bullet")
    assert dues_by_month(rows, 2026, 2, 12) == [D(0)] * 11 + [D("112000.00")]
    due = due_in_month(rows, 2027, 1)
    assert due is not None and due.amount == due.unpaid == D("112000.00")
    assert (due.principal_part, due.interest_part) == (D(100000), D(12000))


def test_a_part_paid_ahead_is_not_asked_again_in_a_month_to_come():
    row = DueRow(date(2027, 1, 10), 10_000_000, 1_200_000, 0, paid_principal_fen=500_000)
    later = due_in_month([row], 2027, 1, today=date(2026, 12, 2))
    now = due_in_month([row], 2027, 1, today=date(2027, 1, 2))
    assert later is not None and later.amount == D("107000.00")
    assert now is not None and now.amount == D("112000.00") and now.unpaid == D("107000.00")


def test_a_card_without_instalments_asks_its_minimum():
    card = CardTerms(D(5000), MinimumPaymentRule(), 23, date(2026, 1, 5))
    due = due_in_month((), 2026, 3, card=card, paid_in_month=D(200))
    assert due is not None and due.due_date == date(2026, 3, 23)
    assert (due.amount, due.unpaid) == (D("500.00"), D("300.00"))
    assert due_in_month((), 2025, 12, card=card) is None  # before the card began


def test_a_balloon_above_the_budget_is_named_with_its_month_and_the_amount_short():
    bullet = PayoffDebt(
        "U", "借舅舅的钱", D(45000), D(0), D(0), dues=(D(0),) * 5 + (D(45000),),
        principal=D(45000), interest_rate=D(0),
    )  # fmt: skip
    # minimums only: nothing is due before 2027-05; then 45,000 falls due against 2,000
    result = plan([bullet], D(2000), "minimum", first_month="2026-12")
    assert result.shortfalls[0] == (6, D("43000.00"), (("U", D("43000.00")),))
    assert result.message is not None
    text = result.message.render()
    assert "2027-05" in text and "借舅舅的钱 43,000.00" in text and "short by 43,000.00" in text
    # with the extra money going to it from month 1 (avalanche), 10,000 is paid before
    ahead = plan([bullet], D(2000), "avalanche", first_month="2026-12")
    assert ahead.shortfalls[0][:2] == (6, D("33000.00"))
