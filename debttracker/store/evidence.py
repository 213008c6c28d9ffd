"""Evidence files: copied into ``<data dir>/evidence``, never altered, kept read-only (0400)
with their SHA-256 and the time they were added; an integrity check finds any file that is
missing or no longer matches its hash.

Taking an attachment back (undo) moves the file into ``evidence/.trash`` instead of deleting
it, so redo can put the very same file back; nothing the user attached is ever destroyed.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import event
from sqlmodel import Session, col, select

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store.negotiation import LINK_COLUMN, Capture, dump_row, require
from debttracker.store.negotiation_tables import Evidence, EvidenceLink
from debttracker.store.safe_names import is_file_name

CTX = "evidence"
CHUNK = 1 << 20
MAX_BYTES = 2 << 30  # 2 GiB: a recording or a scan, not a disk image
TRASH = ".trash"
_SAFE = re.compile(r"[^0-9A-Za-z._-]+")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _read_only(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o400)


def _error(text: str, *args: object) -> DomainError:
    return DomainError(msg(CTX, text, *args), field="file")


def _stored_name(sha: str, source: Path, added: datetime) -> str:
    suffix = _SAFE.sub("", source.suffix.lower())[:12]
    return f"{added:%Y%m%d-%H%M%S}-{sha[:16]}{suffix}"


def _copy(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` (via a temporary name); the copy's SHA-256."""
    temp = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, temp.open("xb") as dst:
            while block := src.read(CHUNK):
                digest.update(block)
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    _read_only(target)
    return digest.hexdigest()


def _on_rollback(session: Session, path: Path) -> None:
    """Remove a freshly copied file if the action that copied it does not land."""

    def discard(_session: Session) -> None:
        if path.exists():
            os.chmod(path, 0o600)
            path.unlink()

    event.listen(session, "after_rollback", discard, once=True)


@dataclass(frozen=True, slots=True)
class Attached:
    evidence_id: int
    link_id: int
    created: bool  # False when the same file (same SHA-256) was already stored


def attach(
    session: Session,
    data_dir: Path,
    source: Path,
    target_kind: str,
    target_id: int,
    *,
    description: str = "",
    now: datetime,
) -> Attached:
    """Copy ``source`` into the evidence store and attach it to a record."""
    if target_kind not in LINK_COLUMN:
        raise ValueError(target_kind)
    from debttracker.store.negotiation import TABLES

    require(session, TABLES[target_kind], target_id, target_kind)
    if not source.is_file():
        raise _error(
            QT_TRANSLATE_NOOP("evidence", "%1 is not a file that can be read."), source.name
        )
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise _error(
            QT_TRANSLATE_NOOP("evidence", "%1 is too large to keep as evidence."), source.name
        )
    sha = sha256_of(source)
    row = session.exec(select(Evidence).where(Evidence.sha256 == sha)).first()
    created = row is None
    if row is None:
        added = now.astimezone(UTC)
        name = _stored_name(sha, source, added)
        target = paths.evidence_dir(data_dir) / name
        copied = _copy(source, target)
        _on_rollback(session, target)
        if copied != sha:
            raise _error(
                QT_TRANSLATE_NOOP("evidence", "%1 changed while it was copied."), source.name
            )
        row = Evidence(
            stored_name=name,
            original_name=source.name,
            sha256=sha,
            size=size,
            description=description.strip(),
            added_at=added,
        )
        session.add(row)
        session.flush()
    assert row.id is not None
    column = LINK_COLUMN[target_kind]
    existing = session.exec(
        select(EvidenceLink).where(
            EvidenceLink.evidence_id == row.id, getattr(EvidenceLink, column) == target_id
        )
    ).first()
    if existing is not None:
        raise _error(QT_TRANSLATE_NOOP("evidence", "%1 is already attached here."), source.name)
    link = EvidenceLink(evidence_id=row.id, **{column: target_id})
    session.add(link)
    session.flush()
    assert link.id is not None
    return Attached(row.id, link.id, created)


