"""Argument values shared by several commands."""

from __future__ import annotations

from datetime import date

from debttracker.cli import UsageError, i18n
from debttracker.core.debts import parse_date
from debttracker.core.messages import DomainError


def date_option(option: str, text: str | None) -> date:
    """A date option (``2026-03-15``, ``2026/3/15``, ``2026年3月15日``); today when not given.

    A bad value is a one-line usage error naming the option, with core's reason."""
    if text is None:
        return date.today()
    try:
        return parse_date(text)
    except DomainError as exc:
        raise UsageError(f"argument {option}: {exc.message.render(i18n.translate)}") from None
