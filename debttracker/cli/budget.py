"""``budget``: a month's income, spending, minimum payments and what is available for repayment.

Exit status: 0 success; 2 bad argument (one line naming it); 1 when the data cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.core.budget import Month
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError
from debttracker.core.money import format_money


def register(sub: argparse._SubParsersAction) -> None:
    tr = i18n.tr
    parser = sub.add_parser(
        "budget",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "income, spending, minimum payments due and the money available for repayment",
            )
        ),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "What can honestly be paid in a month: income, essential and discretionary "
                "spending, the minimum payments due from the ledger, the amount available for "
                "repayment (income - essential spending) and any shortfall.",
            )
        ),
    )
    parser.add_argument(
        "--month",
        metavar="YYYY-MM",
        help=tr(QT_TRANSLATE_NOOP("cli", "the month (default: this month)")),
    )
    parser.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )
    parser.set_defaults(func=run)


def _month(text: str | None) -> Month:
    if text is None:
        return Month.of(date.today())
    try:
        return Month.parse(text)
    except DomainError as exc:
        raise UsageError(f"argument --month: {exc.message.render(i18n.translate)}") from None


def _figures(month: Month) -> dict[str, Any]:
    from debttracker.store import budget as repo
    from debttracker.store import budget_debts
    from debttracker.store.db import open_database

    db = open_database(paths.data_dir())
    try:
        with db.session() as session:
            today = date.today()
            summary = repo.month_summary(session, month, today)
            dues = budget_debts.minimums_due(session, repo.first_day(month), today)
    finally:
        db.close()
    return {
        "month": str(month),
        "income": str(summary.income),
        "essential_spending": str(summary.essential),
        "discretionary_spending": str(summary.discretionary),
        "minimum_payments_due": str(summary.minimums),
        "available_for_repayment": str(summary.available),
        "covers_minimums": summary.covers,
        "shortfall": str(summary.shortfall),
        "debts": [
            {
                "debt": due.debt_name,
                "lender": due.lender_name,
                "due": due.due_date.isoformat(),
                "minimum": str(due.amount),
                "unpaid": str(due.unpaid),
            }
            for due in dues
        ],
    }


_LABELS = (
    ("income", QT_TRANSLATE_NOOP("cli", "Income")),
    ("essential_spending", QT_TRANSLATE_NOOP("cli", "Essential spending")),
    ("discretionary_spending", QT_TRANSLATE_NOOP("cli", "Discretionary spending")),
    ("available_for_repayment", QT_TRANSLATE_NOOP("cli", "Available for repayment")),
    ("minimum_payments_due", QT_TRANSLATE_NOOP("cli", "Minimum payments due")),
    ("shortfall", QT_TRANSLATE_NOOP("cli", "Shortfall")),
)


def _text(data: dict[str, Any]) -> str:
    loc = i18n.money_locale()
    labels = [(key, i18n.tr(label)) for key, label in _LABELS]
    width = max(i18n.width(label) for _key, label in labels)
    lines = [i18n.tr(QT_TRANSLATE_NOOP("cli", "Budget for %1"), data["month"])]
    for key, label in labels:
        pad = " " * (width - i18n.width(label))
        lines.append(f"  {label}{pad}  {format_money(data[key], locale=loc):>16}")
    if data["covers_minimums"]:
        text = QT_TRANSLATE_NOOP("cli", "The available money covers the minimum payments.")
        lines.append("  " + i18n.tr(text))
    else:
        short = format_money(data["shortfall"], locale=loc)
        lines.append("  " + i18n.tr(QT_TRANSLATE_NOOP("cli", "Short by %1 this month."), short))
    for debt in data["debts"]:
        amount = format_money(debt["minimum"], locale=loc)
        name = f"{debt['lender']} / {debt['debt']}"
        lines.append(
            f"    {debt['due']}  " + i18n.tr(QT_TRANSLATE_NOOP("cli", "%1: %2"), name, amount)
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    month = _month(args.month)
    try:
        data = _figures(month)
    except DomainError as exc:
        print(f"debttracker-cli budget: {exc.message.render(i18n.translate)}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_text(data))
    return 0
