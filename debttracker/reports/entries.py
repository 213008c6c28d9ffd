"""One line of text per timeline entry, in the UI language (the tab and the case-file PDF)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from debttracker.core.collection_rules import VOICE_CHANNELS, call_result
from debttracker.core.messages import QT_TRANSLATE_NOOP, Message, fill
from debttracker.core.money import format_money
from debttracker.reports.labels import label, tr
from debttracker.store.negotiation_timeline import Entry


def money(amount: Decimal | None, currency: str = "CNY") -> str:
    if amount is None:
        return ""
    name = QLocale().name()
    return format_money(amount, currency, name if name.startswith("zh") else "en")


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def when_text(entry: Entry) -> str:
    """Local date, with the time when it is known."""
    if entry.at is not None:
        return entry.at.strftime("%Y-%m-%d %H:%M")
    return entry.day.isoformat()


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def due_range(earliest: date, latest: date, known: bool) -> str:
    """``2026-10-13`` or ``2026-10-13 – 2026-10-14``, with a note when the calendar is unknown."""
    text = earliest.isoformat()
    if latest != earliest:
        text = fill(
            tr(QT_TRANSLATE_NOOP("negotiation", "%1 to %2")),
            (earliest.isoformat(), latest.isoformat()),
        )
    if not known:
        text = fill(
            tr(QT_TRANSLATE_NOOP("negotiation", "%1 (holiday calendar not yet published)")), (text,)
        )
    return text


def _contact(e: Entry) -> str:
    parts = [label("direction", str(e.extra["direction"])), label("channel", e.code)]
    if e.extra.get("number"):
        parts.append(str(e.extra["number"]))
        if not e.extra.get("official"):
            parts.append(tr(QT_TRANSLATE_NOOP("negotiation", "not an official number")))
    parts.append(
        tr(QT_TRANSLATE_NOOP("negotiation", "identity verified"))
        if e.extra.get("verified")
        else tr(QT_TRANSLATE_NOOP("negotiation", "identity not verified"))
    )
    if e.code in VOICE_CHANNELS and "answered" in e.extra:
        flags = str(e.extra.get("flags", "")).split(",")
        parts.append(label("call_result", call_result(bool(e.extra["answered"]), flags)))
    parts.append(label("outcome", e.status))
    return " · ".join(parts) + (": " + e.text if e.text else "")


def _promise(e: Entry) -> str:
    due = due_range(
        e.extra["due_earliest"],  # type: ignore[arg-type]
        e.extra["due_latest"],  # type: ignore[arg-type]
        bool(e.extra["calendar_known"]),
    )
    what = label("promise", e.code)
    if e.amount is not None:
        what = f"{what} {money(e.amount)}"
    head = fill(
        tr(QT_TRANSLATE_NOOP("negotiation", "%1 promised: %2, due %3 (%4)")),
        (label("by", str(e.extra["by"])), what, due, label("status", e.status)),
    )
    return head + (": " + e.text if e.text else "")


def _agreement(e: Entry) -> str:
    return fill(
        tr(QT_TRANSLATE_NOOP("negotiation", "%1: %2 over %3 months from %4 (terms version %5)")),
        (label("agreement", e.code), money(e.amount), e.extra["months"],
         day_text(e.extra["first_due"]), e.extra["version"]),  # type: ignore[arg-type]
    ) + (": " + e.text if e.text else "")  # fmt: skip


def _breach(e: Entry) -> str:
    if e.code == "agreement_missed":
        return fill(
            tr(
                QT_TRANSLATE_NOOP("negotiation", "Agreement instalment %1 due %2 missed: %3 unpaid")
            ),
            (e.extra["n"], e.day.isoformat(), money(e.amount)),
        )
    message = e.extra.get("message")
    text = message.render(QCoreApplication.translate) if isinstance(message, Message) else e.text
    return f"{text} ({e.extra.get('source', '')})"


def describe(entry: Entry, debts: dict[int, str] | None = None) -> str:
    """What happened, in one line."""
    e = entry
    if e.kind == "contact":
        return _contact(e)
    if e.kind == "promise":
        return _promise(e)
    if e.kind == "agreement":
        return _agreement(e)
    if e.kind == "incident":
        reported = e.extra.get("reported_to")
        text = f"{label('incident', e.code)}: {e.text}"
        return text + (
            " " + fill(tr(QT_TRANSLATE_NOOP("negotiation", "(reported to %1)")), (reported,))
            if reported
            else ""
        )
    if e.kind == "breach":
        return _breach(e)
    if e.kind == "payment":
        debt = (debts or {}).get(e.debt_id or 0, str(e.extra.get("debt", "")))
        return fill(
            tr(QT_TRANSLATE_NOOP("negotiation", "Paid %1 on %2")), (money(e.amount), debt)
        ) + (": " + e.text if e.text else "")
    if e.kind == "note":
        return fill(
            tr(QT_TRANSLATE_NOOP("negotiation", "%1 · What worked: %2 · Next time: %3")),
            (label("outcome", e.status), e.text, e.extra.get("differently", "")),
        )
    return fill(tr(QT_TRANSLATE_NOOP("negotiation", "Evidence added: %1")), (e.text,))
