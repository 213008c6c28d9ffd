"""Every ``debttracker-cli`` command, in every language, on the sample data.

The commands are read from the parser, so a new command is covered (and fails here until it is
given arguments in :data:`SPECS`).  Each runs with ``--json`` where it has it; the test asserts
exit status 0, output that is not empty (JSON that parses), no traceback, and a non-empty valid
file for the commands that write one.  Most run in this process through ``main(argv)``; the
ones that draw with Qt run as real processes, as a user starts them (case-file aborted with
rc 134 and left an empty PDF in Chinese).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from debttracker import paths
from debttracker.cli import build_parser, i18n
from debttracker.cli import main as cli_main
from debttracker.store import sample
from debttracker.store.db import open_database

LANGUAGES = ("en", "zh_CN", "zh_TW")
Check = Callable[[Path], None]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    i18n.setup("en")
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def has_json(command: argparse.ArgumentParser) -> bool:
    return any("--json" in a.option_strings for a in command._actions)


def sqlite_file(path: Path) -> None:
    assert path.stat().st_size > 0
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, (pattern, list(folder.iterdir()))
    return found[0]


def pdf_and_zip(out: Path) -> None:
    pdf = one(out, "*.pdf")
    assert pdf.stat().st_size > 0
    assert len(PdfReader(pdf).pages) >= 1
    assert "".join(page.extract_text() for page in PdfReader(pdf).pages).strip()
    with zipfile.ZipFile(one(out, "*-evidence.zip")) as archive:
        assert archive.testzip() is None
        assert "manifest.json" in archive.namelist()
    assert not list(out.glob(".*"))  # no temporary file left behind


def export_archive(path: Path) -> None:
    """The all-data archive: a valid ZIP whose JSON members parse."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        documents = [n for n in archive.namelist() if n.endswith(".json")]
        assert documents
        for name in documents:
            assert isinstance(json.loads(archive.read(name).decode("utf-8")), dict)


@dataclass
class Spec:
    """How to run one command: its arguments (``{out}`` is a fresh folder), commands to run
    before it (same language), what to check in ``out``, exit statuses it may give, and
    whether it runs as a real process."""

    args: list[str] = field(default_factory=list)
    before: list[list[str]] = field(default_factory=list)
    check: Check | None = None
    statuses: tuple[int, ...] = (0,)
    process: bool = False
    empty_data: bool = False


SPECS: dict[str, Spec] = {
    "sample-data": Spec(empty_data=True),
    "debts": Spec(),
    "pay": Spec(["--debt", "1", "--amount", "100"]),
    "schedule": Spec(
        "--principal 10000 --annual-rate 0.12 --months 12 --method annuity --start 2026-01-15".split()
    ),
    "apr": Spec(["--received", "10000", "--payments", "900x12"]),
    "budget": Spec(),
    "evidence-check": Spec(),
    "case-file": Spec(["--lender", "1", "--out", "{out}"], check=pdf_and_zip, process=True),
    # remind's documented exit status is 1 when something is overdue (the sample has some)
    "remind": Spec(statuses=(0, 1)),
    "plan": Spec(["--monthly", "5000"]),
    "backup": Spec(["--to", "{out}"], check=lambda out: sqlite_file(one(out, "*.sqlite3"))),
    "backups": Spec(before=[["backup"]]),
    "restore": Spec(["{out}/b/*.sqlite3"], before=[["backup", "--to", "{out}/b"]]),
    "export": Spec(["{out}/all.zip"], check=lambda out: export_archive(out / "all.zip")),
    "import": Spec(["--replace", "{out}/all.zip"], before=[["export", "{out}/all.zip"]]),
    "check": Spec(),
    "lpr": Spec(),  # lists the table (its default action)
    "add-card": Spec(
        "--lender 1 --name 尾号1234 --balance 8600 --statement-date 2026-09-20 "
        "--due-date 2026-10-08".split()
    ),
    "add-bill-instalments": Spec(
        "--lender 1 --name 分期 --principal 12000 --start 2026-01-23 --periods 12 --fee 72".split()
    ),
}


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory):
    """One data directory with the sample data, copied for each test."""
    folder = tmp_path_factory.mktemp("cli-every") / "data"
    db = open_database(folder)
    sample.generate(db, today=date.today())
    db.close()
    return folder


def fill(words: list[str], out: Path) -> list[str]:
    filled = []
    for word in words:
        word = word.replace("{out}", str(out))
        if "*" in word:
            word = str(one(Path(word).parent, Path(word).name))
        filled.append(word)
    return filled


def run_in_process(argv: list[str], capsys) -> tuple[int, str, str]:
    try:
        status = cli_main(argv)
    except SystemExit as exc:
        status = int(exc.code or 0)
    finally:
        paths.set_data_dir_override(None)
    out, err = capsys.readouterr()
    return status, out, err


def run_process(argv: list[str]) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "debttracker.cli", *argv],
        capture_output=True,
        env=env,
        timeout=120,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


COMMANDS = subcommands()


def test_every_command_has_a_spec():
    assert sorted(COMMANDS) == sorted(SPECS), "give a new command its arguments in SPECS"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_in_language(name, language, sample_dir, tmp_path, capsys):
    spec = SPECS[name]
    data = tmp_path / "data"
    if not spec.empty_data:
        shutil.copytree(sample_dir, data)
    out = tmp_path / "out"
    out.mkdir()
    base = ["--data-dir", str(data), "--lang", language]
    for words in spec.before:
        status, _, err = run_in_process([*base, *fill(words, out)], capsys)
        assert status == 0, err
    argv = [*base, name, *fill(spec.args, out)]
    if has_json(COMMANDS[name]):
        argv.append("--json")
    status, stdout, stderr = run_process(argv) if spec.process else run_in_process(argv, capsys)
    assert status in spec.statuses, (status, stderr)
    assert "Traceback" not in stderr
    assert stdout.strip(), stderr
    if has_json(COMMANDS[name]):
        json.loads(stdout)
    if spec.check is not None:
        spec.check(out)
