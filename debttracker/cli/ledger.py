"""``sample-data``, ``debts`` and ``pay``: the ledger from the command line.

``pay`` records a payment exactly as the payment dialog does (same repository call, same
allocation, one transaction).  ``--json`` prints money as two-place strings and dates as ISO.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.cli.args import date_option, id_value
from debttracker.cli.cards import card_json
from debttracker.core.debts import PaymentInput
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError
from debttracker.core.money import format_money, parse_money
from debttracker.core.rates import as_percent


def _open():  # type: ignore[no-untyped-def]
    from debttracker.store.db import open_database

    try:
        return open_database(paths.data_dir())
    except DomainError as exc:
        raise UsageError(exc.message.render(i18n.translate)) from None


def _money_text(value: Decimal) -> str:
    return f"{value:.2f}"


def run_sample(args: argparse.Namespace) -> int:
    from debttracker.store.sample import generate

    db = _open()
    try:
        summary = generate(db, today=date.today(), scale=args.scale)
    except DomainError as exc:
        raise UsageError(exc.message.render(i18n.translate)) from None
    finally:
        db.close()
    print(
        i18n.tr(
            QT_TRANSLATE_NOOP(
                "cli", "Sample data written to %1: %2 lenders, %3 debts, %4 payments."
            ),
            paths.data_dir(),
            summary.get("lenders", 0),
            summary.get("debts", 0),
            summary.get("payments", 0),
        )
    )
    return 0


# The debt statuses in the ledger's words (the same texts as the Ledger tab's).
STATUS_LABELS = {
    "current": QT_TRANSLATE_NOOP("ledger", "Current"),
    "overdue": QT_TRANSLATE_NOOP("ledger", "Overdue"),
    "negotiating": QT_TRANSLATE_NOOP("ledger", "Negotiating"),
    "restructured": QT_TRANSLATE_NOOP("ledger", "Restructured"),
    "settled": QT_TRANSLATE_NOOP("ledger", "Settled"),
    "written_off": QT_TRANSLATE_NOOP("ledger", "Written off"),
    "litigation": QT_TRANSLATE_NOOP("ledger", "In litigation"),
}

# The parts of a payment, in the order they are paid.
ALLOCATION_LABELS = {
    "penalty": QT_TRANSLATE_NOOP("cli", "penalty interest"),
    "fees": QT_TRANSLATE_NOOP("cli", "fees"),
    "interest": QT_TRANSLATE_NOOP("cli", "interest"),
    "principal": QT_TRANSLATE_NOOP("cli", "principal"),
}


def status_text(code: str) -> str:
    """A debt status in the user's language (the code itself when unknown)."""
    text = STATUS_LABELS.get(code)
    return i18n.translate("ledger", text) if text else code


def _debt_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "lender": row.lender,
        "name": row.name,
        "currency": row.currency,
        "status": row.status,
        "balance": _money_text(row.balance),
        "next_due_date": row.next_due_date.isoformat() if row.next_due_date else None,
        "next_due_amount": _money_text(row.next_due_amount),
        "days_overdue": row.days_overdue,
        "penalty_accrued": _money_text(row.penalty_accrued),
        "apr_percent": None if row.apr is None else str(as_percent(row.apr)),
        "kind": row.kind,
        "card": card_json(row.card),  # a card by its statement (None for other debts)
    }


def run_debts(args: argparse.Namespace) -> int:
    from debttracker.store import ledger_queries

    as_of = date_option("--as-of", args.as_of)
    db = _open()
    try:
        with db.session() as s:
            rows = ledger_queries.debt_rows(s, as_of, started=args.as_of is not None)
    finally:
        db.close()
    sums = ledger_queries.totals(rows)
    if args.json:
        out = {
            "debts": [_debt_json(row) for row in rows],
            "totals": {cur: _money_text(value) for cur, value in sums.items()},
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(
            i18n.tr(QT_TRANSLATE_NOOP("cli", "No debts recorded. Try: debttracker-cli sample-data"))
        )
        return 0
    for row in rows:
        due = row.next_due_date.isoformat() if row.next_due_date else "-"
        late = (
            i18n.tr(QT_TRANSLATE_NOOP("cli", "%1 days overdue"), row.days_overdue)
            if row.days_overdue
            else ""
        )
        apr = "-" if row.apr is None else f"{as_percent(row.apr)}%"
        print(
            f"{row.id:>5}  {row.lender} / {row.name}  [{status_text(row.status)}]  "
            f"{format_money(row.balance, row.currency, i18n.money_locale())}  "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "next %1"), due)
            + "  "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "APR %1"), apr)
            + f"  {late}".rstrip()
        )
    for currency, value in sums.items():
        print(
            i18n.tr(
                QT_TRANSLATE_NOOP("cli", "Total %1: %2"),
                currency,
                format_money(value, currency, i18n.money_locale()),
            )
        )
    return 0


