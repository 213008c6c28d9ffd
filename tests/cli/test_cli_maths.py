"""The ``schedule`` and ``apr`` commands."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from debttracker.cli import main

SCHEDULE = [
    "schedule",
    "--principal",
    "1000000",
    "--annual-rate",
    "4.9",
    "--months",
    "360",
    "--start",
    "2024-01-31",
]


def run_json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_schedule_annuity_json(capsys):
    data = run_json(capsys, [*SCHEDULE, "--method", "annuity", "--json"])
    first, last = data["installments"][0], data["installments"][-1]
    assert first == {"n": 1, "due": "2024-02-29", "payment": "5307.27", "principal": "1223.94",
                     "interest": "4083.33", "balance": "998776.06"}  # fmt: skip
    assert (last["n"], last["payment"], last["balance"]) == (360, "5305.19", "0.00")
    assert data["total_interest"] == "910615.12"
    assert data["total_paid"] == "1910615.12"


@pytest.mark.parametrize(
    ("method", "first_payment", "total_interest", "count"),
    [("equal-principal", "6861.11", "737041.08", 360), ("interest-only", "4083.33", "1469998.80", 360),
     ("bullet", "2470000.00", "1470000.00", 1)],
)  # fmt: skip
def test_schedule_every_method(capsys, method, first_payment, total_interest, count):
    data = run_json(capsys, [*SCHEDULE, "--method", method, "--json"])
    assert data["installments"][0]["payment"] == first_payment
    assert data["total_interest"] == total_interest
    assert len(data["installments"]) == count


def test_schedule_monthly_and_daily_rates(capsys):
    base = [
        "schedule",
        "--principal",
        "100000",
        "--months",
        "12",
        "--method",
        "interest-only",
        "--start",
        "2024-01-01",
        "--json",
    ]
    assert run_json(capsys, [*base, "--monthly-rate", "1"])["total_interest"] == "12000.00"
    daily = run_json(capsys, [*base, "--daily-rate", "0.05", "--day-basis", "360"])
    assert daily["installments"][0]["interest"] == "1500.00"


def test_schedule_table(capsys):
    assert (
        main(
            [
                "schedule",
                "--principal",
                "10000",
                "--annual-rate",
                "12",
                "--months",
                "12",
                "--method",
                "annuity",
                "--start",
                "2024-01-01",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "888.49" in out and "Total interest: 661.86" in out
    lines = out.splitlines()
    assert len({len(line) for line in lines[:13]}) == 1  # aligned


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--months", "0"], "argument --months: must be at least 1"),
        (["--months", "x"], "argument --months: not a whole number"),
        (["--principal", "abc"], "argument --principal"),
        (["--principal", "-5"], "argument --principal"),
        (["--start", "2024-02-30"], "argument --start"),
        (["--annual-rate", "nan"], "argument --annual-rate"),
        (["--annual-rate", "-1"], "argument --annual-rate"),
    ],
)
def test_schedule_bad_arguments(capsys, argv, needle):
    args = {"--principal": "1000", "--annual-rate": "5", "--months": "12", "--start": "2024-01-01"}
    for key, value in zip(argv[::2], argv[1::2], strict=True):
        args[key] = value
    flat = [item for pair in args.items() for item in pair]
    assert main(["schedule", *flat, "--method", "annuity"]) == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1


def test_schedule_missing_rate_is_argparse_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(
            [
                "schedule",
                "--principal",
                "1",
                "--months",
                "1",
                "--method",
                "annuity",
                "--start",
                "2024-01-01",
            ]
        )
    assert info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("payments", "expected"),
    [
        (
            "1000x12",
            {
                "periodic_rate_percent": "2.922854",
                "apr_percent": "35.07",
                "effective_percent": "41.30",
            },
        ),
        (
            "888.49x12",
            {
                "periodic_rate_percent": "1.000038",
                "apr_percent": "12.00",
                "effective_percent": "12.68",
            },
        ),
        (
            "100x11,10100x1",
            {
                "periodic_rate_percent": "1.000000",
                "apr_percent": "12.00",
                "effective_percent": "12.68",
            },
        ),
    ],
)
def test_apr_json(capsys, payments, expected):
    data = run_json(capsys, ["apr", "--received", "10000", "--payments", payments, "--json"])
    assert data.pop("rates_per_period_percent") == [expected["periodic_rate_percent"]]
    assert data == expected


def test_apr_upfront_fee_and_table(capsys):
    assert main(["apr", "--received", "9500", "--payments", "888.49x12"]) == 0
    out = capsys.readouterr().out
    assert "21.86" in out and "24.18" in out


def test_apr_flows_csv(tmp_path, capsys):
    path = tmp_path / "flows.csv"
    path.write_text("date,amount\n2023-01-01,10000\n2024-01-01,-11000\n", encoding="utf-8")
    data = run_json(capsys, ["apr", "--flows", str(path), "--json", "--per-year", "1"])
    assert data.pop("rates_per_period_percent") == ["10.000000"]
    assert data == {
        "periodic_rate_percent": "10.000000",
        "apr_percent": "10.00",
        "effective_percent": "10.00",
    }


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("2023-01-01,10000,1\n", "line 1"),
        ("2023-13-01,10000\n", "not a date"),
        ("2023-01-01,abc\n", "Not an amount"),
    ],
)
def test_apr_bad_csv(tmp_path, capsys, content, needle):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["apr", "--flows", str(path)]) == 2
    assert needle in capsys.readouterr().err


def test_apr_missing_file_and_arguments(tmp_path, capsys):
    assert main(["apr", "--flows", str(tmp_path / "missing.csv")]) == 2
    assert "argument --flows" in capsys.readouterr().err
    assert main(["apr", "--received", "100"]) == 2
    assert main(["apr", "--received", "100", "--payments", "10xZ"]) == 2
    assert main(["apr", "--received", "100", "--payments", "10x0"]) == 2
    assert main(["apr", "--received", "100", "--payments", "10x1", "--per-year", "0"]) == 2


def test_apr_no_rate_exists_exit_1(capsys):
    assert main(["apr", "--received", "0", "--payments", "100x3"]) == 1
    assert "No interest rate exists" in capsys.readouterr().err


def test_real_subprocess():
    argv = [
        sys.executable,
        "-m",
        "debttracker.cli",
        "apr",
        "--received",
        "10000",
        "--payments",
        "1000x12",
        "--json",
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["apr_percent"] == "35.07"
    bad = subprocess.run([*argv[:3], "schedule", "--principal", "1", "--annual-rate", "1", "--months", "0",
                          "--method", "annuity", "--start", "2024-01-01"], capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert (
        bad.stderr.strip()
        == "debttracker-cli schedule: error: argument --months: must be at least 1"
    )
