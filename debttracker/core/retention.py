"""Which rotated backups to keep: the last N days, N weeks and N months that have one.

The rule is the one restic and borg use, applied to the moments backups were taken:

* daily: walk the backups newest first and keep the newest one of each calendar day, until
  ``daily`` distinct days are kept;
* weekly: the same with ISO weeks (Monday to Sunday), ``weekly`` of them;
* monthly: the same with calendar months, ``monthly`` of them.

A backup is kept when any rule keeps it (the rules overlap on purpose: the newest backup is
always the daily, the weekly and the monthly one).  Pure: the caller passes the moments in.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg

#: More than this many of one kind of period is surely a typing mistake.
MAX_KEEP = 1000

#: Setting keys (the ``setting`` table) that override the defaults.
SETTING_KEYS = {
    "daily": "backup.keep_daily",
    "weekly": "backup.keep_weekly",
    "monthly": "backup.keep_monthly",
}


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many days, weeks and months of daily backups to keep."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for name in ("daily", "weekly", "monthly"):
            value = getattr(self, name)
            if type(value) is not int or not 0 <= value <= MAX_KEEP:
                raise DomainError(
                    msg(
                        "retention",
                        QT_TRANSLATE_NOOP("retention", "Keep between 0 and %1 backups per period."),
                        MAX_KEEP,
                    ),
                    field=name,
                )


def policy_from_settings(settings: Mapping[str, str]) -> RetentionPolicy:
    """The policy named by the ``backup.keep_*`` settings; missing keys keep their default."""
    default = RetentionPolicy()
    counts: dict[str, int] = {}
    for name, key in SETTING_KEYS.items():
        raw = settings.get(key)
        if raw is None or not raw.strip():
            counts[name] = getattr(default, name)
            continue
        text = raw.strip()
        if not (text.isascii() and text.isdigit()):
            raise DomainError(
                msg(
                    "retention",
                    QT_TRANSLATE_NOOP("retention", "Not a whole number of backups: %1"),
                    key,
                ),
                field=name,
            )
        counts[name] = int(text[:6])  # bounded, then checked by RetentionPolicy
    return RetentionPolicy(**counts)


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    ordered: list[datetime], count: int, period: Callable[[datetime], Hashable]
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in ordered:
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def moments_to_keep(moments: Iterable[datetime], policy: RetentionPolicy) -> set[datetime]:
    """The moments (among ``moments``) whose backups the policy keeps."""
    ordered = sorted(set(moments), reverse=True)
    return (
        _newest_per_period(ordered, policy.daily, _day)
        | _newest_per_period(ordered, policy.weekly, _week)
        | _newest_per_period(ordered, policy.monthly, _month)
    )


def moments_to_drop(moments: Iterable[datetime], policy: RetentionPolicy) -> set[datetime]:
    """The complement of :func:`moments_to_keep`."""
    all_moments = set(moments)
    return all_moments - moments_to_keep(all_moments, policy)
