"""Names and hashes that come from data (an import, a backup manifest) are never trusted.

An evidence row's ``stored_name`` or a manifest's ``sha256`` ends up in a file path or a ZIP
entry name; a hostile file could make them ``../../secret.txt``, ``/etc/passwd`` or ``C:x``
and read or write outside the data directory (zip-slip).  Every such value goes through
:func:`is_file_name` / :func:`is_sha256` when it is read, and the ZIP writers pass their entry
names through :func:`zip_entry_name` as a second line of defence.
"""

from __future__ import annotations

import re
from typing import TypeGuard

_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
#: longest name most file systems accept (bytes of UTF-8)
MAX_NAME_BYTES = 255
_FORBIDDEN = frozenset("/\\\x00:")


def is_sha256(value: object) -> TypeGuard[str]:
    """A SHA-256 digest as 64 lower-case hex digits, nothing else."""
    return isinstance(value, str) and _SHA256.fullmatch(value) is not None


def is_file_name(value: object) -> TypeGuard[str]:
    """One plain file name: no separator, drive letter, NUL, control character, ``.``/``..``."""
    if not isinstance(value, str) or value in ("", ".", ".."):
        return False
    if any(ch in _FORBIDDEN or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return False
    if value != value.strip() or value.endswith("."):  # Windows drops them: a different file
        return False
    try:
        return len(value.encode("utf-8")) <= MAX_NAME_BYTES
    except UnicodeEncodeError:  # a lone surrogate
        return False


def is_relative_path(value: object) -> TypeGuard[str]:
    """``a/b`` made of :func:`is_file_name` parts (``/`` as separator), never absolute."""
    if not isinstance(value, str) or not value or value.startswith("/"):
        return False
    return all(is_file_name(part) for part in value.split("/"))


def zip_entry_name(folder: str, name: str) -> str:
    """``folder/name`` with ``name`` made one safe file name (``:`` of a drive letter too)."""
    cleaned = "".join("_" if ch in _FORBIDDEN or ord(ch) < 0x20 else ch for ch in name)
    cleaned = cleaned.strip().strip(".")
    if not is_file_name(cleaned):
        cleaned = "_"
    return f"{folder}/{cleaned}" if folder else cleaned
