"""``add-card`` and ``add-bill-instalments``: a credit card as its bill reads, and a 账单分期,
from the command line -- the same validation (:func:`core.debts.validate_debt`) and
repository call as the debt dialog.  ``card_json`` is the card part of ``debts --json``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from debttracker.cli import UsageError, i18n
from debttracker.core.cards import CardPosition
from debttracker.core.messages import QT_TRANSLATE_NOOP

#: DebtForm field -> the option that typed it (to name it in an error)
_OPTIONS = {
    "stmt_balance": "--balance", "stmt_minimum": "--minimum", "stmt_date": "--statement-date",
    "stmt_due_date": "--due-date", "stmt_charges": "--charges",
    "stmt_instalment": "--instalment", "stmt_posted_on": "--posted-on", "rate": "--rate",
    "min_payment_percent": "--min-percent", "card_min_floor": "--min-floor",
    "card_late_fee_percent": "--late-fee-percent", "card_tolerance": "--tolerance",
    "card_limit": "--limit", "grace_days": "--grace-days", "name": "--name",
    "currency": "--currency", "principal": "--principal", "start_date": "--start",
    "term_months": "--periods", "period_fee": "--fee", "lender": "--lender",
}  # fmt: skip


def card_json(pos: CardPosition | None) -> dict[str, Any] | None:
    """A card's statement figures as of the day looked from (money as two-place strings)."""
    if pos is None:
        return None
    money = {
        "statement_balance": pos.balance, "minimum_due": pos.minimum, "paid": pos.paid,
        "minimum_unpaid": pos.minimum_unpaid, "statement_left": pos.remaining,
        "revolving_interest": pos.revolving_interest, "late_fee": pos.late_fee,
        "owed": pos.owed,
    }  # fmt: skip
    return {
        "statement_date": pos.statement_date.isoformat(),
        "due_date": pos.due_date.isoformat(),
        **{key: f"{value:.2f}" for key, value in money.items()},
        "interest_free": pos.interest_free,
        "days_overdue": pos.days_overdue,
    }


def _lender(s: Any, text: str) -> int:
    """A lender id, or a name (found, or added as a card issuer)."""
    from debttracker.core.debts import LenderInput
    from debttracker.store import ledger

    if text.isdigit():
        return int(text)
    for row in ledger.lenders(s):
        if row.name == text.strip():
            return row.id
    return ledger.add_lender(s, LenderInput(text.strip(), "card_issuer"))


def _add(args: argparse.Namespace, fields: dict[str, Any]) -> int:
    from debttracker.cli.ledger import _open
    from debttracker.core.debts import DebtForm, validate_debt
    from debttracker.store import ledger, ledger_cards, ledger_queries

    db = _open()
    try:
        with db.session() as s:
            form = DebtForm(lender_id=_lender(s, args.lender), **fields)
            data, errors = validate_debt(form)
            if data is None:
                key, message = next(iter(errors.items()))
                raise UsageError(f"argument {_OPTIONS.get(key, key)}: {i18n.message(message)}")
            debt_id = ledger.add_debt(s, data)
            row = ledger_queries.debt_rows(s, date.today(), debt_id)[0]
            position = ledger_cards.position_of(s, debt_id, date.today())
    finally:
        db.close()
    out = {
        "debt_id": debt_id, "kind": data.kind,
        "apr_percent": None if row.apr is None else f"{row.apr * 100:.2f}",
        "card": card_json(position),
    }  # fmt: skip
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(i18n.tr(QT_TRANSLATE_NOOP("cli", "Debt %1 added: %2"), debt_id, data.name))
        if position is not None:
            print(
                i18n.tr(
                    QT_TRANSLATE_NOOP("cli", "Minimum %1 due %2; %3 by then keeps it interest-free"),
                    f"{position.minimum:.2f}", position.due_date.isoformat(),
                    f"{position.balance:.2f}",
                )
            )  # fmt: skip
    return 0


def run_add_card(args: argparse.Namespace) -> int:
    basis, rate = ("daily", "0.05%") if args.rate is None else (args.rate_basis, args.rate)
    fields = {
        "name": args.name, "kind": "card", "currency": args.currency,
        "stmt_balance": args.balance, "stmt_minimum": args.minimum or "",
        "stmt_date": args.statement_date, "stmt_due_date": args.due_date,
        "stmt_charges": args.charges or "", "stmt_instalment": args.instalment or "",
        "stmt_posted_on": args.posted_on or "", "rate": rate, "rate_basis": basis,
        "min_payment_percent": args.min_percent, "card_min_floor": args.min_floor,
        "card_late_fee_percent": args.late_fee_percent, "card_tolerance": args.tolerance or "",
        "card_limit": args.limit or "", "grace_days": args.grace_days,
    }  # fmt: skip
    return _add(args, fields)


