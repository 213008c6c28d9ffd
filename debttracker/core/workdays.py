"""Mainland-China working days, with the 调休 make-up working days (domain.md §9).

Each year the State Council publishes which weekdays are holidays and which weekend days become
working days (调休上班). The schedule is data, not a rule, so it lives in a dated table below:
``_TABLE`` was generated offline from ``chinese_calendar`` 1.11.0 (which transcribes the gov.cn
notices, 2004–2026) and is checked against it in the tests when that package is installed. Core
does not import that package at run time. A year missing from the table is *unknown*: results
are still computed (weekends off, no holidays) but flagged ``known=False`` with a reason, never
presented as certain. When a new schedule is published, extend the table or build a calendar with
:meth:`WorkCalendar.with_year` from user-edited data.

Lenders may or may not count a make-up Saturday as a working day (domain.md §9 caveat), so
:func:`add_working_days` answers with a range: *earliest* counts make-up days, *latest* counts
only Monday–Friday days that are not holidays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg

TABLE_SOURCE = "gov.cn holiday notices via chinese_calendar 1.11.0"

# year: (holiday breaks "MMDD" or "MMDD-MMDD", weekend days that are working days "MMDD")
_TABLE: dict[int, tuple[str, str]] = {
    2004: ("0101 0122-0128 0501-0507 1001-1007", "0117 0118 0508 0509 1009 1010"),
    2005: ("0101-0103 0209-0215 0501-0507 1001-1007", "0205 0206 0430 0508 1008 1009"),
    2006: ("0101-0103 0129-0204 0501-0507 1001-1007", "0128 0205 0429 0430 0930 1008 1230 1231"),
    2007: (
        "0101-0103 0218-0224 0501-0507 1001-1007 1230-1231",
        "0217 0225 0428 0429 0929 0930 1229",
    ),
    2008: (
        "0101 0206-0212 0404-0406 0501-0503 0607-0609 0913-0915 0929-1005",
        "0202 0203 0504 0927 0928",
    ),
    2009: (
        "0101-0103 0125-0131 0404-0406 0501-0503 0528-0530 1001-1008",
        "0104 0124 0201 0531 0927 1010",
    ),
    2010: (
        "0101-0103 0213-0219 0403-0405 0501-0503 0614-0616 0922-0924 1001-1007",
        "0220 0221 0612 0613 0919 0925 0926 1009",
    ),
    2011: (
        "0101-0103 0202-0208 0403-0405 0430-0502 0604 0606 0910-0912 1001-1007",
        "0130 0212 0402 1008 1009 1231",
    ),
    2012: (
        "0101-0103 0122-0128 0402-0404 0429-0501 0622 0624 0930-1007",
        "0121 0129 0331 0401 0428 0929",
    ),
    2013: (
        "0101-0103 0209-0215 0404-0406 0429-0501 0610-0612 0919-0921 1001-1007",
        "0105 0106 0216 0217 0407 0427 0428 0608 0609 0922 0929 1012",
    ),
    2014: ("0101 0131-0206 0405-0407 0501-0503 0602 0908 1001-1007", "0126 0208 0504 0928 1011"),
    2015: (
        "0101-0103 0218-0224 0405-0406 0501 0620 0622 0903-0904 0927 1001-1007",
        "0104 0215 0228 0906 1010",
    ),
    2016: (
        "0101 0207-0213 0404 0501-0502 0609-0611 0915-0917 1001-1007",
        "0206 0214 0612 0918 1008 1009",
    ),
    2017: ("0101-0102 0127-0202 0402-0404 0501 0528-0530 1001-1008", "0122 0204 0401 0527 0930"),
    2018: (
        "0101 0215-0221 0405-0407 0429-0501 0618 0924 1001-1007 1230-1231",
        "0211 0224 0408 0428 0929 0930 1229",
    ),
    2019: (
        "0101 0204-0210 0405-0407 0501-0504 0607-0609 0913-0915 1001-1007",
        "0202 0203 0428 0505 0929 1012",
    ),
    2020: (
        "0101 0124-0202 0404-0406 0501-0505 0625-0627 1001-1008",
        "0119 0426 0509 0628 0927 1010",
    ),
    2021: (
        "0101-0103 0211-0217 0403-0405 0501-0505 0612-0614 0919-0921 1001-1007",
        "0207 0220 0425 0508 0918 0926 1009",
    ),
    2022: (
        "0101-0103 0131-0206 0403-0405 0430-0504 0603-0605 0910-0912 1001-1007 1231",
        "0129 0130 0402 0424 0507 1008 1009",
    ),
    2023: (
        "0101-0102 0121-0127 0405 0429-0503 0622-0624 0929-1006 1230-1231",
        "0128 0129 0423 0506 0625 1007 1008",
    ),
    2024: (
        "0101 0210-0217 0404-0406 0501-0505 0610 0915-0917 1001-1007",
        "0204 0218 0407 0428 0511 0914 0929 1012",
    ),
    2025: ("0101 0128-0204 0404-0406 0501-0505 0531-0602 1001-1008", "0126 0208 0427 0928 1011"),
    2026: (
        "0101-0103 0215-0223 0404-0406 0501-0505 0619-0621 0925-0927 1001-1007",
        "0104 0214 0228 0509 0920 1010",
    ),
}

_MAX_STEPS = 10_000  # working days; a guard against absurd inputs, far beyond any real promise


def _parse_days(year: int, spec: str) -> set[date]:
    """Expand ``"0101-0103 0214"`` into dates of ``year``."""
    days: set[date] = set()
    for item in spec.split():
        first, _, last = item.partition("-")
        start = date(year, int(first[:2]), int(first[2:]))
        end = date(year, int(last[:2]), int(last[2:])) if last else start
        while start <= end:
            days.add(start)
            start += timedelta(days=1)
    return days


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """Holiday breaks and make-up working days for the years whose schedule is published."""

    days_off: frozenset[date]
    makeup_days: frozenset[date]
    years: frozenset[int]
    source: str = TABLE_SOURCE

    @classmethod
    def from_table(
        cls, table: Mapping[int, tuple[str, str]], source: str = TABLE_SOURCE
    ) -> WorkCalendar:
        """Build from ``{year: ("MMDD-MMDD ...", "MMDD ...")}`` (breaks, make-up days)."""
        off: set[date] = set()
        makeup: set[date] = set()
        for year, (breaks, workdays) in table.items():
            off |= _parse_days(year, breaks)
            makeup |= _parse_days(year, workdays)
        return cls(frozenset(off), frozenset(makeup), frozenset(table), source)

    def with_year(
        self, year: int, days_off: Iterable[date], makeup_days: Iterable[date]
    ) -> WorkCalendar:
        """A copy that also knows ``year`` (e.g. a schedule the user typed in from gov.cn)."""
        off = frozenset(days_off)
        makeup = frozenset(makeup_days)
        for day in off | makeup:
            if day.year != year:
                raise DomainError(
                    msg("workdays", QT_TRANSLATE_NOOP("workdays", "%1 is not in %2"), day, year)
                )
        keep_off = frozenset(d for d in self.days_off if d.year != year)
        keep_makeup = frozenset(d for d in self.makeup_days if d.year != year)
        return WorkCalendar(keep_off | off, keep_makeup | makeup, self.years | {year}, self.source)

    def knows(self, year: int) -> bool:
        """Whether the official schedule for ``year`` is in this calendar."""
        return year in self.years

    def is_workday(self, day: date) -> bool:
        """A working day for ordinary employers: make-up weekend days count."""
        if day in self.makeup_days:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def is_weekday_workday(self, day: date) -> bool:
        """The strict reading: Monday–Friday and not a holiday (make-up weekends do not count)."""
        return day.weekday() < 5 and day not in self.days_off


CHINA_MAINLAND = WorkCalendar.from_table(_TABLE)


@dataclass(frozen=True, slots=True)
class WorkdayResult:
    """The n-th working day as a range; ``known`` is False when a year's schedule is missing."""

    earliest: date
    latest: date
    known: bool
    reason: Message | None = None

    @property
    def ambiguous(self) -> bool:
        """True when lenders counting make-up days or not would give different dates."""
        return self.earliest != self.latest


