"""The ``remind`` command: due and overdue now, the next N days, exit 1 when overdue."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from debttracker import paths
from debttracker.cli import main
from debttracker.store import reminders as store
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.store.negotiation_tables import Promise


@pytest.fixture(autouse=True)
def own_data_dir():
    """Other CLI tests leave a --data-dir override behind: use this test's directory."""
    paths.set_data_dir_override(None)
    yield
    paths.set_data_dir_override(None)


def seed(*offsets: int, promise_in: int | None = None) -> int:
    """A loan with one unpaid instalment per offset (days from today); the debt id."""
    today = date.today()
    db = open_database(paths.data_dir())
    with db.session() as s:
        lender = Lender(name="某消费金融")
        s.add(lender)
        s.flush()
        debt = Debt(lender_id=lender.id, name="分期", start_date=date(2025, 1, 1))
        s.add(debt)
        s.flush()
        for n, offset in enumerate(offsets, start=1):
            due = today + timedelta(days=offset)
            s.add(Instalment(debt_id=debt.id, n=n, due_date=due, principal_fen=50000 + n))
        if promise_in is not None:
            due = today + timedelta(days=promise_in)
            s.add(Promise(lender_id=lender.id, by="me", kind="pay", description="还款 300",
                          made_on=today, due_earliest=due, due_latest=due))  # fmt: skip
        debt_id = debt.id
    db.close()
    return debt_id


def test_nothing_due_exits_0(capsys):
    assert main(["remind"]) == 0
    assert "Nothing due" in capsys.readouterr().out


def test_overdue_exits_1_and_lists_the_next_days_as_json(capsys):
    debt = seed(-5, 4, 30, promise_in=2)
    assert main(["remind", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["overdue"] is True and data["days"] == 7
    statuses = [(item["status"], item["kind"], item["due"]) for item in data["items"]]
    today = date.today()
    assert statuses[0] == ("overdue", "instalment", (today - timedelta(days=5)).isoformat())
    assert ("upcoming", "instalment", (today + timedelta(days=4)).isoformat()) in statuses
    assert ("upcoming", "promise", (today + timedelta(days=2)).isoformat()) in statuses
    assert len(statuses) == 3  # 30 days ahead is beyond --days 7
    first = data["items"][0]
    assert first["amount"] == "500.01" and first["ref"] == {"type": "instalment", "id": [debt, 1]}
    assert "overdue since" in first["title"]
    assert main(["remind", "--days", "30"]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Overdue:" and "Coming up:" in out and "CN¥500.03" in out


def test_done_in_the_app_is_not_overdue_any_more(capsys):
    debt = seed(-2)
    due = (date.today() - timedelta(days=2)).isoformat()
    db = open_database(paths.data_dir())
    with db.session() as s:
        store.mark_done(s, f"inst:{debt}:1:{due}", datetime.now().astimezone())
    db.close()
    assert main(["remind", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["items"] == []


@pytest.mark.parametrize("value", ["-1", "abc", "99999"])
def test_bad_days_is_one_line_exit_2(capsys, value):
    assert main(["remind", "--days", value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--days" in err


def test_a_damaged_database_is_one_line_exit_2(capsys):
    paths.database_path(paths.data_dir()).write_bytes(b"not a database at all")
    assert main(["remind"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err