def run_add_bill_instalments(args: argparse.Namespace) -> int:
    fields = {
        "name": args.name, "kind": "card_instalment", "currency": args.currency,
        "principal": args.principal, "start_date": args.start, "term_months": args.periods,
        "period_fee": args.fee, "due_day": args.due_day or "",
    }  # fmt: skip
    return _add(args, fields)


def _common(parser: argparse.ArgumentParser) -> None:
    tr = i18n.tr
    parser.add_argument(
        "--lender", required=True, metavar="ID|NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "the issuer: its id, or a name (added if new)")),
    )  # fmt: skip
    parser.add_argument(
        "--name", required=True, metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("cli", "a name, e.g. card ending 1234")),
    )  # fmt: skip
    parser.add_argument("--currency", default="CNY", metavar="XXX")
    parser.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    tr = i18n.tr
    card = sub.add_parser(
        "add-card",
        help=tr(QT_TRANSLATE_NOOP("cli", "add a credit card as its bill reads")),
        description=tr(QT_TRANSLATE_NOOP(
            "cli",
            "Add a credit card by its statement: 账单金额, 最低还款额 (or the card's rule), "
            "账单日 and 到期还款日. Paid in full by the due date it costs no interest; "
            "otherwise revolving interest and 违约金 are owed.",
        )),
    )  # fmt: skip
    _common(card)
    money = tr(QT_TRANSLATE_NOOP("cli", "an amount, e.g. 10,000"))
    day = tr(QT_TRANSLATE_NOOP("cli", "a date, e.g. 2026-04-05"))
    card.add_argument("--balance", required=True, metavar="X", help=money)
    card.add_argument("--statement-date", required=True, metavar="YYYY-MM-DD", help=day)
    card.add_argument("--due-date", required=True, metavar="YYYY-MM-DD", help=day)
    card.add_argument("--minimum", metavar="X", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the minimum printed on the bill (default: by the card's rule)")))  # fmt: skip
    card.add_argument("--charges", metavar="X", help=tr(QT_TRANSLATE_NOOP(
        "cli", "fees, interest and 违约金 on the bill")))  # fmt: skip
    card.add_argument("--instalment", metavar="X", help=tr(QT_TRANSLATE_NOOP(
        "cli", "this month's 分期 instalment on the bill")))  # fmt: skip
    card.add_argument("--posted-on", metavar="YYYY-MM-DD", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the posting date interest runs from (default: the statement date)")))  # fmt: skip
    card.add_argument("--rate", metavar="R", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the card's rate (default 0.05% a day)")))  # fmt: skip
    card.add_argument("--rate-basis", choices=("daily", "monthly", "annual"), default="daily")
    card.add_argument("--min-percent", default="10", metavar="P")
    card.add_argument("--min-floor", default="10", metavar="X")
    card.add_argument("--late-fee-percent", default="5", metavar="P")
    card.add_argument("--tolerance", metavar="X")
    card.add_argument("--limit", metavar="X")
    card.add_argument("--grace-days", default="0", metavar="N")
    card.set_defaults(func=run_add_card)

    plan = sub.add_parser(
        "add-bill-instalments",
        help=tr(QT_TRANSLATE_NOOP("cli", "add a card bill in instalments (账单分期)")),
        description=tr(QT_TRANSLATE_NOOP(
            "cli",
            "Add a 账单分期: the amount in equal parts with the same fee every period; its "
            "true APR is shown like any loan's.",
        )),
    )  # fmt: skip
    _common(plan)
    plan.add_argument("--principal", required=True, metavar="X", help=money)
    plan.add_argument("--start", required=True, metavar="YYYY-MM-DD", help=day)
    plan.add_argument("--periods", required=True, metavar="N")
    plan.add_argument("--fee", required=True, metavar="X", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the fee each period")))  # fmt: skip
    plan.add_argument("--due-day", metavar="D")
    plan.set_defaults(func=run_add_bill_instalments)
