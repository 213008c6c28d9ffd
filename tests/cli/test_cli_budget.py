"""The ``budget`` command."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

from debttracker import paths
from debttracker.cli import main
from debttracker.core.budget import INCOME, BudgetLine, Month
from debttracker.store import budget as repo
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Lender


def seed() -> None:
    db = open_database(paths.data_dir())
    with db.session() as s:
        start = Month(2026, 1)
        for kind, name, planned, essential in (
            (INCOME, "工资", "8500", True),
            ("expense", "房租", "2200", True),
            ("expense", "伙食", "1800.50", True),
            ("expense", "娱乐", "400", False),
        ):
            repo.add_line(
                s, BudgetLine(None, kind, name, "other", D(planned), start, essential=essential)
            )
        lender = Lender(name="某消费金融")
        s.add(lender)
        s.flush()
        debt = Debt(lender_id=lender.id, name="分期", start_date=date(2025, 1, 1))
        s.add(debt)
        s.flush()
        s.add(
            Instalment(
                debt_id=debt.id,
                n=1,
                due_date=date(2026, 3, 15),
                principal_fen=500000,
                interest_fen=50000,
            )
        )
    db.close()


def test_budget_json_for_a_short_month(capsys):
    seed()
    assert main(["budget", "--month", "2026-03", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in (
        "month", "income", "essential_spending", "discretionary_spending",
        "minimum_payments_due", "available_for_repayment", "shortfall", "covers_minimums",
    )} == {
        "month": "2026-03", "income": "8500.00", "essential_spending": "4000.50",
        "discretionary_spending": "400.00", "minimum_payments_due": "5500.00",
        "available_for_repayment": "4499.50", "shortfall": "1000.50", "covers_minimums": False,
    }  # fmt: skip
    assert data["debts"] == [{"debt": "分期", "lender": "某消费金融", "due": "2026-03-15",
                              "minimum": "5500.00", "unpaid": "5500.00"}]  # fmt: skip


def test_budget_text_for_a_month_that_covers(capsys):
    seed()
    assert main(["budget", "--month", "2026-04"]) == 0
    out = capsys.readouterr().out
    assert "Available for repayment" in out and "4,499.50" in out
    assert "covers the minimum payments" in out


def test_budget_defaults_to_this_month_on_empty_data(capsys):
    assert main(["budget", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["month"] == f"{date.today():%Y-%m}"
    assert data["available_for_repayment"] == "0.00" and data["debts"] == []


def test_bad_month_is_one_line_and_exit_2(capsys):
    for bad in ("2026-13", "March", "2026/03"):
        assert main(["budget", "--month", bad]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "--month" in err and "Traceback" not in err
