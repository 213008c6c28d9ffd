"""``schedule`` and ``apr``: the money maths from the command line.

Exit status: 0 on success; 2 for a bad argument (one line naming it); 1 when the input is
valid but the computation has no answer (no interest rate balances the cash flows).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from debttracker.cli import UsageError, i18n
from debttracker.core.irr import TrueCost, true_cost, xirr_cost
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import parse_money
from debttracker.core.rates import Rate, RateBasis, as_percent
from debttracker.core.schedule import MAX_MONTHS, Method, Schedule, build_schedule

EPILOG = msg(
    "cli",
    QT_TRANSLATE_NOOP(
        "cli",
        "Exit status: 0 success, 2 bad argument, 1 no answer (for example no rate exists).",
    ),
)


def _usage(option: str, message: Message) -> UsageError:
    return UsageError(f"argument {option}: {message.render(i18n.translate)}")


def _money(option: str, text: str, *, allow_negative: bool = False) -> Decimal:
    try:
        return parse_money(text, allow_negative=allow_negative)
    except DomainError as exc:
        raise _usage(option, exc.message) from None


def _percent(option: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip().removesuffix("%"))
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or value < 0 or value >= 10_000:
        raise _usage(option, msg("cli", QT_TRANSLATE_NOOP("cli", "not a percentage: %1"), text))
    return value / 100


def _count(option: str, text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _usage(
            option, msg("cli", QT_TRANSLATE_NOOP("cli", "not a whole number: %1"), text)
        ) from None
    if value < low:
        raise _usage(option, msg("cli", QT_TRANSLATE_NOOP("cli", "must be at least %1"), low))
    if value > high:
        raise _usage(option, msg("cli", QT_TRANSLATE_NOOP("cli", "must be at most %1"), high))
    return value


def _date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _usage(
            option, msg("cli", QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): %1"), text)
        ) from None


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Right-aligned columns sized to their widest cell."""
    columns = zip(headers, *rows, strict=True)
    widths = [max(i18n.width(str(cell)) for cell in column) for column in columns]
    lines = [
        "  ".join(
            " " * (width - i18n.width(str(cell))) + str(cell)
            for cell, width in zip(row, widths, strict=True)
        )
        for row in [headers, *rows]
    ]
    return "\n".join(lines)


# --- schedule ------------------------------------------------------------------------------


def _rate(args: argparse.Namespace) -> Rate:
    day_basis = int(args.day_basis)
    for option, value, basis in (
        ("--annual-rate", args.annual_rate, RateBasis.ANNUAL),
        ("--monthly-rate", args.monthly_rate, RateBasis.MONTHLY),
        ("--daily-rate", args.daily_rate, RateBasis.DAILY),
    ):
        if value is not None:
            return Rate(_percent(option, value), basis, day_basis)
    raise AssertionError("argparse requires one rate")  # pragma: no cover


def _schedule_json(schedule: Schedule) -> dict[str, Any]:
    rows = [
        {"n": r.n, "due": r.due.isoformat(), "payment": str(r.payment), "principal": str(r.principal),
         "interest": str(r.interest), "balance": str(r.balance)}
        for r in schedule.installments
    ]  # fmt: skip
    return {
        "installments": rows,
        "total_interest": str(schedule.total_interest),
        "total_paid": str(schedule.total_paid),
    }


def _schedule_text(schedule: Schedule) -> str:
    headers = [
        i18n.tr(text)
        for text in (
            QT_TRANSLATE_NOOP("cli", "No."),
            QT_TRANSLATE_NOOP("cli", "Due"),
            QT_TRANSLATE_NOOP("cli", "Payment"),
            QT_TRANSLATE_NOOP("cli", "Principal"),
            QT_TRANSLATE_NOOP("cli", "Interest"),
            QT_TRANSLATE_NOOP("cli", "Balance"),
        )
    ]
    rows = [
        [
            str(r.n),
            r.due.isoformat(),
            f"{r.payment:,}",
            f"{r.principal:,}",
            f"{r.interest:,}",
            f"{r.balance:,}",
        ]
        for r in schedule.installments
    ]
    totals = [
        msg(
            "cli", QT_TRANSLATE_NOOP("cli", "Total interest: %1"), f"{schedule.total_interest:,}"
        ).render(i18n.translate),
        msg("cli", QT_TRANSLATE_NOOP("cli", "Total paid: %1"), f"{schedule.total_paid:,}").render(
            i18n.translate
        ),
    ]
    return _table(headers, rows) + "\n\n" + "\n".join(totals)


