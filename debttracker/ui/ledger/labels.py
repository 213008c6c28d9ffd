"""Translated names for the ledger's stored codes (statuses, kinds, methods)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_labels() -> dict[str, str]:
    return {
        "current": QCoreApplication.translate("ledger", "Current"),
        "overdue": QCoreApplication.translate("ledger", "Overdue"),
        "negotiating": QCoreApplication.translate("ledger", "Negotiating"),
        "restructured": QCoreApplication.translate("ledger", "Restructured"),
        "settled": QCoreApplication.translate("ledger", "Settled"),
        "written_off": QCoreApplication.translate("ledger", "Written off"),
        "litigation": QCoreApplication.translate("ledger", "In litigation"),
    }


def lender_kind_labels() -> dict[str, str]:
    return {
        "bank": QCoreApplication.translate("ledger", "Bank"),
        "card_issuer": QCoreApplication.translate("ledger", "Credit-card issuer"),
        "consumer_finance": QCoreApplication.translate("ledger", "Consumer-finance company"),
        "microcredit": QCoreApplication.translate("ledger", "Microcredit company"),
        "online_platform": QCoreApplication.translate("ledger", "Online platform"),
        "person": QCoreApplication.translate("ledger", "Person (family, friend)"),
    }


def debt_kind_labels() -> dict[str, str]:
    return {
        "loan": QCoreApplication.translate("ledger", "Loan"),
        "card": QCoreApplication.translate("ledger", "Credit card"),
        "card_instalment": QCoreApplication.translate("ledger", "Card bill instalments (账单分期)"),
        "personal": QCoreApplication.translate("ledger", "Personal loan"),
    }


def method_labels() -> dict[str, str]:
    return {
        "annuity": QCoreApplication.translate("ledger", "Equal instalments (等额本息)"),
        "equal-principal": QCoreApplication.translate("ledger", "Equal principal (等额本金)"),
        "interest-only": QCoreApplication.translate("ledger", "Interest first (先息后本)"),
        "bullet": QCoreApplication.translate("ledger", "All at the end (一次性还本付息)"),
    }


def basis_labels() -> dict[str, str]:
    return {
        "annual": QCoreApplication.translate("ledger", "per year"),
        "monthly": QCoreApplication.translate("ledger", "per month"),
        "daily": QCoreApplication.translate("ledger", "per day"),
    }


def state_labels() -> dict[str, str]:
    """Instalment states in the schedule."""
    return {
        "paid": QCoreApplication.translate("ledger", "Paid"),
        "partly": QCoreApplication.translate("ledger", "Partly paid"),
        "overdue": QCoreApplication.translate("ledger", "Overdue"),
        "due": QCoreApplication.translate("ledger", "Due"),
        "upcoming": QCoreApplication.translate("ledger", "Upcoming"),
    }


def prepay_mode_labels() -> dict[str, str]:
    """What paying ahead does to the rest of the schedule."""
    return {
        "keep-term": QCoreApplication.translate(
            "ledger", "Same end date, lower payments (月供减少)"
        ),
        "keep-payment": QCoreApplication.translate(
            "ledger", "Same payment, fewer months (期限缩短)"
        ),
    }
