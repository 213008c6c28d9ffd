"""``debttracker-cli``: headless commands over core + store (same data directory as the GUI).

Each command lives in a module of this package that exposes ``register(subparsers)``; the module
adds its parser and sets ``func`` to a callable ``(args) -> int`` exit status.  Bad arguments
give a one-line message naming the argument and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module

from debttracker import __version__
from debttracker.core.messages import QT_TRANSLATE_NOOP

# Modules that register sub-commands, in the order they appear in --help.
COMMAND_MODULES = (
    "debttracker.cli.ledger",
    "debttracker.cli.maths",
    "debttracker.cli.budget",
    "debttracker.cli.negotiation",
    "debttracker.cli.reminders",
    "debttracker.cli.payoff",
    "debttracker.cli.data",
)


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


class UsageError(Exception):
    """Raised by a command for a bad argument value; reported in one line, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="debttracker-cli", description="debttracker headless commands")
    parser.add_argument("--version", action="version", version=f"debttracker {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="data directory (default: per-user data dir)"
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW"),
        help="language of the output (default: $DEBTTRACKER_LANG, the app's setting, the system)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return parser


def _tolerant_output() -> None:
    """Never crash printing what the user typed: undecodable bytes (surrogates) are escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        from debttracker import paths

        paths.set_data_dir_override(args.data_dir)
    from debttracker.cli import i18n

    i18n.setup(args.lang)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except UsageError as exc:
        error = i18n.tr(QT_TRANSLATE_NOOP("cli", "error: %1"), exc)
        print(f"debttracker-cli {args.command}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
