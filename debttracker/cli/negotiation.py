"""``evidence-check`` and ``case-file``: the negotiation log's headless commands.

``evidence-check`` hashes every stored evidence file: exit 0 when all match, 1 with one line per
missing or altered file.  ``case-file (--lender ID | --debt ID) --out DIR`` writes the case-file
PDF and the evidence ZIP (with manifest.csv / manifest.json).  Bad arguments: one line, exit 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from debttracker import paths
from debttracker.cli import UsageError, i18n
from debttracker.cli.args import date_option, id_value
from debttracker.core.messages import QT_TRANSLATE_NOOP, DomainError


def register(sub: argparse._SubParsersAction) -> None:
    tr = i18n.tr
    check = sub.add_parser(
        "evidence-check",
        help=tr(QT_TRANSLATE_NOOP("cli", "verify every evidence file against its SHA-256")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli", "Hash every evidence file; list each one that is missing or altered."
            )
        ),
    )
    check.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    )
    check.set_defaults(func=run_check)
    case = sub.add_parser(
        "case-file",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "write the case-file PDF and evidence ZIP for a lender or a debt"
            )
        ),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Timeline, promises, agreements, incidents, the debt's figures and true APR as a "
                "PDF, plus a ZIP of the evidence files with a SHA-256 manifest.",
            )
        ),
    )
    scope = case.add_mutually_exclusive_group(required=True)
    scope.add_argument(
        "--lender", type=id_value, metavar="ID", help=tr(QT_TRANSLATE_NOOP("cli", "lender id"))
    )
    scope.add_argument(
        "--debt", type=id_value, metavar="ID", help=tr(QT_TRANSLATE_NOOP("cli", "debt id"))
    )
    case.add_argument(
        "--out", required=True, metavar="DIR", help=tr(QT_TRANSLATE_NOOP("cli", "output directory"))
    )
    case.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "date of the file (default: today)")),
    )
    case.set_defaults(func=run_case_file)


PROBLEM_LABELS = {
    "missing": QT_TRANSLATE_NOOP("negotiation", "missing"),
    "altered": QT_TRANSLATE_NOOP("negotiation", "altered"),
    "unreadable": QT_TRANSLATE_NOOP("negotiation", "unreadable"),
    "ok": QT_TRANSLATE_NOOP("negotiation", "intact"),
}


def problem_text(code: str) -> str:
    """An evidence check's finding in the user's language (the words of the case file)."""
    text = PROBLEM_LABELS.get(code)
    return i18n.translate("negotiation", text) if text else code


def _fail(command: str, exc: DomainError) -> int:
    print(f"debttracker-cli {command}: {exc.message.render(i18n.translate)}", file=sys.stderr)
    return 1


def run_check(args: argparse.Namespace) -> int:
    from debttracker.store.db import open_database
    from debttracker.store.evidence import check_integrity, evidence_list

    data_dir = paths.data_dir()
    try:
        db = open_database(data_dir)
    except DomainError as exc:
        return _fail("evidence-check", exc)
    try:
        with db.session() as session:
            problems = check_integrity(session, data_dir)
            count = len(evidence_list(session))
    finally:
        db.close()
    if args.json:
        rows = [
            {"id": p.evidence_id, "file": p.stored_name, "original_name": p.original_name,
             "problem": p.problem, "expected_sha256": p.expected, "actual_sha256": p.actual}
            for p in problems
        ]  # fmt: skip
        print(json.dumps({"checked": count, "problems": rows}, ensure_ascii=False, indent=2))
    elif problems:
        for p in problems:
            print(
                i18n.tr(
                    QT_TRANSLATE_NOOP("cli", "%1: %2 (%3) expected %4"),
                    problem_text(p.problem),
                    p.stored_name,
                    p.original_name,
                    p.expected,
                )
            )
        print(
            i18n.tr(
                QT_TRANSLATE_NOOP("cli", "%1 of %2 evidence files do not match their SHA-256."),
                len(problems),
                count,
            )
        )
    else:
        print(
            i18n.tr(QT_TRANSLATE_NOOP("cli", "All %1 evidence files match their SHA-256."), count)
        )
    return 1 if problems else 0


def _gui_app() -> object:
    """The QGuiApplication fonts and PDF output need, offscreen unless QT_QPA_PLATFORM says
    otherwise, made before any font work (translating creates no application object, see
    :mod:`debttracker.cli.i18n`, so none of the wrong kind can exist yet)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["debttracker-cli"])
    elif not isinstance(app, QGuiApplication):  # Qt would abort at the first font
        raise RuntimeError("case-file needs a QGuiApplication, not a QCoreApplication")
    i18n.attach(app)  # the PDF is written in the chosen language
    return app


def run_case_file(args: argparse.Namespace) -> int:
    from debttracker.store.casefile import gather
    from debttracker.store.db import open_database

    today = date_option("--as-of", args.as_of)
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise UsageError(
            "argument --out: " + i18n.tr(QT_TRANSLATE_NOOP("cli", "not a directory: %1"), out)
        )
    for name in ("lender", "debt"):
        value = getattr(args, name)
        if value is not None and value <= 0:
            raise UsageError(
                f"argument --{name}: " + i18n.tr(QT_TRANSLATE_NOOP("cli", "must be a positive id"))
            )
    data_dir = paths.data_dir()
    try:
        db = open_database(data_dir)
    except DomainError as exc:
        return _fail("case-file", exc)
    try:
        with db.session() as session:
            case = gather(session, lender_id=args.lender, debt_id=args.debt, today=today)
    except DomainError as exc:
        return _fail("case-file", exc)
    finally:
        db.close()
    app = _gui_app()
    from debttracker.reports.casefile_pdf import export_case_file
    from debttracker.reports.labels import label

    try:
        done = export_case_file(case, data_dir, out)
    except OSError as exc:
        error = i18n.tr(QT_TRANSLATE_NOOP("cli", "cannot write to %1: %2"), out, exc.strerror)
        print(f"debttracker-cli case-file: {error}", file=sys.stderr)
        return 1
    print(f"PDF: {done.pdf}")
    print(
        i18n.tr(QT_TRANSLATE_NOOP("cli", "Evidence: %1 (%2 files)"), done.zip, len(done.manifest))
    )
    bad = [row for row in done.manifest if row.status != "ok"]
    for row in bad:
        status = label("problem", row.status)
        print(
            i18n.tr(QT_TRANSLATE_NOOP("cli", "warning: %1 is %2"), row.original_name, status),
            file=sys.stderr,
        )
    del app
    return 0
