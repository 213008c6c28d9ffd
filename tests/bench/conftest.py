"""The large sample data set, generated once per benchmark session."""

from __future__ import annotations

from datetime import date

import pytest

#: the fixed "today" of every benchmark, so runs compare like with like
BENCH_TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def large_sample_dir(tmp_path_factory):
    from debttracker.store.db import open_database
    from debttracker.store.sample import generate

    data = tmp_path_factory.mktemp("large-sample")
    db = open_database(data)
    try:
        generate(db, today=BENCH_TODAY, scale="large")
    finally:
        db.close()
    return data
