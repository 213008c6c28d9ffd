"""``debttracker-cli``: headless commands over core + store (same data directory as the GUI).

Each command lives in a module of this package that exposes ``register(subparsers)``; the module
adds its parser and sets ``func`` to a callable ``(args) -> int`` exit status.  Bad arguments
give a one-line message naming the argument and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any, NoReturn

from debttracker import __version__
from debttracker.core.messages import QT_TRANSLATE_NOOP

# Modules that register sub-commands, in the order they appear in --help.
COMMAND_MODULES = (
    "debttracker.cli.ledger",
    "debttracker.cli.cards",
    "debttracker.cli.maths",
    "debttracker.cli.budget",
    "debttracker.cli.negotiation",
    "debttracker.cli.reminders",
    "debttracker.cli.payoff",
    "debttracker.cli.data",
)


# argparse's own texts (it translates them with gettext, which we do not use): the usage prefix,
# the section titles and -h are set where argparse takes them; its error templates are matched
# and rewritten in the user's language by ``_translated_error``.
_ARGPARSE_ERRORS = (
    (r"argument (?P<a>.+?): (?P<b>.*)", QT_TRANSLATE_NOOP("cli", "argument %1: %2")),
    (
        r"the following arguments are required: (?P<a>.*)",
        QT_TRANSLATE_NOOP("cli", "the following arguments are required: %1"),
    ),
    (
        r"one of the arguments (?P<a>.*) is required",
        QT_TRANSLATE_NOOP("cli", "one of the arguments %1 is required"),
    ),
    (r"not allowed with argument (?P<a>.*)", QT_TRANSLATE_NOOP("cli", "not allowed with %1")),
    (
        r"invalid choice: (?P<a>.*) \(choose from (?P<b>.*)\)",
        QT_TRANSLATE_NOOP("cli", "invalid choice: %1 (choose from %2)"),
    ),
    (r"invalid (?P<a>\w+) value: (?P<b>.*)", QT_TRANSLATE_NOOP("cli", "invalid value: %2")),
    (r"expected one argument", QT_TRANSLATE_NOOP("cli", "expected one value")),
    (r"expected at least one argument", QT_TRANSLATE_NOOP("cli", "expected at least one value")),
    (r"unrecognized arguments: (?P<a>.*)", QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %1")),
    (
        r"ambiguous option: (?P<a>.*) could match (?P<b>.*)",
        QT_TRANSLATE_NOOP("cli", "ambiguous option: %1 could match %2"),
    ),
    (
        r"unknown parser (?P<a>.*) \(choices: (?P<b>.*)\)",
        QT_TRANSLATE_NOOP("cli", "unknown command %1 (choose from %2)"),
    ),
)


def translated_error(message: str) -> str:
    """An argparse (or our own ``argument X: …``) error message in the chosen language."""
    from debttracker.cli import i18n

    if i18n.language() == "en":
        return message
    for pattern, text in _ARGPARSE_ERRORS:
        found = re.fullmatch(pattern, message, re.S)
        if found is None:
            continue
        parts = found.groupdict()
        first, second = parts.get("a", ""), parts.get("b", "")
        if text == _ARGPARSE_ERRORS[0][1]:  # "argument X: <message>": the message too
            second = translated_error(second)
        return i18n.tr(text, first, second)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage: " and CJK-aware line wrapping."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        from debttracker.cli import i18n

        if prefix is None:
            prefix = i18n.tr(QT_TRANSLATE_NOOP("cli", "usage: "))
        super().add_usage(usage, actions, groups, prefix)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._headings: list[str] = []

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.append(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        """argparse ends a section title with ":"; a Chinese title takes the full-width "："."""
        from debttracker.cli import i18n

        text = super().format_help()
        prefix = i18n.tr(QT_TRANSLATE_NOOP("cli", "usage: "))
        extra = i18n.width(prefix) - len(prefix)
        if extra and text.startswith(prefix):  # continuation lines of the usage, re-aligned
            usage, sep, rest = text.partition("\n\n")
            first, *more = usage.split("\n")
            usage = "\n".join([first, *(" " * extra + line for line in more)])
            text = usage + sep + rest
        for heading in self._headings:
            if i18n.width(heading) != len(heading):
                text = text.replace(f"{heading}:\n", f"{heading}：\n")
        return text

    def _split_lines(self, text: str, width: int) -> list[str]:
        from debttracker.cli import i18n

        if i18n.width(text) == len(text):
            return super()._split_lines(text, width)
        return _wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        from debttracker.cli import i18n

        if i18n.width(text) == len(text):
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in _wrap(" ".join(text.split()), width))


_NO_LINE_START = set("，。、；：？！）」』》")
_NO_LINE_END = set("（「『《")


def _wrap(text: str, width: int) -> list[str]:
    """Wrap by terminal columns (a CJK character takes two), anywhere but inside an ASCII word,
    never starting a line with a closing mark nor ending one with an opening bracket."""
    from debttracker.cli import i18n

    lines: list[str] = []
    line = ""
    for token in re.findall(r"[\x21-\x7e]+|\s|.", text):
        if line and i18n.width(line + token) > width and token not in _NO_LINE_START:
            carry = ""
            while line and line[-1] in _NO_LINE_END:
                line, carry = line[:-1], line[-1] + carry
            lines.append(line.rstrip())
            line = carry + ("" if token.isspace() else token)
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit status 2, and whose own
    words (usage, section titles, -h, errors) are in the chosen language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from debttracker.cli import i18n

        kwargs.setdefault("formatter_class", HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = i18n.tr(QT_TRANSLATE_NOOP("cli", "positional arguments"))
        self._optionals.title = i18n.tr(QT_TRANSLATE_NOOP("cli", "options"))
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=i18n.tr(QT_TRANSLATE_NOOP("cli", "show this help message and exit")),
        )

    def error(self, message: str) -> NoReturn:
        from debttracker.cli import i18n

        line = i18n.tr(QT_TRANSLATE_NOOP("cli", "error: %1"), translated_error(message))
        self.exit(2, f"{self.prog}: {line}\n")


class UsageError(Exception):
    """Raised by a command for a bad argument value; reported in one line, exit 2."""


def build_parser() -> argparse.ArgumentParser:
    """The whole parser; call :func:`i18n.setup` first so the help is in the chosen language."""
    from debttracker.cli import i18n

    parser = OneLineParser(
        prog="debttracker-cli",
        description=i18n.tr(QT_TRANSLATE_NOOP("cli", "debttracker headless commands")),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"debttracker {__version__}",
        help=i18n.tr(QT_TRANSLATE_NOOP("cli", "show the version number and exit")),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=i18n.tr(QT_TRANSLATE_NOOP("cli", "data directory (default: per-user data dir)")),
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW"),
        help=i18n.tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "language of the output (default: $DEBTTRACKER_LANG, the app's setting, the system)",
            )
        ),
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=OneLineParser,
        title=i18n.tr(QT_TRANSLATE_NOOP("cli", "commands")),
    )
    for name in COMMAND_MODULES:
        import_module(name).register(sub)
    return parser


def peek_options(argv: Sequence[str]) -> dict[str, str]:
    """``--lang`` and ``--data-dir`` as written in ``argv`` (before the parser exists: its help
    is built in the chosen language); the full parse validates them."""
    found: dict[str, str] = {}
    words = list(argv)
    for index, word in enumerate(words):
        if word == "--":
            break
        for option in ("--lang", "--data-dir"):
            if word.startswith(option + "="):
                found[option] = word.partition("=")[2]
            elif word == option and index + 1 < len(words):
                found[option] = words[index + 1]
    return found


def _tolerant_output() -> None:
    """Never crash printing what the user typed: undecodable bytes (surrogates) are escaped."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    from debttracker import paths
    from debttracker.cli import i18n

    words = sys.argv[1:] if argv is None else list(argv)
    early = peek_options(words)
    if early.get("--data-dir"):
        paths.set_data_dir_override(early["--data-dir"])
    i18n.setup(early.get("--lang"))
    parser = build_parser()
    args = parser.parse_args(words)
    if args.data_dir:
        paths.set_data_dir_override(args.data_dir)
    if args.lang and args.lang != early.get("--lang"):
        i18n.setup(args.lang)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return int(func(args) or 0)
    except UsageError as exc:
        return _report(args.command, translated_error(str(exc)), 2)
    except BrokenPipeError:
        return _closed_pipe()
    except Exception as exc:
        return _report_failure(args.command, exc)


