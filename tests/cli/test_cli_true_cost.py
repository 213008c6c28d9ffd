"""``apr`` with thousands separators, huge and several rates; ``lpr`` edits the table the cap
verdict uses (issue 16 item 5)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from debttracker.cli import main
from debttracker.core.debts import DebtInput, LenderInput
from debttracker.core.rates import Rate
from debttracker.store import ledger, ledger_queries
from debttracker.store.db import open_database


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_payments_accept_thousands_separators(capsys):
    code, out, _err = run(capsys, "apr", "--received", "12,000", "--payments", "1,072x12", "--json")
    assert code == 0
    assert json.loads(out)["apr_percent"] == "13.03"  # domain.md vector 21
    code, out, _ = run(
        capsys, "apr", "--received", "10000", "--payments", "100x11;10100x1", "--json"
    )
    assert json.loads(out)["apr_percent"] == "12.00"
    code, out, _ = run(
        capsys, "apr", "--received", "10000", "--payments", "100x11,10100x1", "--json"
    )
    assert json.loads(out)["apr_percent"] == "12.00"


def test_huge_and_several_rates(capsys, tmp_path):
    flows = tmp_path / "f.csv"
    flows.write_text("2026-01-01,0.01\n2026-01-02,-1000\n", encoding="utf-8")
    code, out, err = run(capsys, "apr", "--flows", str(flows), "--json")
    assert code == 0 and not err
    assert json.loads(out)["effective_percent"].endswith("E+1827")
    flows.write_text("2020-01-01,1000\n2020-12-31,-2320\n2021-12-31,1344\n", encoding="utf-8")
    code, out, _ = run(capsys, "apr", "--flows", str(flows), "--per-year", "1")
    assert code == 0 and "2 rates per period" in out


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    directory = tmp_path / "data"
    monkeypatch.setenv("DEBTTRACKER_DATA_DIR", str(directory))
    return directory


def test_lpr_set_list_remove_and_the_verdict_uses_it(capsys, data_dir):
    db = open_database(data_dir)
    try:
        with db.session() as s:
            lender = ledger.add_lender(s, LenderInput("舅舅", "person"))
            debt = ledger.add_debt(
                s,
                DebtInput(
                    lender, "借款", Decimal(10000), date(2026, 2, 1), 12, Rate(Decimal("0.13"))
                ),
            )
        with db.session() as s:
            row = ledger_queries.debt_rows(s, date(2026, 2, 2), debt)[0]
        assert row.above_cap and row.cap_rate == Decimal("0.12")  # 4 × 3.00 %
        code, out, _ = run(capsys, "lpr", "set", "2026-01-20", "3.5", "--json")
        assert code == 0
        assert {"from": "2026-01-20", "rate_percent": "3.50"} in json.loads(out)["lpr_1y"]
        with db.session() as s:
            row = ledger_queries.debt_rows(s, date(2026, 2, 2), debt)[0]
        assert not row.above_cap and row.cap_rate == Decimal("0.14")  # 4 × 3.50 %
        code, out, _ = run(capsys, "lpr", "remove", "2026-01-20", "--json")
        assert {"from": "2026-01-20", "rate_percent": "3.50"} not in json.loads(out)["lpr_1y"]
    finally:
        db.close()
    code, _out, err = run(capsys, "lpr", "set", "2026-01-20", "45")
    assert code == 2 and err.count("\n") == 1 and "RATE" in err
