"""Words for the negotiation log's codes (channels, outcomes, statuses …) in the UI language.

Shared by the negotiation tab and the case-file PDF.  The texts are marked with
``QT_TRANSLATE_NOOP`` in the "negotiation" context so ``pyside6-lupdate`` extracts them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from debttracker.core.messages import QT_TRANSLATE_NOOP

CTX = "negotiation"

_LABELS: dict[str, dict[str, str]] = {
    "direction": {
        "out": QT_TRANSLATE_NOOP("negotiation", "I contacted them"),
        "in": QT_TRANSLATE_NOOP("negotiation", "They contacted me"),
    },
    "channel": {
        "call": QT_TRANSLATE_NOOP("negotiation", "Phone call"),
        "sms": QT_TRANSLATE_NOOP("negotiation", "SMS"),
        "app": QT_TRANSLATE_NOOP("negotiation", "App chat"),
        "wechat": QT_TRANSLATE_NOOP("negotiation", "WeChat"),
        "email": QT_TRANSLATE_NOOP("negotiation", "E-mail"),
        "letter": QT_TRANSLATE_NOOP("negotiation", "Letter"),
        "visit": QT_TRANSLATE_NOOP("negotiation", "Visit"),
    },
    "request": {
        "extension": QT_TRANSLATE_NOOP("negotiation", "Extension (展期)"),
        "instalments": QT_TRANSLATE_NOOP("negotiation", "Instalments (分期)"),
        "waiver": QT_TRANSLATE_NOOP("negotiation", "Interest/penalty waiver (减免)"),
        "restructuring": QT_TRANSLATE_NOOP("negotiation", "Restructuring (债务重组)"),
        "deferral": QT_TRANSLATE_NOOP("negotiation", "Deferral (延期)"),
        "settlement": QT_TRANSLATE_NOOP("negotiation", "Settlement"),
    },
    "outcome": {
        "no_answer": QT_TRANSLATE_NOOP("negotiation", "No answer"),
        "refused": QT_TRANSLATE_NOOP("negotiation", "Refused"),
        "considering": QT_TRANSLATE_NOOP("negotiation", "Considering"),
        "offered": QT_TRANSLATE_NOOP("negotiation", "Offered"),
        "agreed": QT_TRANSLATE_NOOP("negotiation", "Agreed"),
    },
    "call_result": {
        "answered": QT_TRANSLATE_NOOP("negotiation", "Answered: we talked"),
        "not_answered": QT_TRANSLATE_NOOP("negotiation", "Not answered"),
        "hung_up": QT_TRANSLATE_NOOP("negotiation", "Hung up before anyone spoke"),
    },
    "flag": {
        "consented": QT_TRANSLATE_NOOP("negotiation", "I agreed to this time"),
        "third_party": QT_TRANSLATE_NOOP("negotiation", "Contacted family or address book"),
        "impersonation": QT_TRANSLATE_NOOP("negotiation", "Claimed to be court or police"),
        "personal_account": QT_TRANSLATE_NOOP("negotiation", "Asked to pay a personal account"),
        "threat": QT_TRANSLATE_NOOP("negotiation", "Threats or insults"),
    },
    "by": {
        "me": QT_TRANSLATE_NOOP("negotiation", "Me"),
        "lender": QT_TRANSLATE_NOOP("negotiation", "Lender"),
    },
    "promise": {
        "pay": QT_TRANSLATE_NOOP("negotiation", "Pay"),
        "reply": QT_TRANSLATE_NOOP("negotiation", "Reply"),
        "stop_penalty": QT_TRANSLATE_NOOP("negotiation", "Stop penalty interest"),
        "send_agreement": QT_TRANSLATE_NOOP("negotiation", "Send the agreement"),
        "other": QT_TRANSLATE_NOOP("negotiation", "Other"),
    },
    "status": {
        "pending": QT_TRANSLATE_NOOP("negotiation", "Pending"),
        "kept": QT_TRANSLATE_NOOP("negotiation", "Kept"),
        "broken": QT_TRANSLATE_NOOP("negotiation", "Broken"),
    },
    "agreement": {
        "instalments": QT_TRANSLATE_NOOP("negotiation", "Instalments"),
        "extension": QT_TRANSLATE_NOOP("negotiation", "Extension"),
        "deferral": QT_TRANSLATE_NOOP("negotiation", "Deferral"),
        "settlement": QT_TRANSLATE_NOOP("negotiation", "Settlement"),
    },
    "incident": {
        "quiet_hours": QT_TRANSLATE_NOOP("negotiation", "Contact at night (22:00–08:00)"),
        "conversations": QT_TRANSLATE_NOOP("negotiation", "Too many conversations in a day"),
        "unanswered_calls": QT_TRANSLATE_NOOP("negotiation", "Too many unanswered calls in a day"),
        "third_party": QT_TRANSLATE_NOOP("negotiation", "Contacted family or address book"),
        "impersonation": QT_TRANSLATE_NOOP("negotiation", "Impersonated court or police"),
        "personal_account": QT_TRANSLATE_NOOP(
            "negotiation", "Demanded payment to a personal account"
        ),
        "threat": QT_TRANSLATE_NOOP("negotiation", "Threats or insults"),
        "other": QT_TRANSLATE_NOOP("negotiation", "Other abuse"),
        "agreement_missed": QT_TRANSLATE_NOOP("negotiation", "Agreement instalment missed"),
    },
    "debt_status": {
        "current": QT_TRANSLATE_NOOP("negotiation", "Current"),
        "overdue": QT_TRANSLATE_NOOP("negotiation", "Overdue"),
        "negotiating": QT_TRANSLATE_NOOP("negotiation", "Negotiating"),
        "restructured": QT_TRANSLATE_NOOP("negotiation", "Restructured"),
        "settled": QT_TRANSLATE_NOOP("negotiation", "Settled"),
        "written_off": QT_TRANSLATE_NOOP("negotiation", "Written off"),
        "litigation": QT_TRANSLATE_NOOP("negotiation", "In litigation"),
    },
    "kind": {
        "contact": QT_TRANSLATE_NOOP("negotiation", "Contact"),
        "promise": QT_TRANSLATE_NOOP("negotiation", "Promise"),
        "agreement": QT_TRANSLATE_NOOP("negotiation", "Agreement"),
        "incident": QT_TRANSLATE_NOOP("negotiation", "Incident"),
        "breach": QT_TRANSLATE_NOOP("negotiation", "Rule breach"),
        "payment": QT_TRANSLATE_NOOP("negotiation", "Payment"),
        "note": QT_TRANSLATE_NOOP("negotiation", "Reflection"),
        "evidence": QT_TRANSLATE_NOOP("negotiation", "Evidence"),
    },
    "problem": {
        "missing": QT_TRANSLATE_NOOP("negotiation", "missing"),
        "altered": QT_TRANSLATE_NOOP("negotiation", "altered"),
        "unreadable": QT_TRANSLATE_NOOP("negotiation", "unreadable"),
        "ok": QT_TRANSLATE_NOOP("negotiation", "intact"),
    },
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def label(group: str, code: str) -> str:
    """The translated word for ``code`` in ``group``; the code itself when unknown."""
    text = _LABELS.get(group, {}).get(code)
    return tr(text) if text else code


def labels(group: str) -> list[tuple[str, str]]:
    """``(code, translated label)`` for every code of ``group``, in order."""
    return [(code, tr(text)) for code, text in _LABELS[group].items()]


def joined(group: str, codes: str) -> str:
    """Comma-separated codes as a list of words."""
    return ", ".join(label(group, c) for c in codes.split(",") if c)
