"""Reading an export back: the ZIP archive (document + evidence files) or a plain JSON file.

Nothing in the file is trusted.  Evidence is read only under names the document's
``evidence`` rows give, each checked to be one plain file name (never an entry name taken
from the archive, so a ``../x`` entry can never be written), and every file's bytes must
match the SHA-256 and size of the archive's manifest.  The order keeps "all or nothing":

1. the document is checked whole (``exchange.validate_export``);
2. every evidence file is unpacked to a temporary name in the evidence folder and checked;
3. the files take their names (a different file already there is kept aside, never lost);
4. the rows are written in one transaction; if that fails, step 3 is undone.

A refusal at any step leaves the data directory as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from debttracker import paths
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, msg
from debttracker.store.atomic import fsync_dir, move_no_clobber
from debttracker.store.db import Database
from debttracker.store.exchange import (
    ImportResult,
    import_data,
    parse_export,
    refuse_if_not_empty,
    validate_export,
)
from debttracker.store.exchange_export import (
    CHUNK,
    DOCUMENT,
    EVIDENCE,
    MANIFEST,
    MANIFEST_FORMAT,
)
from debttracker.store.safe_names import is_file_name, is_sha256

MAX_FILE = 2 << 30  # as store.evidence.MAX_BYTES
_BROKEN = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError)


def _error(text: str, *args: object) -> DomainError:
    return DomainError(msg("exchange", text, *args), field="file")


@dataclass
class Bundle:
    """A parsed export: the document, and for an archive where its evidence files are."""

    doc: dict[str, Any]
    archive: Path | None = None
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # name -> (sha256, size)
    missing: set[str] = field(default_factory=set)


def _damaged(path: Path) -> DomainError:
    return _error(QT_TRANSLATE_NOOP("exchange", "The archive %1 is damaged."), path.name)


def _manifest(raw: bytes) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """Each listed file's (sha256, size), and the names listed missing; refuses bad names."""
    bad = QT_TRANSLATE_NOOP("exchange", "The archive's list of evidence files is not valid.")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _error(bad) from None
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
        raise _error(bad)
    files, missing = doc.get("files"), doc.get("missing", [])
    if not isinstance(files, list) or not isinstance(missing, list):
        raise _error(bad)
    listed: dict[str, tuple[str, int]] = {}
    for entry in files:
        if not isinstance(entry, dict):
            raise _error(bad)
        name, sha, size = entry.get("name"), entry.get("sha256"), entry.get("size")
        if not is_file_name(name) or not is_sha256(sha):
            raise _error(
                QT_TRANSLATE_NOOP("exchange", "The archive lists an unsafe file name: %1"),
                str(name)[:100],
            )
        if type(size) is not int or not 0 <= size <= MAX_FILE or name in listed:
            raise _error(bad)
        listed[name] = (sha, size)
    if not all(isinstance(n, str) for n in missing):
        raise _error(bad)
    return listed, set(missing)


def read_bundle(path: Path) -> Bundle:
    """Read an archive (``.zip``) or a plain JSON export; a clear refusal for anything else."""
    try:
        if not zipfile.is_zipfile(path):
            return Bundle(parse_export(path.read_bytes()))
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if DOCUMENT not in names or MANIFEST not in names:
                raise _error(
                    QT_TRANSLATE_NOOP("exchange", "This archive is not a debttracker export.")
                )
            doc = parse_export(archive.read(DOCUMENT))
            files, missing = _manifest(archive.read(MANIFEST))
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("exchange", "Cannot read %1."), path.name) from exc
    except (*_BROKEN, RuntimeError) as exc:  # RuntimeError: an encrypted entry
        raise _damaged(path) from exc
    if doc.get("version") == 1:
        raise _error(QT_TRANSLATE_NOOP("exchange", "This archive is not a debttracker export."))
    return Bundle(doc, path, files, missing)


