"""``sample-data``, ``debts`` and ``pay`` from the command line."""

from __future__ import annotations

import json

from debttracker.cli import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_then_debts_json_then_pay(tmp_path, capsys):
    data = str(tmp_path / "d")
    code, out, _ = _run(capsys, "--data-dir", data, "sample-data")
    assert code == 0 and "6 debts" in out
    code, _, err = _run(capsys, "--data-dir", data, "sample-data")
    assert code == 2 and "already has debts" in err and len(err.strip().splitlines()) == 1

    code, out, _ = _run(capsys, "--data-dir", data, "debts", "--as-of", "2026-11-23", "--json")
    listing = json.loads(out)
    assert code == 0 and len(listing["debts"]) == 6
    first = listing["debts"][0]
    assert set(first) == {
        "id", "lender", "name", "currency", "status", "balance", "next_due_date",
        "next_due_amount", "days_overdue", "penalty_accrued", "apr_percent", "kind", "card",
    }  # fmt: skip
    assert first["balance"].count(".") == 1 and len(first["balance"].split(".")[1]) == 2
    assert set(listing["totals"]) == {"CNY"}

    overdue = next(d for d in listing["debts"] if d["days_overdue"] > 0)
    code, out, _ = _run(
        capsys, "--data-dir", data, "pay", "--debt", str(overdue["id"]), "--amount", "¥300",
        "--date", "2026-11-23", "--note", "先还一点", "--json",
    )  # fmt: skip
    paid = json.loads(out)
    assert code == 0 and paid["payment_id"] > 0
    parts = paid["allocation"]
    assert set(parts) == {"penalty", "fees", "interest", "principal"}
    assert sum(float(v) for v in parts.values()) == 300.0
    assert parts["penalty"] != "0.00"  # the oldest late item's penalty comes first


def test_bad_arguments_are_one_line_exit_2(tmp_path, capsys):
    data = str(tmp_path / "d")
    for argv in (
        ("debts", "--as-of", "2026-02-31"),
        ("pay", "--debt", "1", "--amount", "-5"),
        ("pay", "--debt", "1", "--amount", "abc"),
        ("pay", "--debt", "999", "--amount", "5"),
        ("sample-data", "--scale", "huge"),
    ):
        code, _out, err = _run(capsys, "--data-dir", data, *argv)
        assert code == 2, argv
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