def run_schedule(args: argparse.Namespace) -> int:
    principal = _money("--principal", args.principal)
    months = _count("--months", args.months, 1, MAX_MONTHS)
    start = _date("--start", args.start)
    rate = _rate(args)
    try:
        schedule = build_schedule(principal, rate, months, args.method, start, by_days=args.by_days)
    except DomainError as exc:
        raise _usage("--" + (exc.field or "principal").replace("_", "-"), exc.message) from None
    print(json.dumps(_schedule_json(schedule), indent=2) if args.json else _schedule_text(schedule))
    return 0


# --- apr -----------------------------------------------------------------------------------


_THOUSANDS = re.compile(r"\d{3}(\.\d*)?(\s*[x×*]\s*\d+)?")


def _payment_parts(text: str) -> list[str]:
    """``100x11;10100x1`` or ``100x11,10100x1`` as its parts; a comma followed by three digits
    after a bare number is a thousands separator, as in every amount (``1,072x12``)."""
    parts: list[str] = []
    for piece in re.split(r"[;；]", text):
        for part in piece.split(","):
            if (
                parts
                and _THOUSANDS.fullmatch(part.strip())
                and re.fullmatch(r"[\d,]*\d", parts[-1].strip())
            ):
                parts[-1] += part.strip()
            else:
                parts.append(part)
    return parts


def _payments(text: str) -> list[Decimal]:
    flows: list[Decimal] = []
    for part in _payment_parts(text):
        amount, sep, count = re.sub("[×*]", "x", part.strip()).rpartition("x")
        if not sep:
            amount, count = part, "1"
        value = _money("--payments", amount)
        flows += [-value] * _count("--payments", count.strip(), 1, 10_000)
    return flows


def _read_flows(path: str) -> list[tuple[date, Decimal]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]
    except (OSError, UnicodeDecodeError) as exc:
        raise _usage(
            "--flows",
            msg(
                "cli",
                QT_TRANSLATE_NOOP("cli", "cannot read %1: %2"),
                path,
                getattr(exc, "strerror", None) or exc.__class__.__name__,
            ),
        ) from None
    flows = []
    for number, row in enumerate(rows, start=1):
        if number == 1 and row and row[0].strip().lower() == "date":
            continue
        if len(row) != 2:
            raise _usage(
                "--flows",
                msg("cli", QT_TRANSLATE_NOOP("cli", "line %1: expected date,amount"), number),
            )
        flows.append((_date("--flows", row[0]), _money("--flows", row[1], allow_negative=True)))
    return flows


def _percent_text(fraction: Decimal, places: int) -> str:
    """A rate in percent to ``places``; a huge one (a one-day loan) in scientific notation."""
    percent = fraction * 100
    if percent.adjusted() < 15:
        return str(as_percent(fraction, places))
    return f"{percent:.6E}"


def _cost_json(cost: TrueCost) -> dict[str, Any]:
    return {
        "periodic_rate_percent": _percent_text(cost.periodic, 6),
        "apr_percent": _percent_text(cost.apr, 2),
        "effective_percent": _percent_text(cost.effective, 2),
        "rates_per_period_percent": [_percent_text(rate, 6) for rate in cost.rates],
    }