def _needed(bundle: Bundle, plan: Mapping[str, list[dict[str, Any]]]) -> dict[str, str]:
    """The evidence files the rows name (name -> sha256 of the archived bytes)."""
    needed: dict[str, str] = {}
    for row in plan.get(EVIDENCE, []):
        name = row["stored_name"]
        if name in bundle.files:
            needed[name] = bundle.files[name][0]
        elif name not in bundle.missing:
            raise _error(
                QT_TRANSLATE_NOOP("exchange", "The evidence file %1 is not in the archive."), name
            )
    return needed


def _unpack(archive: zipfile.ZipFile, name: str, expected: tuple[str, int], temp: Path) -> None:
    digest, size = hashlib.sha256(), 0
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with archive.open(f"{EVIDENCE}/{name}") as src, os.fdopen(fd, "wb") as dst:
        while block := src.read(CHUNK):
            size += len(block)
            if size > expected[1]:
                break
            digest.update(block)
            dst.write(block)
        dst.flush()
        os.fsync(dst.fileno())
    if (digest.hexdigest(), size) != expected:
        raise _error(
            QT_TRANSLATE_NOOP("exchange", "The evidence file %1 does not match its SHA-256."), name
        )


@dataclass
class _Placed:
    target: Path
    aside: Path | None  # a different file that had the name, kept aside


def _keep_aside(target: Path) -> Path:
    for n in range(1, 10_000):
        aside = target.with_name(f"{target.name}.before-import-{n}")
        try:
            move_no_clobber(target, aside)
            return aside
        except FileExistsError:
            continue
    raise FileExistsError(target)


def _place(bundle: Bundle, needed: dict[str, str], folder: Path) -> list[_Placed]:
    """Steps 2 and 3 of the module docstring; the files placed, to undo on failure."""
    temps: dict[str, Path] = {}
    placed: list[_Placed] = []
    assert bundle.archive is not None
    try:
        with zipfile.ZipFile(bundle.archive) as archive:
            for name in needed:
                temps[name] = folder / f".{name}.{os.getpid()}.importing"
                _unpack(archive, name, bundle.files[name], temps[name])
        for name, temp in temps.items():
            target = folder / name
            if target.is_file() and _sha256(target) == needed[name]:
                continue  # the very same file is already there
            aside = _keep_aside(target) if target.exists() or target.is_symlink() else None
            os.replace(temp, target)
            if os.name == "posix":
                os.chmod(target, 0o400)
            placed.append(_Placed(target, aside))
        fsync_dir(folder)
    except (*_BROKEN, RuntimeError, KeyError) as exc:
        _undo(placed)
        raise _damaged(bundle.archive) from exc
    except BaseException:
        _undo(placed)
        raise
    finally:
        for temp in temps.values():
            temp.unlink(missing_ok=True)
    return placed


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _undo(placed: list[_Placed]) -> None:
    for item in reversed(placed):
        if os.name == "posix":
            os.chmod(item.target, 0o600)
        item.target.unlink(missing_ok=True)
        if item.aside is not None:
            os.replace(item.aside, item.target)


def import_bundle(
    db: Database, bundle: Bundle, *, replace: bool = False, backup: bool = True
) -> ImportResult:
    """Import a bundle all or nothing (module docstring); files first, then the rows."""
    plan = validate_export(db, bundle.doc)
    refuse_if_not_empty(db, replace)
    placed: list[_Placed] = []
    if bundle.archive is not None:
        needed = _needed(bundle, plan)
        if needed:
            placed = _place(bundle, needed, paths.evidence_dir(db.path.parent))
    try:
        return import_data(db, bundle.doc, replace=replace, backup=backup, plan=plan)
    except BaseException:
        _undo(placed)
        raise


def import_file(
    db: Database, source: Path, *, replace: bool = False, backup: bool = True
) -> ImportResult:
    """Read ``source`` (archive or JSON) and import it; see :func:`import_bundle`."""
    return import_bundle(db, read_bundle(source), replace=replace, backup=backup)
