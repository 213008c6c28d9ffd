"""Reminders from the database: facts, done / snooze / notified state, settings, .ics export."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from icalendar import Calendar

from debttracker import APP_ID
from debttracker.core.reminders import ReminderSettings, due_reminders
from debttracker.store import reminders as store
from debttracker.store import settings
from debttracker.store.db import open_database
from debttracker.store.models import Debt, Instalment, Lender
from debttracker.store.negotiation_tables import Promise
from debttracker.store.reminders_agenda import agenda
from debttracker.store.reminders_ics import IcsTexts, build_calendar, calendar_events

CST = timezone(timedelta(hours=8))
TODAY = date(2026, 3, 8)


def t(y, m, d, hh=12, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=CST)


def seed(session) -> dict[str, int]:
    bank = Lender(name="示例银行")
    session.add(bank)
    session.flush()
    loan = Debt(lender_id=bank.id, name="消费贷", start_date=date(2025, 1, 10), terms_version=2)
    closed = Debt(lender_id=bank.id, name="已结清", start_date=date(2025, 1, 10), status="settled")
    card = Debt(
        lender_id=bank.id,
        name="信用卡",
        kind="card",
        start_date=date(2025, 1, 1),
        statement_day=5,
        card_due_day=31,
    )
    session.add_all([loan, closed, card])
    session.flush()
    rows = [
        # old terms: ignored
        Instalment(debt_id=loan.id, terms_version=1, n=1, due_date=date(2026, 3, 5), principal_fen=1),
        Instalment(debt_id=loan.id, terms_version=2, n=1, due_date=date(2026, 2, 10),
                   principal_fen=80000, paid_principal_fen=80000, settled_on=date(2026, 2, 10)),
        Instalment(debt_id=loan.id, terms_version=2, n=2, due_date=date(2026, 3, 1),
                   principal_fen=80000, interest_fen=8849, paid_principal_fen=10000),
        Instalment(debt_id=loan.id, terms_version=2, n=3, due_date=date(2026, 3, 10),
                   principal_fen=80000, interest_fen=8849),
        Instalment(debt_id=loan.id, terms_version=2, n=4, due_date=date(2026, 4, 10),
                   principal_fen=80000, interest_fen=8849, fee_fen=100),
        Instalment(debt_id=closed.id, n=1, due_date=date(2026, 3, 1), principal_fen=5000),
    ]  # fmt: skip
    session.add_all(rows)
    mine = Promise(lender_id=bank.id, by="me", kind="pay", description="还 500", amount_fen=50000,
                   made_on=date(2026, 3, 1), due_earliest=date(2026, 3, 9),
                   due_latest=date(2026, 3, 9))  # fmt: skip
    theirs = Promise(lender_id=bank.id, by="lender", kind="reply", description="回复减免申请",
                     made_on=date(2026, 3, 1), due_earliest=date(2026, 3, 4),
                     due_latest=date(2026, 3, 5), working_days=3)  # fmt: skip
    kept = Promise(
        lender_id=bank.id,
        by="me",
        description="done",
        made_on=date(2026, 3, 1),
        due_earliest=date(2026, 3, 2),
        due_latest=date(2026, 3, 2),
        status="kept",
    )
    session.add_all([mine, theirs, kept])
    session.flush()
    return {"loan": loan.id, "card": card.id, "mine": mine.id, "theirs": theirs.id}


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "d")
    with database.session() as s:
        database.ids = seed(s)
    yield database
    database.close()


def facts(db):
    with db.session() as s:
        return store.build_facts(s, CST, TODAY)


def test_facts_read_current_unpaid_instalments_promises_and_cards(db):
    f = facts(db)
    loan = db.ids["loan"]
    assert [(i.debt_id, i.number, i.due, i.amount) for i in f.instalments] == [
        (loan, 2, date(2026, 3, 1), Decimal("788.49")),
        (loan, 3, date(2026, 3, 10), Decimal("888.49")),
        (loan, 4, date(2026, 4, 10), Decimal("889.49")),
    ]
    assert f.instalments[0].debt_name == "示例银行 · 消费贷"
    assert [(p.id, p.who, p.due, p.status) for p in f.promises] == [
        (db.ids["theirs"], "lender", date(2026, 3, 5), "pending"),
        (db.ids["mine"], "me", date(2026, 3, 9), "pending"),
    ]
    assert f.promises[1].text == "示例银行 · 还 500 (500.00)"
    assert [(c.card_id, c.statement_day, c.due_day) for c in f.cards] == [(db.ids["card"], 5, 31)]
    assert f.settings == ReminderSettings()


def test_due_now_from_the_database(db):
    loan, theirs = db.ids["loan"], db.ids["theirs"]
    due = due_reminders(facts(db), t(2026, 3, 8, 10))
    assert [(r.key, r.kind) for r in due] == [
        (f"inst:{loan}:2:2026-03-01", "instalment_overdue"),
        (f"fup:{theirs}:2026-03-05", "promise_followup"),
        (f"inst:{loan}:3:2026-03-10", "instalment_upcoming"),
    ]


def test_settings_round_trip_and_a_damaged_value_falls_back(db):
    wanted = ReminderSettings(time(20, 30), time(23, 0), time(7, 15), 5, frozenset({"card"}))
    with db.session() as s:
        store.save_settings(s, wanted)
    with db.session() as s:
        assert store.load_settings(s) == wanted
        settings.put(s, store.TIME_OF_DAY, "25:99")
        settings.put(s, store.QUIET_END, "soon")
    with db.session() as s:
        loaded = store.load_settings(s)
    assert (loaded.time_of_day, loaded.quiet_end) == (time(9, 0), time(8, 0))
    assert store.parse_hhmm("7:05") == time(7, 5) and store.parse_hhmm("") is None


def test_per_kind_switch_leaves_the_kind_out(db):
    with db.session() as s:
        settings.put(s, store.KIND_INSTALMENT, False)
    f = facts(db)
    assert f.instalments == () and f.promises and f.cards


def test_done_snooze_and_exact_restore(db):
    key = f"inst:{db.ids['loan']}:2:2026-03-01"
    now = t(2026, 3, 8, 10)
    with db.session() as s:
        before = store.snapshot(s, key)
        store.mark_done(s, key, now)
    assert key not in {r.key for r in due_reminders(facts(db), now)}
    with db.session() as s:
        store.restore(s, before, now)
    assert key in {r.key for r in due_reminders(facts(db), now)}
    with db.session() as s:
        store.snooze(s, key, now + timedelta(hours=1), now)
    f = facts(db)
    assert f.states[key].snoozed_until == now + timedelta(hours=1)
    assert f.states[key].snoozed_until.tzinfo is not None
    assert key not in {r.key for r in due_reminders(f, now)}
    (back,) = [r for r in due_reminders(f, now + timedelta(hours=1)) if r.key == key]
    assert back.at == now + timedelta(hours=1)


def test_each_occurrence_is_notified_once(db):
    now = t(2026, 3, 8, 10)
    with db.session() as s:
        first = store.pending_notifications(s, store.build_facts(s, CST, TODAY), now)
        store.mark_notified(s, first, now)
    assert first
    with db.session() as s:
        f = store.build_facts(s, CST, TODAY)
        assert store.pending_notifications(s, f, now + timedelta(hours=3)) == []
        # the overdue instalment comes back the next morning (daily until paid)
        tomorrow = store.pending_notifications(s, f, t(2026, 3, 9, 9))
    assert {r.kind for r in tomorrow} >= {"instalment_overdue"}


def test_missed_since_last_run(db):
    with db.session() as s:
        assert store.last_run(s) is None
        store.set_last_run(s, t(2026, 3, 6, 20))
    with db.session() as s:
        since = store.last_run(s)
        assert since == t(2026, 3, 6, 20)
        missed = store.missed_since(facts(db), since, t(2026, 3, 8, 10), store.notified(s))
    assert all(r.at > since for r in missed)
    assert f"inst:{db.ids['loan']}:3:2026-03-10" in {r.key for r in missed}  # 7 March, 09:00
    assert store.missed_since(facts(db), None, t(2026, 3, 8, 10), {}) == []
    with db.session() as s:
        settings.put(s, store.LAST_RUN, "garbage")
        assert store.last_run(s) is None


def test_agenda_overdue_today_and_upcoming(db):
    items = agenda(facts(db), t(2026, 3, 9, 10), days=7)
    by_key = {i.key: i for i in items}
    loan = db.ids["loan"]
    assert by_key[f"inst:{loan}:2:2026-03-01"].status == "overdue"
    assert by_key[f"inst:{loan}:2:2026-03-01"].amount == Decimal("788.49")
    assert by_key[f"prom:{db.ids['mine']}:2026-03-09"].status == "today"
    assert by_key[f"inst:{loan}:3:2026-03-10"].status == "upcoming"
    assert by_key[f"fup:{db.ids['theirs']}:2026-03-05"].status == "follow_up"
    assert f"inst:{loan}:4:2026-04-10" not in by_key
    assert items[0].status == "overdue"
    later = agenda(facts(db), t(2026, 3, 9, 10), days=40)
    assert f"inst:{loan}:4:2026-04-10" in {i.key for i in later}


def test_per_debt_lead_days(db):
    loan = db.ids["loan"]
    with db.session() as s:
        store.set_lead_days(s, loan, 10)
    assert facts(db).days_before == {loan: 10}
    due = due_reminders(facts(db), t(2026, 3, 31, 10))
    assert f"inst:{loan}:4:2026-04-10" in {r.key for r in due}
    with db.session() as s:
        store.set_lead_days(s, loan, None)
    assert facts(db).days_before == {}


def test_ics_parses_back_with_the_same_events_and_alarms(db):
    f = facts(db)
    events = calendar_events(f, TODAY, days=60, texts=IcsTexts(instalment="第%1期 %2：%3"))
    data = build_calendar(events, t(2026, 3, 8, 10))
    cal = Calendar.from_ical(data)
    parsed = {
        str(e["uid"]): (e.decoded("dtstart"), str(e["summary"]), e.walk("VALARM"))
        for e in cal.walk("VEVENT")
    }
    assert set(parsed) == {e.uid for e in events}
    loan = db.ids["loan"]
    uid = f"inst:{loan}:3:2026-03-10@{APP_ID}"
    day, summary, alarms = parsed[uid]
    assert day == date(2026, 3, 10) and summary == "第3期 示例银行 · 消费贷：CN¥888.49"
    triggers = [a.decoded("trigger") for a in alarms]
    assert triggers == [timedelta(days=-3, hours=9), timedelta(hours=9)]
    assert {str(a["action"]) for a in alarms} == {"DISPLAY"}
    # overdue and past items are not exported; promises and card days are
    assert not any(u.startswith(f"inst:{loan}:2:") for u in parsed)
    assert f"prom:{db.ids['mine']}:2026-03-09@{APP_ID}" in parsed
    assert f"card:{db.ids['card']}:due:2026-03-31@{APP_ID}" in parsed
    assert f"card:{db.ids['card']}:due:2026-04-30@{APP_ID}" in parsed  # clamped month end
    # exporting again gives the same UIDs (calendars update instead of duplicating)
    again = Calendar.from_ical(
        build_calendar(calendar_events(f, TODAY, days=60), datetime.now(UTC))
    )
    assert {str(e["uid"]) for e in again.walk("VEVENT")} == set(parsed)


def test_a_statement_card_is_reminded_of_its_minimum_not_its_bill(tmp_path):
    """The sample's 中信 card: 8,600 on the bill, 300 paid of its 860 minimum, overdue; its
    due-day reminder this month asks the 560 still unpaid + 28 违约金 (core.dues, as the
    Budget), and its bill is not reminded as an instalment of 8,300."""
    from debttracker.store import budget_debts
    from debttracker.store.sample import generate

    db = open_database(tmp_path / "d")
    today = date(2026, 11, 23)
    generate(db, today=today)
    try:
        with db.session() as s:
            facts = store.build_facts(s, CST, today)
            dues = budget_debts.minimums_due(s, today.replace(day=1), today)
    finally:
        db.close()
    card = next(c for c in facts.cards if "信用卡透支" in c.name)
    assert card.minimum_in(today) == Decimal("588.00")
    assert not [i for i in facts.instalments if i.debt_id == card.card_id]
    due = next(d for d in dues if d.debt_id == card.card_id)
    # the bill fell due in October: November asks what is left of its minimum and the 违约金,
    # not the whole 860 again (300 of it was paid)
    assert (due.amount, due.unpaid) == (Decimal("588.00"), Decimal("588.00"))
    items = agenda(facts, datetime(2026, 11, 23, 12, tzinfo=CST), 30)
    reminded = [
        (i.due, i.amount) for i in items if i.kind == "card_due" and i.ref == ("card", card.card_id)
    ]
    assert reminded == [(date(2026, 12, 8), Decimal("588.00"))]  # still unpaid in December