@dataclass(frozen=True, slots=True)
class WorkdayCount:
    """Working days in a period: counting make-up days, and Monday–Friday only."""

    with_makeup: int
    weekdays_only: int
    known: bool
    reason: Message | None = None


def _unknown_reason(calendar: WorkCalendar, first: date, last: date) -> Message | None:
    """A message naming the first year in ``first..last`` without a published schedule."""
    for year in range(first.year, last.year + 1):
        if not calendar.knows(year):
            return msg(
                "workdays",
                QT_TRANSLATE_NOOP(
                    "workdays",
                    "The official holiday schedule for %1 is not published yet; "
                    "dates in %1 assume only weekends are days off",
                ),
                year,
            )
    return None


def _nth_after(start: date, n: int, is_workday: Callable[[date], bool]) -> date:
    """The ``n``-th day after ``start`` for which ``is_workday(day)`` holds."""
    day = start
    found = 0
    while found < n:
        day += timedelta(days=1)
        if is_workday(day):
            found += 1
    return day


def add_working_days(start: date, n: int, calendar: WorkCalendar = CHINA_MAINLAND) -> WorkdayResult:
    """The ``n``-th working day after ``start`` (``n = 0`` gives ``start``), as a range.

    Used for promises such as "we will reply within 5 working days" (domain.md §9).
    """
    if not 0 <= n <= _MAX_STEPS:
        raise DomainError(
            msg(
                "workdays",
                QT_TRANSLATE_NOOP("workdays", "Working days must be between 0 and %1"),
                _MAX_STEPS,
            ),
            field="n",
        )
    earliest = _nth_after(start, n, calendar.is_workday)
    latest = _nth_after(start, n, calendar.is_weekday_workday)
    reason = _unknown_reason(calendar, start, latest)
    return WorkdayResult(earliest, latest, reason is None, reason)


def count_working_days(
    start: date, end: date, calendar: WorkCalendar = CHINA_MAINLAND
) -> WorkdayCount:
    """Working days from ``start`` to ``end``, both included (0 when ``end < start``)."""
    with_makeup = weekdays_only = 0
    day = start
    while day <= end:
        with_makeup += calendar.is_workday(day)
        weekdays_only += calendar.is_weekday_workday(day)
        day += timedelta(days=1)
    reason = _unknown_reason(calendar, start, end) if start <= end else None
    return WorkdayCount(with_makeup, weekdays_only, reason is None, reason)
