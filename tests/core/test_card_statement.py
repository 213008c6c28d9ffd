"""A card by its statement: minimum, interest-free period, revolving interest, 违约金, overdue,
what is due in a month, 账单分期 (domain.md §1.7, §2.3, §4.2; vectors 12, 14, 21)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from debttracker.core.cards import (
    CardTerms,
    Statement,
    bill_instalments,
    card_due_in_month,
    card_position,
    minimum_due,
    rule_minimum,
)
from debttracker.core.irr import borrower_flows, true_cost

D = Decimal
TERMS = CardTerms()  # 万分之五 a day, 10 % + charges, floor 10, 违约金 5 %
BILL = Statement(date(2026, 4, 5), date(2026, 4, 23), D(10000))


def test_rule_minimum_is_ten_percent_of_consumption_vector_14():
    assert rule_minimum(BILL, TERMS) == D("1000.00")


def test_rule_minimum_adds_all_charges_and_the_instalment_and_has_a_floor():
    bill = Statement(
        date(2026, 4, 5), date(2026, 4, 23), D(3000), charges=D(50), instalment=D(1072)
    )
    assert rule_minimum(bill, TERMS) == D("187.80") + D(50) + D(1072)
    small = Statement(date(2026, 4, 5), date(2026, 4, 23), D(60))
    assert rule_minimum(small, TERMS) == D(10)
    tiny = Statement(date(2026, 4, 5), date(2026, 4, 23), D(7))
    assert rule_minimum(tiny, TERMS) == D(7)  # never more than the bill


def test_the_printed_minimum_wins_over_the_rule():
    assert (
        minimum_due(Statement(BILL.statement_date, BILL.due_date, D(10000), D(500)), TERMS) == 500
    )


def test_paid_in_full_by_the_due_date_costs_nothing():
    pos = card_position(TERMS, BILL, [(date(2026, 4, 20), D(10000))], date(2026, 6, 1))
    assert pos.interest_free and pos.revolving_interest == 0 and pos.late_fee == 0
    assert pos.owed == 0 and pos.days_overdue == 0


def test_before_the_due_date_a_payment_reduces_the_statement():
    pos = card_position(TERMS, BILL, [(date(2026, 4, 10), D(2000))], date(2026, 4, 12))
    assert pos.remaining == D(8000) and pos.owed == D(8000)
    assert pos.revolving_interest == 0 and pos.interest_free  # can still pay in full


def test_minimum_paid_loses_the_interest_free_period():
    """2,000 paid on the due date: 10,000 × 0.05 % from the posting to the repayment, then
    8,000 × 0.05 % to the day looked at; not overdue, no 违约金."""
    posted = Statement(BILL.statement_date, BILL.due_date, D(10000), posted_on=date(2026, 3, 30))
    pos = card_position(TERMS, posted, [(date(2026, 4, 23), D(2000))], date(2026, 5, 5))
    # 10,000 × 0.0005 × 24 days + 8,000 × 0.0005 × 12 days
    assert pos.revolving_interest == D("120.00") + D("48.00")
    assert pos.owed == D(8000) + D("168.00")
    assert pos.late_fee == 0 and pos.days_overdue == 0 and not pos.interest_free


def test_published_vector_12():
    bill = Statement(date(2024, 4, 5), date(2024, 4, 23), D(1000), posted_on=date(2024, 3, 30))
    pos = card_position(TERMS, bill, [(date(2024, 4, 23), D(100))], date(2024, 5, 5))
    assert pos.revolving_interest == D("17.40")


def test_minimum_unpaid_draws_late_fee_and_is_overdue_from_the_day_after_due():
    on_due = card_position(TERMS, BILL, [], BILL.due_date)
    assert on_due.days_overdue == 0 and on_due.late_fee == 0
    day_after = card_position(TERMS, BILL, [(date(2026, 4, 15), D(400))], date(2026, 4, 24))
    assert day_after.days_overdue == 1
    assert day_after.late_fee == D("30.00")  # 5 % of the 600 of the minimum unpaid
    # interest on 10,000 from the statement date 04-05 to 04-15, then on 9,600 to 04-24
    assert day_after.revolving_interest == D("50.00") + D("43.20")
    assert day_after.owed == D(9600) + D("93.20") + D("30.00")
    later = card_position(TERMS, BILL, [(date(2026, 4, 15), D(400))], date(2026, 5, 3))
    assert later.days_overdue == 10


def test_grace_days_count_as_on_time():
    terms = CardTerms(grace_days=3)
    pos = card_position(terms, BILL, [(date(2026, 4, 26), D(10000))], date(2026, 5, 10))
    assert pos.interest_free and pos.revolving_interest == 0 and pos.days_overdue == 0


def test_payments_before_the_statement_are_already_in_it():
    pos = card_position(TERMS, BILL, [(date(2026, 4, 1), D(5000))], date(2026, 4, 10))
    assert pos.paid == 0 and pos.remaining == D(10000)


def test_due_in_month():
    assert card_due_in_month(TERMS, [BILL], [], 2026, 3).minimum == 0
    april = card_due_in_month(TERMS, [BILL], [(date(2026, 4, 10), D(300))], 2026, 4)
    assert (april.due_date, april.minimum, april.in_full) == (BILL.due_date, D(700), D(9700))
    late = card_due_in_month(TERMS, [BILL], [], 2026, 5)
    assert late.minimum == D(1000) + D(50) and late.due_date == BILL.due_date
    paid_min = card_due_in_month(TERMS, [BILL], [(date(2026, 4, 23), D(1000))], 2026, 5)
    assert paid_min.projected and paid_min.due_date == date(2026, 5, 23)
    # 9,000 left; interest 10,000 × 18 days + 9,000 × 12 days at 0.05 % = 90 + 54
    assert paid_min.in_full == D(9000) + D(144)
    assert paid_min.minimum == D(900) + D(144)
    assert (
        card_due_in_month(TERMS, [BILL], [(date(2026, 4, 2 + 20), D(10000))], 2026, 5).minimum == 0
    )


def test_bill_instalments_fee_per_period_and_true_apr_vector_21():
    schedule = bill_instalments(D(12000), 12, D(72), date(2026, 1, 23))
    assert [row.payment for row in schedule.installments] == [D(1072)] * 12
    assert schedule.total_interest == 0 and schedule.total_fees == D(864)
    cost = true_cost(borrower_flows(schedule, D(12000)))
    assert cost.apr.quantize(D("0.0001")) == D("0.1303")


amounts = st.integers(min_value=1, max_value=5_000_000).map(lambda fen: D(fen) / 100)
days = st.integers(min_value=0, max_value=120)


@given(
    balance=amounts,
    pays=st.lists(st.tuples(days, amounts), max_size=6),
    look=days,
    printed=st.none() | amounts,
)
def test_owed_is_never_negative(balance, pays, look, printed):
    bill = Statement(date(2026, 4, 5), date(2026, 4, 23), balance, printed)
    payments = [(bill.statement_date + timedelta(days=d), a) for d, a in pays]
    pos = card_position(TERMS, bill, payments, bill.statement_date + timedelta(days=look))
    assert pos.owed >= 0 and pos.remaining >= 0 and pos.minimum_unpaid >= 0
    assert pos.revolving_interest >= 0 and pos.late_fee >= 0 and pos.days_overdue >= 0


@given(balance=amounts, split=st.integers(1, 4), early=st.integers(0, 18), look=days)
def test_paying_in_full_by_the_due_date_means_no_interest(balance, split, early, look):
    bill = Statement(date(2026, 4, 5), date(2026, 4, 23), balance)
    part = (balance / split).quantize(D("0.01"))
    amounts_paid = [part] * (split - 1) + [balance - part * (split - 1)]
    payments = [(bill.statement_date + timedelta(days=early), a) for a in amounts_paid]
    pos = card_position(TERMS, bill, payments, payments[0][0] + timedelta(days=look))
    assert pos.revolving_interest == 0 and pos.late_fee == 0 and pos.owed == 0
    assert pos.days_overdue == 0
