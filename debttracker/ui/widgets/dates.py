"""Dates on screen, the same in every table and language.

Tables and lists use ``2026-08-20`` (``yyyy-MM-dd``): it sorts, lines up in a column and is
unambiguous in English and Chinese alike (Qt's short format would give ``8/20/26`` or
``2026/8/20``).  Sentences use the locale's long form without the weekday
(``20 Aug 2026``, ``2026年8月20日``).  Times are 24-hour (``2026-08-20 14:05``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

TABLE_DATE = "yyyy-MM-dd"
TABLE_DATETIME = "yyyy-MM-dd HH:mm"


def _qdate(day: date | QDate) -> QDate:
    return day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)


def date_text(
    day: date | QDate | None, *, long: bool = False, locale: QLocale | None = None
) -> str:
    """``2026-08-20`` (tables), or with ``long`` ``20 Aug 2026`` / ``2026年8月20日``."""
    if day is None:
        return ""
    loc = locale or QLocale()
    if not long:
        return loc.toString(_qdate(day), TABLE_DATE)
    pattern = "yyyy年M月d日" if loc.name().startswith("zh") else "d MMM yyyy"
    return loc.toString(_qdate(day), pattern)


def datetime_text(moment: datetime | QDateTime | None, *, locale: QLocale | None = None) -> str:
    """``2026-08-20 14:05`` in local time (an aware ``datetime`` is converted first)."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        moment = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return (locale or QLocale()).toString(moment, TABLE_DATETIME)
