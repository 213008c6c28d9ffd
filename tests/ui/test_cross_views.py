"""One set of figures everywhere (issue 16 item 1): for the sample data and for random
portfolios of every debt kind, the Budget tab's minimums == the Payoff tab's month-1 minimums
== the reminders' amounts due this month == the CLI's ``budget``/``plan``/``remind --json``.

The figures are read from the widgets where a person sees them (the Budget tab's
``minimumsLabel``, the Payoff tab's results table and ``payoffMinimumsLabel``) and from the CLI
run as a real process.  Today is the real date here, because the CLI processes read the clock.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView
from sqlalchemy import delete

from debttracker.core.card_form import CardInput
from debttracker.core.cards import Statement
from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.rates import Rate, RateBasis
from debttracker.core.schedule import add_months
from debttracker.store import ledger
from debttracker.store.db import open_database
from debttracker.store.models import Instalment
from debttracker.store.sample import generate
from debttracker.ui.app import build_main_window
from debttracker.ui.payoff.results import MINIMUM

TODAY = date.today()


def _money(text: str) -> Decimal:
    """``CN¥5,944.16`` / ``¥5,944.16`` -> 5944.16 (digits, point and minus kept)."""
    return Decimal("".join(ch for ch in text if ch.isdigit() or ch in ".-"))


def _cli(data: Path, *argv: str) -> dict:
    env = {**os.environ, "DEBTTRACKER_DATA_DIR": str(data), "DEBTTRACKER_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "debttracker.cli", "--lang", "en", *argv, "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def _cli_figures(data: Path) -> tuple[Decimal, Decimal, dict[str, Decimal], dict[str, Decimal]]:
    """(budget minimums, plan month-1 minimums, budget unpaid per debt, reminders per debt)."""
    month = f"{TODAY:%Y-%m}"
    budget = _cli(data, "budget", "--month", month)
    planned = _cli(data, "plan")
    days = (add_months(TODAY.replace(day=1), 1) - TODAY).days
    remind = _cli(data, "remind", "--days", str(days))
    unpaid: dict[str, Decimal] = {}
    for due in budget["debts"]:
        if Decimal(due["unpaid"]):
            unpaid[due["debt"]] = unpaid.get(due["debt"], Decimal(0)) + Decimal(due["unpaid"])
    reminded: dict[str, Decimal] = {}
    for item in remind["items"]:
        # instalments, and a card's due day with its minimum (core.dues, as the Budget; a card
        # kept by instalments has those reminded and its due day without an amount)
        if item["amount"] is None:
            continue
        if item["kind"] in ("instalment", "card_due") and item["due"].startswith(month):
            name = item["title"]
            key = next((n for n in unpaid if n in name), name)
            reminded[key] = reminded.get(key, Decimal(0)) + Decimal(item["amount"])
    return (
        Decimal(budget["minimum_payments_due"]),
        Decimal(planned["minimums"]),
        unpaid,
        reminded,
    )


def _window(qtbot, data: Path):
    window = build_main_window(data)
    qtbot.addWidget(window)
    window.ctx.today = lambda: TODAY
    window.resize(1280, 800)
    window.show()
    return window


def _budget_minimums(qtbot, window) -> Decimal:
    window.show_tab("budgetTab")
    tab = window.tab("budgetTab")
    qtbot.mouseClick(tab.findChild(QPushButton, "thisMonthButton"), Qt.MouseButton.LeftButton)
    return _money(tab.findChild(QLabel, "minimumsLabel").text())


def _payoff_minimums(window) -> tuple[Decimal, Decimal]:
    """(sum of the results table's Minimum column, the minimums label's amount)."""
    window.show_tab("payoffTab")
    tab = window.tab("payoffTab")
    model = tab.findChild(QTableView, "payoffResultsTable").model()
    column = sum(
        (_money(model.index(row, MINIMUM).data()) for row in range(model.rowCount())),
        Decimal(0),
    )
    label = tab.findChild(QLabel, "payoffMinimumsLabel").text()
    if not model.rowCount():  # nothing to plan: the tab shows no figures
        return column, Decimal(0)
    return column, _money(label.split(":", 1)[1].split("(")[0])


def _check_all_views(qtbot, data: Path) -> Decimal:
    window = _window(qtbot, data)
    try:
        budget = _budget_minimums(qtbot, window)
        column, label = _payoff_minimums(window)
    finally:
        window.shutdown()
    cli_budget, cli_plan, unpaid, reminded = _cli_figures(data)
    assert budget == column == label == cli_budget == cli_plan
    assert reminded == {name: amount for name, amount in unpaid.items() if name in reminded}
    assert sum(reminded.values(), Decimal(0)) == sum(
        (amount for name, amount in unpaid.items() if name not in _cards_without_rows(data)),
        Decimal(0),
    )
    return budget


def _cards_without_rows(data: Path) -> set[str]:
    """Cards with no due-day reminder (no statement day or card due day): left out of the
    reminders' sum; every other card's due-day reminder carries its minimum (core.dues)."""
    import sqlite3

    conn = sqlite3.connect(data / "debttracker.sqlite3")
    try:
        rows = conn.execute(
            "SELECT name FROM debt WHERE kind = 'card' AND "
            "(statement_day IS NULL OR card_due_day IS NULL)"
        ).fetchall()
    finally:
        conn.close()
    return {row[0] for row in rows}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    data = tmp_path_factory.mktemp("cross") / "sample"
    db = open_database(data)
    try:
        generate(db, today=TODAY)
    finally:
        db.close()
    return data


def test_sample_data_agrees_everywhere(qtbot, sample):
    assert _check_all_views(qtbot, sample) > 0


# --- random portfolios ---------------------------------------------------------------------

KINDS = (
    "annuity", "equal-principal", "interest-only", "bullet", "daily", "card", "revolving",
    "statement",
)  # fmt: skip

debt_st = st.tuples(
    st.sampled_from(KINDS),
    st.integers(1_000, 200_000),  # principal, yuan
    st.integers(0, 30),  # months back the debt started
    st.integers(1, 36),  # term in months
    st.one_of(st.none(), st.integers(1, 28)),  # due day
    st.integers(0, 5),  # instalments paid
)


def _input(lender: int, kind: str, principal: int, back: int, term: int, due_day):
    start = add_months(TODAY, -back) - timedelta(days=back % 5)
    common = {"due_day": due_day, "start_date": start, "term_months": term}
    if kind == "daily":
        return DebtInput(
            lender, "daily", Decimal(principal), rate=Rate(Decimal("0.0005"), RateBasis.DAILY),
            method="annuity", **common,
        )  # fmt: skip
    if kind == "statement":  # a card by its bill (the 5th), due on the 23rd
        stmt = add_months(TODAY, -back).replace(day=5)
        bill = Statement(stmt, stmt.replace(day=23), Decimal(principal))
        return DebtInput(
            lender, kind, bill.balance, stmt, 1, Rate(Decimal("0.0005"), RateBasis.DAILY),
            kind="card", statement_day=5, card_due_day=23,
            card=CardInput(bill, Decimal(10), Decimal("0.05")),
        )  # fmt: skip
    if kind in ("card", "revolving"):
        return DebtInput(
            lender, kind, Decimal(principal), rate=Rate(Decimal("0.0005"), RateBasis.DAILY),
            kind="card", method="equal-principal", statement_day=5, card_due_day=23, **common,
        )  # fmt: skip
    return DebtInput(
        lender, kind, Decimal(principal), rate=Rate(Decimal("0.12")), method=kind,
        kind="personal" if kind == "bullet" else "loan", **common,
    )  # fmt: skip


def _portfolio(data: Path, debts) -> None:
    db = open_database(data)
    try:
        with db.session() as s:
            for index, (kind, principal, back, term, due_day, paid) in enumerate(debts):
                lender = ledger.add_lender(s, LenderInput(f"Lender {index}"))
                data_in = _input(lender, kind, principal, back, term, due_day)
                debt_id = ledger.add_debt(s, replace(data_in, name=f"{kind} {index}"))
                if kind == "revolving":  # a card kept without instalments: its minimum
                    s.execute(delete(Instalment).where(Instalment.debt_id == debt_id))
                    continue
                for n in range(paid):
                    day = add_months(data_in.start_date, n + 1)
                    if kind == "statement":  # part of the bill, a few days after it
                        day = data_in.start_date + timedelta(days=3 * n + 1)
                    if day <= TODAY:
                        ledger.add_payment(s, debt_id, PaymentInput(day, Decimal(principal) / 10))
    finally:
        db.close()


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(debt_st, min_size=1, max_size=5))
def test_random_portfolios_agree_everywhere(qtbot, tmp_path_factory, debts):
    data = tmp_path_factory.mktemp("portfolio") / "d"
    _portfolio(data, debts)
    _check_all_views(qtbot, data)


@settings(max_examples=40, deadline=None)
@given(st.lists(debt_st, min_size=1, max_size=5))
def test_random_portfolios_agree_in_the_store(tmp_path_factory, debts):
    """The same agreement without widgets, on more portfolios: the Budget's minimums, the
    payoff inputs' month-1 minimums and the reminders' instalments due this month."""
    from datetime import UTC

    from debttracker.store import budget_debts, payoff_inputs, reminders

    data = tmp_path_factory.mktemp("store") / "d"
    _portfolio(data, debts)
    db = open_database(data)
    try:
        with db.session() as s:
            dues = budget_debts.minimums_due(s, TODAY.replace(day=1), TODAY)
            planned = payoff_inputs.load_debts(s, TODAY)
            facts = reminders.build_facts(s, UTC, TODAY)
    finally:
        db.close()
    assert sum((d.amount for d in dues), Decimal(0)) == planned.minimums
    by_id = {d.id: d.minimum for d in planned.debts}
    assert {d.debt_id: d.amount for d in dues if d.amount} == {k: v for k, v in by_id.items() if v}
    reminded: dict[int, Decimal] = {}
    for fact in facts.instalments:
        if (fact.due.year, fact.due.month) == (TODAY.year, TODAY.month):
            reminded[int(fact.debt_id)] = reminded.get(int(fact.debt_id), Decimal(0)) + fact.amount
    # a card without instalments: its due-day reminder carries its minimum (core.dues)
    for card in facts.cards:
        amount = card.minimum_in(TODAY)
        if amount is not None:
            reminded[int(card.card_id)] = reminded.get(int(card.card_id), Decimal(0)) + amount
    assert reminded == {d.debt_id: d.unpaid for d in dues if d.unpaid}