def _cost_text(cost: TrueCost) -> str:
    values = _cost_json(cost)
    labels = [
        msg("cli", QT_TRANSLATE_NOOP("cli", "Rate per period")).render(i18n.translate),
        msg("cli", QT_TRANSLATE_NOOP("cli", "Nominal APR (rate × %1)"), cost.per_year).render(
            i18n.translate
        ),
        msg("cli", QT_TRANSLATE_NOOP("cli", "Effective annual rate")).render(i18n.translate),
    ]
    width = max(i18n.width(label) for label in labels)
    lines = [
        f"{label}{' ' * (width - i18n.width(label))}  {value:>12} %"
        for label, value in zip(labels, list(values.values())[:3], strict=True)
    ]
    if cost.several:
        rates = ", ".join(f"{text} %" for text in values["rates_per_period_percent"])
        note = QT_TRANSLATE_NOOP(
            "cli",
            "These flows change sign more than once: %1 rates per period balance them (%2); "
            "the true cost is ambiguous.",
        )
        lines.append(msg("cli", note, len(cost.rates), rates).render(i18n.translate))
    return "\n".join(lines)


def run_apr(args: argparse.Namespace) -> int:
    per_year = _count("--per-year", args.per_year, 1, 366)
    if args.flows is not None:
        if args.received is not None or args.payments is not None:
            raise UsageError(
                "argument --flows: "
                + i18n.tr(QT_TRANSLATE_NOOP("cli", "not allowed with --received/--payments"))
            )
        dated = _read_flows(args.flows)
    elif args.received is None or args.payments is None:
        raise UsageError(
            "argument --received: "
            + i18n.tr(
                QT_TRANSLATE_NOOP("cli", "--received and --payments are required (or --flows FILE)")
            )
        )
    else:
        flows = [_money("--received", args.received), *_payments(args.payments)]
    try:
        cost = xirr_cost(dated, per_year) if args.flows is not None else true_cost(flows, per_year)
    except DomainError as exc:
        print(f"debttracker-cli apr: {exc.message.render(i18n.translate)}", file=sys.stderr)
        return 1
    print(json.dumps(_cost_json(cost), indent=2) if args.json else _cost_text(cost))
    return 0


# --- lpr ------------------------------------------------------------------------------------


def _lpr_json(table: Sequence[tuple[date, Decimal]]) -> list[dict[str, str]]:
    return [{"from": day.isoformat(), "rate_percent": str(as_percent(r, 2))} for day, r in table]


def run_lpr(args: argparse.Namespace) -> int:
    """List the one-year LPR table the cap verdicts use, or set / remove one step."""
    from debttracker.cli.ledger import _open
    from debttracker.store import lpr

    action = args.lpr_action or "list"
    day = _date("DATE", args.date) if action in ("set", "remove") else None
    rate = _percent("RATE", args.rate) if action == "set" else None
    db = _open()
    try:
        with db.session() as s:
            if action == "set":
                assert day is not None and rate is not None
                try:
                    table = lpr.set_rate(s, day, rate)
                except DomainError as exc:
                    raise _usage("RATE", exc.message) from None
            elif action == "remove":
                assert day is not None
                table = lpr.remove_rate(s, day)
            else:
                table = lpr.get_table(s)
    finally:
        db.close()
    if args.json:
        print(json.dumps({"lpr_1y": _lpr_json(table)}, indent=2))
        return 0
    label = i18n.tr(QT_TRANSLATE_NOOP("cli", "One-year LPR from %1: %2 %"))
    for day_, rate_ in table:
        print(label.replace("%1", day_.isoformat()).replace("%2", str(as_percent(rate_, 2))))
    return 0


def _register_lpr(subparsers: Any, json_help: str) -> None:
    tr = i18n.tr
    parser = subparsers.add_parser(
        "lpr",
        help=tr(QT_TRANSLATE_NOOP("cli", "the one-year LPR table the interest-cap lines use")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "List the one-year LPR steps (the 4 × LPR cap uses the LPR on the contract "
                "date), or add one when the LPR changes: lpr set 2026-01-20 3.0",
            )
        ),
    )
    parser.add_argument("--json", action="store_true", help=json_help)
    actions = parser.add_subparsers(dest="lpr_action", metavar="ACTION")
    actions.add_parser("list", help=tr(QT_TRANSLATE_NOOP("cli", "list the table (default)")))
    set_ = actions.add_parser("set", help=tr(QT_TRANSLATE_NOOP("cli", "add or change a step")))
    set_.add_argument("date", metavar="DATE", help=tr(QT_TRANSLATE_NOOP("cli", "effective date")))
    set_.add_argument("rate", metavar="RATE", help=tr(QT_TRANSLATE_NOOP("cli", "rate in percent")))
    remove = actions.add_parser("remove", help=tr(QT_TRANSLATE_NOOP("cli", "remove a step")))
    remove.add_argument("date", metavar="DATE", help=tr(QT_TRANSLATE_NOOP("cli", "effective date")))
    for sub in (set_, remove):
        sub.add_argument("--json", action="store_true", help=json_help)
    parser.set_defaults(func=run_lpr)


