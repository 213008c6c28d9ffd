"""Compile resources/translations/*.ts to .qm (``make translations``; the wheel build does the same).

``--update`` first refreshes the .ts files from the sources with
``pyside6-lupdate -locations none -no-obsolete`` (no line numbers, no stale entries).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW", "en")


def tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter, else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "debttracker").rglob("*.py"))
    return [str(f) for f in files if "migrations" not in f.parts]


def update() -> None:
    for language in LANGUAGES:
        ts = TS_DIR / f"debttracker_{language}.ts"
        cmd = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources()]
        cmd += ["-target-language", language, "-ts", str(ts)]
        subprocess.run(cmd, check=True, capture_output=True)


def release() -> list[Path]:
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    built = release()
    print(f"translations: {len(built)} catalogue(s) compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