def _report(command: str, text: str, status: int) -> int:
    """One line on stderr (``debttracker-cli COMMAND: error: ...``) and the exit status."""
    from debttracker.cli import i18n

    error = i18n.tr(QT_TRANSLATE_NOOP("cli", "error: %1"), " ".join(text.split()))
    try:
        print(f"debttracker-cli {command}: {error}", file=sys.stderr)
    except BrokenPipeError:  # pragma: no cover - stderr closed too
        pass
    return status


def _closed_pipe() -> int:
    """Output piped into ``head`` that stopped reading: end quietly (no traceback at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no real stdout
        pass
    return 1


def _report_failure(command: str, exc: Exception) -> int:
    """A refusal or a disk / lock / permission failure: its own message, exit 1; anything
    else propagates (a real bug keeps its traceback)."""
    from debttracker.cli import i18n
    from debttracker.core.messages import DomainError
    from debttracker.store.errors import classify

    mapped = classify(exc)
    if mapped is not None:
        return _report(command, mapped.message.render(i18n.translate), 1)
    if isinstance(exc, DomainError):
        return _report(command, exc.message.render(i18n.translate), 1)
    if isinstance(exc, OverflowError):
        text = QT_TRANSLATE_NOOP("cli", "a number is too large")
        return _report(command, i18n.tr(text), 2)
    raise exc


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
