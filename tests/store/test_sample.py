"""The one sample generator: deterministic, realistic, refuses a directory with debts."""

from __future__ import annotations

from datetime import date

import pytest

from debttracker.store import ledger_queries
from debttracker.store.db import open_database
from debttracker.store.sample import NotEmptyError, generate

TODAY = date(2026, 11, 23)


def _snapshot(data_dir):
    db = open_database(data_dir)
    try:
        summary = generate(db, today=TODAY)
        with db.session() as s:
            rows = ledger_queries.debt_rows(s, TODAY)
        return summary, rows, db
    except BaseException:
        db.close()
        raise


def test_small_sample_has_what_the_issue_lists(tmp_path):
    summary, rows, db = _snapshot(tmp_path / "a")
    try:
        assert summary["debts"] == 6 and summary["payments"] >= 30
        kinds = {row.lender_kind for row in rows}
        assert {"bank", "card_issuer", "consumer_finance", "online_platform", "person"} <= kinds
        overdue = {row.lender_kind for row in rows if row.status == "overdue"}
        assert overdue == {"card_issuer", "online_platform"}
        assert any(row.above_cap for row in rows)
        with pytest.raises(NotEmptyError):
            generate(db, today=TODAY)
    finally:
        db.close()


def test_sample_is_deterministic(tmp_path):
    _s1, rows1, db1 = _snapshot(tmp_path / "a")
    _s2, rows2, db2 = _snapshot(tmp_path / "b")
    db1.close()
    db2.close()
    assert rows1 == rows2
