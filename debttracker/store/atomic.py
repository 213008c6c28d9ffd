"""Writing files so that a crash leaves the old file or the new one, never half of either.

Every file is written to a temporary name in the same folder, flushed to disk (``fsync``),
made private (0600 on POSIX) and moved over the target with ``os.replace``; then the folder
itself is synced so the rename survives a power cut.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from debttracker import paths

_CHUNK = 1 << 20


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def temp_name(target: Path, tag: str = "tmp") -> Path:
    """A hidden temporary name beside ``target`` (same folder, so ``os.replace`` is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{tag}")


def replace_into(temp: Path, target: Path) -> Path:
    """Sync ``temp``, make it private and move it over ``target`` atomically."""
    fsync_file(temp)
    paths.make_private_file(temp)
    os.replace(temp, target)
    fsync_dir(target.parent)
    return target


def write_atomic(target: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Create or replace ``target`` with what ``write`` puts into a binary file object."""
    paths.ensure_private_dir(target.parent)
    temp = temp_name(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        return replace_into(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_bytes_atomic(target: Path, data: bytes) -> Path:
    def write(out: BinaryIO) -> None:
        out.write(data)

    return write_atomic(target, write)


def copy_atomic(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` atomically; returns the SHA-256 of what was written."""
    digest = hashlib.sha256()

    def write(out: BinaryIO) -> None:
        with source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)

    write_atomic(target, write)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def move_no_clobber(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target``, refusing (``FileExistsError``) to overwrite anything."""
    try:
        os.link(source, target)  # fails if target exists: no window where it is overwritten
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some file systems): check, then move
        if target.exists():
            raise FileExistsError(target) from None
        shutil.move(str(source), str(target))
        return
    source.unlink()
