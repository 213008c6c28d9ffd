"""One deterministic sample data set for tests, screenshots, benchmarks and "Explore with
sample data".

:func:`generate` fills an *empty* data directory in one transaction by calling each
aggregate's sub-generator in a fixed order.  A sub-generator is a module of this package with
``generate(session, *, today, scale) -> dict`` (what it made, for the summary); it runs after
the ones before it, so it may look up their rows (e.g. the negotiation sample finds the
overdue debts).  To add one, append its module to ``STEPS``.
"""

from __future__ import annotations

from datetime import date
from importlib import import_module
from typing import Any

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store.db import Database

SCALES = ("small", "large")

#: sub-generators, in the order they run
STEPS: tuple[str, ...] = (
    "debttracker.store.sample.ledger",
    "debttracker.store.sample.budget",
    "debttracker.store.sample.negotiation",
)


class NotEmptyError(DomainError):
    """The data directory already holds debts."""


def generate(db: Database, *, today: date, scale: str = "small") -> dict[str, Any]:
    """Fill ``db`` with the sample data as of ``today``; refuses a database that has debts."""
    from debttracker.store.ledger import has_debts

    if scale not in SCALES:
        raise DomainError(
            msg(
                "sample",
                QT_TRANSLATE_NOOP("sample", "Unknown sample scale: %1 (use small or large)"),
                scale,
            ),
            field="scale",
        )
    summary: dict[str, Any] = {}
    with db.session() as session:
        if has_debts(session):
            raise NotEmptyError(
                msg(
                    "sample",
                    QT_TRANSLATE_NOOP(
                        "sample",
                        "This data directory already has debts; sample data go only into an "
                        "empty one. Use a new data directory (--data-dir) to explore.",
                    ),
                )
            )
        for name in STEPS:
            summary.update(import_module(name).generate(session, today=today, scale=scale))
    return summary
