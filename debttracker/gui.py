"""The GUI entry point (``debttracker`` / ``python -m debttracker``): the only importer of ``ui``.

Arguments are parsed before Qt is imported so ``--version`` and ``--help`` stay instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from debttracker import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="debttracker", description="debttracker desktop app")
    parser.add_argument("--version", action="version", version=f"debttracker {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data directory (default: per-user data dir)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen on sample data in a temporary directory: every "
        "shared library loads, every tab opens, every chart draws, both PDFs are written; "
        "exit 0 on success",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray (used at login)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # every file we create (database, WAL, backups, logs) is private
    from debttracker import paths

    if args.data_dir:
        paths.set_data_dir_override(args.data_dir)
    if args.self_test:
        from debttracker.ui.selftest import run_self_test

        return run_self_test()
    from debttracker.ui.app import run

    return run(args, qt_args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
