"""Backup rotation: newest per day, ISO week and month, as many periods as configured."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.retention import (
    RetentionPolicy,
    moments_to_drop,
    moments_to_keep,
    policy_from_settings,
)

START = datetime(2025, 1, 1, 9, 0)


def daily(days: int) -> list[datetime]:
    return [START + timedelta(days=n) for n in range(days)]


def test_defaults_are_7_4_12():
    assert RetentionPolicy() == RetentionPolicy(daily=7, weekly=4, monthly=12)


def test_a_year_of_daily_backups_keeps_days_weeks_and_months():
    moments = daily(400)
    kept = moments_to_keep(moments, RetentionPolicy())
    newest = moments[-1]
    # the last 7 days
    assert {newest - timedelta(days=n) for n in range(7)} <= kept
    # the newest of each of the last 4 ISO weeks, of the last 12 months
    weeks = {m.isocalendar()[:2] for m in kept}
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) > newest - timedelta(days=366)


def test_several_backups_a_day_keep_the_newest_of_the_day():
    day = [START + timedelta(hours=h) for h in range(5)]
    kept = moments_to_keep(day, RetentionPolicy(daily=1, weekly=0, monthly=0))
    assert kept == {day[-1]}


def test_zero_everywhere_keeps_nothing():
    assert moments_to_keep(daily(30), RetentionPolicy(0, 0, 0)) == set()


def test_drop_is_the_complement():
    moments = set(daily(60))
    policy = RetentionPolicy(3, 2, 1)
    assert moments_to_drop(moments, policy) | moments_to_keep(moments, policy) == moments
    assert not moments_to_drop(moments, policy) & moments_to_keep(moments, policy)


@pytest.mark.parametrize("bad", [-1, 1001, True, 2.0])
def test_absurd_counts_are_refused(bad):
    with pytest.raises(DomainError):
        RetentionPolicy(daily=bad)


def test_policy_from_settings():
    assert policy_from_settings({}) == RetentionPolicy()
    policy = policy_from_settings({"backup.keep_daily": " 10 ", "backup.keep_monthly": "24"})
    assert policy == RetentionPolicy(daily=10, weekly=4, monthly=24)
    for bad in ("-1", "ten", "１０", "9" * 50, "NaN"):
        with pytest.raises(DomainError):
            policy_from_settings({"backup.keep_weekly": bad})


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 5000), min_size=1, max_size=80),
    st.integers(0, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)
def test_properties(offsets, d, w, m):
    moments = {START + timedelta(hours=h * 7) for h in offsets}
    kept = moments_to_keep(moments, RetentionPolicy(d, w, m))
    assert kept <= moments
    assert len(kept) <= d + w + m
    if d + w + m:
        assert max(moments) in kept  # the newest is always kept
    # keeping more never keeps less
    assert kept <= moments_to_keep(moments, RetentionPolicy(d + 1, w + 1, m + 1))
