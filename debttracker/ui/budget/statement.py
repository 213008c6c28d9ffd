"""The income and expense statement (收支明细表) a lender asks for: PDF (Qt's own writer) and CSV.

The statement covers a period of whole months: a summary per month, income, essential (fixed)
and other spending, every debt with its minimum payments, the amount available for repayment
and the user's own explanation of the hardship, in the UI language.  Files are written whole
or not at all (written beside the target, then renamed over it).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from sqlmodel import Session

from debttracker.core.budget import EXPENSE, INCOME, Month, MonthSummary
from debttracker.core.money import ZERO
from debttracker.store import budget as repo
from debttracker.store import budget_debts
from debttracker.store.csv_out import safe_writer
from debttracker.ui.budget.chart import CJK_FONTS
from debttracker.ui.budget.common import category_name, money_text, month_text

MAX_MONTHS = 12
#: Latin text first in a Latin font: Qt maps the digits of CJK fonts' Latin glyphs to no
#: Unicode in the PDF, so the figures could not be copied or searched.
LATIN_FONTS = ("DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans", "Liberation Sans")


@dataclass
class Item:
    """One row of a detail table: amounts per month of the period."""

    name: str
    category: str
    amounts: list[Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, ZERO)


@dataclass
class StatementData:
    months: list[Month]
    summaries: list[MonthSummary]
    prepared: date
    hardship: str
    income: list[Item] = field(default_factory=list)
    essential: list[Item] = field(default_factory=list)
    discretionary: list[Item] = field(default_factory=list)
    debts: list[Item] = field(default_factory=list)

    def average(self, pick: Callable[[MonthSummary], Decimal]) -> Decimal:
        total = sum((pick(s) for s in self.summaries), ZERO)
        return (total / len(self.summaries)).quantize(Decimal("0.01"))


def months_between(first: Month, last: Month) -> list[Month]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = month.shift(1)
    return months


def collect(
    session: Session, first: Month, last: Month, today: date, hardship: str
) -> StatementData:
    """Everything the statement shows, for the months ``first`` to ``last``."""
    months = months_between(first, last)
    lines = repo.load_lines(session, first, last)
    data = StatementData(months, [repo.month_summary(session, m) for m in months], today, hardship)
    for line in lines:
        item = Item(
            line.name, category_name(line.kind, line.category), [line.amount_in(m) for m in months]
        )
        if line.kind == INCOME:
            data.income.append(item)
        elif line.kind == EXPENSE and line.essential:
            data.essential.append(item)
        else:
            data.discretionary.append(item)
    debts: dict[int, Item] = {}
    for index, month in enumerate(months):
        for due in budget_debts.minimums_due(session, repo.first_day(month)):
            item = debts.setdefault(
                due.debt_id, Item(due.debt_name, due.lender_name, [ZERO] * len(months))
            )
            item.amounts[index] += due.amount
    data.debts = list(debts.values())
    return data


def period_text(data: StatementData) -> str:
    first, last = data.months[0], data.months[-1]
    if first == last:
        return month_text(first)
    return f"{month_text(first)} – {month_text(last)}"


# --- rendering -----------------------------------------------------------------------------

_CSS = """
body { font-size: 10pt; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }
th { background-color: #eeeeee; font-weight: bold; }
.muted { color: #555555; }
"""


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int, *, bold_last: bool = False
) -> str:
    def cells(values: list[str], tag: str, bold: bool = False) -> str:
        return "".join(
            f"<{tag}{' align=right' if i >= numeric_from else ''}>"
            f"{'<b>' if bold else ''}{escape(v)}{'</b>' if bold else ''}</{tag}>"
            for i, v in enumerate(values)
        )

    body = "".join(
        f"<tr>{cells(row, 'td', bold_last and n == len(rows) - 1)}</tr>"
        for n, row in enumerate(rows)
    )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<tr>{cells(headers, 'th')}</tr>{body}</table>"
    )


def _h(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text)}</{tag}>"


def _atomic_write(path: Path, payload: bytes) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(payload)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


class StatementRenderer(QObject):
    """Renders :class:`StatementData` as HTML, PDF bytes or CSV text, in the UI language."""

    def _items_table(
        self,
        data: StatementData,
        items: list[Item],
        total_label: str,
        headers: list[str] | None = None,
    ) -> str:
        if not items:
            none = self.tr("None.")
            return f'<p class="muted">{escape(none)}</p>'
        single = len(data.months) == 1
        headers = list(headers or [self.tr("Item"), self.tr("Category")])
        if single:
            headers.append(self.tr("Amount"))
        else:
            headers += [self.tr("Per month (average)"), self.tr("Total for the period")]
        columns = zip(*(i.amounts for i in items), strict=True)
        total = Item(total_label, "", [sum(c, ZERO) for c in columns])
        rows = []
        for item in [*items, total]:
            average = (item.total / len(data.months)).quantize(Decimal("0.01"))
            amounts = [item.total] if single else [average, item.total]
            rows.append([item.name, item.category, *map(money_text, amounts)])
        return _table(headers, rows, 2, bold_last=True)

    def _summary_table(self, data: StatementData) -> str:
        headers = [
            self.tr("Month"),
            self.tr("Income"),
            self.tr("Essential spending"),
            self.tr("Available for repayment"),
            self.tr("Minimum payments due"),
            self.tr("Short by"),
        ]
        rows = [
            [month_text(s.month)]
            + [money_text(v) for v in (s.income, s.essential, s.available, s.minimums, s.shortfall)]
            for s in data.summaries
        ]
        return _table(headers, rows, 1)

    def _available_sentence(self, data: StatementData) -> str:
        text = self.tr(
            "On average I have %1 a month for repayment (income minus essential spending), "
            "against minimum payments of %2 a month."
        )
        text = text.replace("%1", money_text(data.average(lambda s: s.available)))
        text = text.replace("%2", money_text(data.average(lambda s: s.minimums)))
        short = data.average(lambda s: s.shortfall)
        if short > 0:
            text += " " + self.tr("That is %1 a month short.").replace("%1", money_text(short))
        return text

    def title(self) -> str:
        return self.tr("Income and expense statement")

    def html(self, data: StatementData) -> str:
        period, prepared = self.tr("Period"), self.tr("Prepared on")
        meta = f"{period}: {period_text(data)} · {prepared}: {data.prepared.isoformat()}"
        parts = [
            _h("h1", self.title()),
            f'<p class="muted">{escape(meta)}</p>',
            _h("h2", self.tr("Summary per month")),
            self._summary_table(data),
            _h("h2", self.tr("Income")),
            self._items_table(data, data.income, self.tr("Total income")),
            _h("h2", self.tr("Fixed essential spending")),
            self._items_table(data, data.essential, self.tr("Total essential spending")),
            _h("h2", self.tr("Other spending")),
            self._items_table(data, data.discretionary, self.tr("Total other spending")),
            _h("h2", self.tr("Debts and their minimum payments")),
            self._items_table(
                data,
                data.debts,
                self.tr("Total minimum payments"),
                [self.tr("Debt"), self.tr("Lender")],
            ),
            _h("h2", self.tr("Available for repayment")),
            _h("p", self._available_sentence(data)),
            _h("h2", self.tr("Explanation of my situation")),
        ]
        text = data.hardship.strip() or self.tr("(No explanation written.)")
        parts += [_h("p", line) for line in text.splitlines() if line.strip()]
        return f"<html><head><style>{_CSS}</style></head><body>{''.join(parts)}</body></html>"

    def pdf_bytes(self, data: StatementData) -> bytes:
        document = QTextDocument()
        font = QFont()
        font.setFamilies([*LATIN_FONTS, *CJK_FONTS])
        font.setPointSizeF(10)
        document.setDefaultFont(font)
        document.setHtml(self.html(data))
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title())
        writer.setCreator("debttracker")
        writer.setResolution(300)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer
        payload = bytes(buffer.data().data())
        buffer.close()
        return payload

    def csv_text(self, data: StatementData) -> str:
        out = io.StringIO()
        writer = safe_writer(out)  # text cells neutralised; amounts stay Decimal numbers
        months = [str(m) for m in data.months]
        writer.writerow([self.tr("Section"), self.tr("Item"), self.tr("Category"), *months,
                         self.tr("Total")])  # fmt: skip
        sections = (
            (self.tr("Income"), data.income),
            (self.tr("Fixed essential spending"), data.essential),
            (self.tr("Other spending"), data.discretionary),
            (self.tr("Minimum payments"), data.debts),
        )
        for section, items in sections:
            for item in items:
                writer.writerow([section, item.name, item.category, *item.amounts, item.total])
        picks: tuple[tuple[str, Callable[[MonthSummary], Decimal]], ...] = (
            (self.tr("Income"), lambda s: s.income),
            (self.tr("Essential spending"), lambda s: s.essential),
            (self.tr("Discretionary spending"), lambda s: s.discretionary),
            (self.tr("Minimum payments due"), lambda s: s.minimums),
            (self.tr("Available for repayment"), lambda s: s.available),
            (self.tr("Short by"), lambda s: s.shortfall),
        )
        for label, pick in picks:
            values = [pick(s) for s in data.summaries]
            total = sum(values, ZERO)
            writer.writerow([self.tr("Summary"), label, "", *values, total])
        writer.writerow([self.tr("Explanation of my situation"), data.hardship.strip(), ""])
        return out.getvalue()

    def write(self, data: StatementData, path: Path, kind: str) -> None:
        """Write the statement as ``kind`` ("pdf" or "csv"), whole or not at all."""
        if kind == "csv":
            _atomic_write(path, self.csv_text(data).encode("utf-8-sig"))
        else:
            _atomic_write(path, self.pdf_bytes(data))
