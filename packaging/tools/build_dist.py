"""``make dist``: build the one-folder app bundle, prove it runs, and pack it.

1. compile the translations (``packaging/tools/translations.py``);
2. install PyInstaller into the running environment when missing (a build tool, not a
   dependency of the app or of the tests);
3. run PyInstaller with ``packaging/debttracker.spec`` into ``dist/debttracker/``;
4. run the frozen ``debttracker --self-test`` offscreen (must exit 0);
5. on Linux, write ``dist/debttracker-<version>-linux-<machine>.tar.gz``: the bundle plus the
   desktop entry, metainfo and install/uninstall scripts of ``packaging/linux/``.

``--skip-self-test`` is for iterating on the spec only; ``make dist`` never passes it.
"""

from __future__ import annotations

import argparse
import ast
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "debttracker.spec"
LINUX = ROOT / "packaging" / "linux"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"


def package_constants() -> dict[str, str]:
    """``__version__``, ``APP_ID`` and ``APP_NAME`` as written in debttracker/__init__.py."""
    tree = ast.parse((ROOT / "debttracker" / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def run(cmd: list[str], **kwargs) -> None:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQUIREMENT])


def build_bundle(dist: Path, work: Path) -> Path:
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
    )
    name = package_constants()["APP_NAME"]
    if sys.platform == "darwin":
        return dist / f"{name}.app"
    return dist / name


def executable(bundle: Path, name: str) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / name
    return bundle / (f"{name}.exe" if os.name == "nt" else name)


def self_test(bundle: Path) -> int:
    """Run the frozen app's --self-test offscreen; its own output goes straight to ours."""
    exe = executable(bundle, package_constants()["APP_NAME"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"+ {exe} --self-test", flush=True)
    return subprocess.run([str(exe), "--self-test"], env=env, timeout=300).returncode


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(bundle: Path, dist: Path) -> Path:
    constants = package_constants()
    machine = platform.machine().lower() or "unknown"
    stem = f"{constants['APP_NAME']}-{constants['__version__']}-linux-{machine}"
    target = dist / f"{stem}.tar.gz"
    app_id = constants["APP_ID"]
    extras = [
        (LINUX / "install.sh", "install.sh"),
        (LINUX / "uninstall.sh", "uninstall.sh"),
        (LINUX / f"{app_id}.desktop", f"{app_id}.desktop"),
        (LINUX / f"{app_id}.metainfo.xml", f"{app_id}.metainfo.xml"),
    ]
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{stem}/{bundle.name}", filter=_normalise)
        for source, name in extras:
            tar.add(source, arcname=f"{stem}/{name}", filter=_normalise)
    return target


def make_windows_installer() -> None:
    """Inno Setup's compiler, when installed, turns the bundle into a per-user setup.exe."""
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    script = ROOT / "packaging" / "windows" / "debttracker.iss"
    if iscc is None:
        print(f"installer: Inno Setup not found; install it, then: iscc {script}")
        return
    run([iscc, f"/DAppVersion={package_constants()['__version__']}", str(script)])


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--skip-self-test", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    run([sys.executable, str(ROOT / "packaging" / "tools" / "translations.py")], cwd=ROOT)
    ensure_pyinstaller()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    print(f"bundle: {bundle} ({dir_size(bundle) / 2**20:.0f} MiB)")
    if not args.skip_self_test:
        status = self_test(bundle)
        if status != 0:
            print(f"dist: the frozen app's --self-test failed (exit {status})", file=sys.stderr)
            return 1
    if sys.platform.startswith("linux"):
        tarball = make_tarball(bundle, args.dist.resolve())
        print(f"archive: {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB)")
    elif os.name == "nt":
        make_windows_installer()
    return 0


if __name__ == "__main__":
    sys.exit(main())
