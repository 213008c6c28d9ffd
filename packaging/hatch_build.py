"""Hatchling build hook: compile ``resources/translations/*.ts`` into the wheel.

The ``.qm`` catalogues are build products (gitignored, never committed).  For a wheel this hook
runs ``pyside6-lrelease`` from the build environment (PySide6-Essentials is listed in
``[build-system] requires``) into a temporary folder and adds each ``.qm`` as
``debttracker/resources/translations/<name>.qm``.  Any ``.qm`` left in the source tree by
``make translations`` is excluded first, so the wheel always carries fresh ones.

Enabled in pyproject.toml by::

    [tool.hatch.build.hooks.custom]
    path = "packaging/hatch_build.py"
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TARGET = "debttracker/resources/translations"


def lrelease() -> list[str]:
    """The lrelease command of the PySide6 in this (build) environment."""
    script = Path(sys.executable).with_name("pyside6-lrelease")
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:  # pragma: no cover - build-system requires PySide6
        raise RuntimeError("pyside6-lrelease not found: add PySide6-Essentials") from exc
    binary = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if not binary.exists():  # pragma: no cover
        raise RuntimeError(f"lrelease not found next to {PySide6.__file__}")
    return [str(binary)]


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / "resources" / "translations").glob("*.ts"))
        if not sources:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="debttracker-qm-")
        out = Path(self._tmp.name)
        command = lrelease()
        for ts in sources:
            qm = out / f"{ts.stem}.qm"
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.exists():
                raise RuntimeError(f"lrelease wrote nothing for {ts.name}")
            build_data["force_include"][str(qm)] = f"{TARGET}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            tmp.cleanup()
