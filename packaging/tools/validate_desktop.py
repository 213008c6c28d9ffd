"""Validate the Linux desktop entry and AppStream metainfo of packaging/linux/.

Runs ``desktop-file-validate`` and ``appstreamcli validate --no-net``. When a validator is
missing and we are root on a Debian-like system, its package (desktop-file-utils, appstream) is
installed with apt-get first; otherwise the missing tool is reported and the exit status is 2.
Exit status: 0 all valid, 1 something invalid, 2 a validator is not available.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
#: validator command -> Debian package that provides it
TOOLS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def app_id() -> str:
    for line in (ROOT / "debttracker" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("APP_ID"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("APP_ID not found in debttracker/__init__.py")


def ensure_tools(install: bool = True) -> dict[str, str | None]:
    """Path of each validator; missing ones installed with apt-get when we are root."""
    found = {tool: shutil.which(tool) for tool in TOOLS}
    missing = [TOOLS[tool] for tool, path in found.items() if path is None]
    can_install = (
        install
        and missing
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("apt-get")
    )
    if can_install:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            env=env,
            capture_output=True,
            check=False,
        )
        found = {tool: shutil.which(tool) for tool in TOOLS}
    return found


def validate_desktop_entry(tool: str, path: Path) -> tuple[bool, str]:
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    # desktop-file-validate exits 0 on hints and warnings; count only errors as failures
    return result.returncode == 0 and ": error:" not in output, output


def validate_metainfo(tool: str, path: Path) -> tuple[bool, str]:
    result = subprocess.run(
        [tool, "validate", "--no-net", str(path)], capture_output=True, text=True, check=False
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def main() -> int:
    tools = ensure_tools()
    missing = [tool for tool, path in tools.items() if path is None]
    if missing:
        packages = " ".join(TOOLS[t] for t in missing)
        print(f"validators missing: {', '.join(missing)} (install: apt-get install {packages})")
        return 2
    ident = app_id()
    checks = [
        (validate_desktop_entry, tools["desktop-file-validate"], LINUX / f"{ident}.desktop"),
        (validate_metainfo, tools["appstreamcli"], LINUX / f"{ident}.metainfo.xml"),
    ]
    failed = 0
    for check, tool, path in checks:
        assert tool is not None
        ok, output = check(tool, path)
        print(f"{'ok  ' if ok else 'FAIL'} {path.relative_to(ROOT)}")
        if output and not ok:
            print(output)
        failed += 0 if ok else 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