def run_pay(args: argparse.Namespace) -> int:
    from debttracker.store import ledger

    try:
        amount = parse_money(args.amount)
    except DomainError as exc:
        raise UsageError(f"argument --amount: {i18n.message(exc.message)}") from None
    if amount <= 0:
        raise UsageError(
            "argument --amount: "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "the amount must be above zero"))
        )
    data = PaymentInput(date_option("--date", args.date), amount, "cli", args.note or "")
    db = _open()
    try:
        with db.session() as s:
            try:
                result = ledger.add_payment(s, args.debt, data)
            except DomainError as exc:
                raise UsageError(f"argument --debt: {exc.message.render(i18n.translate)}") from None
    finally:
        db.close()
    allocation = {
        "penalty": _money_text(result.penalty),
        "fees": _money_text(result.fees),
        "interest": _money_text(result.interest),
        "principal": _money_text(result.principal),
    }
    if args.json:
        print(json.dumps({"payment_id": result.payment_id, "allocation": allocation}))
    else:
        parts = i18n.tr(QT_TRANSLATE_NOOP("cli", ", ")).join(
            f"{i18n.tr(ALLOCATION_LABELS[key])} {value}" for key, value in allocation.items()
        )
        print(
            i18n.tr(QT_TRANSLATE_NOOP("cli", "Payment %1 recorded: %2"), result.payment_id, parts)
        )
        if result.unapplied:
            print(
                i18n.tr(
                    QT_TRANSLATE_NOOP("cli", "Not applied (more than the whole balance): %1"),
                    f"{result.unapplied:.2f}",
                )
            )
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tr = i18n.tr
    json_help = tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    sample = sub.add_parser(
        "sample-data",
        help=tr(QT_TRANSLATE_NOOP("cli", "fill an empty data directory with sample data")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Write made-up lenders, debts and payments into an empty data directory, "
                "to try the app out.",
            )
        ),
    )
    sample.add_argument(
        "--scale",
        choices=("small", "large"),
        default="small",
        help=tr(QT_TRANSLATE_NOOP("cli", "small: a few debts; large: years of history")),
    )
    sample.set_defaults(func=run_sample)

    debts = sub.add_parser(
        "debts",
        help=tr(QT_TRANSLATE_NOOP("cli", "list every debt with balance, next due and APR")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Every debt with its status, balance, next due date, true APR and days overdue, "
                "and the total per currency.",
            )
        ),
    )
    debts.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the day to look from (default: today)")),
    )
    debts.add_argument("--json", action="store_true", help=json_help)
    debts.set_defaults(func=run_debts)

    pay = sub.add_parser(
        "pay",
        help=tr(QT_TRANSLATE_NOOP("cli", "record a payment (allocated as the app does)")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Record a payment on a debt. It goes first to penalty interest, then fees, "
                "interest and principal, exactly as in the app.",
            )
        ),
    )
    pay.add_argument(
        "--debt",
        type=id_value,
        required=True,
        metavar="ID",
        help=tr(QT_TRANSLATE_NOOP("cli", "debt id")),
    )
    pay.add_argument(
        "--amount",
        required=True,
        metavar="X",
        help=tr(QT_TRANSLATE_NOOP("cli", "amount paid, e.g. 300 or ¥1,200.50")),
    )
    pay.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "day of the payment (default: today)")),
    )
    pay.add_argument(
        "--note", metavar="TEXT", help=tr(QT_TRANSLATE_NOOP("cli", "a note kept with the payment"))
    )
    pay.add_argument("--json", action="store_true", help=json_help)
    pay.set_defaults(func=run_pay)
