"""The timeline as a lazy stream, for a view that shows the first rows at once.

Ledger payments (a hundred thousand in ten years) are read page by page with keyset queries
ordered by date in SQL (``ix_payment_paid_on``), as plain tuples; everything else is small and
read whole through :func:`negotiation_timeline.timeline` without payments.  The two sorted
sources are merged with :func:`heapq.merge`.  Each page opens its own short session, so the
stream holds no session between pages.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import date, datetime, tzinfo
from typing import Any

from sqlalchemy import func, tuple_
from sqlmodel import Session, col

from debttracker.store import negotiation_timeline as tl
from debttracker.store.models import Payment

OpenSession = Callable[[], AbstractContextManager[Session]]
PAGE = 500


def order_key(entry: tl.Entry) -> tuple[date, datetime, str, int]:
    """A total order of entries: by date and time, then kind and id (ties are stable)."""
    day, moment = entry.sort_key
    return day, moment, entry.kind, entry.ref_id


def _payment_pages(
    open_session: OpenSession,
    lender_id: int | None,
    words: list[str],
    newest_first: bool,
    page: int,
) -> Iterator[tl.Entry]:
    after: tuple[date, int] | None = None
    key = tuple_(col(Payment.paid_on), col(Payment.id))
    while True:
        query: Any = tl.payment_select(lender_id, None)
        for word in words:
            query = query.where(func.instr(func.lower(col(Payment.note)), word) > 0)
        if after is not None:
            query = query.where(key < tuple_(*after) if newest_first else key > tuple_(*after))
        if newest_first:
            query = query.order_by(col(Payment.paid_on).desc(), col(Payment.id).desc())
        else:
            query = query.order_by(col(Payment.paid_on), col(Payment.id))
        with open_session() as s:
            rows = list(s.exec(query.limit(page)).all())
        for row in rows:
            yield tl.payment_entry(row)
        if len(rows) < page:
            return
        after = (rows[-1][1], rows[-1][0])


def stream(
    open_session: OpenSession,
    today: date,
    *,
    lender_id: int | None = None,
    kinds: Iterable[str] | None = None,
    query: str = "",
    tz: tzinfo | None = None,
    newest_first: bool = True,
    page: int = PAGE,
) -> Iterator[tl.Entry]:
    """The same entries as :func:`negotiation_timeline.timeline` (all debts), newest first by
    default, produced lazily: only the payments read so far have been queried."""
    wanted = set(kinds) if kinds is not None else set(tl.KINDS)
    with open_session() as s:
        small = tl.timeline(
            s, today, lender_id=lender_id, kinds=wanted - {"payment"}, query=query, tz=tz
        )
        hits = tl.search(s, query) if query.strip() and "payment" in wanted else set()
    small.sort(key=order_key, reverse=newest_first)
    if "payment" not in wanted:
        yield from small
        return
    words = [w.lower() for w in query.split()]
    payments = _payment_pages(open_session, lender_id, words, newest_first, page)
    if hits:  # a payment found by full-text search (not only by its note)
        payments = _with_hits(open_session, lender_id, hits, payments, newest_first)
    yield from heapq.merge(small, payments, key=order_key, reverse=newest_first)


def _with_hits(
    open_session: OpenSession,
    lender_id: int | None,
    hits: set[tuple[str, int]],
    payments: Iterator[tl.Entry],
    newest_first: bool,
) -> Iterator[tl.Entry]:
    ids = [ref for kind, ref in hits if kind == "payment"]
    if not ids:
        return payments
    with open_session() as s:
        found = [
            tl.payment_entry(r)
            for r in s.exec(tl.payment_select(lender_id, None).where(col(Payment.id).in_(ids)))
        ]
    found.sort(key=order_key, reverse=newest_first)
    merged = heapq.merge(found, payments, key=order_key, reverse=newest_first)
    return _unique(merged)


def _unique(entries: Iterable[tl.Entry]) -> Iterator[tl.Entry]:
    seen: set[int] = set()
    for e in entries:
        if e.ref_id not in seen:
            seen.add(e.ref_id)
            yield e
