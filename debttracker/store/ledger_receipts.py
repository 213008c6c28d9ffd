"""Payment receipts kept in the evidence store: copied into ``<data dir>/evidence`` read-only
(0400) with their SHA-256, the same way and in the same table as the negotiation log's
evidence, so the integrity check and backups cover them too.

:func:`store.evidence.attach` links a file to a negotiation record only, so receipts use its
building blocks (copy via a temporary name, fsync, 0400, removal if the action rolls back) and
keep the evidence id and hash on the payment.  The same file twice is stored once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store import evidence
from debttracker.store.negotiation_tables import Evidence

CTX = "ledger"


@dataclass(frozen=True, slots=True)
class StoredReceipt:
    evidence_id: int
    sha256: str
    name: str  # the file's original name


def data_dir_of(s: Session) -> Path:
    """The data directory of the session's database (``<data dir>/debttracker.sqlite3``)."""
    bind = s.get_bind()
    database = bind.engine.url.database
    assert database
    return Path(database).parent


def _refuse(text: str, name: str) -> DomainError:
    return DomainError(msg(CTX, text, name), field="receipt")


def store_receipt(s: Session, source: Path, now: datetime | None = None) -> StoredReceipt:
    """Copy ``source`` into the evidence store (or find the same file already there)."""
    if not source.is_file():
        raise _refuse(
            QT_TRANSLATE_NOOP("ledger", "%1 is not a file that can be read."), source.name
        )
    size = source.stat().st_size
    if size > evidence.MAX_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("ledger", "%1 is too large to keep."), source.name)
    sha = evidence.sha256_of(source)
    row = s.exec(select(Evidence).where(Evidence.sha256 == sha)).first()
    if row is None:
        added = (now or datetime.now(UTC)).astimezone(UTC)
        name = evidence._stored_name(sha, source, added)  # same naming as all evidence
        target = paths.evidence_dir(data_dir_of(s)) / name
        copied = evidence._copy(source, target)
        evidence._on_rollback(s, target)
        if copied != sha:
            raise _refuse(
                QT_TRANSLATE_NOOP("ledger", "%1 changed while it was copied."), source.name
            )
        row = Evidence(
            stored_name=name, original_name=source.name, sha256=sha, size=size,
            description="receipt", added_at=added,
        )  # fmt: skip
        s.add(row)
        s.flush()
    assert row.id is not None
    return StoredReceipt(row.id, sha, source.name)


def receipt_file(s: Session, evidence_id: int | None) -> Path | None:
    """Where a receipt's stored copy is, or None when there is none (or it is gone)."""
    if evidence_id is None:
        return None
    row = s.get(Evidence, evidence_id)
    if row is None:
        return None
    path = evidence.path_of(data_dir_of(s), row)
    return path if path.is_file() else None
