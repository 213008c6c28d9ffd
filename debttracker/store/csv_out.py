"""Every CSV the app writes goes through here, so no cell can run as a spreadsheet formula.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and one
starting with a tab or carriage return after it trims them): a lender named
``=HYPERLINK("http://…","click")`` would become a live link.  Following OWASP's advice on CSV
injection, a *text* cell starting with one of ``= + - @ \\t \\r`` is prefixed with a single
quote.  The decision is made on the cell's type, not its look: an ``int`` or a ``Decimal``
is written as the number it is (``-12.00`` stays ``-12.00``), while the text ``"-12.00"`` is
quoted, since text may be anything a user typed.  Writers therefore pass amounts as
``Decimal`` and counts as ``int``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell: numbers unchanged, text neutralised, ``None`` empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal, date)):
        return value
    text = str(value)
    return "'" + text if text.startswith(TRIGGERS) else text


class SafeWriter:
    """A ``csv.writer`` whose every cell passes through :func:`safe_cell`."""

    def __init__(self, out: Any, **options: Any) -> None:
        self._writer = csv.writer(out, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(out: Any, **options: Any) -> SafeWriter:
    """Like ``csv.writer(out, **options)``, with formula cells neutralised."""
    return SafeWriter(out, **options)
