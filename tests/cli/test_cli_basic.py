"""Both commands: one version from one place; bad arguments are one line and exit 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

from debttracker import __version__
from debttracker.cli import main


@pytest.mark.parametrize("module", ["debttracker", "debttracker.cli"])
def test_version_from_one_place(module):
    result = subprocess.run(
        [sys.executable, "-m", module, "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"debttracker {__version__}"


def test_unknown_command_is_one_line_and_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-command" in err


def test_no_command_prints_help_and_exit_2(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out
