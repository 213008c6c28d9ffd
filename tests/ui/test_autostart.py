"""Start at login: the XDG entry starts *this* installation by its absolute path, with its data
directory, and its ``Exec`` key reads back (Desktop Entry Specification) to the same argv."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from debttracker import APP_ID, __version__
from debttracker.ui.reminders import autostart

pytestmark = pytest.mark.skipif(os.name != "posix", reason="XDG autostart")


def unescape_string(value: str) -> str:
    """The spec's escapes of a string value: ``\\s \\n \\t \\r \\\\``."""
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(
                    value[i + 1], value[i : i + 2]
                )
            )
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def exec_argv(value: str) -> list[str]:
    """Split an ``Exec`` value as a launcher does: string escapes first, then the quoting rule
    (inside double quotes ``\\"`` ``\\``` ``\\$`` ``\\\\`` are escapes), then ``%%`` -> ``%``."""
    text = unescape_string(value)
    argv: list[str] = []
    current: list[str] | None = None
    quoted = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current.append(text[i + 1])  # type: ignore[union-attr]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)  # type: ignore[union-attr]
        elif c == " ":
            if current is not None:
                argv.append("".join(current))
                current = None
        elif c == '"':
            quoted, current = True, current or []
        else:
            current = (current or []) + [c]
        i += 1
    if current is not None:
        argv.append("".join(current))
    return [arg.replace("%%", "%") for arg in argv]


def entry_exec(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return line.removeprefix("Exec=")
    raise AssertionError("no Exec key")


@pytest.mark.parametrize(
    "args",
    [
        ["/opt/debttracker/debttracker", "--minimized"],
        ["/home/a b/.local/opt/debttracker/debttracker", "--data-dir", "/home/a b/my data"],
        ['/tmp/it\'s "quoted" $HOME `x` 100% back\\slash/debttracker', "--minimized"],
        ["/tmp/tab\there/debttracker", "--data-dir", "/d;e&f|g<h>i~j*k?l#m(n)"],
    ],
)
def test_exec_key_reads_back_to_the_same_arguments(args):
    assert exec_argv(autostart.exec_value(args)) == args


def test_source_install_starts_the_venvs_script_by_absolute_path(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / "my data"
    autostart.set_enabled(True, "linux", data_dir=data)
    path = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    argv = exec_argv(entry_exec(path))
    assert Path(argv[0]).is_absolute()
    assert argv[1:] == ["--data-dir", str(data), "--minimized"]
    # at login the session's PATH has neither the venv nor ~/.local/bin: it must still start
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [*argv[:-1], "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout + result.stderr


def test_the_default_data_directory_is_not_written(monkeypatch):
    from platformdirs import user_data_dir

    default = Path(user_data_dir("debttracker", appauthor=False))
    assert "--data-dir" not in autostart.launch_command(default)
    assert autostart.launch_command(default)[-1] == "--minimized"


def test_frozen_app_starts_its_real_executable(tmp_path, monkeypatch):
    bundle = tmp_path / "opt" / "debttracker"
    bundle.mkdir(parents=True)
    (bundle / "debttracker").write_text("")
    link = tmp_path / "bin" / "debttracker"
    link.parent.mkdir()
    link.symlink_to(bundle / "debttracker")  # started through ~/.local/bin
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(link))
    command = autostart.launch_command(tmp_path / "data")
    assert command == [
        str((bundle / "debttracker").resolve()), "--data-dir", str(tmp_path / "data"),
        "--minimized",
    ]  # fmt: skip


def test_applying_preferences_rewrites_an_entry_of_an_older_version(qtbot, tmp_path):
    """An entry written before this fix (``Exec=debttracker``) is corrected on Apply."""
    from debttracker.ui.reminders.preferences_page import RemindersPage
    from tests.ui.reminders_helpers import FakeClock, open_window, seed, t

    path = autostart.xdg_entry_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(autostart.desktop_entry(["debttracker", "--minimized"]))
    seed(tmp_path / "d", [(date(2026, 3, 10), 20000)])
    w, _c, _fake = open_window(qtbot, tmp_path / "d", FakeClock(t(2026, 3, 8, 10)))
    page = RemindersPage(w.ctx)
    assert page.login.isChecked()
    page.apply()
    argv = exec_argv(entry_exec(path))
    assert Path(argv[0]).is_absolute()
    assert argv[-3:] == ["--data-dir", str(w.ctx.data_dir), "--minimized"]
    w.shutdown()