def detach(session: Session, data_dir: Path, link_id: int) -> Capture:
    """Take an attachment back; an evidence file left without links goes to the trash."""
    link: EvidenceLink = require(session, EvidenceLink, link_id, "attachment")
    evidence: Evidence = require(session, Evidence, link.evidence_id, "evidence")
    snap = Capture("evidence_link", link_id, [dump_row("evidence", evidence)])
    snap.rows.append(dump_row("evidence_link", link))
    session.delete(link)
    session.flush()
    others = session.exec(
        select(EvidenceLink).where(EvidenceLink.evidence_id == evidence.id)
    ).first()
    if others is None:
        session.delete(evidence)
        session.flush()
        _move(data_dir, evidence.stored_name, to_trash=True)
    return snap


def undetach(session: Session, data_dir: Path, snap: Capture) -> None:
    """Redo an attachment taken back by :func:`detach`."""
    from debttracker.store.negotiation import restore

    name = snap.rows[0][1]["stored_name"]
    if not (paths.evidence_dir(data_dir) / name).exists():
        _move(data_dir, name, to_trash=False)
    restore(session, snap)


def _move(data_dir: Path, name: str, *, to_trash: bool) -> None:
    if not is_file_name(name):
        return
    base = paths.evidence_dir(data_dir)
    trash = paths.ensure_private_dir(base / TRASH)
    source, target = (base / name, trash / name) if to_trash else (trash / name, base / name)
    if source.exists():
        shutil.move(source, target)


#: what :func:`path_of` answers for a name that is not one plain file name: an entry the app
#: never creates, so every caller sees a missing file instead of one outside the folder
UNSAFE = ".unsafe-name"


def path_of(data_dir: Path, evidence: Evidence) -> Path:
    """The stored file of ``evidence``; never outside the evidence folder (see ``UNSAFE``)."""
    name = evidence.stored_name if is_file_name(evidence.stored_name) else UNSAFE
    return paths.evidence_dir(data_dir) / name


def evidence_list(session: Session) -> list[tuple[Evidence, list[EvidenceLink]]]:
    """Every evidence file with its links, newest first."""
    rows = session.exec(select(Evidence).order_by(col(Evidence.added_at).desc())).all()
    links: dict[int, list[EvidenceLink]] = {}
    for link in session.exec(select(EvidenceLink)):
        links.setdefault(link.evidence_id, []).append(link)
    return [(row, links.get(row.id or 0, [])) for row in rows]


def links_of(session: Session, target_kind: str, target_id: int) -> list[Evidence]:
    column = getattr(EvidenceLink, LINK_COLUMN[target_kind])
    query = (
        select(Evidence)
        .join(EvidenceLink, col(EvidenceLink.evidence_id) == col(Evidence.id))
        .where(column == target_id)
    )
    return list(session.exec(query).all())


@dataclass(frozen=True, slots=True)
class Problem:
    """An evidence file that is missing or no longer matches its SHA-256."""

    evidence_id: int
    stored_name: str
    original_name: str
    problem: str  # missing, altered, unreadable
    expected: str
    actual: str = ""


def check_integrity(session: Session, data_dir: Path) -> list[Problem]:
    """Hash every stored evidence file; report each one that differs or is gone."""
    problems = []
    for row in session.exec(select(Evidence).order_by(col(Evidence.id))):
        path = path_of(data_dir, row)
        common = (row.id or 0, row.stored_name, row.original_name)
        if not path.is_file():
            problems.append(Problem(*common, "missing", row.sha256))
            continue
        try:
            actual = sha256_of(path)
        except OSError:
            problems.append(Problem(*common, "unreadable", row.sha256))
            continue
        if actual != row.sha256:
            problems.append(Problem(*common, "altered", row.sha256, actual))
    return problems
