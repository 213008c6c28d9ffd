"""Interest caps (domain.md §3) and the counter-offer at a cap rate.

Information only, never legal advice: every line carries its source so the user can check it,
and :data:`NOT_LEGAL_ADVICE` must be shown next to any verdict.

* private lending (lender kind ``person``), contracts from 2020-08-20: 4 × the one-year LPR on
  the contract date (SPC private-lending provisions, revised 2020, Art. 25); earlier contracts:
  the old 24 % / 36 % lines;
* licensed lenders (banks, consumer finance, microcredit, platforms, card issuers): 24 %
  (法发〔2017〕22号 as applied by courts);
* 36 % for everyone (old private-lending line; 2019 illegal-lending opinion threshold).

The one-year LPR is a dated table that users can edit; the shipped values are domain.md §3.3
(the step history before 2025 is marked unverified there).  Dates before the first entry have
no known LPR.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg
from debttracker.core.money import q2
from debttracker.core.rates import Rate
from debttracker.core.schedule import Schedule, build_schedule

LprTable = Sequence[tuple[date, Decimal]]

#: One-year LPR steps (date effective, rate as a fraction), domain.md §3.3.
DEFAULT_LPR_TABLE: tuple[tuple[date, Decimal], ...] = (
    (date(2020, 4, 20), Decimal("0.0385")),
    (date(2021, 12, 20), Decimal("0.0380")),
    (date(2022, 1, 20), Decimal("0.0370")),
    (date(2022, 8, 22), Decimal("0.0365")),
    (date(2023, 6, 20), Decimal("0.0355")),
    (date(2023, 8, 21), Decimal("0.0345")),
    (date(2024, 7, 22), Decimal("0.0335")),
    (date(2024, 10, 21), Decimal("0.0310")),
    (date(2025, 5, 20), Decimal("0.0300")),
)
LPR_RULE_START = date(2020, 8, 20)
LINE_24 = Decimal("0.24")
LINE_36 = Decimal("0.36")

NOT_LEGAL_ADVICE = msg(
    "caps",
    QT_TRANSLATE_NOOP(
        "caps",
        "For information only, not legal advice. The lines come from the cited rules and court "
        "practice; check the official text or ask a lawyer before relying on them.",
    ),
)

SOURCE_4LPR = "SPC Provisions on private lending (rev. 2020-08-20), Art. 25 — domain.md §3.1"
SOURCE_24_LICENSED = "SPC opinion on financial adjudication, 法发〔2017〕22号 (24% line in court practice) — domain.md §3.2"
SOURCE_24_OLD = "SPC private-lending provisions 2015 (两线三区: 24% protected) — domain.md §3.1"
SOURCE_36 = (
    "36% line: 2015 private-lending rules, 2019 opinion on illegal lending — domain.md §3.1–3.2"
)


class Verdict(StrEnum):
    WITHIN = "within"
    ABOVE = "above"


@dataclass(frozen=True, slots=True)
class CapLine:
    """One cap: its annual rate (fraction), a translatable label, its source, and a verdict."""

    key: str
    rate: Decimal
    label: Message
    source: str
    verdict: Verdict | None = None


def lpr_on(day: date, table: LprTable = DEFAULT_LPR_TABLE) -> Decimal:
    """The one-year LPR in force on ``day`` (the latest entry on or before it)."""
    found: Decimal | None = None
    for effective, rate in sorted(table):
        if effective > day:
            break
        found = rate
    if found is None:
        raise DomainError(
            msg(
                "caps",
                QT_TRANSLATE_NOOP("caps", "The LPR on %1 is unknown; add it to the LPR table."),
                day.isoformat(),
            ),
            field="contract_date",
        )
    return found


def check_lpr_entry(day: date, rate: Decimal) -> tuple[date, Decimal]:
    """One LPR table entry, checked: a fraction from 0 to 20 % (``0.03`` for 3 %)."""
    if not rate.is_finite() or not Decimal(0) < rate <= Decimal("0.2"):
        raise DomainError(
            msg(
                "caps",
                QT_TRANSLATE_NOOP("caps", "An LPR must be above 0 and at most 20 %: %1"),
                rate * 100,
            ),
            field="rate",
        )
    return day, rate


def all_in_rate(
    apr: Decimal | None,
    contract_annual: Decimal,
    uplift: Decimal,
    *,
    days_overdue: int = 0,
    late_fee: Decimal = Decimal(0),
    overdue_amount: Decimal = Decimal(0),
) -> Decimal | None:
    """The annual cost the cap lines judge (domain.md §3.1 Art. 28–29, §3.2: interest, penalty
    interest, compound interest, 违约金 and fees count together).

    While current: the APR.  While overdue: the penalty rate (contract × (1 + uplift)) plus
    the fee share of the APR (APR − contract rate) plus the 违约金 as a rate on the overdue
    amount over the days overdue (at least 30, one billing month).
    """
    if apr is None or days_overdue <= 0:
        return apr
    fees = max(apr - contract_annual, Decimal(0))
    rate = contract_annual * (1 + uplift) + fees
    if late_fee > 0 and overdue_amount > 0:
        rate += late_fee / overdue_amount * 365 / max(days_overdue, 30)
    return max(rate, apr)


def _verdict(rate: Decimal, apr: Decimal | None) -> Verdict | None:
    if apr is None:
        return None
    return Verdict.ABOVE if apr > rate else Verdict.WITHIN


def applicable_caps(
    lender_kind: str,
    contract_date: date,
    table: LprTable = DEFAULT_LPR_TABLE,
    apr: Decimal | None = None,
) -> tuple[CapLine, ...]:
    """The cap lines for a lender kind and contract date, each judged against ``apr`` if given.

    For information only, not legal advice (see :data:`NOT_LEGAL_ADVICE`).
    """
    lines: list[CapLine] = []
    if lender_kind == "person" and contract_date >= LPR_RULE_START:
        lpr = lpr_on(contract_date, table)
        label = msg(
            "caps",
            QT_TRANSLATE_NOOP("caps", "4 × one-year LPR on the contract date (%1)"),
            contract_date.isoformat(),
        )
        lines.append(CapLine("4lpr", 4 * lpr, label, SOURCE_4LPR, _verdict(4 * lpr, apr)))
    elif lender_kind == "person":
        label = msg(
            "caps", QT_TRANSLATE_NOOP("caps", "24% line for private loans made before 2020-08-20")
        )
        lines.append(CapLine("24-old", LINE_24, label, SOURCE_24_OLD, _verdict(LINE_24, apr)))
    else:
        label = msg(
            "caps", QT_TRANSLATE_NOOP("caps", "24% line for licensed lenders (all-in cost)")
        )
        lines.append(CapLine("24", LINE_24, label, SOURCE_24_LICENSED, _verdict(LINE_24, apr)))
    label36 = msg("caps", QT_TRANSLATE_NOOP("caps", "36% line"))
    lines.append(CapLine("36", LINE_36, label36, SOURCE_36, _verdict(LINE_36, apr)))
    return tuple(lines)


@dataclass(frozen=True, slots=True)
class CounterOffer:
    """The equal-instalment loan at ``rate`` and what it saves against the current total."""

    rate: Decimal
    payment: Decimal
    schedule: Schedule
    saving: Decimal


def counter_offer(
    principal: Decimal, months: int, cap_rate: Decimal, current_total_paid: Decimal, start: date
) -> CounterOffer:
    """The 等额本息 payment for the same principal and term at ``cap_rate`` (annual fraction),
    and the saving ``current_total_paid − new total``.  Use the amount actually received as
    the principal where interest was deducted upfront (Civil Code Art. 670).

    For information only, not legal advice.
    """
    schedule = build_schedule(principal, Rate(cap_rate), months, "annuity", start)
    payment = schedule.installments[0].payment
    return CounterOffer(cap_rate, payment, schedule, q2(current_total_paid - schedule.total_paid))
