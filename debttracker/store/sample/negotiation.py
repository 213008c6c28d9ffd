"""Sample negotiation log (deterministic for a given ``today``): runs after the ledger sample.

The overdue online-platform loan is still being negotiated: a call to the official hotline
asking for instalments and a waiver, a night call and an SMS from numbers that are *not* the
lender's (one claims to be a court and asks for a personal account), an incident recorded by
hand, a call where the lender offers 12 instalments and a broken promise to send the agreement.
The consumer-finance loan, taken up before it fell overdue, ends in an agreement deferring its
remaining instalments by three months (a new terms version, same amounts), with a reflection.  Promises go both ways, and three
small evidence files (a PNG screenshot, a recording transcript, the agreement text) are
generated here and stored like any attachment.
"""

from __future__ import annotations

import struct
import tempfile
import zlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from debttracker.core.money import from_fen
from debttracker.core.negotiation import (
    AgreementDraft,
    ContactDraft,
    IncidentDraft,
    NoteDraft,
    PromiseDraft,
)
from debttracker.core.schedule import add_months
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store.models import Debt, Lender


def tiny_png(width: int = 4, height: int = 4) -> bytes:
    """A valid, tiny grey PNG (a stand-in for a screenshot)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


TRANSCRIPT = """通话录音文字稿（示例）
时间：{day} 15:00　我方拨打官方客服 {hotline}
客服（工号 C2207）：您好，请问有什么可以帮您？
我：我失业了，怕下个月还不上，想在逾期之前申请延期还款。
客服：可以为您把剩余各期顺延 3 个月，金额不变，协议会发到 App。
"""

AGREEMENT_TEXT = """还款协议（示例）
借款：{debt}
剩余应还：{balance} 元，剩余各期顺延 3 个月，自 {first} 起按月归还，不收手续费。
签署日期：{signed}
"""


def _debts(s: Session, today: date) -> list[tuple[Debt, Lender, bool]]:
    """Debts with instalments left, and whether one of them is past due."""
    query = select(Debt, Lender).join(Lender, col(Lender.id) == col(Debt.lender_id))
    found = []
    for debt, lender in s.exec(query.order_by(col(Debt.id))):
        left = agr.remaining_rows(s, debt.id or 0)
        if left:
            found.append((debt, lender, any(row.due < today for row in left)))
    return found


def _pick(
    debts: list[tuple[Debt, Lender, bool]], kind: str, overdue: bool
) -> tuple[Debt, Lender] | None:
    """A debt of a lender of ``kind`` (else of any kind) that is overdue or not."""
    ranked = sorted(debts, key=lambda item: item[1].kind != kind)
    return next(((d, x) for d, x, late in ranked if late == overdue), None)


def _at(today: date, days_back: int, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in the machine's time zone, so the sample reads the same anywhere."""
    return datetime.combine(today - timedelta(days=days_back), time(hour, minute)).astimezone()


def _hotline(lender: Lender) -> str:
    return (repo.official_channels(lender.hotline) or ["95000"])[0]


