"""Packaging: desktop entry and metainfo validate, one application ID everywhere, the spec reads
the version from the package, the icons, the wheel's data files, the per-user install scripts,
the Windows and macOS installer sources (the bundle itself: ``tests/test_bundle.py``)."""

from __future__ import annotations

import ast
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import debttracker
from debttracker import APP_ID, APP_NAME, __version__, paths

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
SPEC = PACKAGING / "debttracker.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def load_tool(name: str):
    path = PACKAGING / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"packaging_tools_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_keys(path: Path) -> dict[str, str]:
    keys = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return keys


# --- validators ---------------------------------------------------------------------------


def test_desktop_entry_and_metainfo_validate():
    validate = load_tool("validate_desktop")
    tools = validate.ensure_tools()
    missing = [tool for tool, path in tools.items() if path is None]
    if missing:
        pytest.skip(
            f"validators {missing} absent and cannot be installed here (not root or no "
            "apt-get); install desktop-file-utils and appstream"
        )
    ok, output = validate.validate_desktop_entry(tools["desktop-file-validate"], DESKTOP)
    assert ok, output
    ok, output = validate.validate_metainfo(tools["appstreamcli"], METAINFO)
    assert ok, output


# --- one application ID -------------------------------------------------------------------


def test_application_id_is_the_same_everywhere():
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9_]+){2,}", APP_ID)
    assert DESKTOP.exists() and METAINFO.exists()
    assert desktop_keys(DESKTOP)["Icon"] == APP_ID

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"

    for script in ("install.sh", "uninstall.sh"):
        text = (LINUX / script).read_text(encoding="utf-8")
        assert f"\nAPP_ID={APP_ID}\n" in text, script
        assert f"\nAPP_NAME={APP_NAME}\n" in text, script
    iss = (PACKAGING / "windows" / "debttracker.iss").read_text(encoding="utf-8")
    assert f'#define AppId "{APP_ID}"' in iss
    spec = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec
    # the app announces the same ID to the desktop (Wayland app_id, taskbar grouping)
    app_py = (ROOT / "debttracker" / "ui" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in app_py


def test_metainfo_has_the_current_release_and_translations():
    root = ET.parse(METAINFO).getroot()
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions, "add a <release> for the new version to the metainfo"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {s.get(lang) for s in root.findall("summary")}
    assert {None, "zh_CN", "zh_TW"} <= summaries
    paragraphs = {p.get(lang) for p in root.find("description").findall("p")}
    assert {None, "zh_CN", "zh_TW"} <= paragraphs
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert [c.text for c in root.iter("category")] == ["Office", "Finance"]
    assert desktop_keys(DESKTOP)["Categories"] == "Office;Finance;"


def test_metainfo_has_the_homepage_and_screenshots_of_the_project():
    import tomllib

    root = ET.parse(METAINFO).getroot()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    homepage = root.findtext("url[@type='homepage']")
    assert homepage and homepage == project["urls"]["Homepage"]
    images = [image for image in root.iter("image")]
    assert len(images) >= 2
    assert len(root.findall("screenshots/screenshot[@type='default']")) == 1
    for image in images:
        assert image.text and image.text.startswith(
            homepage.replace("github.com", "raw.githubusercontent.com")
        )
        local = ROOT / image.text.split("/main/", 1)[1]  # the file in this repository
        assert local.is_file(), local
        assert png_size(local) == (int(image.get("width")), int(image.get("height")))
    for screenshot in root.iter("screenshot"):
        lang = "{http://www.w3.org/XML/1998/namespace}lang"
        assert {c.get(lang) for c in screenshot.findall("caption")} == {None, "zh_CN", "zh_TW"}


# --- the spec ---------------------------------------------------------------------------


def spec_package_constants(spec_dir: Path):
    """Run the spec's own package_constants() as PyInstaller would, from ``spec_dir``."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = []
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PyI")):
                wanted.append(node)
        elif isinstance(node, ast.FunctionDef) and node.name == "package_constants":
            wanted.append(node)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "ROOT" for t in node.targets
        ):
            wanted.append(node)
    namespace = {"SPECPATH": str(spec_dir)}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace["package_constants"]()


def test_spec_reads_name_version_and_id_from_the_package(tmp_path):
    assert spec_package_constants(SPEC.parent) == (__version__, APP_ID, APP_NAME)
    # and really from the file: a tree whose package says another version gets that version
    (tmp_path / "packaging").mkdir()
    (tmp_path / "debttracker").mkdir()
    (tmp_path / "debttracker" / "__init__.py").write_text(
        '__version__ = "9.8.7"\nAPP_ID = "org.example.Other"\nAPP_NAME = "other"\n'
    )
    assert spec_package_constants(tmp_path / "packaging") == ("9.8.7", "org.example.Other", "other")
    # no version number written into the spec itself
    assert __version__ not in SPEC.read_text(encoding="utf-8")


def test_spec_bundles_the_data_the_app_loads_from_files():
    spec = SPEC.read_text(encoding="utf-8")
    assert '"debttracker/resources"' in spec
    assert '"debttracker/store/migrations"' in spec
    # the target folders are where paths.py looks in a frozen build
    assert paths.migrations_dir() == (Path(debttracker.__file__).parent / "store" / "migrations")
    for name in ("launch_gui.py", "launch_cli.py"):
        assert (PACKAGING / "launchers" / name).exists()
    plist = (PACKAGING / "macos" / "Info.plist").read_bytes()
    keys = plistlib.loads(plist)
    assert keys["NSHighResolutionCapable"] is True
    assert "CFBundleShortVersionString" not in keys  # the spec adds the version


# --- icons --------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_at_its_size(size):
    assert png_size(ICONS / f"{APP_NAME}-{size}.png") == (size, size)


def test_icon_svg_ico_icns(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{APP_NAME}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
    assert (ICONS / f"{APP_NAME}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / f"{APP_NAME}.icns").read_bytes()[:4] == b"icns"


# --- the wheel ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """``pip wheel . --no-deps``, once for the module."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (built,) = out.glob("*.whl")
    return built


def test_wheel_carries_resources_and_migrations(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for size in ICON_SIZES:
        assert f"debttracker/resources/icons/{APP_NAME}-{size}.png" in names
    assert f"debttracker/resources/icons/{APP_NAME}.svg" in names
    for qm in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        assert f"debttracker/resources/translations/{qm.stem}.qm" in names
    migrations = ROOT / "debttracker" / "store" / "migrations"
    assert "debttracker/store/migrations/script.py.mako" in names
    assert "debttracker/store/migrations/env.py" in names
    for version in sorted((migrations / "versions").glob("*.py")):
        assert f"debttracker/store/migrations/versions/{version.name}" in names


def test_wheel_ships_only_what_runs(wheel):
    """Compiled catalogues, not their .ts sources or the dict_*.json they are filled from."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    resources = [n for n in names if n.startswith("debttracker/resources/")]
    assert resources
    assert not [n for n in resources if n.endswith((".ts", ".json"))]
    assert {Path(n).parent.name for n in resources} == {"icons", "translations"}


def imported_distributions() -> set[str]:
    """The distributions whose modules the package imports (stdlib and our own left out)."""
    import importlib.metadata

    modules = set()
    for path in (ROOT / "debttracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    owners = importlib.metadata.packages_distributions()
    found = set()
    for module in modules - set(sys.stdlib_module_names) - {"debttracker"}:
        assert module in owners, f"{module} is imported but installed by no distribution"
        found.update(canonical(name) for name in owners[module])
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_wheel_declares_what_the_package_imports_and_nothing_else(wheel):
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode("utf-8").splitlines()
    required = {
        canonical(re.split(r"[<>=!~;\[ ]", line.split(":", 1)[1].strip())[0])
        for line in lines
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    imported = imported_distributions()
    # PySide6-Essentials installs the PySide6 and shiboken6 modules
    imported = {"pyside6-essentials" if n in {"pyside6", "shiboken6"} else n for n in imported}
    assert imported == required
    assert "chinesecalendar" not in required  # a test checks the holiday table against it


# --- install.sh / uninstall.sh ------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix" or not shutil.which("sh"), reason="POSIX shell scripts")
def test_install_then_uninstall_in_the_users_directories(tmp_path):
    release = tmp_path / "release"
    shutil.copytree(LINUX, release)
    bundle = release / APP_NAME
    icons = bundle / "_internal" / APP_NAME / "resources" / "icons"
    shutil.copytree(ICONS, icons)
    for exe in (APP_NAME, f"{APP_NAME}-cli"):
        (bundle / exe).write_text("#!/bin/sh\necho fake\n")
        (bundle / exe).chmod(0o755)
    home = tmp_path / "home with space"
    data_home = home / ".local" / "share"
    user_data = data_home / APP_NAME
    user_data.mkdir(parents=True)
    (user_data / "debttracker.sqlite3").write_text("precious")
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(data_home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }

    result = subprocess.run(
        ["sh", str(release / "install.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    prefix = home / ".local" / "opt" / APP_NAME
    installed = [
        prefix / APP_NAME,
        prefix / "uninstall.sh",
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(
            data_home / "icons" / "hicolor" / f"{s}x{s}" / "apps" / f"{APP_ID}.png"
            for s in ICON_SIZES
        ),
    ]
    for path in installed:
        assert path.exists(), path
    for exe in (APP_NAME, f"{APP_NAME}-cli"):
        link = home / ".local" / "bin" / exe
        assert link.is_symlink() and link.resolve() == (prefix / exe).resolve()
    entry = desktop_keys(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{prefix / APP_NAME}"'
    assert entry["Icon"] == APP_ID
    assert png_size(installed[-1]) == (512, 512)

    # running it again upgrades in place
    again = subprocess.run(["sh", str(release / "install.sh")], env=env, capture_output=True)
    assert again.returncode == 0

    # the app's start-at-login entry for this bundle (as autostart.py writes it) goes too
    from debttracker.ui.reminders.autostart import desktop_entry

    autostart = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    autostart.parent.mkdir(parents=True)
    autostart.write_text(desktop_entry([str(prefix / APP_NAME), "--minimized"]))
    installed.append(autostart)

    result = subprocess.run(
        ["sh", str(prefix / "uninstall.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for path in installed:
        assert not path.exists(), path
    assert not prefix.exists()
    assert not (home / ".local" / "bin" / APP_NAME).exists()
    assert (user_data / "debttracker.sqlite3").read_text() == "precious"
    assert str(user_data) in result.stdout  # says where the data stayed


@pytest.mark.skipif(os.name != "posix" or not shutil.which("sh"), reason="POSIX shell scripts")
def test_uninstall_leaves_the_autostart_entry_of_another_install(tmp_path):
    from debttracker.ui.reminders.autostart import desktop_entry

    home = tmp_path / "home"
    prefix = home / ".local" / "opt" / APP_NAME
    prefix.mkdir(parents=True)
    shutil.copy(LINUX / "uninstall.sh", prefix / "uninstall.sh")
    (prefix / APP_NAME).write_text("#!/bin/sh\n")
    (prefix / APP_NAME).chmod(0o755)
    autostart = home / ".config" / "autostart" / f"{APP_ID}.desktop"
    autostart.parent.mkdir(parents=True)
    autostart.write_text(desktop_entry([str(home / "src" / ".venv" / "bin" / APP_NAME)]))
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["sh", str(prefix / "uninstall.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert autostart.exists() and "another copy" in result.stdout
    assert not prefix.exists()


def test_install_refuses_to_replace_a_folder_that_is_not_a_bundle(tmp_path):
    release = tmp_path / "release"
    shutil.copytree(LINUX, release)
    (release / APP_NAME).mkdir()
    (release / APP_NAME / APP_NAME).write_text("#!/bin/sh\n")
    (release / APP_NAME / APP_NAME).chmod(0o755)
    shutil.copytree(ICONS, release / APP_NAME / "_internal" / APP_NAME / "resources" / "icons")
    victim = tmp_path / "documents"
    victim.mkdir()
    (victim / "letter.txt").write_text("keep me")
    env = {
        "HOME": str(tmp_path / "home"),
        "DEBTTRACKER_PREFIX": str(victim),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    result = subprocess.run(
        ["sh", str(release / "install.sh")], env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "not a debttracker bundle" in result.stderr
    assert (victim / "letter.txt").read_text() == "keep me"


# The frozen bundle built by `make dist` is tested in tests/test_bundle.py.
