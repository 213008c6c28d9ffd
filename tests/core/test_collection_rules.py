"""Collection-rule checks (domain.md §6.2) and caller verification helpers (§8)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from debttracker.core.collection_rules import (
    CONSENTED,
    IMPERSONATION,
    PERSONAL_ACCOUNT,
    THIRD_PARTY,
    ContactFact,
    check_contacts,
    in_quiet_hours,
    is_official_channel,
    normalise_channel,
    verification_checklist,
)
from debttracker.core.messages import DomainError

CST = timezone(timedelta(hours=8))


def call(n, hh, mm=0, *, day=12, answered=True, direction="in", lender=1, **kw):
    at = datetime(2026, 3, day, hh, mm, tzinfo=CST)
    return ContactFact(n, at, lender, direction, kw.pop("channel", "call"), answered=answered, **kw)


def rules(breaches):
    return [b.rule for b in breaches]


@pytest.mark.parametrize(
    ("hh", "mm", "quiet"),
    [(21, 59, False), (22, 0, True), (23, 30, True), (0, 0, True), (7, 59, True), (8, 0, False)],
)
def test_quiet_hours_edges(hh, mm, quiet):
    assert rules(check_contacts([call(1, hh, mm)])) == (["quiet_hours"] if quiet else [])


def test_quiet_hours_breach_details():
    (breach,) = check_contacts([call(7, 23, 5)])
    assert breach.contact_ids == (7,)
    assert breach.at == datetime(2026, 3, 12, 23, 5, tzinfo=CST)
    assert "GB/T 45251" in breach.source
    assert breach.message.render() == "Contacted at 23:05, inside the quiet hours 22:00–08:00"


def test_quiet_hours_use_the_contacts_local_time():
    # 15:30 UTC is 23:30 in Beijing
    at = datetime(2026, 3, 12, 15, 30, tzinfo=UTC).astimezone(CST)
    assert rules(check_contacts([ContactFact(1, at, 1, "in", "call")])) == ["quiet_hours"]
    utc_noon = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
    assert check_contacts([ContactFact(2, utc_noon, 1, "in", "call")]) == []


def test_consent_and_my_own_calls_are_not_breaches():
    assert check_contacts([call(1, 23, flags=frozenset({CONSENTED}))]) == []
    assert check_contacts([call(2, 23, direction="out")]) == []


def test_custom_quiet_period_without_midnight():
    assert in_quiet_hours(time(13), time(12), time(14))
    assert not in_quiet_hours(time(14), time(12), time(14))
    assert not in_quiet_hours(time(3), time(8), time(8))  # empty period


def test_more_than_three_conversations_a_day():
    three = [call(i, 9 + i) for i in range(3)]
    assert check_contacts(three) == []
    four = [*three, call(9, 15)]
    (breach,) = check_contacts(four)
    assert breach.rule == "conversations"
    assert breach.contact_ids == (0, 1, 2, 9)
    assert breach.message.render() == "4 conversations in one day (the limit is 3)"
    # SMS do not count as conversations; another lender counts separately
    assert check_contacts([*three, call(9, 15, channel="sms")]) == []
    assert check_contacts([*three, call(9, 15, lender=2)]) == []


def test_more_than_six_unanswered_calls_to_the_same_line():
    misses = [call(i, 9, i, answered=False, number=f"1380000000{i}") for i in range(6)]
    assert check_contacts(misses) == []
    seventh = call(6, 10, answered=False, number="13900000000")
    (breach,) = check_contacts([*misses, seventh])
    assert breach.rule == "unanswered_calls" and len(breach.contact_ids) == 7
    assert "2026" in breach.source
    # calls to two different lines of mine, or on two days, are counted apart
    other_line = call(6, 10, answered=False, my_number="13911112222")
    assert check_contacts([*misses, other_line]) == []
    next_day = call(6, 10, day=13, answered=False)
    assert check_contacts([*misses, next_day]) == []


def test_unknown_callers_grouped_by_normalised_number():
    misses = [
        call(i, 9, i, answered=False, lender=None, number=n)
        for i, n in enumerate(["+86 138 0013 8000", "13800138000", "0086-138-0013-8000"] * 3)
    ]
    (breach,) = check_contacts(misses)
    assert len(breach.contact_ids) == 9


def test_flagged_contacts():
    flags = frozenset({THIRD_PARTY, IMPERSONATION, PERSONAL_ACCOUNT})
    found = check_contacts([call(1, 10, flags=flags)])
    assert sorted(rules(found)) == ["impersonation", "personal_account", "third_party"]
    assert all(b.source for b in found)


def test_breaches_sorted_by_day_and_naive_times_rejected():
    found = check_contacts([call(2, 23, day=13), call(1, 23, day=12)])
    assert [b.contact_ids for b in found] == [(1,), (2,)]
    with pytest.raises(DomainError) as err:
        check_contacts([ContactFact(1, datetime(2026, 3, 12, 23), 1, "in", "call")])
    assert err.value.field == "at"


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("95588", "95588"),
        ("9558 8", "95588"),
        ("９５５８８", "95588"),  # full-width digits
        ("+86 138-0013-8000", "13800138000"),
        ("0086 13800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("+86 10 9558 8000", "01095588000"),
        ("(010) 9558-8000", "01095588000"),
        ("+86 400 820 8820", "4008208820"),
        ("+86 755 8888 1234", "075588881234"),
        ("+86 (0)755 8888 1234", "075588881234"),
        ("WeChat-ID: ICBC_Official", "wechatid:icbc_official"),
    ],
)
def test_normalise_channel(raw, norm):
    assert normalise_channel(raw) == norm


def test_is_official_channel():
    official = ["95588", "400-820-8820", "+86 10 9558 8000"]
    assert is_official_channel("９５５８８", official)
    assert is_official_channel("4008208820", official)
    assert is_official_channel("010 95588000", official)
    assert not is_official_channel("13800138000", official)
    assert not is_official_channel("  ", [*official, ""])
    assert not is_official_channel("95588", [])


def test_verification_checklist_has_six_translatable_steps():
    items = verification_checklist()
    assert len(items) == 6
    assert all(m.context == "collection" and m.text for m in items)
    assert "personal account" in items[2].render()
    assert "96110" in items[5].render()


def test_hung_up_calls_are_attempts_not_conversations():
    """A call hung up before anyone spoke (answered=False plus the flag) is an attempt; even if
    a stored row said answered=True with the flag, it is not counted as a conversation."""
    from debttracker.core.collection_rules import (
        ANSWERED,
        HUNG_UP,
        NOT_ANSWERED,
        call_result,
        is_conversation,
    )

    hung = [
        call(i, 9, i, answered=False, flags=frozenset({HUNG_UP}), my_number="13800138000")
        for i in range(7)
    ]
    (breach,) = check_contacts(hung)
    assert breach.rule == "unanswered_calls" and len(breach.contact_ids) == 7
    odd = [call(i, 9, i, answered=True, flags=frozenset({HUNG_UP})) for i in range(4)]
    assert "conversations" not in rules(check_contacts(odd))
    assert [call_result(True, ()), call_result(False, ()), call_result(False, [HUNG_UP])] == [
        ANSWERED,
        NOT_ANSWERED,
        HUNG_UP,
    ]
    assert is_conversation(ANSWERED) and not is_conversation(HUNG_UP)
    with pytest.raises(DomainError):
        is_conversation("maybe")
