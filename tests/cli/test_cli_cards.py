"""``add-card`` and ``add-bill-instalments``; the card fields of ``debts --json``."""

from __future__ import annotations

import json

import pytest

from debttracker.cli import main

CARD = (
    "add-card", "--lender", "招商银行信用卡", "--name", "尾号1234", "--balance", "10,000",
    "--statement-date", "2026-11-05", "--due-date", "2026-11-23",
)  # fmt: skip


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_card_then_debts_json_shows_its_statement(tmp_path, capsys):
    data = str(tmp_path / "d")
    code, out, _ = _run(capsys, "--data-dir", data, *CARD, "--json")
    added = json.loads(out)
    assert code == 0 and added["kind"] == "card" and added["apr_percent"] == "18.25"
    code, out, _ = _run(capsys, "--data-dir", data, "pay", "--debt", str(added["debt_id"]),
                        "--amount", "2,000", "--date", "2026-11-23", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["allocation"]["principal"] == "2000.00"
    code, out, _ = _run(capsys, "--data-dir", data, "debts", "--as-of", "2026-12-05", "--json")
    row = json.loads(out)["debts"][0]
    card = row["card"]
    assert (card["statement_date"], card["due_date"]) == ("2026-11-05", "2026-11-23")
    assert (card["statement_balance"], card["minimum_due"]) == ("10000.00", "1000.00")
    # 10,000 × 0.05 % × 18 days + 8,000 × 0.05 % × 12 days; the minimum was paid: not late
    assert card["revolving_interest"] == "138.00" and card["late_fee"] == "0.00"
    assert card["owed"] == "8138.00" and card["days_overdue"] == 0
    assert row["status"] == "current" and row["balance"] == "8000.00"


def test_bill_instalments_show_their_true_apr(tmp_path, capsys):
    code, out, _ = _run(
        capsys, "--data-dir", str(tmp_path / "d"), "add-bill-instalments", "--lender", "招行",
        "--name", "账单分期", "--principal", "12000", "--start", "2026-01-23", "--periods", "12",
        "--fee", "72", "--json",
    )  # fmt: skip
    added = json.loads(out)
    assert code == 0 and added["kind"] == "card_instalment" and added["apr_percent"] == "13.03"


@pytest.mark.parametrize(
    ("change", "option"),
    [
        (("--balance", "abc"), "--balance"),
        (("--due-date", "2026-10-01"), "--due-date"),
        (("--minimum", "20000"), "--minimum"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_bad_card_input_is_one_line_exit_2_and_nothing_written(
    tmp_path, capsys, change, option, lang
):
    data = str(tmp_path / "d")
    argv = list(CARD)
    if change[0] in argv:
        argv[argv.index(change[0]) + 1] = change[1]
    else:
        argv += change
    code, _, err = _run(capsys, "--lang", lang, "--data-dir", data, *argv)
    assert code == 2 and option in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    _code, out, _ = _run(capsys, "--data-dir", data, "debts", "--json")
    assert json.loads(out)["debts"] == []
