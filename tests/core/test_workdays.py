"""Working days on the mainland-China calendar with 调休 make-up days (domain.md §9, vector 30)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from debttracker.core.messages import DomainError
from debttracker.core.workdays import (
    CHINA_MAINLAND,
    WorkCalendar,
    add_working_days,
    count_working_days,
)


def test_vector_30_third_working_day_after_sept_30_is_makeup_saturday():
    result = add_working_days(date(2026, 9, 30), 3)
    # 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up day)
    assert result.earliest == date(2026, 10, 10)
    assert result.earliest.weekday() == 5
    # Mon–Fri only: 10-08, 10-09, 10-12
    assert result.latest == date(2026, 10, 12)
    assert result.known and result.reason is None
    assert result.ambiguous


def test_vector_30_count_inclusive():
    count = count_working_days(date(2026, 9, 30), date(2026, 10, 12))
    # 09-30, 10-08, 10-09, 10-10 (make-up), 10-12
    assert count.with_makeup == 5
    assert count.weekdays_only == 4
    assert count.known


def test_reply_within_five_working_days_across_national_day():
    result = add_working_days(date(2026, 9, 30), 5)
    # earliest: 10-08, 10-09, 10-10 (Sat make-up), 10-12, 10-13
    assert result.earliest == date(2026, 10, 13)
    # latest: 10-08, 10-09, 10-12, 10-13, 10-14
    assert result.latest == date(2026, 10, 14)
    assert result.known


def test_spring_festival_2026_makeup_days():
    assert CHINA_MAINLAND.is_workday(date(2026, 2, 14))  # Saturday make-up day
    assert CHINA_MAINLAND.is_workday(date(2026, 2, 28))
    assert not CHINA_MAINLAND.is_weekday_workday(date(2026, 2, 14))
    assert not CHINA_MAINLAND.is_workday(date(2026, 2, 16))  # Monday in the break
    assert not CHINA_MAINLAND.is_workday(date(2026, 2, 21))  # ordinary Saturday
    assert CHINA_MAINLAND.is_workday(date(2026, 2, 24))


def test_2025_makeup_days_match_domain_reference():
    for day in ("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"):
        assert CHINA_MAINLAND.is_workday(date.fromisoformat(day))
        assert date.fromisoformat(day).weekday() >= 5


def test_unpublished_year_is_flagged_not_guessed():
    result = add_working_days(date(2026, 12, 30), 3)
    assert not result.known
    assert result.reason is not None
    assert "2027" in result.reason.render()
    assert result.reason.context == "workdays"
    # the guess: weekends off only (2026-12-31 Thu, 2027-01-01 Fri, 2027-01-04 Mon)
    assert result.earliest == date(2027, 1, 4)


def test_count_flags_unknown_year_and_empty_range():
    assert not count_working_days(date(2027, 1, 1), date(2027, 1, 31)).known
    empty = count_working_days(date(2026, 5, 2), date(2026, 5, 1))
    assert (empty.with_makeup, empty.weekdays_only, empty.known) == (0, 0, True)


def test_zero_days_is_start_and_negative_rejected():
    assert add_working_days(date(2026, 10, 1), 0).earliest == date(2026, 10, 1)
    with pytest.raises(DomainError) as err:
        add_working_days(date(2026, 10, 1), -1)
    assert err.value.field == "n"


def test_with_year_adds_user_schedule():
    cal = CHINA_MAINLAND.with_year(2027, [date(2027, 1, 1)], [date(2027, 1, 9)])
    assert cal.knows(2027) and not CHINA_MAINLAND.knows(2027)
    assert cal.is_workday(date(2027, 1, 9))
    assert not cal.is_workday(date(2027, 1, 1))
    assert add_working_days(date(2026, 12, 31), 1, cal).earliest == date(2027, 1, 4)
    with pytest.raises(DomainError):
        CHINA_MAINLAND.with_year(2027, [date(2026, 1, 1)], [])


def test_from_table_parses_ranges():
    cal = WorkCalendar.from_table({2030: ("0101-0103 0501", "0105")})
    assert cal.days_off == {date(2030, 1, d) for d in (1, 2, 3)} | {date(2030, 5, 1)}
    assert cal.makeup_days == {date(2030, 1, 5)}


def test_table_matches_chinese_calendar_package():
    """The embedded table was generated from chinese_calendar; re-check every day it covers."""
    import chinese_calendar as cc

    day = date(2004, 1, 1)
    while day <= date(2026, 12, 31):
        assert CHINA_MAINLAND.is_workday(day) == cc.is_workday(day), day
        day += timedelta(days=1)


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 6, 30)),
    n=st.integers(min_value=0, max_value=40),
)
def test_add_and_count_agree(start, n):
    result = add_working_days(start, n)
    assert result.earliest <= result.latest
    after = start + timedelta(days=1)
    assert count_working_days(after, result.earliest).with_makeup == n
    assert count_working_days(after, result.latest).weekdays_only == n
