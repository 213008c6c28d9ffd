"""``remind [--days N] [--json]``: what is due or overdue now, and what falls due in N days.

Exit status: 0 nothing overdue; 1 something is overdue (so cron can act on it); 2 a bad
argument or data that cannot be opened (one line).  Reminders marked done in the app are left
out; snoozed ones are left out of "now" until the snooze ends.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message
from debttracker.core.money import format_money

MAX_DAYS = 3660
STATUS_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("cli", "Overdue"),
    "follow_up": QT_TRANSLATE_NOOP("cli", "Follow up"),
    "today": QT_TRANSLATE_NOOP("cli", "Due today"),
    "upcoming": QT_TRANSLATE_NOOP("cli", "Coming up"),
}


def register(sub: argparse._SubParsersAction) -> None:
    tr = i18n.tr
    parser = sub.add_parser(
        "remind",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "what is due or overdue now and in the next days (exit 1 when overdue)"
            )
        ),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "List the instalments, promises and card days that are overdue, due today or due "
                "in the next N days. Exit status 1 when something is overdue, so it can run from "
                "cron; 0 otherwise; 2 on a bad argument.",
            )
        ),
    )
    parser.add_argument(
        "--days",
        metavar="N",
        default="7",
        help=tr(QT_TRANSLATE_NOOP("cli", "look N days ahead (default 7, 0 to 3660)")),
    )
    parser.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )
    parser.set_defaults(func=run)


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise UsageError(
            "argument --days: "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "not a whole number: %1"), repr(text))
        ) from None
    if not 0 <= days <= MAX_DAYS:
        raise UsageError(
            "argument --days: "
            + i18n.tr(QT_TRANSLATE_NOOP("cli", "must be from 0 to %1, not %2"), MAX_DAYS, days)
        )
    return days


KIND_LABELS = {
    "instalment": QT_TRANSLATE_NOOP("cli", "Instalment"),
    "promise": QT_TRANSLATE_NOOP("cli", "Promise"),
    "card_statement": QT_TRANSLATE_NOOP("cli", "Statement day"),
    "card_due": QT_TRANSLATE_NOOP("cli", "Card payment due"),
}


def _text_of(kind: str, title: Message | str) -> str:
    """A due reminder's sentence, or "Kind: name" for what is coming up."""
    if isinstance(title, Message):
        return title.render(i18n.translate)
    return f"{i18n.tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind}: {title}"


def _items(now: datetime, days: int) -> list[dict[str, Any]]:
    from debttracker.store import reminders as store
    from debttracker.store.db import open_database
    from debttracker.store.reminders_agenda import agenda

    assert now.tzinfo is not None  # datetime.now().astimezone() is aware
    db = open_database(paths.data_dir())
    try:
        with db.session() as session:
            facts = store.build_facts(session, now.tzinfo, now.date())
    finally:
        db.close()
    return [
        {
            "key": item.key,
            "status": item.status,
            "kind": item.kind,
            "due": item.due.isoformat(),
            "title": _text_of(item.kind, item.title),
            "amount": None if item.amount is None else str(item.amount),
            "ref": {"type": item.ref[0], "id": _ref_id(item.ref[1])},
        }
        for item in agenda(facts, now, days)
    ]


def _ref_id(ident: object) -> object:
    return list(ident) if isinstance(ident, tuple) else ident


def _text(items: list[dict[str, Any]], days: int) -> str:
    if not items:
        return i18n.tr(
            QT_TRANSLATE_NOOP("cli", "Nothing due or overdue, nor in the next %1 days."), days
        )
    lines = []
    status = None
    for item in items:
        if item["status"] != status:
            status = item["status"]
            lines.append(i18n.tr(QT_TRANSLATE_NOOP("cli", "%1:"), i18n.tr(STATUS_LABELS[status])))
        amount = (
            f"  {format_money(item['amount'], locale=i18n.money_locale())}"
            if item["amount"]
            else ""
        )
        lines.append(f"  {item['due']}  {item['title']}{amount}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    days = _days(args.days)
    now = datetime.now().astimezone()
    try:
        items = _items(now, days)
    except DomainError as exc:
        print(f"debttracker-cli remind: {exc.message.render(i18n.translate)}", file=sys.stderr)
        return 2
    overdue = any(item["status"] == "overdue" for item in items)
    if args.json:
        data = {"now": now.isoformat(timespec="seconds"), "days": days, "overdue": overdue}
        data["items"] = items
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_text(items, days))
    return 1 if overdue else 0
