"""Every negotiation edit as a QUndoCommand on ``ctx.undo_stack``.

``redo()`` applies the change through the store in one session; ``undo()`` reverses it
exactly (the store's captures put back the very same rows, ids included); then the tabs hear
``data_changed("negotiation")`` (and ``"ledger"`` for agreements, which rewrite a debt's
schedule).  A command whose first ``redo()`` fails keeps nothing: its message is in ``error``
and it marks itself obsolete so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session

from debttracker.core.messages import DomainError
from debttracker.store import evidence as ev
from debttracker.store import negotiation as repo
from debttracker.store import negotiation_agreements as agr
from debttracker.ui.commands import StoreCommand
from debttracker.ui.context import AppContext


class NegotiationCommand(StoreCommand):
    aggregates: tuple[str, ...] = ("negotiation",)

    @staticmethod
    def captured(s: Session, kind: str, ident: int | None) -> repo.Capture | None:
        """The record as stored now, None when it is gone."""
        try:
            return repo.capture(s, kind, ident)  # type: ignore[arg-type]
        except DomainError:
            return None

    def put_back(self, s: Session, snap: repo.Capture) -> None:
        """Restore ``snap`` -- unless its id was taken meanwhile (restore would overwrite)."""
        self.check_row(self.captured(s, snap.kind, snap.ident), None)
        repo.restore(s, snap)


class AddRecordCommand(NegotiationCommand):
    """Add a contact, promise, incident or note (``add`` returns the new id)."""

    def __init__(
        self, ctx: AppContext, text: str, kind: str, add: Callable[[Session], int]
    ) -> None:
        super().__init__(ctx, text)
        self.kind, self._add = kind, add
        self.ident: int | None = None
        self._snap: repo.Capture | None = None
        self._stored: repo.Capture | None = None  # as written, checked before undo

    def redo(self) -> None:
        if self._snap is None:
            self.ident = self._run(self._first)
        else:
            self._run(self._again)

    def _first(self, s: Session) -> int:
        ident = self._add(s)
        self._stored = repo.capture(s, self.kind, ident)
        return ident

    def _again(self, s: Session) -> None:
        assert self._snap is not None
        self.put_back(s, self._snap)
        self._stored = repo.capture(s, self.kind, self._snap.ident)

    def undo(self) -> None:
        self._snap = self._run(self._remove)

    def _remove(self, s: Session) -> repo.Capture:
        self.check_row(self.captured(s, self.kind, self.ident), self._stored)
        return repo.remove(s, self.kind, self.ident)  # type: ignore[arg-type]


class EditRecordCommand(NegotiationCommand):
    """Change a record in place (``apply`` writes the new values)."""

    def __init__(
        self, ctx: AppContext, text: str, kind: str, ident: int, apply: Callable[[Session], None]
    ) -> None:
        super().__init__(ctx, text)
        self.kind, self.ident, self._apply = kind, ident, apply
        self._before: repo.Capture | None = None
        self._after: repo.Capture | None = None

    def _first(self, s: Session) -> None:
        self._before = repo.capture(s, self.kind, self.ident)
        self._apply(s)

    def redo(self) -> None:
        if self._after is None:
            self._run(self._first)
        else:
            self._run(lambda s: repo.restore(s, self._after))  # type: ignore[arg-type]

    def undo(self) -> None:
        def back(s: Session) -> None:
            self._after = repo.capture(s, self.kind, self.ident)
            repo.restore(s, self._before)  # type: ignore[arg-type]

        self._run(back)


class RemoveRecordCommand(NegotiationCommand):
    def __init__(self, ctx: AppContext, text: str, kind: str, ident: int) -> None:
        super().__init__(ctx, text)
        self.kind, self.ident = kind, ident
        self._snap: repo.Capture | None = None

    def redo(self) -> None:
        self._snap = self._run(lambda s: repo.remove(s, self.kind, self.ident))

    def undo(self) -> None:
        self._run(lambda s: self.put_back(s, self._snap))  # type: ignore[arg-type]


class AgreementCommand(NegotiationCommand):
    """Record an agreement: the debt's new terms (the ledger hears about it too)."""

    aggregates = ("negotiation", "ledger")

    def __init__(self, ctx: AppContext, text: str, record: Callable[[Session], int]) -> None:
        super().__init__(ctx, text)
        self._record = record
        self.ident: int | None = None
        self._snap: repo.Capture | None = None

    def redo(self) -> None:
        if self._snap is None:
            self.ident = self._run(self._record)
        else:
            self._run(lambda s: agr.restore_agreement(s, self._snap))  # type: ignore[arg-type]

    def undo(self) -> None:
        self._snap = self._run(lambda s: agr.remove_agreement(s, self.ident))  # type: ignore[arg-type]


class AttachEvidenceCommand(NegotiationCommand):
    """Copy a file into the evidence store and attach it to a record."""

    def __init__(
        self, ctx: AppContext, text: str, source: Path, target_kind: str, target_id: int
    ) -> None:
        super().__init__(ctx, text)
        self.source, self.target_kind, self.target_id = source, target_kind, target_id
        self.attached: ev.Attached | None = None
        self._snap: repo.Capture | None = None

    def redo(self) -> None:
        if self.attached is None:
            self.attached = self._run(
                lambda s: ev.attach(
                    s, self.ctx.data_dir, self.source, self.target_kind, self.target_id,
                    now=self.ctx.now(),
                )
            )  # fmt: skip
        else:
            self._run(lambda s: ev.undetach(s, self.ctx.data_dir, self._snap))  # type: ignore[arg-type]

    def undo(self) -> None:
        assert self.attached is not None
        link = self.attached.link_id
        self._snap = self._run(lambda s: ev.detach(s, self.ctx.data_dir, link))


class DetachEvidenceCommand(NegotiationCommand):
    def __init__(self, ctx: AppContext, text: str, link_id: int) -> None:
        super().__init__(ctx, text)
        self.link_id = link_id
        self._snap: repo.Capture | None = None

    def redo(self) -> None:
        self._snap = self._run(lambda s: ev.detach(s, self.ctx.data_dir, self.link_id))

    def undo(self) -> None:
        self._run(lambda s: ev.undetach(s, self.ctx.data_dir, self._snap))  # type: ignore[arg-type]
