"""Negotiation repository: contacts, promises, agreements, search, timeline, undo captures."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlmodel import select

from debttracker.core.messages import DomainError
from debttracker.core.negotiation import AgreementDraft, ContactDraft, IncidentDraft, PromiseDraft
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.store import negotiation_timeline as tl
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment
from debttracker.store.negotiation_tables import Contact, Promise
from tests.negotiation_factory import seed_overdue_debt

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 10, 20, 15, 0, tzinfo=CST)
TODAY = NOW.date()


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def seeded(db):
    return seed_overdue_debt(db)


def call(lender_id: int, **kw) -> ContactDraft:
    values = dict(
        at=datetime(2026, 10, 19, 10, 30, tzinfo=CST),
        lender_id=lender_id,
        direction="in",
        channel="call",
        number="021-5555 0101",
        summary="催收来电，要求三日内还清",
    )
    values.update(kw)
    return ContactDraft(**values)


def test_a_call_from_an_unofficial_number_is_stored_as_such(db, seeded):
    with db.session() as s:
        cid = repo.add_contact(s, call(seeded.lender_id), NOW)
        official = repo.add_contact(s, call(seeded.lender_id, number="+86 400 820 8888"), NOW)
    with db.session() as s:
        assert s.get(Contact, cid).number_official is False
        assert s.get(Contact, cid).identity_verified is False
        assert s.get(Contact, official).number_official is True


def test_verified_from_an_unofficial_number_needs_how(db, seeded):
    with db.session() as s, pytest.raises(DomainError) as err:
        repo.add_contact(s, call(seeded.lender_id, identity_verified=True), NOW)
    assert err.value.field == "verification"
    with db.session() as s:
        draft = call(seeded.lender_id, identity_verified=True, verification="回拨 95188 核实")
        cid = repo.add_contact(s, draft, NOW)
    with db.session() as s:
        row = s.get(Contact, cid)
        assert row.identity_verified and not row.number_official


def test_bad_contact_is_refused_whole(db, seeded):
    with pytest.raises(DomainError), db.session() as s:
        repo.add_contact(s, call(seeded.lender_id, summary=" "), NOW)
    with pytest.raises(DomainError), db.session() as s:
        repo.add_contact(s, call(seeded.other_lender_id, debt_id=seeded.debt_id), NOW)
    with db.session() as s:
        assert s.exec(select(Contact)).all() == []


def test_reply_within_five_working_days_across_national_day(db, seeded):
    draft = PromiseDraft(
        lender_id=seeded.lender_id, by="lender", kind="reply",
        made_on=date(2026, 9, 30), working_days=5,
    )  # fmt: skip
    with db.session() as s:
        pid = repo.add_promise(s, draft, TODAY)
    with db.session() as s:
        row = s.get(Promise, pid)
        # 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13; Mon–Fri only: … 10-14
        assert (row.due_earliest, row.due_latest) == (date(2026, 10, 13), date(2026, 10, 14))
        assert row.calendar_known


def test_a_promise_in_an_unpublished_year_says_so(db, seeded):
    draft = PromiseDraft(
        lender_id=seeded.lender_id, by="lender", kind="reply",
        made_on=date(2026, 12, 28), working_days=5,
    )  # fmt: skip
    with db.session() as s:
        pid = repo.add_promise(s, draft, TODAY)
        repo.set_promise_status(s, pid, "broken", TODAY)
    with db.session() as s:
        row = s.get(Promise, pid)
        assert not row.calendar_known and row.status == "broken" and row.resolved_on == TODAY


def test_my_payment_promise_needs_an_amount(db, seeded):
    draft = PromiseDraft(
        lender_id=seeded.lender_id, by="me", kind="pay", made_on=TODAY, due_on=date(2026, 11, 1)
    )
    with db.session() as s, pytest.raises(DomainError) as err:
        repo.add_promise(s, draft, TODAY)
    assert err.value.field == "amount"


def twelve_instalments(seeded, db) -> AgreementDraft:
    with db.session() as s:
        balance = agr.outstanding(s, seeded.debt_id)
    return AgreementDraft(
        debt_id=seeded.debt_id,
        kind="instalments",
        signed_on=date(2026, 10, 16),
        first_due=date(2026, 11, 16),
        balance=balance,
        months=12,
        waived_penalty=Decimal("356.20"),
    )


def test_an_agreement_writes_new_terms_and_keeps_the_old(db, seeded):
    draft = twelve_instalments(seeded, db)
    with db.session() as s:
        aid = agr.record_agreement(s, draft, TODAY)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        assert debt.terms_version == 2 and debt.status == "restructured"
        history = agr.terms_history(s, seeded.debt_id)
        assert sorted(history) == [1, 2]
        assert len(history[1]) == 12 and len(history[2]) == 12
        new = history[2]
        assert new[0].due_date == date(2026, 11, 16) and new[-1].due_date == date(2027, 10, 16)
        total = sum(r.principal_fen for r in new)
        assert total == int(draft.balance * 100)
        assert {r.interest_fen for r in new} == {0}
        assert agr.terms_start(s, seeded.debt_id, 2) == date(2026, 10, 16)
    # undo, then redo from the capture
    with db.session() as s:
        snap = agr.remove_agreement(s, aid)
    with db.session() as s:
        debt = s.get(Debt, seeded.debt_id)
        assert (debt.terms_version, debt.status) == (1, "overdue")
        assert sorted(agr.terms_history(s, seeded.debt_id)) == [1]
    with db.session() as s:
        repo.restore(s, snap)
    with db.session() as s:
        assert s.get(Debt, seeded.debt_id).terms_version == 2
        assert len(agr.terms_history(s, seeded.debt_id)[2]) == 12


def test_missed_agreement_instalments_are_breaches(db, seeded):
    with db.session() as s:
        agr.record_agreement(s, twelve_instalments(seeded, db), TODAY)
    with db.session() as s:
        assert agr.agreement_breaches(s, date(2026, 11, 16)) == []
        missed = agr.agreement_breaches(s, date(2026, 12, 10))
        assert [(m.n, m.due) for m in missed] == [(1, date(2026, 11, 16))]
        row = s.exec(
            select(Instalment).where(Instalment.terms_version == 2, Instalment.n == 1)
        ).one()
        assert missed[0].owed * 100 == row.principal_fen


def test_an_agreement_with_payments_cannot_be_taken_back(db, seeded):
    with db.session() as s:
        aid = agr.record_agreement(s, twelve_instalments(seeded, db), TODAY)
        row = s.exec(select(Instalment).where(Instalment.terms_version == 2)).first()
        row.paid_principal_fen = 100
        s.add(row)
    with db.session() as s, pytest.raises(DomainError):
        agr.remove_agreement(s, aid)


def test_deferral_and_settlement(db, seeded):
    with db.session() as s:
        left = agr.remaining_rows(s, seeded.debt_id)
        draft = AgreementDraft(
            debt_id=seeded.debt_id, kind="deferral", signed_on=date(2026, 10, 1),
            first_due=date(2027, 1, 1), balance=Decimal(0), deferral_months=3,
        )  # fmt: skip
        moved = agr.preview(s, draft)
        assert [r.due for r in moved][:2] == [date(2027, 1, 1), date(2027, 2, 1)]
        assert [r.total_fen for r in moved] == [r.total_fen for r in left]
        agr.record_agreement(s, draft, TODAY)
        settle = AgreementDraft(
            debt_id=seeded.debt_id, kind="settlement", signed_on=date(2026, 10, 10),
            first_due=date(2026, 10, 31), balance=Decimal(8000), settlement=Decimal(6000),
        )  # fmt: skip
        agr.record_agreement(s, settle, TODAY)
    with db.session() as s:
        history = agr.terms_history(s, seeded.debt_id)
        assert sorted(history) == [1, 2, 3]
        assert [(r.due_date, r.principal_fen) for r in history[3]] == [(date(2026, 10, 31), 600000)]


def test_search_finds_chinese_words_and_follows_edits(db, seeded):
    with db.session() as s:
        cid = repo.add_contact(s, call(seeded.lender_id, notes="我申请展期六个月"), NOW)
    with db.session() as s:
        assert tl.search(s, "展期") == {("contact", cid)}
        assert tl.search(s, "展期六个月") == {("contact", cid)}
        assert tl.search(s, "催收 展期") == {("contact", cid)}
        assert tl.search(s, "减免") == set()
        repo.update_contact(s, cid, call(seeded.lender_id, notes="申请减免罚息"), NOW)
    with db.session() as s:
        assert tl.search(s, "减免") == {("contact", cid)}
        assert tl.search(s, "展期") == set()
        repo.remove(s, "contact", cid)
    with db.session() as s:
        assert tl.search(s, "减免") == set()


def test_remove_and_restore_a_contact_with_its_references(db, seeded):
    with db.session() as s:
        cid = repo.add_contact(s, call(seeded.lender_id), NOW)
        draft = PromiseDraft(
            lender_id=seeded.lender_id, by="lender", kind="reply", made_on=TODAY,
            working_days=3, contact_id=cid,
        )  # fmt: skip
        pid = repo.add_promise(s, draft, TODAY)
    with db.session() as s:
        snap = repo.remove(s, "contact", cid)
    with db.session() as s:
        assert s.get(Contact, cid) is None and s.get(Promise, pid).contact_id is None
        repo.restore(s, snap)
    with db.session() as s:
        assert s.get(Contact, cid).summary.startswith("催收")
        assert s.get(Promise, pid).contact_id == cid
        assert tl.search(s, "催收来电") == {("contact", cid)}


def test_timeline_orders_everything_and_flags_night_calls(db, seeded):
    with db.session() as s:
        repo.add_contact(
            s, call(seeded.lender_id, at=datetime(2026, 10, 18, 23, 10, tzinfo=CST)), NOW
        )
        repo.add_incident(
            s,
            IncidentDraft(seeded.lender_id, datetime(2026, 10, 19, 9, 0, tzinfo=CST), "third_party",
                          "给我母亲打电话说我欠钱"),
            NOW,
        )  # fmt: skip
    with db.session() as s:
        entries = tl.timeline(s, TODAY, lender_id=seeded.lender_id, tz=CST)
        kinds = [e.kind for e in entries]
        assert kinds[:3] == ["payment", "payment", "payment"]
        assert "contact" in kinds and "incident" in kinds
        breaches = [e for e in entries if e.kind == "breach"]
        assert [b.code for b in breaches] == ["quiet_hours"]
        assert [e.day for e in entries] == sorted(e.day for e in entries)
        found = tl.timeline(s, TODAY, query="母亲", tz=CST)
        assert [e.kind for e in found] == ["incident"]
        only = tl.timeline(s, TODAY, kinds=["payment"], tz=CST)
        assert {e.kind for e in only} == {"payment"}


def test_sample_data_has_the_negotiation_log(tmp_path):
    from debttracker.store import evidence as ev
    from debttracker.store.sample import generate

    database = open_database(tmp_path / "sample")
    try:
        summary = generate(database, today=date(2026, 11, 23))
        assert (summary["contacts"], summary["evidence"]) == (5, 3)
        with database.session() as s:
            rows = repo.contacts(s)
            assert any(not c.number_official for c in rows if c.number)
            assert {p.by for p in repo.promises(s)} == {"me", "lender"}
            [agreement] = agr.agreements(s)
            assert s.get(Debt, agreement.debt_id).status == "restructured"
            assert repo.incidents(s) and repo.notes(s)
            assert ev.check_integrity(s, tmp_path / "sample") == []
            assert {b.rule for b in tl.collection_breaches(s)} >= {"threat", "impersonation"}
    finally:
        database.close()
