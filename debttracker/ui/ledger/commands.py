"""Every ledger change as a QUndoCommand: ``redo()`` applies it through the store in one
session, ``undo()`` reverses it, then the other tabs hear ``data_changed("ledger")``.

A command whose first ``redo()`` fails keeps nothing: it records the message in ``error``
and marks itself obsolete, so the stack drops it.  Re-doing restores the same ids, so rows
that refer to them stay valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlmodel import Session

from debttracker.core.debts import DebtInput, LenderInput, PaymentInput
from debttracker.core.messages import DomainError
from debttracker.store import ledger
from debttracker.ui.commands import StoreCommand
from debttracker.ui.context import AppContext


def _or_none(read: Callable[[Session, int], Any], s: Session, ident: int) -> Any:
    """``read(s, ident)``, or None when the row is gone."""
    try:
        return read(s, ident)
    except DomainError:
        return None


class LedgerCommand(StoreCommand):
    aggregates = ("ledger",)


class AddLenderCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, data: LenderInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LedgerCommand", "Add lender %1").replace("%1", data.name),
        )
        self.data = data
        self.lender_id: int | None = None

    def redo(self) -> None:
        self.lender_id = self._run(
            lambda s: ledger.add_lender(s, self.data, lender_id=self.lender_id)
        )

    def undo(self) -> None:
        assert self.lender_id is not None
        self._run(lambda s: ledger.delete_lender(s, self.lender_id))  # type: ignore[arg-type]


class EditLenderCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, lender_id: int, data: LenderInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LedgerCommand", "Edit lender %1").replace("%1", data.name),
        )
        self.lender_id, self.new, self.old = lender_id, data, None

    def redo(self) -> None:
        self.old = self._run(lambda s: ledger.update_lender(s, self.lender_id, self.new))

    def undo(self) -> None:
        self._run(lambda s: ledger.update_lender(s, self.lender_id, self.old))


class DeleteLenderCommand(LedgerCommand):
    """Refused by the store while the lender has debts; undo puts it back with its id."""

    def __init__(self, ctx: AppContext, lender_id: int, name: str) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("LedgerCommand", "Delete lender %1").replace("%1", name)
        )
        self.lender_id = lender_id
        self.old: LenderInput | None = None

    def redo(self) -> None:
        self.old = self._run(lambda s: ledger.delete_lender(s, self.lender_id))

    def undo(self) -> None:
        old = self.old
        assert old is not None
        self._run(lambda s: ledger.add_lender(s, old, lender_id=self.lender_id))


class AddDebtCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, data: DebtInput) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("LedgerCommand", "Add debt %1").replace("%1", data.name)
        )
        self.data = data
        self.debt_id: int | None = None
        self._stored: DebtInput | None = None  # the debt as written, checked before undo

    def redo(self) -> None:
        self.debt_id = self._run(self._add)

    def _add(self, s: Session) -> int:
        debt_id = ledger.add_debt(s, self.data, debt_id=self.debt_id)
        self._stored = ledger.debt_input(s, debt_id)
        return debt_id

    def undo(self) -> None:
        self._run(self._delete)

    def _delete(self, s: Session) -> None:
        assert self.debt_id is not None
        self.check_row(_or_none(ledger.debt_input, s, self.debt_id), self._stored)
        ledger.delete_debt(s, self.debt_id)


class EditDebtCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, debt_id: int, data: DebtInput) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("LedgerCommand", "Edit debt %1").replace("%1", data.name),
        )
        self.debt_id, self.new, self.old = debt_id, data, None

    def redo(self) -> None:
        self.old = self._run(lambda s: ledger.update_debt(s, self.debt_id, self.new))

    def undo(self) -> None:
        self._run(lambda s: ledger.update_debt(s, self.debt_id, self.old))


class DeleteDebtCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, debt_id: int, name: str) -> None:
        super().__init__(
            ctx, QCoreApplication.translate("LedgerCommand", "Delete debt %1").replace("%1", name)
        )
        self.debt_id = debt_id
        self.snapshot: ledger.DebtSnapshot | None = None

    def redo(self) -> None:
        self.snapshot = self._run(lambda s: ledger.delete_debt(s, self.debt_id))

    def undo(self) -> None:
        self._run(lambda s: ledger.restore_debt(s, self.snapshot))


class AddPaymentCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, debt_id: int, data: PaymentInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("LedgerCommand", "Record payment"))
        self.debt_id, self.data = debt_id, data
        self.result: ledger.PaymentResult | None = None

    def redo(self) -> None:
        self.result = self._run(self._add)

    def _add(self, s: Session) -> ledger.PaymentResult:
        pid = self.result.payment_id if self.result else None
        result = ledger.add_payment(s, self.debt_id, self.data, payment_id=pid)
        # as stored: a redo reuses the receipt's kept copy instead of copying the file again
        self.data = ledger.get_payment(s, result.payment_id).data
        return result

    def undo(self) -> None:
        self._run(self._delete)

    def _delete(self, s: Session) -> None:
        assert self.result is not None
        pid = self.result.payment_id
        stored = _or_none(ledger.get_payment, s, pid)
        self.check_row(stored, ledger.StoredPayment(pid, self.debt_id, self.data))
        ledger.delete_payment(s, pid)


class EditPaymentCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, payment_id: int, data: PaymentInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("LedgerCommand", "Edit payment"))
        self.payment_id, self.new = payment_id, data
        self.old: ledger.StoredPayment | None = None

    def redo(self) -> None:
        self.old = self._run(self._update)

    def _update(self, s: Session) -> ledger.StoredPayment:
        old = ledger.update_payment(s, self.payment_id, self.new)
        self.new = ledger.get_payment(s, self.payment_id).data  # the receipt as kept
        return old

    def undo(self) -> None:
        assert self.old is not None
        self._run(lambda s: ledger.update_payment(s, self.payment_id, self.old.data))  # type: ignore[union-attr]


class DeletePaymentCommand(LedgerCommand):
    def __init__(self, ctx: AppContext, payment_id: int) -> None:
        super().__init__(ctx, QCoreApplication.translate("LedgerCommand", "Delete payment"))
        self.payment_id = payment_id
        self.old: ledger.StoredPayment | None = None

    def redo(self) -> None:
        self.old = self._run(lambda s: ledger.delete_payment(s, self.payment_id))

    def undo(self) -> None:
        old = self.old
        assert old is not None
        self._run(lambda s: ledger.add_payment(s, old.debt_id, old.data, payment_id=old.id))


class ImportCommand(LedgerCommand):
    """Debts or payments from a CSV file, all in one transaction."""

    def __init__(
        self,
        ctx: AppContext,
        apply: Callable[[Session], list[Any]],
        count: int,
        applied: list[Any] | None = None,
    ) -> None:
        """``applied``: the undo actions of an import a worker already wrote (the first
        ``redo()`` then only announces it)."""
        super().__init__(
            ctx,
            QCoreApplication.translate("LedgerCommand", "Import %1 rows").replace("%1", str(count)),
        )
        self._apply = apply
        self.undo_actions: list[Any] = []
        self._applied = applied

    def redo(self) -> None:
        if self._applied is not None:
            self.undo_actions, self._applied = self._applied, None
            self._done_once = True
            self.ctx.events.data_changed.emit("ledger")
            return
        self.undo_actions = self._run(self._apply) or []

    def undo(self) -> None:
        def revert(s: Session) -> None:
            for action in reversed(self.undo_actions):
                action(s)

        self._run(revert)