def generate(s: Session, *, today: date, scale: str) -> dict[str, Any]:
    """The overdue platform loan is still being negotiated; the consumer-finance loan, taken
    up early (as the seed articles advise), ends in an agreement that defers it."""
    debts = _debts(s, today)
    overdue, early = _pick(debts, "online_platform", True), _pick(debts, "consumer_finance", False)
    if overdue is None or early is None:
        return {"contacts": 0}
    (debt, lender), (debt2, lender2) = overdue, early
    data_dir = Path(str(s.get_bind().engine.url.database)).parent
    now = datetime.combine(today, time(23, 59)).astimezone()
    lid, did, lid2, did2 = lender.id or 0, debt.id or 0, lender2.id or 0, debt2.id or 0
    contacts = [
        ContactDraft(_at(today, 20, 10, 5), lid, "out", "call", _hotline(lender), True, "",
                     "申请分期和减免罚息", ("instalments", "waiver"), "considering", debt_id=did,
                     person_name="李女士", staff_id="A1032",
                     answer="需要提交失业证明，5 个工作日内答复",
                     notes="准备了收支明细表；语气平和，说明失业情况。"),
        ContactDraft(_at(today, 18, 23, 15), lid, "in", "call", "0755-2345 6789",
                     summary="夜间催收电话，威胁上门、通知单位", outcome="refused",
                     flags=("threat",), debt_id=did, my_number="138 0000 0000"),
        ContactDraft(_at(today, 17, 9, 40), lid, "in", "sms", "106 9000 1234",
                     summary="短信自称法院，要求转账到个人账户“消除逾期记录”", outcome="no_answer",
                     flags=("impersonation", "personal_account"), debt_id=did,
                     notes="没有点链接，没有转账；截图保存。"),
        ContactDraft(_at(today, 12, 14, 30), lid, "out", "call", _hotline(lender), True, "",
                     "官方回电：可以分 12 期", ("instalments",), "offered", debt_id=did,
                     person_name="李女士", staff_id="A1032",
                     answer="可分 12 期，减免罚息；3 个工作日内发协议"),
        ContactDraft(_at(today, 10, 15, 0), lid2, "out", "call", _hotline(lender2), True, "",
                     "还没逾期就申请延期还款，同意顺延 3 个月", ("deferral",), "agreed",
                     debt_id=did2, person_name="张先生", staff_id="C2207",
                     answer="同意剩余各期顺延 3 个月，金额不变"),
    ]  # fmt: skip
    ids = [repo.add_contact(s, c, now) for c in contacts]
    signed = today - timedelta(days=8)
    first = add_months(signed, 3)
    balance = agr.outstanding(s, did2)
    agreement = agr.record_agreement(
        s,
        AgreementDraft(did2, "deferral", signed, first, balance, deferral_months=3,
                       contact_id=ids[4], notes="延期还款协议：剩余各期顺延 3 个月，不收手续费"),
        today,
    )  # fmt: skip
    made = (today - timedelta(days=20), today - timedelta(days=12))
    next_due = from_fen(agr.remaining_rows(s, did2)[0].total_fen)
    promises = [
        repo.add_promise(s, PromiseDraft(lid, "lender", "reply", made[0], "审核分期申请", working_days=5,
                                         status="kept", debt_id=did, contact_id=ids[0]), today),
        repo.add_promise(s, PromiseDraft(lid, "lender", "send_agreement", made[1], "在 App 发送分期协议",
                                         working_days=3, status="broken", debt_id=did,
                                         contact_id=ids[3]), today),
        repo.add_promise(s, PromiseDraft(lid, "lender", "stop_penalty", made[1], "停止计收罚息",
                                         due_on=made[1], debt_id=did), today),
        repo.add_promise(s, PromiseDraft(lid, "me", "pay", today, "先还一部分表示诚意",
                                         amount=Decimal("500"), due_on=today + timedelta(days=7),
                                         debt_id=did), today),
        repo.add_promise(s, PromiseDraft(lid2, "me", "pay", signed, "延期后第一期",
                                         amount=next_due, due_on=first, debt_id=did2), today),
    ]  # fmt: skip
    incident = repo.add_incident(
        s,
        IncidentDraft(lid, _at(today, 16, 11), "third_party", "催收打电话给我的同事，说我欠钱不还",
                      reported_to="贷款机构客服投诉", reported_on=today - timedelta(days=15)),
        now,
    )  # fmt: skip
    repo.add_note(
        s,
        NoteDraft(lid2, signed, "agreed", "还没逾期就主动打官方客服；带着收支明细表；记下工号。",
                  "其他欠款也要更早联系；每次通话都录音。", did2),
        today,
    )  # fmt: skip
    files = _evidence(s, data_dir, ids, agreement, incident, debt2, lender2, balance, signed, first)
    return {"contacts": len(ids), "promises": len(promises), "evidence": files}


def _evidence(
    s: Session, data_dir: Path, contacts: list[int], agreement: int, incident: int,
    debt: Debt, lender: Lender, balance: Decimal, signed: date, first: date,
) -> int:  # fmt: skip
    added = datetime.combine(signed, time(20, 0)).astimezone()
    hotline = (repo.official_channels(lender.hotline) or ["95000"])[0]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        files = {
            "催收短信截图.png": (tiny_png(), [("contact", contacts[2]), ("incident", incident)]),
            "通话录音文字稿.txt": (
                TRANSCRIPT.format(day=signed.isoformat(), hotline=hotline).encode(),
                [("contact", contacts[4])],
            ),
            "分期协议.txt": (
                AGREEMENT_TEXT.format(
                    debt=debt.name, balance=balance, first=first, signed=signed
                ).encode(),
                [("agreement", agreement)],
            ),
        }
        for name, (payload, targets) in files.items():
            path = base / name
            path.write_bytes(payload)
            for kind, ident in targets:
                ev.attach(s, data_dir, path, kind, ident, now=added)
    return len(files)
