"""The Windows (Inno Setup) and macOS (Info.plist) installer sources, checked on any machine.

Neither has been built here: Inno Setup's compiler runs on Windows only and PyInstaller cannot
cross-build a .app (packaging/README.md says what was and was not tried). So these tests read
the sources as the tools would: the .iss sections and keys, its defines against the package,
the version coming only from debttracker/__init__.py (passed by build_dist.py), the paths it
names; the plist through plistlib, merged as the spec merges it.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
from pathlib import Path

import pytest

from debttracker import APP_ID, APP_NAME, __version__
from debttracker.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "debttracker.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"
SPEC = ROOT / "packaging" / "debttracker.spec"


def iss_sections(text: str) -> dict[str, list[str]]:
    """Lines per ``[Section]``, comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def iss_defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))


def setup_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections(text)["Setup"])


def test_iss_has_the_keys_of_a_per_user_installer():
    text = ISS.read_text(encoding="utf-8")
    keys = setup_keys(text)
    for key in ("AppId", "AppName", "AppVersion", "DefaultDirName", "OutputBaseFilename",
                "PrivilegesRequired", "UninstallDisplayIcon", "SetupIconFile"):  # fmt: skip
        assert key in keys, key
    assert keys["AppId"] == "{#AppId}" and iss_defines(text)["AppId"] == APP_ID
    assert iss_defines(text)["AppName"] == APP_NAME
    assert iss_defines(text)["AppExe"] == f"{APP_NAME}.exe"  # the spec's EXE name on Windows
    assert keys["PrivilegesRequired"] == "lowest"
    assert keys["DefaultDirName"].startswith("{localappdata}")
    sections = iss_sections(text)
    for section in ("Languages", "Files", "Icons", "Run", "InstallDelete"):
        assert sections.get(section), section
    languages = {re.search(r'Name: "(\w+)"', line).group(1) for line in sections["Languages"]}
    assert languages == set(LANGUAGES)


def test_iss_takes_its_version_from_the_package_only():
    text = ISS.read_text(encoding="utf-8")
    keys = setup_keys(text)
    assert keys["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in keys["OutputBaseFilename"]
    assert re.search(r"#ifndef AppVersion\s+#error", text)  # no default version to go stale
    assert not re.search(r"\b\d+\.\d+\.\d+\b", text), "a version number is written in the .iss"


def test_iss_paths_are_the_bundle_and_icon_the_build_makes():
    text = ISS.read_text(encoding="utf-8")
    here = ISS.parent
    bundle = here / iss_defines(text)["Bundle"].replace("\\", "/")
    assert bundle.resolve() == (ROOT / "dist" / APP_NAME).resolve()  # build_dist.py's output
    icon = here / setup_keys(text)["SetupIconFile"].replace("\\", "/")
    assert icon.resolve().is_file()
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"
    out_dir = here / setup_keys(text)["OutputDir"].replace("\\", "/")
    assert out_dir.resolve() == (ROOT / "dist").resolve()


def test_build_dist_passes_the_package_version_to_iscc(monkeypatch):
    path = ROOT / "packaging" / "tools" / "build_dist.py"
    spec = importlib.util.spec_from_file_location("build_dist_for_test", path)
    assert spec and spec.loader
    build_dist = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_dist)
    ran: list[list[str]] = []
    monkeypatch.setattr(build_dist.shutil, "which", lambda name: "C:/iscc.exe")
    monkeypatch.setattr(build_dist, "run", lambda cmd, **_kw: ran.append(cmd))
    build_dist.make_windows_installer()
    assert ran == [["C:/iscc.exe", f"/DAppVersion={__version__}", str(ISS)]]


def test_info_plist_merged_as_the_spec_merges_it():
    with PLIST.open("rb") as handle:
        keys = plistlib.load(handle)
    assert not {"CFBundleShortVersionString", "CFBundleVersion", "CFBundleIdentifier"} & set(keys)
    assert keys["CFBundlePackageType"] == "APPL"
    assert keys["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", keys["LSMinimumSystemVersion"])
    assert set(keys["CFBundleLocalizations"]) == {"en", "zh-Hans", "zh-Hant"}
    spec = SPEC.read_text(encoding="utf-8")
    # the spec adds the version read from the package, and the ID, to these keys
    for line in ('"CFBundleShortVersionString": VERSION', '"CFBundleVersion": VERSION',
                 "bundle_identifier=APP_ID", "info_plist=info_plist"):  # fmt: skip
        assert line in spec, line
    merged = dict(keys, CFBundleShortVersionString=__version__, CFBundleVersion=__version__)
    assert plistlib.loads(plistlib.dumps(merged))["CFBundleVersion"] == __version__
    assert (ROOT / "resources" / "icons" / f"{APP_NAME}.icns").read_bytes()[:4] == b"icns"


@pytest.mark.parametrize("path", [ISS, PLIST])
def test_installer_sources_are_utf8_with_no_stray_version(path):
    text = path.read_text(encoding="utf-8")
    assert __version__ not in text
