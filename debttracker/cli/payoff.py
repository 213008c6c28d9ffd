"""``plan``: a payoff plan over the data directory's open debts.

``debttracker-cli plan --strategy avalanche --monthly 5000 [--order 3,1,2] [--json]`` prints
per debt the month it is paid off and the interest (fees included, at the true APR) on the
way, the totals and the debt-free month. Without ``--monthly`` the budget's amount available
for repayment this month is used (the sum of the minimums when there is no budget).

Exit status: 0 a plan (even one that says the money is not enough); 2 bad argument (one line
naming it); 1 when the data cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.cli.args import date_option
from debttracker.core.budget import Month
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError
from debttracker.core.money import format_money, parse_money
from debttracker.core.payoff import STRATEGIES, PayoffDebt, PayoffPlan, plan

STRATEGY_LABELS = {
    "avalanche": QT_TRANSLATE_NOOP("cli", "avalanche"),
    "snowball": QT_TRANSLATE_NOOP("cli", "snowball"),
    "penalty": QT_TRANSLATE_NOOP("cli", "penalty first"),
    "custom": QT_TRANSLATE_NOOP("cli", "my own order"),
    "minimum": QT_TRANSLATE_NOOP("cli", "minimums only"),
}


def register(sub: argparse._SubParsersAction) -> None:
    tr = i18n.tr
    parser = sub.add_parser(
        "plan",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "payoff plan: when each debt is paid off, the interest, the debt-free month"
            )
        ),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Plan paying off the open debts with an amount a month: every debt gets its "
                "minimum and the rest goes by the strategy (avalanche: highest rate first; "
                "snowball: smallest balance first; penalty: overdue debts with the highest "
                "penalty first; custom: the order given by --order; minimum: minimums only).",
            )
        ),
    )
    parser.add_argument(
        "--strategy",
        choices=STRATEGIES,
        default="avalanche",
        help=tr(QT_TRANSLATE_NOOP("cli", "how the money beyond the minimums is shared out")),
    )
    parser.add_argument(
        "--monthly",
        metavar="AMOUNT",
        help=tr(QT_TRANSLATE_NOOP("cli", "money for debts each month (default: the budget's)")),
    )
    parser.add_argument(
        "--order",
        metavar="ID,ID,...",
        help=tr(QT_TRANSLATE_NOOP("cli", "debt ids in order, for custom")),
    )
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "plan from this day (default: today)")),
    )
    parser.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )
    parser.set_defaults(func=run)


def _monthly(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_money(text)
    except DomainError as exc:
        raise UsageError(f"argument --monthly: {i18n.message(exc.message)}") from None


def _order(text: str | None, strategy: str) -> list[int]:
    if text is None:
        if strategy == "custom":
            raise UsageError(
                "argument --order: "
                + i18n.tr(QT_TRANSLATE_NOOP("cli", "the custom strategy needs --order ID,ID,..."))
            )
        return []
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise UsageError(
            "argument --order: "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "debt ids separated by commas, not %1"), repr(text))
        )
    ids = [int(part) for part in parts]
    if len(set(ids)) != len(ids):
        raise UsageError(
            "argument --order: " + i18n.tr(QT_TRANSLATE_NOOP("cli", "a debt id is listed twice"))
        )
    return ids


def _ordered(debts: tuple[PayoffDebt, ...], order: list[int]) -> tuple[PayoffDebt, ...]:
    known = {d.id for d in debts}
    unknown = [i for i in order if i not in known]
    if unknown:
        raise UsageError(
            "argument --order: "
            + i18n.tr(
                QT_TRANSLATE_NOOP("cli", "no open debt with id %1"), ", ".join(map(str, unknown))
            )
        )
    rank = {debt_id: i for i, debt_id in enumerate(order)}
    return tuple(replace(d, order=rank.get(d.id, len(rank) + i)) for i, d in enumerate(debts))


def _load(as_of: date) -> tuple[tuple[PayoffDebt, ...], str, Decimal, str]:
    from debttracker.store import payoff_inputs
    from debttracker.store.db import open_database

    db = open_database(paths.data_dir())
    try:
        with db.session() as s:
            found = payoff_inputs.load_debts(s, as_of)
            monthly, source = payoff_inputs.default_monthly(s, as_of, found.minimums)
    finally:
        db.close()
    return found.debts, found.currency, monthly, source


def _month(start: Month, index: int | None) -> str | None:
    return None if index is None else str(start.shift(index))


def _data(
    result: PayoffPlan, debts: tuple[PayoffDebt, ...], start: Month, monthly: Decimal, cur: str
) -> dict[str, Any]:
    return {
        "strategy": result.strategy,
        "monthly": str(monthly),
        "currency": cur,
        "start": str(start),
        "feasible": result.feasible,
        "message": result.message.render() if result.message else None,
        # month 1's minimums: what the schedules ask for this month, as the budget shows
        "minimums": str(sum((debt.minimum for debt in debts), Decimal(0))),
        "shortfalls": [
            {
                "month": str(start.shift(month - 1)),
                "short": str(short),
                "unpaid": [{"id": debt_id, "amount": str(amount)} for debt_id, amount in parts],
            }
            for month, short, parts in result.shortfalls
        ],
        "debt_free": _month(start, result.debt_free_month),
        "months": result.debt_free_month,
        "total_interest": str(result.total_interest),
        "total_paid": str(result.total_paid),
        "debts": [
            {
                "id": debt.id,
                "debt": debt.name,
                "balance": str(debt.balance),
                "rate": str(debt.charged_rate),
                "minimum": str(debt.minimum),
                "paid_off": _month(start, outcome.payoff_month),
                "interest": str(outcome.interest_paid),
                "total_paid": str(outcome.total_paid),
                "grows": outcome.grows,
            }
            for debt, outcome in zip(debts, result.outcomes, strict=True)
        ],
    }


def _text(data: dict[str, Any], result: PayoffPlan) -> str:
    cur = data["currency"]
    tr = i18n.tr

    def money(value: str) -> str:
        return format_money(value, cur, locale=i18n.money_locale())

    strategy = data["strategy"]
    name = tr(STRATEGY_LABELS[strategy]) if strategy in STRATEGY_LABELS else strategy
    lines = [
        tr(
            QT_TRANSLATE_NOOP("cli", "Plan (%1) from %2, %3 a month"),
            name,
            data["start"],
            money(data["monthly"]),
        )
    ]
    width = max([i18n.width(d["debt"]) for d in data["debts"]] + [4])
    whens = []
    for debt in data["debts"]:
        if debt["paid_off"]:
            whens.append(debt["paid_off"])
        elif debt["grows"]:
            whens.append(tr(QT_TRANSLATE_NOOP("cli", "keeps growing")))
        else:
            whens.append(tr(QT_TRANSLATE_NOOP("cli", "not paid off")))
    when_width = max([12] + [i18n.width(when) for when in whens])
    for debt, when in zip(data["debts"], whens, strict=True):
        pad = " " * (width - i18n.width(debt["debt"]))
        lead = " " * (when_width - i18n.width(when))
        interest = tr(QT_TRANSLATE_NOOP("cli", "interest %1"), money(debt["interest"]))
        lines.append(f"  {debt['debt']}{pad}  {lead}{when}  {interest}")
    lines.append(
        "  " + tr(QT_TRANSLATE_NOOP("cli", "Total interest %1"), money(data["total_interest"]))
    )
    lines.append("  " + tr(QT_TRANSLATE_NOOP("cli", "Total paid %1"), money(data["total_paid"])))
    if data["debt_free"]:
        text = QT_TRANSLATE_NOOP("cli", "Debt-free in %1 (%2 months)")
        lines.append("  " + tr(text, data["debt_free"], data["months"]))
        if result.message:
            lines.append("  " + i18n.message(result.message))
    else:
        reason = i18n.message(result.message) if result.message else ""
        lines.append("  " + tr(QT_TRANSLATE_NOOP("cli", "Not debt-free: %1"), reason))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    as_of = date_option("--as-of", args.as_of)
    monthly = _monthly(args.monthly)
    order = _order(args.order, args.strategy)
    try:
        debts, currency, default, _source = _load(as_of)
    except DomainError as exc:
        error = i18n.tr(QT_TRANSLATE_NOOP("cli", "error: %1"), i18n.message(exc.message))
        print(f"debttracker-cli plan: {error}", file=sys.stderr)
        return 1
    debts = _ordered(debts, order)
    amount = default if monthly is None else monthly
    result = plan(debts, amount, args.strategy, first_month=str(Month.of(as_of)))
    data = _data(result, debts, Month.of(as_of), amount, currency)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(
            _text(data, result)
            if debts
            else i18n.tr(QT_TRANSLATE_NOOP("cli", "No open debts to plan."))
        )
    return 0
