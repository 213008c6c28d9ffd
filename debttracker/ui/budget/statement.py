"""The income and expense statement (收支明细表) a lender asks for: PDF (Qt's own writer) and CSV.

The statement covers a period of whole months: a summary per month, income, essential (fixed)
and other spending, every debt with its minimum payments, the amount available for repayment
and the user's own explanation of the hardship, in the UI language.  Files are written whole
or not at all (written beside the target, then renamed over it).

Averages of income and spending are over the months that have budget entries (a month with
none would pull them down: one month of 9,000 income is not "3,000 a month" over three); the
statement names those months and warns about each empty one.  Minimum payments come from the
ledger and exist in every month, so their average is over the whole period.  Amount cells never
wrap inside a number.
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

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from sqlmodel import Session

from debttracker.core.budget import EXPENSE, INCOME, Month, MonthSummary
from debttracker.core.money import ZERO
from debttracker.reports.pdf_text import document_font, print_pdf
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
    with_entries: list[Month] = field(default_factory=list)  # months with budget entries

    @property
    def empty_months(self) -> list[Month]:
        return [m for m in self.months if m not in self.with_entries]

    def average(self, pick: Callable[[MonthSummary], Decimal], *, every: bool = False) -> Decimal:
        """Average per month over the months with entries (``every``: over the whole period)."""
        chosen = [s for s in self.summaries if every or s.month in self.with_entries]
        total = sum((pick(s) for s in chosen), ZERO)
        return (total / len(chosen)).quantize(Decimal("0.01")) if chosen else ZERO

    def item_average(self, item: Item, *, every: bool = False) -> Decimal:
        count = len(self.months) if every else len(self.with_entries)
        return (item.total / count).quantize(Decimal("0.01")) if count else ZERO


def months_between(first: Month, last: Month) -> list[Month]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = month.shift(1)
    return months


DEFAULT_MONTHS = 3


def months_with_entries(session: Session, first: Month, last: Month) -> list[Month]:
    """The months from ``first`` to ``last`` in which some budget line counts."""
    lines = repo.load_lines(session, first, last)
    return [m for m in months_between(first, last) if any(x.active_in(m) for x in lines)]


def empty_months(session: Session, first: Month, last: Month) -> list[Month]:
    filled = months_with_entries(session, first, last)
    return [m for m in months_between(first, last) if m not in filled]


def default_first(session: Session, last: Month) -> Month:
    """The first month of the default period: of the three months up to ``last``, the
    earliest with budget entries (``last`` itself when none has any)."""
    filled = months_with_entries(session, last.shift(1 - DEFAULT_MONTHS), last)
    return filled[0] if filled else last


def collect(
    session: Session, first: Month, last: Month, today: date, hardship: str
) -> StatementData:
    """Everything the statement shows, for the months ``first`` to ``last``."""
    months = months_between(first, last)
    lines = repo.load_lines(session, first, last)
    data = StatementData(months, [repo.month_summary(session, m) for m in months], today, hardship)
    data.with_entries = [m for m in months if any(line.active_in(m) for line in lines)]
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
    headers: list[str],
    rows: list[list[str]],
    numeric_from: int,
    *,
    bold_last: bool = False,
    keep_first: bool = False,
    small: bool = False,
) -> str:
    """An HTML table; ``keep_first``: the first column (a month) is never broken either;
    ``small``: a size smaller (many columns of amounts)."""
    size = "font-size: 8.5pt; " if small else ""

    def cells(values: list[str], tag: str, bold: bool = False) -> str:
        # headers wrap between words (a nowrap header would push the table off the page);
        # amounts never wrap
        whole = "white-space: nowrap; " if tag == "td" else ""

        def attrs(i: int) -> str:
            style = size + (whole if i >= numeric_from or (i == 0 and keep_first) else "")
            align = " align=right" if i >= numeric_from else ""
            return align + (f' style="{style.strip()}"' if style else "")

        return "".join(
            f"<{tag}{attrs(i)}>{'<b>' if bold else ''}{escape(v)}{'</b>' if bold else ''}</{tag}>"
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
        *,
        every: bool = False,
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
            average = data.item_average(item, every=every)
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
            [self._month_cell(data, s.month)]
            + [money_text(v) for v in (s.income, s.essential, s.available, s.minimums, s.shortfall)]
            for s in data.summaries
        ]
        # six columns of whole amounts: a size smaller, so the table fits an A4 page
        table = _table(headers, rows, 1, keep_first=True, small=True)
        return table + self._coverage(data)

    def _month_cell(self, data: StatementData, month: Month) -> str:
        if month in data.with_entries:
            return month_text(month)
        return self.tr("%1 (no entries)").replace("%1", month_text(month))

    def _coverage(self, data: StatementData) -> str:
        """Which months the averages are over, and a warning for each empty month."""
        names = self.tr(", ").join(month_text(m) for m in data.with_entries)  # 、 in Chinese
        if not data.with_entries:
            text = self.tr("No income or spending was entered for any month of this period.")
            return f"<p><b>{escape(text)}</b></p>"
        text = self.tr(
            "Averages of income and spending are over the months with entries: %1."
        ).replace("%1", names)
        parts = [f"<p>{escape(text)}</p>"]
        for month in data.empty_months:
            warning = self.tr(
                "Warning: nothing was entered for %1, so it is left out of the averages."
            ).replace("%1", month_text(month))
            parts.append(f"<p><b>{escape(warning)}</b></p>")
        return "".join(parts)

    def _available_sentence(self, data: StatementData) -> str:
        text = self.tr(
            "On average I have %1 a month for repayment (income minus essential spending), "
            "against minimum payments of %2 a month."
        )
        available = data.average(lambda s: s.available)
        minimums = data.average(lambda s: s.minimums, every=True)
        text = text.replace("%1", money_text(available))
        text = text.replace("%2", money_text(minimums))
        short = max(minimums - available, ZERO)
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
                every=True,
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
        document.setDefaultFont(document_font([*LATIN_FONTS, *CJK_FONTS], 10))
        document.setHtml(self.html(data))

        def configure(writer: QPdfWriter) -> None:
            writer.setTitle(self.title())
            writer.setCreator("debttracker")
            writer.setResolution(300)
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout.Unit.Millimeter)

        return print_pdf(document, configure)  # with a searchable text layer

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
