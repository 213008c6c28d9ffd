"""Payments: record, preview, edit and delete, each followed by a replay of the debt's
allocation (see :mod:`store.ledger_replay`).  Re-exported by :mod:`store.ledger`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlmodel import Session

from debttracker.core.debts import PaymentInput
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.core.money import ZERO, from_fen, to_fen
from debttracker.store.ledger_cards import statement_start
from debttracker.store.ledger_queries import dbapi_connection
from debttracker.store.ledger_receipts import store_receipt
from debttracker.store.ledger_replay import InstalmentState, PaymentState, ReplayTerms, replay
from debttracker.store.ledger_terms import I, P, replay_terms
from debttracker.store.models import Debt, Payment
from debttracker.store.negotiation_tables import Agreement, Evidence

E: Table = Evidence.__table__  # type: ignore[attr-defined]


def _not_found(what: str, ident: int) -> DomainError:
    return DomainError(msg("ledger", QT_TRANSLATE_NOOP("ledger", "No %1 with id %2."), what, ident))


# --- payments ------------------------------------------------------------------------------


def _terms(s: Session, debt_id: int) -> tuple[ReplayTerms, int]:
    d = s.get(Debt, debt_id)
    if d is None:
        raise _not_found("debt", debt_id)
    return replay_terms(d), d.terms_version


def _instalments(s: Session, debt_id: int, version: int) -> list[InstalmentState]:
    query = select(
        I.c.id, I.c.n, I.c.due_date, I.c.principal_fen, I.c.interest_fen, I.c.fee_fen,
        I.c.contract_principal_fen, I.c.contract_interest_fen, I.c.contract_fee_fen,
    ).where(I.c.debt_id == debt_id, I.c.terms_version == version)  # fmt: skip
    out = []
    for iid, n, due, principal, interest, fee, cp, ci, cf in s.execute(query):
        inst = InstalmentState(iid, n, due, principal, interest, fee)
        inst.contract = None if cp is None else (cp, ci, cf)
        out.append(inst)
    return out


def terms_start(s: Session, debt_id: int, version: int) -> date | None:
    """When terms ``version`` began: the signing date of the agreement that wrote it
    (None for the original contract)."""
    A: Table = Agreement.__table__  # type: ignore[attr-defined]
    query = select(A.c.signed_on).where(A.c.debt_id == debt_id, A.c.to_terms_version == version)
    return s.execute(query).scalar()


def _payments(s: Session, debt_id: int, since: date | None = None) -> list[PaymentState]:
    """The debt's payments; with ``since``, only those made under the terms begun then
    (earlier payments keep the allocation they got under the earlier terms)."""
    query = select(P.c.id, P.c.paid_on, P.c.amount_fen).where(P.c.debt_id == debt_id)
    if since is not None:
        query = query.where(P.c.paid_on >= since)
    return [PaymentState(*row) for row in s.execute(query)]


def _replayed(
    s: Session, debt_id: int, extra: PaymentState | None = None, skip: int | None = None
) -> tuple[list[InstalmentState], list[PaymentState]]:
    terms, version = _terms(s, debt_id)
    insts = _instalments(s, debt_id, version)
    since = terms_start(s, debt_id, version) if version > 1 else None
    if since is None:  # a card's statement already holds the payments made before it
        since = statement_start(dbapi_connection(s), debt_id)
    pays = [p for p in _payments(s, debt_id, since) if p.id != skip]
    if extra is not None:
        pays.append(extra)
    replay(insts, pays, terms)
    return insts, pays


def replay_debt(s: Session, debt_id: int) -> None:
    """Recompute the paid columns and every payment's allocation from scratch."""
    insts, pays = _replayed(s, debt_id)
    _write_back(s, insts, pays)


def _write_back(s: Session, insts: list[InstalmentState], pays: list[PaymentState]) -> None:
    conn = s.connection()
    conn.execute(
        update(I)
        .where(I.c.id == _param("iid"))
        .values(
            paid_principal_fen=_param("pp"), paid_interest_fen=_param("pi"),
            paid_fee_fen=_param("pf"), paid_penalty_fen=_param("pn"), settled_on=_param("so"),
            principal_fen=_param("p"), interest_fen=_param("i"), fee_fen=_param("f"),
            contract_principal_fen=_param("cp"), contract_interest_fen=_param("ci"),
            contract_fee_fen=_param("cf"),
        ),
        [
            {"iid": i.id, "pp": i.paid_principal_fen, "pi": i.paid_interest_fen,
             "pf": i.paid_fee_fen, "pn": i.paid_penalty_fen, "so": i.settled_on,
             "p": i.principal_fen, "i": i.interest_fen, "f": i.fee_fen,
             **_contract(i)}
            for i in insts
        ],
    )  # fmt: skip
    if pays:
        conn.execute(
            update(P)
            .where(P.c.id == _param("pid"))
            .values(
                alloc_penalty_fen=_param("a"), alloc_fees_fen=_param("b"),
                alloc_interest_fen=_param("c"), alloc_principal_fen=_param("d"),
            ),
            [
                {"pid": p.id, "a": p.alloc_penalty_fen, "b": p.alloc_fees_fen,
                 "c": p.alloc_interest_fen, "d": p.alloc_principal_fen}
                for p in pays
            ],
        )  # fmt: skip


