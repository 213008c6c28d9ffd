"""The CLI's help, argparse's own words and every command's text output in the chosen language;
``--json`` the same in every language."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
CJK = re.compile(r"[\u4e00-\u9fff]")
ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help message")


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    """Compile the .qm next to the .ts when missing or older (``make translations`` does this)."""
    stale = [
        ts
        for ts in TS_DIR.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        path = ROOT / "packaging" / "tools" / "translations.py"
        spec = importlib.util.spec_from_file_location("cli_i18n_translations_tool", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.release()


def cli(*args: str, data: Path | None = None, env_lang: str | None = None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLUMNS="100")
    env.pop("DEBTTRACKER_LANG", None)
    env.pop("DEBTTRACKER_DATA_DIR", None)
    if env_lang:
        env["DEBTTRACKER_LANG"] = env_lang
    prefix = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "debttracker.cli", *prefix, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli-i18n") / "d"
    done = cli("--lang", "en", "sample-data", data=data)
    assert done.returncode == 0, done.stderr
    return data


def _english_help() -> Iterator[tuple[str, str]]:
    """(command, sentence) for every help text and description of ours, in English."""
    from debttracker.cli import build_parser, i18n

    i18n.setup("en")
    parser = build_parser()
    yield "", parser.description or ""
    for action in parser._actions:
        if action.help and action.help != "==SUPPRESS==":
            yield "", action.help
        choices = getattr(action, "choices", None)
        if not isinstance(choices, dict):
            continue
        for name, sub in choices.items():
            yield name, sub.description or ""
            for choice in action._choices_actions:
                if choice.dest == name:
                    yield "", choice.help or ""
            for sub_action in sub._actions:
                if sub_action.help:
                    yield name, sub_action.help


ENGLISH_HELP = [(command, text) for command, text in _english_help() if text]


def _lead(text: str) -> str:
    """The first three words: enough to spot the English sentence in wrapped help output."""
    return " ".join(text.split()[:3])


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_help_text_is_marked_for_translation():
    """The parser's English is the source text of a "cli" entry in the catalogue."""
    import html

    ts = (TS_DIR / "debttracker_zh_CN.ts").read_text(encoding="utf-8")
    sources = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", ts, re.S)}
    assert len(ENGLISH_HELP) > 60
    missing = [text for _command, text in ENGLISH_HELP if text not in sources]
    assert not missing


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_main_help_is_chinese(language):
    done = cli("--lang", language, "--help")
    assert done.returncode == 0, done.stderr
    out = _flat(done.stdout)
    assert CJK.search(out)
    assert out.startswith("用法：debttracker-cli")
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english
    for command, text in ENGLISH_HELP:
        if not command:
            assert _lead(text) not in out, text
    assert ("选项：" if language == "zh_CN" else "選項：") in done.stdout
    assert ("还款计划" if language == "zh_CN" else "還款計畫") in out


@pytest.mark.parametrize(
    ("language", "command"),
    [("zh_CN", "schedule"), ("zh_TW", "schedule"), ("zh_CN", "plan"), ("zh_TW", "restore")],
)
def test_sub_command_help_is_chinese(language, command):
    done = cli("--lang", language, command, "--help")
    assert done.returncode == 0, done.stderr
    out = _flat(done.stdout)
    assert CJK.search(out)
    for english in ARGPARSE_ENGLISH:
        assert english not in out, english
    ours = [text for name, text in ENGLISH_HELP if name == command]
    assert ours
    for text in ours:
        assert _lead(text) not in out, text


def test_help_language_from_the_environment_and_the_stored_setting(tmp_path):
    """The language is known before the parser is built: env and stored setting count too."""
    assert "顯示此說明並結束" in cli("--help", env_lang="zh_TW").stdout
    import sqlite3

    data = tmp_path / "d"
    assert cli("--lang", "en", "sample-data", data=data).returncode == 0
    with sqlite3.connect(data / "debttracker.sqlite3") as conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('ui.language', 'zh_CN')")
    assert "显示此帮助信息并退出" in cli("debts", "--help", data=data).stdout
    assert "show this help message" in cli("--lang", "en", "--help", data=data).stdout


def test_english_help_stays_english():
    done = cli("--lang", "en", "schedule", "--help")
    assert done.returncode == 0
    assert done.stdout.startswith("usage: debttracker-cli schedule")
    assert "options:" in done.stdout and "show this help message and exit" in done.stdout
    assert "loan date; first due one month later" in done.stdout


def test_argparse_errors_are_one_translated_line_exit_2():
    done = cli("--lang", "zh_TW", "schedule", "--principal", "1")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "缺少必要的參數" in done.stderr and "--months" in done.stderr
    assert "required" not in done.stderr
    done = cli("--lang", "zh_CN", "plan", "--strategy", "fastest")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "参数 --strategy：无效的选项" in done.stderr
    english = cli("--lang", "en", "schedule", "--principal", "1")
    assert english.returncode == 2
    assert "error: the following arguments are required: " in english.stderr


def test_debts_show_translated_statuses(sample):
    traditional = cli("--lang", "zh_TW", "debts", "--as-of", "2026-11-23", data=sample)
    assert traditional.returncode == 0, traditional.stderr
    assert "[逾期]" in traditional.stdout and "[正常]" in traditional.stdout
    assert "[overdue]" not in traditional.stdout and "[current]" not in traditional.stdout
    # as of today: the sample's agreement (signed yesterday) has restructured the debt
    simplified = cli("--lang", "zh_CN", "debts", data=sample)
    assert "[逾期]" in simplified.stdout and "[已重组]" in simplified.stdout
    english = cli("--lang", "en", "debts", "--as-of", "2026-11-23", data=sample)
    assert "[Overdue]" in english.stdout and "next " in english.stdout


def test_json_is_the_same_in_every_language(sample):
    outs = [
        cli("--lang", language, "debts", "--as-of", "2026-11-23", "--json", data=sample)
        for language in ("en", "zh_CN", "zh_TW")
    ]
    assert all(done.returncode == 0 for done in outs)
    assert outs[0].stdout == outs[1].stdout == outs[2].stdout
    statuses = {debt["status"] for debt in json.loads(outs[1].stdout)["debts"]}
    assert "overdue" in statuses and "current" in statuses
    plans = [
        cli("--lang", language, "plan", "--as-of", "2026-11-23", "--json", data=sample).stdout
        for language in ("en", "zh_TW")
    ]
    assert plans[0] == plans[1]


def test_plan_and_check_text_in_chinese(sample):
    plan = cli(
        "--lang", "zh_TW", "plan", "--as-of", "2026-11-23", "--monthly", "12000", data=sample
    )
    assert plan.returncode == 0, plan.stderr
    assert "還款計畫（雪崩法）" in plan.stdout and "還清所有債務" in plan.stdout
    assert "Total" not in plan.stdout and "avalanche" not in plan.stdout
    check = cli("--lang", "zh_CN", "check", data=sample)
    assert check.returncode == 0 and "数据库：正常" in check.stdout
    english = cli(
        "--lang", "en", "plan", "--as-of", "2026-11-23", "--monthly", "12000", data=sample
    )
    assert "Plan (avalanche)" in english.stdout and "Debt-free in" in english.stdout
