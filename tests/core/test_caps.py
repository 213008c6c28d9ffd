"""Caps and the counter-offer (domain.md §3, vector 28)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from debttracker.core.caps import (
    DEFAULT_LPR_TABLE,
    NOT_LEGAL_ADVICE,
    Verdict,
    applicable_caps,
    counter_offer,
    lpr_on,
)
from debttracker.core.messages import DomainError
from debttracker.core.rates import Rate, as_percent
from debttracker.core.schedule import build_schedule

D = Decimal


def test_vector_28_four_times_lpr():
    assert as_percent(4 * lpr_on(date(2025, 6, 1))) == D("12.00")
    assert as_percent(4 * lpr_on(date(2020, 8, 20))) == D("15.40")


@pytest.mark.parametrize(
    ("day", "lpr"),
    [(date(2020, 4, 20), "0.0385"), (date(2021, 12, 19), "0.0385"), (date(2021, 12, 20), "0.0380"),
     (date(2023, 8, 21), "0.0345"), (date(2024, 10, 20), "0.0335"), (date(2030, 1, 1), "0.0300")],
)  # fmt: skip
def test_lpr_table_steps(day, lpr):
    assert lpr_on(day) == D(lpr)


def test_lpr_unknown_before_table_and_editable():
    with pytest.raises(DomainError):
        lpr_on(date(2019, 8, 20))
    edited = (*DEFAULT_LPR_TABLE, (date(2026, 1, 20), D("0.0290")))
    assert lpr_on(date(2026, 2, 1), edited) == D("0.0290")


def test_private_lending_caps_with_verdict():
    lines = applicable_caps("person", date(2025, 6, 1), apr=D("0.15"))
    assert [(line.key, line.rate, line.verdict) for line in lines] == [
        ("4lpr", D("0.1200"), Verdict.ABOVE),
        ("36", D("0.36"), Verdict.WITHIN),
    ]
    assert all("domain.md" in line.source for line in lines)


def test_licensed_and_old_private_caps():
    bank = applicable_caps("bank", date(2025, 6, 1), apr=D("0.24"))
    assert [(line.key, line.verdict) for line in bank] == [
        ("24", Verdict.WITHIN),
        ("36", Verdict.WITHIN),
    ]
    old = applicable_caps("person", date(2019, 1, 1))
    assert [line.key for line in old] == ["24-old", "36"]
    assert old[0].verdict is None


def test_counter_offer_and_disclaimer():
    current = build_schedule(D(10_000), Rate(D("0.3507")), 12, "annuity", date(2024, 1, 1))
    offer = counter_offer(D(10_000), 12, D("0.12"), current.total_paid, date(2024, 1, 1))
    assert offer.payment == D("888.49")
    assert offer.schedule.total_paid == D("10661.86")
    assert offer.saving == current.total_paid - D("10661.86")
    assert "not legal advice" in NOT_LEGAL_ADVICE.render()
