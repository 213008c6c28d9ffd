"""Evidence files in backups: one copy per distinct content, referenced by SHA-256.

Photos and recordings can be large, and a daily backup must not copy them every day.  Each
backup therefore carries a *manifest* (``<backup>.evidence.json``) that lists every file of the
``evidence/`` folder with its SHA-256 and size, and the content itself is kept once in
``backups/evidence/<first two hex>/<sha256>`` (a real copy, independent of the live file).
Restoring puts back every listed file that is missing or differs; it never deletes one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store.atomic import copy_atomic, move_no_clobber, sha256_of, write_bytes_atomic
from debttracker.store.safe_names import is_relative_path, is_sha256

MANIFEST_FORMAT = "debttracker-evidence-manifest"
MANIFEST_SUFFIX = ".evidence.json"
BLOB_DIR = "evidence"
#: evidence files are kept read-only by the user alone (as ``store.evidence`` stores them)
EVIDENCE_MODE = 0o400


@dataclass(frozen=True, slots=True)
class EvidenceEntry:
    sha256: str
    size: int
    mtime_ns: int


def private_dirs(root: Path, leaf: Path) -> None:
    """Create ``leaf`` and every folder between ``root`` and it, each 0700 (not only the last)."""
    current = paths.ensure_private_dir(root)
    for part in leaf.relative_to(root).parts:
        current = paths.ensure_private_dir(current / part)


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name.removesuffix(".sqlite3") + MANIFEST_SUFFIX)


def blob_path(folder: Path, sha256: str) -> Path:
    """Where the content ``sha256`` lives among the backups in ``folder``."""
    if not is_sha256(sha256):  # never a path from data: only a hex digest
        raise ValueError("not a SHA-256 digest")
    return folder / BLOB_DIR / sha256[:2] / sha256


def live_files(data_dir: Path) -> dict[str, Path]:
    """Every regular file under ``<data dir>/evidence`` (symbolic links are not followed)."""
    root = data_dir / "evidence"
    found: dict[str, Path] = {}
    if not root.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                continue
            found[path.relative_to(root).as_posix()] = path
    return found


def read_manifest(path: Path) -> dict[str, EvidenceEntry]:
    """The entries of a manifest; an absent manifest lists nothing."""
    if not path.exists():
        return {}
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
        entries = {
            rel: EvidenceEntry(e["sha256"], int(e["size"]), int(e.get("mtime_ns", 0)))
            for rel, e in doc["files"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(path) from exc
    for rel, entry in entries.items():  # the hash becomes a path, the name too: check both
        if not is_relative_path(rel) or not is_sha256(entry.sha256) or entry.size < 0:
            raise _damaged(path)
    return entries


def _damaged(path: Path) -> DomainError:
    return DomainError(
        msg(
            "backup",
            QT_TRANSLATE_NOOP("backup", "The list of evidence files of %1 is damaged."),
            path.name,
        )
    )


def write_manifest(path: Path, entries: dict[str, EvidenceEntry]) -> None:
    doc = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "files": {
            rel: {"sha256": e.sha256, "size": e.size, "mtime_ns": e.mtime_ns}
            for rel, e in sorted(entries.items())
        },
    }
    write_bytes_atomic(path, json.dumps(doc, indent=1).encode("utf-8"))


def snapshot(
    data_dir: Path, folder: Path, previous: dict[str, EvidenceEntry]
) -> dict[str, EvidenceEntry]:
    """Copy new evidence content into ``folder``'s blob store; the manifest entries.

    A file whose size and modification time match ``previous`` (the last manifest) and whose
    content is already stored is not read again.
    """
    entries: dict[str, EvidenceEntry] = {}
    for rel, path in live_files(data_dir).items():
        st = path.stat()
        old = previous.get(rel)
        if (
            old is not None
            and old.size == st.st_size
            and old.mtime_ns == st.st_mtime_ns
            and blob_path(folder, old.sha256).exists()
        ):
            entries[rel] = old
            continue
        digest = sha256_of(path)
        blob = blob_path(folder, digest)
        if not blob.exists():
            private_dirs(folder, blob.parent)
            copied = copy_atomic(path, blob)
            if copied != digest:  # the file changed while we copied it: store what we have
                os.replace(blob, blob_path(folder, copied))
                digest = copied
        entries[rel] = EvidenceEntry(digest, st.st_size, st.st_mtime_ns)
    return entries


def restore_files(entries: dict[str, EvidenceEntry], folder: Path, data_dir: Path) -> int:
    """Put back every listed file that is missing or differs; returns how many were written."""
    root = paths.evidence_dir(data_dir).resolve()
    written = 0
    for rel, entry in entries.items():
        if not is_relative_path(rel) or not is_sha256(entry.sha256):
            continue  # read_manifest refuses these; never a path from data
        target = (root / rel).resolve()
        if root not in target.parents:  # a hostile manifest may not escape the folder
            continue
        if target.is_file() and target.stat().st_size == entry.size:
            if sha256_of(target) == entry.sha256:
                continue
        blob = blob_path(folder, entry.sha256)
        if not blob.is_file():
            continue
        private_dirs(root, target.parent)
        if target.exists():  # a different file of the same name is kept aside, never lost
            _keep_aside(target)
        copy_atomic(blob, target)
        if os.name == "posix":
            os.chmod(target, EVIDENCE_MODE)
        written += 1
    return written


def _keep_aside(target: Path) -> None:
    for n in range(1, 10_000):
        try:
            move_no_clobber(target, target.with_name(f"{target.name}.before-restore-{n}"))
            return
        except FileExistsError:
            continue
    raise FileExistsError(target)


def referenced(manifests: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in manifests:
        try:
            found.update(e.sha256 for e in read_manifest(path).values())
        except DomainError:
            return set()  # unreadable manifest: we cannot tell, so collect nothing
    return found


def collect_garbage(folder: Path, manifests: list[Path]) -> int:
    """Delete stored content that no remaining manifest references; returns how many."""
    keep = referenced(manifests)
    if not keep and manifests:
        return 0
    removed = 0
    store = folder / BLOB_DIR
    if not store.is_dir():
        return 0
    for blob in store.glob("*/*"):
        if blob.is_file() and blob.name not in keep:
            blob.unlink()
            removed += 1
    return removed