def _contract(inst: InstalmentState) -> dict[str, int | None]:
    agreed = inst.contract
    if agreed is None or agreed == (inst.principal_fen, inst.interest_fen, inst.fee_fen):
        return {"cp": None, "ci": None, "cf": None}
    return {"cp": agreed[0], "ci": agreed[1], "cf": agreed[2]}


def _param(name: str) -> Any:
    return bindparam(name)


@dataclass(frozen=True, slots=True)
class PaymentResult:
    payment_id: int
    penalty: Decimal
    fees: Decimal
    interest: Decimal
    principal: Decimal
    unapplied: Decimal
    prepaid: Decimal = ZERO  # principal paid ahead (part of ``principal``)
    remaining: tuple[Decimal, ...] = ()  # the instalments left, recomputed by the prepayment
    before: tuple[Decimal, ...] = ()  # the same instalments before it


def _result(pay: PaymentState) -> PaymentResult:
    return PaymentResult(
        pay.id or 0,
        from_fen(pay.alloc_penalty_fen),
        from_fen(pay.alloc_fees_fen),
        from_fen(pay.alloc_interest_fen),
        from_fen(pay.alloc_principal_fen),
        from_fen(pay.unapplied_fen),
        from_fen(pay.prepaid_fen),
        tuple(from_fen(fen) for fen in pay.remaining),
        tuple(from_fen(fen) for fen in pay.before),
    )


def preview_payment(
    s: Session, debt_id: int, paid_on: date, amount: Decimal, *, replacing: int | None = None
) -> PaymentResult:
    """How a payment would be allocated, written nowhere (``replacing``: the payment edited)."""
    extra = PaymentState(None, paid_on, to_fen(amount))
    _replayed(s, debt_id, extra, skip=replacing)
    return _result(extra)


def add_payment(
    s: Session, debt_id: int, data: PaymentInput, *, payment_id: int | None = None
) -> PaymentResult:
    """Record a payment and replay the debt's allocation; returns this payment's split."""
    new_id = insert_payment(s, debt_id, data, payment_id=payment_id)
    insts, pays = _replayed(s, debt_id)
    _write_back(s, insts, pays)
    return _result(next(p for p in pays if p.id == new_id))


def insert_payment(
    s: Session, debt_id: int, data: PaymentInput, *, payment_id: int | None = None
) -> int:
    """Write the payment row only; the caller replays the debt (:func:`replay_debt`) --
    once for many payments of an import."""
    _terms(s, debt_id)
    values: dict[str, Any] = {
        "debt_id": debt_id,
        "paid_on": data.paid_on,
        "amount_fen": to_fen(data.amount),
        "method": data.method,
        "note": data.note,
        **_receipt_values(s, data),
    }
    if payment_id is not None:
        values["id"] = payment_id
    key = s.connection().execute(insert(P).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0])


@dataclass(frozen=True, slots=True)
class StoredPayment:
    id: int
    debt_id: int
    data: PaymentInput


def _receipt_values(
    s: Session, data: PaymentInput, old: PaymentInput | None = None
) -> dict[str, Any]:
    """The receipt columns: a new file is copied into the evidence store; a receipt already
    there (or an old entry left as it was) is kept."""
    if data.receipt_evidence_id is not None or not data.receipt_path:
        sha: str | None = ""
        if data.receipt_evidence_id is not None:
            sha = s.scalar(select(E.c.sha256).where(E.c.id == data.receipt_evidence_id))
        return {
            "receipt_path": data.receipt_path, "receipt_evidence_id": data.receipt_evidence_id,
            "receipt_sha256": sha or "",
        }  # fmt: skip
    if (
        old is not None
        and old.receipt_path == data.receipt_path
        and old.receipt_evidence_id is None
    ):
        if not Path(data.receipt_path).is_file():  # a path from before receipts were copied
            return {"receipt_path": data.receipt_path}
    stored = store_receipt(s, Path(data.receipt_path))
    return {
        "receipt_path": stored.name, "receipt_evidence_id": stored.evidence_id,
        "receipt_sha256": stored.sha256,
    }  # fmt: skip


def get_payment(s: Session, payment_id: int) -> StoredPayment:
    p = s.get(Payment, payment_id)
    if p is None:
        raise _not_found("payment", payment_id)
    data = PaymentInput(
        p.paid_on, from_fen(p.amount_fen), p.method, p.note, p.receipt_path,
        p.receipt_evidence_id,
    )  # fmt: skip
    return StoredPayment(payment_id, p.debt_id, data)


def update_payment(s: Session, payment_id: int, data: PaymentInput) -> StoredPayment:
    """Change a payment and replay its debt; returns the previous payment (for undo)."""
    old = get_payment(s, payment_id)
    receipt = _receipt_values(s, data, old.data)
    s.execute(
        update(P)
        .where(P.c.id == payment_id)
        .values(
            paid_on=data.paid_on, amount_fen=to_fen(data.amount), method=data.method,
            note=data.note, **receipt,
        )
    )  # fmt: skip
    replay_debt(s, old.debt_id)
    return old


def delete_payment(s: Session, payment_id: int) -> StoredPayment:
    old = get_payment(s, payment_id)
    s.execute(delete(P).where(P.c.id == payment_id))
    replay_debt(s, old.debt_id)
    return old


ZERO_RESULT = PaymentResult(0, ZERO, ZERO, ZERO, ZERO, ZERO)
