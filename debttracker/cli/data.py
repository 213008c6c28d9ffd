"""``backup``, ``backups``, ``restore``, ``export``, ``import`` and ``check``: keeping data safe.

Exit status: 0 success; 1 a refusal or a problem found (one line on stderr says which);
2 a bad argument (a file that is not there, one line naming it).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from importlib import import_module
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.cli.negotiation import problem_text
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError, Message, msg


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _say(text: str) -> None:
    print(_one_line(text))


def _fail(command: str, message: Message | str) -> int:
    text = message.render(i18n.translate) if isinstance(message, Message) else message
    error = i18n.tr(QT_TRANSLATE_NOOP("cli", "error: %1"), _one_line(text))
    print(f"debttracker-cli {command}: {error}", file=sys.stderr)
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
            text = QT_TRANSLATE_NOOP("cli", "database error (%1)")
            return _fail(command, i18n.tr(text, type(exc).__name__))
        except ValueError as exc:  # e.g. a NUL character in a file name
            return _fail(command, i18n.tr(QT_TRANSLATE_NOOP("cli", "bad argument (%1)"), exc))

    return wrapper


# Backup kinds in the words of the Backups dialog.
KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("BackupDialogs", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupDialogs", "Manual"),
    "pre-migration": QT_TRANSLATE_NOOP("BackupDialogs", "Before an update"),
    "pre-import": QT_TRANSLATE_NOOP("BackupDialogs", "Before an import"),
    "pre-restore": QT_TRANSLATE_NOOP("BackupDialogs", "Before a restore"),
}


def _kind(code: str) -> str:
    text = KIND_LABELS.get(code)
    return i18n.translate("BackupDialogs", text) if text else code


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
    text = QT_TRANSLATE_NOOP("cli", "%1 (%2, %3 evidence files)")
    _say(i18n.tr(text, info.path, _size(info.size), info.evidence_files))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from debttracker.store.backup import list_backups

    found = list_backups(paths.data_dir())
    kinds = [_kind(info.kind) for info in found]
    width = max([13, *(i18n.width(kind) for kind in kinds)])
    for info, kind in zip(found, kinds, strict=True):
        pad = " " * (width - i18n.width(kind))
        _say(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {kind}{pad} {_size(info.size):>10}  {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from debttracker.store.backup import restore
    from debttracker.store.writer_lock import exclusive

    source = _existing_file("PATH", args.path)
    data_dir = paths.data_dir()
    with exclusive(data_dir):
        result = restore(source, data_dir)
    if result.pre_restore is not None:
        text = QT_TRANSLATE_NOOP("cli", "previous data backed up to %1")
        _say(i18n.tr(text, result.pre_restore.path))
    if result.set_aside is not None:
        text = QT_TRANSLATE_NOOP("cli", "damaged database kept aside as %1")
        _say(i18n.tr(text, result.set_aside))
    text = QT_TRANSLATE_NOOP("cli", "restored %1 (%2 evidence files put back)")
    _say(i18n.tr(text, result.restored_from, result.evidence_restored))
    return 0


def _exclusive_if(replace: bool, data_dir: Path) -> AbstractContextManager[None]:
    """The writer lock for an import that replaces everything (a merge is an ordinary write)."""
    from debttracker.store.writer_lock import exclusive

    return exclusive(data_dir) if replace else nullcontext()


def cmd_export(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.exchange_export import export_csv, write_archive, write_json

    db = open_database(paths.data_dir())
    try:
        target = Path(args.target).expanduser()
        if args.csv:
            written = export_csv(db, target)
            _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "%1 tables written to %2"), len(written), target))
            return 0
        if args.plain_json:
            _say(str(write_json(db, target)))
            return 0
        summary = write_archive(db, target)
    finally:
        db.close()
    if args.json:
        report = {"path": str(summary.path), "rows": summary.rows, "evidence_files": summary.files}
        print(json.dumps({**report, "missing_evidence": summary.missing}, ensure_ascii=False))
        return 0
    text = QT_TRANSLATE_NOOP("cli", "%1 (%2 rows, %3 evidence files)")
    _say(i18n.tr(text, summary.path, summary.rows, summary.files))
    for name in summary.missing:
        text = QT_TRANSLATE_NOOP("cli", "warning: evidence file %1 is missing; not exported")
        print(_one_line(i18n.tr(text, name)), file=sys.stderr)
    return 0


def _bad_file(exc: DomainError) -> UsageError:
    """An export file that is refused: one line, exit 2 (a bad argument, not a refusal)."""
    return UsageError(_one_line(exc.message.render(i18n.translate)))


def cmd_import(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.exchange import NotEmptyError
    from debttracker.store.exchange_archive import import_bundle, read_bundle

    source = _existing_file("FILE", args.file)
    try:
        bundle = read_bundle(source)
    except DomainError as exc:
        raise _bad_file(exc) from None
    data_dir = paths.data_dir()
    with _exclusive_if(args.replace, data_dir):
        db = open_database(data_dir)
        try:
            result = import_bundle(db, bundle, replace=args.replace)
        except NotEmptyError:
            raise
        except DomainError as exc:
            raise _bad_file(exc) from None
        finally:
            db.close()
    if result.backup is not None:
        _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "previous data backed up to %1"), result.backup))
    _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "imported %1 rows"), sum(result.rows.values())))
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
        _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "no data yet: nothing to check")))
        return 0
    message = report.message()
    if message is not None:
        return _fail("check", message)
    _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "database: ok")))
    checker = _evidence_checker()
    if checker is None:
        text = QT_TRANSLATE_NOOP(
            "cli", "evidence: not checked (this version keeps no evidence files)"
        )
        _say(i18n.tr(text))
        return 0
    db = open_database(data_dir)
    try:
        with db.session() as session:
            problems = checker(session, data_dir)
    finally:
        db.close()
    for problem in problems:
        name = getattr(problem, "stored_name", "?")
        ident = getattr(problem, "evidence_id", "?")
        text = QT_TRANSLATE_NOOP("cli", "evidence %1 %2: %3")
        _say(i18n.tr(text, ident, name, problem_text(problem.problem)))
    if problems:
        text = QT_TRANSLATE_NOOP("cli", "%1 evidence file(s) missing or altered")
        return _fail("check", i18n.tr(text, len(problems)))
    _say(i18n.tr(QT_TRANSLATE_NOOP("cli", "evidence: ok")))
    return 0


def register(sub: Any) -> None:
    tr = i18n.tr
    p = sub.add_parser(
        "backup", help=tr(QT_TRANSLATE_NOOP("cli", "back up the data now (database and evidence)"))
    )
    p.add_argument(
        "--to", metavar="DIR", help=tr(QT_TRANSLATE_NOOP("cli", "folder to write the backup to"))
    )
    p.set_defaults(func=_guarded("backup", cmd_backup))

    p = sub.add_parser(
        "backups", help=tr(QT_TRANSLATE_NOOP("cli", "list the backups (date, kind, size)"))
    )
    p.set_defaults(func=_guarded("backups", cmd_backups))

    p = sub.add_parser(
        "restore",
        help=tr(
            QT_TRANSLATE_NOOP("cli", "restore a backup (the current data are backed up first)")
        ),
    )
    p.add_argument(
        "path", metavar="PATH", help=tr(QT_TRANSLATE_NOOP("cli", "a backup file (.sqlite3)"))
    )
    p.set_defaults(func=_guarded("restore", cmd_restore))

    p = sub.add_parser(
        "export",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "export all data with the evidence files as one ZIP archive (or CSV)"
            )
        ),
    )
    p.add_argument(
        "target",
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "FILE.zip, or a folder with --csv")),
    )
    p.add_argument(
        "--csv",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "write one CSV file per table into FILE")),
    )
    p.add_argument(
        "--plain-json",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "only the JSON document (format 1, no evidence files)")),
    )
    p.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )
    p.set_defaults(func=_guarded("export", cmd_export))

    p = sub.add_parser(
        "import",
        help=tr(QT_TRANSLATE_NOOP("cli", "import an export into an empty data directory")),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "a debttracker export (ZIP archive or JSON)")),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "replace existing data (a backup is taken first)")),
    )
    p.set_defaults(func=_guarded("import", cmd_import))

    p = sub.add_parser(
        "check",
        help=tr(
            QT_TRANSLATE_NOOP("cli", "check the database and the evidence files (exit 1 if not ok)")
        ),
    )
    p.set_defaults(func=_guarded("check", cmd_check))
