"""``backup``, ``backups``, ``restore``, ``export``, ``import`` and ``check``: keeping data safe.

Exit status: 0 success; 1 a refusal or a problem found (one line on stderr says which);
2 a bad argument (a file that is not there, one line naming it).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _say(text: str) -> None:
    print(_one_line(text))


def _fail(command: str, message: Message | str) -> int:
    text = message.render(i18n.translate) if isinstance(message, Message) else message
    print(f"debttracker-cli {command}: error: {_one_line(text)}", file=sys.stderr)
    return 1


def _existing_file(option: str, value: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_file():
        raise UsageError(
            f"argument {option}: "
            + msg("cli", QT_TRANSLATE_NOOP("cli", "no such file: %1"), _one_line(value)).render(
                i18n.translate
            )
        )
    return path


def _guarded(command: str, run: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """Turn a refusal (``DomainError``) or a file-system error into one line and exit 1."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except DomainError as exc:
            return _fail(command, exc.message)
        except OSError as exc:
            return _fail(command, f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}")
        except (sqlite3.Error, SQLAlchemyError) as exc:
            return _fail(command, f"database error ({type(exc).__name__})")
        except ValueError as exc:  # e.g. a NUL character in a file name
            return _fail(command, f"bad argument ({exc})")

    return wrapper


def _size(n: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)  # pragma: no cover


def cmd_backup(args: argparse.Namespace) -> int:
    from debttracker.store.backup import create_backup

    folder = Path(args.to).expanduser() if args.to else None
    info = create_backup(paths.data_dir(), "manual", folder=folder)
    _say(f"{info.path} ({_size(info.size)}, {info.evidence_files} evidence files)")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from debttracker.store.backup import list_backups

    for info in list_backups(paths.data_dir()):
        _say(
            f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.kind:<13} {_size(info.size):>10}  {info.path}"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from debttracker.store.backup import restore

    source = _existing_file("PATH", args.path)
    result = restore(source, paths.data_dir())
    if result.pre_restore is not None:
        _say(f"previous data backed up to {result.pre_restore.path}")
    if result.set_aside is not None:
        _say(f"damaged database kept aside as {result.set_aside}")
    _say(f"restored {result.restored_from} ({result.evidence_restored} evidence files put back)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.exchange import export_csv, write_export

    db = open_database(paths.data_dir())
    try:
        target = Path(args.target).expanduser()
        if args.csv:
            written = export_csv(db, target)
            _say(f"{len(written)} tables written to {target}")
        else:
            _say(str(write_export(db, target)))
    finally:
        db.close()
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.exchange import import_data, read_export

    source = _existing_file("FILE", args.file)
    doc = read_export(source)
    db = open_database(paths.data_dir())
    try:
        result = import_data(db, doc, replace=args.replace)
    finally:
        db.close()
    if result.backup is not None:
        _say(f"previous data backed up to {result.backup}")
    _say(f"imported {sum(result.rows.values())} rows")
    return 0


def _evidence_checker() -> Callable[..., list[Any]] | None:
    """The negotiation aggregate's evidence check, when it exists."""
    try:
        module = import_module("debttracker.store.evidence")
    except ImportError:
        return None
    for name in ("check_integrity", "verify_evidence", "verify"):
        found = getattr(module, name, None)
        if callable(found):
            return found  # type: ignore[no-any-return]
    return None


def cmd_check(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.integrity import Status, check_database

    data_dir = paths.data_dir()
    report = check_database(paths.database_path(data_dir))
    if report.status == Status.MISSING:
        _say("no data yet: nothing to check")
        return 0
    message = report.message()
    if message is not None:
        return _fail("check", message)
    _say("database: ok")
    checker = _evidence_checker()
    if checker is None:
        _say("evidence: not checked (this version keeps no evidence files)")
        return 0
    db = open_database(data_dir)
    try:
        with db.session() as session:
            problems = checker(session, data_dir)
    finally:
        db.close()
    for problem in problems:
        name = getattr(problem, "stored_name", "?")
        _say(f"evidence {getattr(problem, 'evidence_id', '?')} {name}: {problem.problem}")
    if problems:
        return _fail("check", f"{len(problems)} evidence file(s) missing or altered")
    _say("evidence: ok")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="back up the data now (database and evidence)")
    p.add_argument("--to", metavar="DIR", help="folder to write the backup to")
    p.set_defaults(func=_guarded("backup", cmd_backup))

    p = sub.add_parser("backups", help="list the backups (date, kind, size)")
    p.set_defaults(func=_guarded("backups", cmd_backups))

    p = sub.add_parser("restore", help="restore a backup (the current data are backed up first)")
    p.add_argument("path", metavar="PATH", help="a backup file (.sqlite3)")
    p.set_defaults(func=_guarded("restore", cmd_restore))

    p = sub.add_parser("export", help="export all data as one JSON file (or CSV per table)")
    p.add_argument("target", metavar="FILE", help="FILE.json, or a folder with --csv")
    p.add_argument("--csv", action="store_true", help="write one CSV file per table into FILE")
    p.set_defaults(func=_guarded("export", cmd_export))

    p = sub.add_parser("import", help="import a JSON export into an empty data directory")
    p.add_argument("file", metavar="FILE", help="a debttracker JSON export")
    p.add_argument(
        "--replace", action="store_true", help="replace existing data (a backup is taken first)"
    )
    p.set_defaults(func=_guarded("import", cmd_import))

    p = sub.add_parser("check", help="check the database and the evidence files (exit 1 if not ok)")
    p.set_defaults(func=_guarded("check", cmd_check))
