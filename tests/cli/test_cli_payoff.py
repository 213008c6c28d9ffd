"""The ``plan`` command over the data directory's debts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from debttracker import paths
from debttracker.cli import main
from debttracker.store.db import open_database
from debttracker.store.sample import generate

AS_OF = ["--as-of", "2026-11-23"]


@pytest.fixture
def sample():
    db = open_database(paths.data_dir())
    try:
        generate(db, today=date(2026, 11, 23))
    finally:
        db.close()


def plan_json(capsys, *args: str) -> dict:
    assert main(["plan", *AS_OF, *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_plan_json_per_debt_totals_and_debt_free_month(sample, capsys):
    data = plan_json(capsys, "--strategy", "avalanche", "--monthly", "12000")
    assert data["feasible"] and data["message"] is None
    assert data["monthly"] == "12000.00" and data["start"] == "2026-11"
    assert len(data["debts"]) == 6
    first = data["debts"][0]
    assert set(first) >= {"id", "debt", "paid_off", "interest", "balance", "minimum"}
    assert all(len(d["paid_off"]) == 7 and d["paid_off"][4] == "-" for d in data["debts"])
    assert all(d["interest"].count(".") == 1 and len(d["interest"].split(".")[1]) == 2
               for d in data["debts"])  # fmt: skip
    assert data["debt_free"] == max(d["paid_off"] for d in data["debts"])
    total = sum(float(d["interest"]) for d in data["debts"])
    assert abs(total - float(data["total_interest"])) < 0.005
    snowball = plan_json(capsys, "--strategy", "snowball", "--monthly", "12000")
    assert float(data["total_interest"]) <= float(snowball["total_interest"])


def test_custom_order_and_the_budget_default(sample, capsys):
    data = plan_json(capsys, "--strategy", "custom", "--monthly", "1.3万", "--order", "6,5")
    uncle = next(d for d in data["debts"] if d["id"] == 6)
    assert data["feasible"] and uncle["paid_off"] < data["debt_free"]
    default = plan_json(capsys)  # the budget's 4,190.00 does not cover the minimums
    assert default["monthly"] == "4190.00" and not default["feasible"]
    assert "short by" in default["message"] and default["shortfalls"][0]["month"] == "2026-11"


def test_text_output(sample, capsys):
    assert main(["plan", *AS_OF, "--monthly", "12000"]) == 0
    out = capsys.readouterr().out
    assert "借舅舅的钱" in out and "Debt-free in 2027-" in out and "CN¥" in out


def test_no_debts(capsys):
    assert main(["plan", *AS_OF, "--monthly", "100"]) == 0
    assert "No open debts" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--monthly", "abc"], "--monthly"),
        (["--monthly", "-5"], "--monthly"),
        (["--strategy", "custom"], "--order"),
        (["--strategy", "custom", "--order", "1,x"], "--order"),
        (["--strategy", "custom", "--order", "1,1"], "--order"),
        (["--strategy", "custom", "--order", "99"], "--order"),
        (["--strategy", "fastest"], "--strategy"),
        (["--as-of", "2026-13-01"], "--as-of"),
    ],
)
def test_bad_arguments_one_line_exit_2(sample, capsys, args, names):
    try:
        status = main(["plan", *args])
    except SystemExit as exc:  # argparse's own errors (an unknown --strategy)
        status = exc.code
    assert status == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and names in err and "Traceback" not in err
