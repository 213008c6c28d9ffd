"""Debt-collection rules (domain.md §6.2) checked against the borrower's contact log, and the
caller-verification helpers of §8.

The rules come from public texts; each breach carries its source so the app can present it as
information, not legal advice. Only contacts *from* the lender side (``direction="in"``) can
breach a rule: a call the borrower made at midnight is nobody's fault. Days and hours are read
from each contact's own (local, aware) time.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg

IN, OUT = "in", "out"
VOICE_CHANNELS = frozenset({"call", "voice"})

# flags a user sets on a logged contact
CONSENTED = "consented"  # I agreed to be contacted at this time
THIRD_PARTY = "third_party"  # they contacted my family, colleagues or address book
IMPERSONATION = "impersonation"  # claimed to be a court, police or other authority
PERSONAL_ACCOUNT = "personal_account"  # asked me to pay into a personal account or QR code
THREAT = "threat"  # threats, insults, intimidation

# what became of a call (stored as ``answered`` plus the ``hung_up`` flag): only an answered
# call is a conversation; a call nobody picked up or that was hung up before anyone spoke is
# an attempt, counted against the unanswered-call limit per line of mine (``my_number``)
ANSWERED, NOT_ANSWERED, HUNG_UP = "answered", "not_answered", "hung_up"
CALL_RESULTS = (ANSWERED, NOT_ANSWERED, HUNG_UP)


def call_result(answered: bool, flags: Iterable[str]) -> str:
    """The call result a stored contact stands for."""
    if answered:
        return ANSWERED
    return HUNG_UP if HUNG_UP in set(flags) else NOT_ANSWERED


def is_conversation(result: str) -> bool:
    """Whether a call with this result was a conversation (else an unanswered attempt)."""
    if result not in CALL_RESULTS:
        raise DomainError(
            msg("collection", QT_TRANSLATE_NOOP("collection", "Unknown call result: %1"), result),
            field="answered",
        )
    return result == ANSWERED


QUIET_START, QUIET_END = time(22, 0), time(8, 0)
MAX_CONVERSATIONS = 3
MAX_UNANSWERED = 6

SRC_GBT = "GB/T 45251—2025"
SRC_CBA = "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》(2026)"
SRC_CBIRC = "《银行保险机构消费者权益保护管理办法》第41条"
SRC_CRIMINAL = "《刑法》第293条之一"
SRC_FRAUD = "北京金融监管局风险提示 (2026-03)"


@dataclass(frozen=True, slots=True)
class ContactFact:
    """One logged contact, as the rules need it."""

    id: int | str
    at: datetime  # local, timezone-aware
    lender_id: int | str | None  # None when the caller never said who they were
    direction: str  # "in": they contacted me; "out": I contacted them
    channel: str  # call, voice, sms, app, wechat, visit, letter, email
    number: str = ""  # the number or account they used
    answered: bool = True  # for calls: did a conversation take place (see CALL_RESULTS)
    flags: frozenset[str] = frozenset()
    my_number: str = ""  # my line they reached (attempt limits count per line)


@dataclass(frozen=True, slots=True)
class Breach:
    """A contact (or a day's contacts) that breaks a collection rule."""

    rule: str  # quiet_hours, conversations, unanswered_calls, third_party, ...
    day: date
    at: datetime | None  # the contact's time, or None for a per-day count
    contact_ids: tuple[int | str, ...]
    message: Message
    source: str


def _single(rule: str, source: str, text: str) -> tuple[str, str, str]:
    return rule, source, text


# flag -> (rule, source, message) for rules that one contact breaks by itself
_FLAG_RULES = {
    THIRD_PARTY: _single(
        "third_party",
        f"{SRC_GBT}; {SRC_CBA}",
        QT_TRANSLATE_NOOP("collection", "Contacted third parties (family or address book)"),
    ),
    IMPERSONATION: _single(
        "impersonation",
        f"{SRC_CBIRC}; {SRC_CBA}",
        QT_TRANSLATE_NOOP("collection", "Impersonated a court, the police or another authority"),
    ),
    PERSONAL_ACCOUNT: _single(
        "personal_account",
        SRC_FRAUD,
        QT_TRANSLATE_NOOP(
            "collection", "Asked for payment into a personal account: a common fraud pattern"
        ),
    ),
    THREAT: _single(
        "threat",
        f"{SRC_CRIMINAL}; {SRC_CBA}",
        QT_TRANSLATE_NOOP("collection", "Threats, insults or intimidation"),
    ),
}


def in_quiet_hours(moment: time, start: time = QUIET_START, end: time = QUIET_END) -> bool:
    """True when ``moment`` is in ``[start, end)``, a period that may cross midnight."""
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def _check_aware(contacts: Sequence[ContactFact]) -> None:
    for contact in contacts:
        if contact.at.tzinfo is None or contact.at.utcoffset() is None:
            raise DomainError(
                msg(
                    "collection",
                    QT_TRANSLATE_NOOP("collection", "Contact %1 has a time without a time zone"),
                    contact.id,
                ),
                field="at",
            )


def _per_contact(contact: ContactFact) -> list[Breach]:
    """Breaches a single incoming contact makes on its own."""
    found = []
    local = contact.at.timetz().replace(tzinfo=None)
    if CONSENTED not in contact.flags and in_quiet_hours(local):
        text = QT_TRANSLATE_NOOP(
            "collection", "Contacted at %1, inside the quiet hours 22:00–08:00"
        )
        found.append(
            Breach(
                "quiet_hours",
                contact.at.date(),
                contact.at,
                (contact.id,),
                msg("collection", text, local.strftime("%H:%M")),
                f"{SRC_GBT}; {SRC_CBA}",
            )
        )
    for flag in sorted(contact.flags & _FLAG_RULES.keys()):
        rule, source, text = _FLAG_RULES[flag]
        found.append(
            Breach(
                rule, contact.at.date(), contact.at, (contact.id,), msg("collection", text), source
            )
        )
    return found


def _who(contact: ContactFact) -> str:
    """The collector: the lender when known, else the calling number."""
    if contact.lender_id is not None:
        return f"lender:{contact.lender_id}"
    return f"number:{normalise_channel(contact.number)}"


def _daily_counts(contacts: Sequence[ContactFact]) -> list[Breach]:
    """Too many conversations, or too many unanswered attempts, in one day."""
    talks: dict[tuple[str, date], list[ContactFact]] = defaultdict(list)
    misses: dict[tuple[str, str, date], list[ContactFact]] = defaultdict(list)
    for c in contacts:
        if c.channel not in VOICE_CHANNELS:
            continue
        if c.answered and HUNG_UP not in c.flags:
            talks[(_who(c), c.at.date())].append(c)
        else:
            misses[(_who(c), normalise_channel(c.my_number), c.at.date())].append(c)
    found = []
    for (_, day), group in talks.items():
        if len(group) > MAX_CONVERSATIONS:
            text = QT_TRANSLATE_NOOP("collection", "%1 conversations in one day (the limit is %2)")
            found.append(
                _count_breach("conversations", day, group, text, MAX_CONVERSATIONS, SRC_GBT)
            )
    for (_, _, day), group in misses.items():
        if len(group) > MAX_UNANSWERED:
            text = QT_TRANSLATE_NOOP(
                "collection", "%1 unanswered calls to the same number in one day (the limit is %2)"
            )
            found.append(
                _count_breach("unanswered_calls", day, group, text, MAX_UNANSWERED, SRC_CBA)
            )
    return found


def _count_breach(
    rule: str, day: date, group: list[ContactFact], text: str, limit: int, source: str
) -> Breach:
    ids = tuple(c.id for c in sorted(group, key=lambda c: c.at))
    return Breach(rule, day, None, ids, msg("collection", text, len(group), limit), source)


def check_contacts(contacts: Iterable[ContactFact]) -> list[Breach]:
    """Every rule breach in ``contacts`` (domain.md §6.2), ordered by day, then time."""
    items = list(contacts)
    _check_aware(items)
    incoming = [c for c in items if c.direction == IN]
    found = [b for c in incoming for b in _per_contact(c)]
    found += _daily_counts(incoming)
    return sorted(found, key=lambda b: (b.day, b.at is None, b.at or datetime.min, b.rule))


def normalise_channel(value: str) -> str:
    """A comparable form of a phone number or account.

    Full-width characters become ASCII; spaces, dashes, dots and brackets go; ``+86``/``0086``
    is dropped, and a landline written with the country code gets its trunk ``0`` back, so
    ``+86 10 9558 8000`` equals ``010-95588000``. Accounts (with letters) are case-folded.
    """
    text = unicodedata.normalize("NFKC", value).strip()
    squeezed = "".join(ch for ch in text if ch not in " \t-.()（）—").casefold()
    if not squeezed.lstrip("+").isdigit():
        return squeezed
    digits, national = squeezed.lstrip("+"), False
    for prefix in ("0086", "86"):
        if (squeezed.startswith("+") or prefix == "0086") and digits.startswith(prefix):
            digits, national = digits[len(prefix) :], True
            break
    if not national and len(digits) == 13 and digits.startswith("861"):
        digits, national = digits[2:], True  # "86138..." as SMS senders show mobiles
    mobile = digits.startswith("1") and len(digits) == 11
    if national and not mobile and not digits.startswith(("0", "400", "800")) and len(digits) >= 9:
        digits = "0" + digits  # area code without its trunk prefix
    return digits


def is_official_channel(number_or_account: str, official_channels: Iterable[str]) -> bool:
    """Whether a number or account is one of the lender's recorded official channels."""
    wanted = normalise_channel(number_or_account)
    return bool(wanted) and any(normalise_channel(o) == wanted for o in official_channels)


_CHECKLIST = (
    QT_TRANSLATE_NOOP(
        "collection",
        "Hang up and call the lender back on the hotline shown in its official app, on your card "
        "or in the contract, never on a number the caller or an SMS gave you. Ask whether the "
        "account is overdue, who may collect it and the exact amount.",
    ),
    QT_TRANSLATE_NOOP(
        "collection", "Compare the amount with the figure shown in the lender's official app."
    ),
    QT_TRANSLATE_NOOP(
        "collection",
        "Pay only through the lender's app, an official account in the lender's name or the "
        "bank's own channels; never to a personal account or a QR code.",
    ),
    QT_TRANSLATE_NOOP(
        "collection",
        "Negotiating with the lender is free. Fees demanded up front by third parties are a "
        "warning sign.",
    ),
    QT_TRANSLATE_NOOP(
        "collection",
        "No one can delete accurate overdue records for a fee. The lawful routes are an "
        "objection for errors and the central bank's one-time credit repair.",
    ),
    QT_TRANSLATE_NOOP(
        "collection",
        "Report fraud to 96110 or 110, or through the national anti-fraud app, and keep the "
        "evidence.",
    ),
)


def verification_checklist() -> list[Message]:
    """How to verify a caller before acting on what they say (domain.md §8), six steps."""
    return [msg("collection", text) for text in _CHECKLIST]
