"""Argument values shared by several commands."""

from __future__ import annotations

from datetime import date

from debttracker.cli import UsageError, i18n
from debttracker.core.debts import parse_date
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError


def date_option(option: str, text: str | None) -> date:
    """A date option (``2026-03-15``, ``2026/3/15``, ``2026年3月15日``); today when not given.

    A bad value is a one-line usage error naming the option, with core's reason."""
    if text is None:
        return date.today()
    try:
        return parse_date(text)
    except DomainError as exc:
        raise UsageError(f"argument {option}: {exc.message.render(i18n.translate)}") from None


#: the largest id SQLite stores (a signed 64-bit integer)
MAX_ID = 2**63 - 1


def id_value(text: str) -> int:
    """An ``argparse`` type for ids: ASCII digits only, 1 .. 2**63-1 (else exit 2, one line)."""
    import argparse
    import re

    if not re.fullmatch(r"[0-9]{1,19}", text.strip()) or not 0 < int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(
            i18n.tr(QT_TRANSLATE_NOOP("cli", "not an id (a whole number from 1): %1"), text)
        )
    return int(text)
