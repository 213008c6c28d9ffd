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
from debttracker.cli import UsageError
from debttracker.core.budget import Month
from debttracker.core.messages import DomainError
from debttracker.core.money import format_money


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "budget",
        help="income, spending, minimum payments due and the money available for repayment",
        description=(
            "What can honestly be paid in a month: income, essential and discretionary "
            "spending, the minimum payments due from the ledger, the amount available for "
            "repayment (income - essential spending) and any shortfall."
        ),
    )
    parser.add_argument("--month", metavar="YYYY-MM", help="the month (default: this month)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(func=run)


def _month(text: str | None) -> Month:
    if text is None:
        return Month.of(date.today())
    try:
        return Month.parse(text)
    except DomainError as exc:
        raise UsageError(f"argument --month: {exc.message.render()}") from None


def _figures(month: Month) -> dict[str, Any]:
    from debttracker.store import budget as repo
    from debttracker.store import budget_debts
    from debttracker.store.db import open_database

    db = open_database(paths.data_dir())
    try:
        with db.session() as session:
            summary = repo.month_summary(session, month)
            dues = budget_debts.minimums_due(session, repo.first_day(month))
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
    ("income", "Income"),
    ("essential_spending", "Essential spending"),
    ("discretionary_spending", "Discretionary spending"),
    ("available_for_repayment", "Available for repayment"),
    ("minimum_payments_due", "Minimum payments due"),
    ("shortfall", "Shortfall"),
)


def _text(data: dict[str, Any]) -> str:
    width = max(len(label) for _key, label in _LABELS)
    lines = [f"Budget for {data['month']}"]
    for key, label in _LABELS:
        lines.append(f"  {label:<{width}}  {format_money(data[key], locale='en'):>16}")
    if data["covers_minimums"]:
        lines.append("  The available money covers the minimum payments.")
    else:
        lines.append(f"  Short by {format_money(data['shortfall'], locale='en')} this month.")
    for debt in data["debts"]:
        amount = format_money(debt["minimum"], locale="en")
        lines.append(f"    {debt['due']}  {debt['lender']} / {debt['debt']}: {amount}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    month = _month(args.month)
    try:
        data = _figures(month)
    except DomainError as exc:
        print(f"debttracker-cli budget: {exc.message.render()}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_text(data))
    return 0
