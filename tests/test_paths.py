from __future__ import annotations

import os
import stat

import pytest

from debttracker import paths


@pytest.fixture(autouse=True)
def _no_override():
    paths.set_data_dir_override(None)
    yield
    paths.set_data_dir_override(None)


def test_environment_variable_sets_the_data_dir(isolated_paths):
    assert paths.data_dir() == isolated_paths.resolve()


def test_override_beats_the_environment(tmp_path):
    paths.set_data_dir_override(tmp_path / "elsewhere")
    assert paths.data_dir() == (tmp_path / "elsewhere").resolve()


def test_default_is_the_platform_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.ENV_VAR)
    path = paths.data_dir(create=False)
    assert path.name == "debttracker"
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_data_dir_is_private(isolated_paths):
    mode = stat.S_IMODE(paths.data_dir().stat().st_mode)
    assert mode == 0o700
    for sub in (paths.backups_dir(), paths.evidence_dir(), paths.logs_dir()):
        assert stat.S_IMODE(sub.stat().st_mode) == 0o700


def test_resources_dir_holds_the_resources():
    assert (paths.resources_dir() / "translations").is_dir()
