"""Every filesystem location the app uses.

The data directory comes from platformdirs (``user_data_dir``) and can be overridden by
``--data-dir DIR`` (both commands) or the ``DEBTTRACKER_DATA_DIR`` environment variable.
On POSIX the directory is created 0700 and the database file is kept 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

from debttracker import APP_NAME

ENV_VAR = "DEBTTRACKER_DATA_DIR"
DB_NAME = "debttracker.sqlite3"
_override: Path | None = None

PACKAGE_DIR = Path(__file__).resolve().parent


def set_data_dir_override(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` as the data directory for this process (``--data-dir``)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    """The data directory: --data-dir, else $DEBTTRACKER_DATA_DIR, else the per-user default."""
    if _override is not None:
        path = _override
    elif os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR]).expanduser().resolve()
    else:
        from platformdirs import user_data_dir  # not needed with --data-dir (start-up budget)

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        ensure_private_dir(path)
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the user alone on POSIX.

    A folder that already exists is left exactly as it is: the app never changes the mode of
    a folder it did not create (a shared 1777 folder stays 1777), and an existing read-only
    data directory can still be read."""
    if path.is_dir():
        return path
    missing = [path, *(p for p in path.parents if not p.exists())]
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for created in missing:
            if created.is_dir():
                os.chmod(created, 0o700)
    return path


def make_private_file(path: Path) -> None:
    """Restrict an existing file to the user alone (0600) on POSIX."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def write_private_file(path: Path, data: bytes) -> Path:
    """Write a *new* file ``path`` readable by the user alone (0600 from its creation, never
    world-readable for a moment); an existing file is replaced.  The folder is left as is."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    make_private_file(path)
    return path


def database_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / DB_NAME


def backups_dir(base: Path | None = None) -> Path:
    return ensure_private_dir((base or data_dir()) / "backups")


def evidence_dir(base: Path | None = None) -> Path:
    return ensure_private_dir((base or data_dir()) / "evidence")


def logs_dir(base: Path | None = None) -> Path:
    return ensure_private_dir((base or data_dir()) / "logs")


def resources_dir() -> Path:
    """Installed wheels carry ``debttracker/resources``; a source checkout has ``resources/``."""
    installed = PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "resources"


def migrations_dir() -> Path:
    return PACKAGE_DIR / "store" / "migrations"