def register(subparsers: Any) -> None:
    """Add the ``schedule``, ``apr`` and ``lpr`` sub-commands."""
    tr = i18n.tr
    epilog = EPILOG.render(i18n.translate)
    json_help = tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    schedule = subparsers.add_parser(
        "schedule",
        help=tr(QT_TRANSLATE_NOOP("cli", "repayment schedule of a loan")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Instalment by instalment: due date, payment, principal, interest and the "
                "balance left, with the total interest and the total paid.",
            )
        ),
        epilog=epilog,
    )
    schedule.add_argument(
        "--principal",
        required=True,
        metavar="P",
        help=tr(QT_TRANSLATE_NOOP("cli", "loan amount, e.g. 10000 or 1.2万")),
    )
    rates = schedule.add_mutually_exclusive_group(required=True)
    rates.add_argument(
        "--annual-rate",
        metavar="R",
        help=tr(QT_TRANSLATE_NOOP("cli", "annual rate in percent, e.g. 4.9")),
    )
    rates.add_argument(
        "--monthly-rate",
        metavar="R",
        help=tr(QT_TRANSLATE_NOOP("cli", "monthly rate in percent, e.g. 1 for 月息1分")),
    )
    rates.add_argument(
        "--daily-rate",
        metavar="R",
        help=tr(QT_TRANSLATE_NOOP("cli", "daily rate in percent, e.g. 0.05 for 万分之五")),
    )
    schedule.add_argument(
        "--day-basis",
        choices=("360", "365"),
        default="365",
        help=tr(QT_TRANSLATE_NOOP("cli", "days per year for daily rates")),
    )
    schedule.add_argument(
        "--months", required=True, metavar="N", help=tr(QT_TRANSLATE_NOOP("cli", "term in months"))
    )
    schedule.add_argument(
        "--method",
        required=True,
        choices=[m.value for m in Method],
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "annuity: equal payments (等额本息); equal-principal: equal principal "
                "(等额本金); interest-only: interest monthly, principal at the end "
                "(先息后本); bullet: everything at the end (一次性还本付息)",
            )
        ),
    )
    schedule.add_argument(
        "--start",
        required=True,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "loan date; first due one month later")),
    )
    schedule.add_argument(
        "--by-days",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "interest-only/bullet interest by actual days")),
    )
    schedule.add_argument("--json", action="store_true", help=json_help)
    schedule.set_defaults(func=run_schedule)

    apr = subparsers.add_parser(
        "apr",
        help=tr(QT_TRANSLATE_NOOP("cli", "true annual cost (IRR) of a loan's cash flows")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "The true annual cost of a loan, fees included: from the amount received and "
                "the payments, or from a CSV of dated cash flows (XIRR).",
            )
        ),
        epilog=epilog,
    )
    apr.add_argument(
        "--received",
        metavar="AMOUNT",
        help=tr(QT_TRANSLATE_NOOP("cli", "amount actually received, after upfront fees")),
    )
    apr.add_argument(
        "--payments",
        metavar="AxN[;AxN...]",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "payments, e.g. 888.49x12, 1,072x12 or 100x11;10100x1 (; or , between)"
            )
        ),
    )
    apr.add_argument(
        "--flows",
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "CSV of date,amount rows (+ received, - paid): XIRR")),
    )
    apr.add_argument(
        "--per-year",
        default="12",
        metavar="K",
        help=tr(QT_TRANSLATE_NOOP("cli", "periods per year (default 12)")),
    )
    apr.add_argument("--json", action="store_true", help=json_help)
    apr.set_defaults(func=run_apr)
    _register_lpr(subparsers, json_help)
