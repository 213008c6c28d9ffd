"""Sample lenders, debts and payments (deterministic for a given ``today``).

``small``: a bank loan (等额本息), a card bill instalment (账单分期, fee per period), an
overdue credit card by its last statement (minimum not paid), a
consumer-finance loan (等额本金), an overdue online-platform loan at a daily rate with 砍头息,
and money owed to a relative (0 %, bullet) -- with about a year of payments.
``large``: the same plus ten years of many debts and exactly 100,000 payments, written with
bulk inserts; allocations come from the same replay as the app's.

Names of banks and their hotlines are the public ones; the other lenders are fictional, and
their numbers are marked as such in the lender notes.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session

from debttracker.core.card_form import CardInput
from debttracker.core.cards import Statement
from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.money import from_fen
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import add_months
from debttracker.store import ledger
from debttracker.store.ledger_replay import InstalmentState, PaymentState, replay
from debttracker.store.ledger_terms import replay_terms
from debttracker.store.models import Debt, Instalment, Lender, Payment

LARGE_PAYMENTS = 100_000
FICTIONAL = "示例数据：虚构的机构，号码仅作演示。"

SMALL_LENDERS = (
    LenderInput("中国工商银行", "bank", "95588", "中国工商银行 App / www.icbc.com.cn"),
    LenderInput("招商银行信用卡", "card_issuer", "95555", "掌上生活 App / cc.cmbchina.com"),
    LenderInput("中信银行信用卡", "card_issuer", "95558", "动卡空间 App / creditcard.ecitic.com"),
    LenderInput("安和消费金融", "consumer_finance", "400-000-1234", "安和金融 App", FICTIONAL),
    LenderInput("速借花", "online_platform", "400-000-5678", "速借花 App", FICTIONAL),
    LenderInput("舅舅 王建国", "person", "", "", "家里人，说过不急，但想在明年春节前还清。"),
)


def _month_start(today: date, months_back: int, day: int) -> date:
    first = add_months(date(today.year, today.month, 1), -months_back)
    return first.replace(day=min(day, 28))


def _debts(ids: list[int], today: date) -> list[tuple[DebtInput, int, int]]:
    """(terms, instalments paid in full, instalments left unpaid among those already due)."""
    bank, cmb, citic, consumer, platform, uncle = ids
    annual, daily = RateBasis.ANNUAL, RateBasis.DAILY
    return [
        (DebtInput(bank, "个人消费贷款", Decimal(100000), _month_start(today, 14, 15), 36,
                   Rate(Decimal("0.042"), annual), method="annuity", due_day=15,
                   penalty_uplift=Decimal("0.5"), penalty_compound=True), 99, 0),
        (DebtInput(cmb, "账单分期 12期", Decimal(12000), _month_start(today, 5, 23), 12,
                   Rate(Decimal(0), annual), kind="card_instalment", method="equal-principal",
                   period_fee=Decimal(72), due_day=23), 99, 0),
        (_citic_card(citic, today), 0, 0),
        (DebtInput(consumer, "消费贷 24期", Decimal(30000), _month_start(today, 11, 10), 24,
                   Rate(Decimal("0.18"), annual), method="equal-principal", due_day=10), 99, 0),
        (DebtInput(platform, "速借花 借款", Decimal(10000), _month_start(today, 7, 20), 12,
                   Rate(Decimal("0.0006"), daily, 365), method="annuity",
                   received=Decimal(9200), period_fee=Decimal(50), due_day=20,
                   penalty_compound=True, late_fee_fixed=Decimal(30)), 3, 4),
        (DebtInput(uncle, "借舅舅的钱", Decimal(50000), _month_start(today, 8, 1), 24,
                   Rate(Decimal(0), annual), kind="personal", method="bullet"), 0, 0),
    ]  # fmt: skip


def _citic_card(lender: int, today: date) -> DebtInput:
    """A card by its last bill: 8,600 on the statement of the 20th two months back, due on
    the 8th of the next month; only 300 paid of the 860 minimum (domain.md §1.7), so it is
    overdue, with revolving interest and 5 % 违约金 on the unpaid minimum."""
    statement = _month_start(today, 2, 20)
    due = add_months(statement, 1).replace(day=8)
    bill = Statement(statement, due, Decimal(8600), posted_on=statement - timedelta(days=18))
    return DebtInput(
        lender, "信用卡透支（最低还款）", bill.balance, statement, 1,
        Rate(Decimal("0.0005"), RateBasis.DAILY, 365), kind="card", penalty_uplift=Decimal(0),
        card_limit=Decimal(10000), statement_day=20, card_due_day=8,
        card=CardInput(bill, Decimal(10), Decimal("0.05")),
    )  # fmt: skip


#: what was paid on the card: less than its minimum, on its due date
CARD_PAYMENT = Decimal(300)


def _small(s: Session, today: date) -> dict[str, Any]:
    ids = [ledger.add_lender(s, data) for data in SMALL_LENDERS]
    payments = 0
    debt_ids = []
    for terms, paid_full, _unpaid in _debts(ids, today):
        debt_id = ledger.add_debt(s, terms)
        debt_ids.append(debt_id)
        if terms.card is not None:
            pay = PaymentInput(
                terms.card.statement.due_date, CARD_PAYMENT, "App 还款", "不够最低还款"
            )
            ledger.add_payment(s, debt_id, pay)
            payments += 1
            continue
        schedule = ledger.schedule_of(terms)
        due_rows = [
            row
            for row in ledger.instalment_rows(debt_id, terms, schedule)
            if row["due_date"] < today
        ]
        for index, row in enumerate(due_rows):
            total = from_fen(row["principal_fen"] + row["interest_fen"] + row["fee_fen"])
            if index < paid_full:
                day = row["due_date"] - timedelta(days=index % 3)
                ledger.add_payment(s, debt_id, PaymentInput(day, total, "银行卡自动扣款"))
                payments += 1
            elif index == paid_full and paid_full < len(due_rows):
                part = (total / 2).quantize(Decimal("0.01"))
                note = "只凑到一半"
                ledger.add_payment(
                    s, debt_id, PaymentInput(row["due_date"], part, "App 还款", note)
                )
                payments += 1
    uncle_debt = debt_ids[-1]
    gift = PaymentInput(add_months(today, -2), Decimal(5000), "微信转账", "先还一部分")
    ledger.add_payment(s, uncle_debt, gift)
    return {"lenders": len(ids), "debts": len(debt_ids), "payments": payments + 1}


# --- large ---------------------------------------------------------------------------------

_BANKS = (
    ("中国建设银行", "95533"), ("中国农业银行", "95599"), ("中国银行", "95566"),
    ("交通银行", "95559"), ("浦发银行", "95528"), ("平安银行", "95511"),
)  # fmt: skip
_PLATFORM_WORDS = ("易", "快", "融", "信", "享", "花", "借", "贷", "安", "鑫", "汇", "达")
_METHODS = ("annuity", "annuity", "equal-principal", "interest-only", "bullet")


def _large_lenders(rng: random.Random) -> list[dict[str, Any]]:
    rows = [{"name": name, "kind": "bank", "hotline": tel} for name, tel in _BANKS]
    for i in range(24):
        word = "".join(rng.sample(_PLATFORM_WORDS, 2))
        kind = ("online_platform", "consumer_finance", "microcredit")[i % 3]
        suffix = {"online_platform": "借", "consumer_finance": "消费金融", "microcredit": "小贷"}
        rows.append(
            {"name": f"{word}{suffix[kind]}{i + 1:02d}", "kind": kind,
             "hotline": f"400-000-{1000 + i:04d}", "notes": FICTIONAL}
        )  # fmt: skip
    return [{"website": "", "notes": "", **row} for row in rows]


def _large_debt(rng: random.Random, lender_id: int, today: date, n: int) -> DebtInput:
    months = rng.choice((6, 12, 12, 24, 36, 60))
    start = today - timedelta(days=rng.randrange(60, 3650))
    method = rng.choice(_METHODS)
    if method == "bullet":
        months = min(months, 12)
    daily = rng.random() < 0.4
    rate = (
        Rate(Decimal(rng.choice(("0.0002", "0.0003", "0.0005", "0.0006"))), RateBasis.DAILY, 365)
        if daily
        else Rate(Decimal(rng.choice(("0.0385", "0.045", "0.06", "0.12", "0.18", "0.24"))))
    )
    principal = Decimal(rng.randrange(20, 2000) * 100)
    received = principal - (Decimal(rng.randrange(0, 8) * 100) if daily else Decimal(0))
    return DebtInput(
        lender_id, f"借款 {n:04d}", principal, start, months, rate, method=method,
        received=received, due_day=start.day, penalty_compound=daily,
    )  # fmt: skip


def _large(s: Session, today: date, rng: random.Random) -> dict[str, Any]:
    first_lender = (s.scalar(select(func.max(Lender.id))) or 0) + 1
    lender_rows = _large_lenders(rng)
    for offset, row in enumerate(lender_rows):
        row["id"] = first_lender + offset
    s.execute(insert(Lender), lender_rows)
    debt_id = (s.scalar(select(func.max(Debt.id))) or 0) + 1
    inst_id = (s.scalar(select(func.max(Instalment.id))) or 0) + 1
    pay_id = (s.scalar(select(func.max(Payment.id))) or 0) + 1
    budget = LARGE_PAYMENTS - (s.scalar(select(func.count()).select_from(Payment)) or 0)
    debts: list[dict[str, Any]] = []
    insts: list[dict[str, Any]] = []
    pays: list[dict[str, Any]] = []
    while budget > 0:
        terms = _large_debt(
            rng, first_lender + len(debts) % len(lender_rows), today, len(debts) + 1
        )
        schedule = ledger.schedule_of(terms)
        values = ledger.debt_values(terms, schedule)
        debts.append({"id": debt_id, **values})
        states, payments = [], []
        late = rng.random() < 0.05
        rows = ledger.instalment_rows(debt_id, terms, schedule)
        due_rows = [row for row in rows if row["due_date"] < today]
        for index, row in enumerate(rows):
            row["id"] = inst_id
            inst_id += 1
            states.append(InstalmentState(row["id"], row["n"], row["due_date"],
                                          row["principal_fen"], row["interest_fen"], row["fee_fen"]))  # fmt: skip
            if index >= len(due_rows) - (rng.randrange(1, 4) if late else 0) or budget <= 0:
                continue
            total = row["principal_fen"] + row["interest_fen"] + row["fee_fen"]
            parts = min(rng.choice((1, 1, 2, 3, 4, 6, 8)), budget, max(total, 1))
            for k in range(parts):
                amount = total // parts + (total % parts if k == parts - 1 else 0)
                day = row["due_date"] - timedelta(days=(parts - 1 - k) * 3)
                payments.append(PaymentState(pay_id, day, amount))
                pay_id += 1
                budget -= 1
        replay(states, payments, replay_terms(Debt(**debts[-1])))
        for row, state in zip(rows, states, strict=True):
            row.update(paid_principal_fen=state.paid_principal_fen,
                       paid_interest_fen=state.paid_interest_fen, paid_fee_fen=state.paid_fee_fen,
                       paid_penalty_fen=state.paid_penalty_fen, settled_on=state.settled_on)  # fmt: skip
        insts.extend(rows)
        pays.extend(_payment_row(debt_id, p, rng) for p in payments)
        debt_id += 1
    s.execute(insert(Debt), debts)
    s.execute(insert(Instalment), insts)
    s.execute(insert(Payment), pays)
    return {"lenders": len(lender_rows), "debts": len(debts), "payments": len(pays)}


def _payment_row(debt_id: int, p: PaymentState, rng: random.Random) -> dict[str, Any]:
    return {
        "id": p.id, "debt_id": debt_id, "paid_on": p.paid_on, "amount_fen": p.amount_fen,
        "method": "App 还款", "note": "", "receipt_path": "",
        "alloc_penalty_fen": p.alloc_penalty_fen, "alloc_fees_fen": p.alloc_fees_fen,
        "alloc_interest_fen": p.alloc_interest_fen, "alloc_principal_fen": p.alloc_principal_fen,
    }  # fmt: skip


def generate(s: Session, *, today: date, scale: str) -> dict[str, Any]:
    summary = _small(s, today)
    if scale == "large":
        large = _large(s, today, random.Random(20240601))
        summary = {key: summary[key] + large[key] for key in summary}
    return summary
