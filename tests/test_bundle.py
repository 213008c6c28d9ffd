"""The frozen Linux bundle that ``make dist`` builds (``slow``: one build, ~2 minutes).

One build for the module: ``make dist`` itself (``packaging/tools/build_dist.py``, which fails
when the frozen ``--self-test`` fails), then: the self-test again under Traditional Chinese,
every shared library loads, the wheels' libraries are the wheels' bytes (nothing stripped),
no host copy of a library every desktop has, and the highest glibc symbol version any ELF file
of the bundle needs (``objdump -T``) is at most the baseline recorded in README.md.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from debttracker import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "packaging" / "tools" / "build_dist.py"
BUNDLE = ROOT / "dist" / APP_NAME

#: the glibc the bundle needs, at most: Python 3.11 as built on the build host (Debian 12,
#: glibc 2.36) needs 2.35 (libpython3.11.so); PySide6 6.12's wheels are manylinux_2_34.
GLIBC_BASELINE = (2, 35)
#: what may need more than glibc 2.31 (Ubuntu 20.04, Debian 11), and why; all else may not
ABOVE_2_31 = {
    # the interpreter and what it links, from the build host
    r"_internal/libpython3\.11\.so\.1\.0": "the host's Python build",
    r"_internal/python3\.11/lib-dynload/.*": "the host's Python build",
    r"_internal/lib(ssl|crypto|sqlite3|readline|tinfo|ffi)\.so\..*": "the host's, for Python",
    # PySide6 6.12: manylinux_2_34 wheels
    r"_internal/PySide6/.*": "PySide6 6.12 wheel (manylinux_2_34)",
    r"_internal/libQt6.*|_internal/lib(pyside6|shiboken6)\.abi3.*": "PySide6 6.12 wheel",
    r"_internal/shiboken6/.*": "shiboken6 6.12 wheel (manylinux_2_34)",
}
#: host libraries the spec must leave to the system (a sample of its SYSTEM_LIBRARIES)
SYSTEM_SONAMES = (
    "libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1", "libz.so.1", "libX11.so.6",
    "libxcb.so.1", "libglib-2.0.so.0", "libfontconfig.so.1", "libfreetype.so.6",
    "libdbus-1.so.3",
)  # fmt: skip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """``make dist`` once for the module; its log is in the failure message."""
    log = tmp_path_factory.mktemp("dist") / "dist.log"
    with log.open("w") as out:
        built = subprocess.run(
            [sys.executable, str(BUILD)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            timeout=1800,
        )  # fmt: skip
    text = log.read_text()
    assert built.returncode == 0, text[-6000:]
    assert "self-test passed" in text, text[-6000:]
    return BUNDLE


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def glibc_needed(path: Path, objdump: str) -> tuple[int, ...]:
    """The highest ``GLIBC_x.y`` version among the dynamic symbols ``path`` imports."""
    out = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True).stdout
    versions = [tuple(map(int, v.split("."))) for v in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", out)]
    return max(versions, default=())


def test_the_frozen_self_test_passes_in_chinese_too(bundle):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEBTTRACKER_LANG="zh_TW")
    result = subprocess.run(
        [str(bundle / APP_NAME), "--self-test"], env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    for line in ("shared libraries load", "numpy", "Qt backend", "case file PDF", "statement"):
        assert line in result.stdout
    assert len(re.findall(r"^ok +chart \w+ draws", result.stdout, re.M)) >= 5
    assert "FAIL" not in result.stdout


def test_every_shared_library_of_the_bundle_loads(bundle):
    """dlopen (RTLD_NOW) each .so in a fresh process with the bundle's library path, as the
    bootloader sets it; a library that strip broke or that needs what the system lacks fails."""
    from debttracker.ui.selftest import shared_libraries

    libraries = shared_libraries(bundle)
    assert len(libraries) > 100
    assert any("libscipy_openblas" in p.name for p in libraries)
    assert any("libgfortran" in p.name for p in libraries)
    script = (
        "import sys; from pathlib import Path; from debttracker.ui.selftest import load_libraries\n"
        "bad = load_libraries(Path(sys.argv[1]))\n"
        "print('\\n'.join(f'{p}: {why}' for p, why in bad), flush=True)\n"
        # a second libpython is now in the process: leave without finalising the interpreter
        "import os; os._exit(1 if bad else 0)\n"
    )
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    result = subprocess.run(
        [sys.executable, "-c", script, str(bundle)], env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_wheels_libraries_are_bundled_unchanged(bundle):
    """Nothing stripped: numpy's and pillow's own libraries are byte for byte the wheels'."""
    import numpy
    import PIL

    site = Path(numpy.__file__).parents[1]
    assert Path(PIL.__file__).parents[1] == site
    compared = 0
    for libs in (site / "numpy.libs", site / "pillow.libs"):
        for source in sorted(libs.glob("*.so*")):
            copies = list(bundle.rglob(source.name))
            assert copies, f"{source.name} is not in the bundle"
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
            assert hashlib.sha256(copies[0].read_bytes()).hexdigest() == digest, source.name
            compared += 1
    assert compared >= 5


def test_no_host_copy_of_a_library_every_desktop_has(bundle):
    names = {path.name for path in bundle.rglob("*")}
    assert not [soname for soname in SYSTEM_SONAMES if soname in names]


def test_highest_glibc_version_the_bundle_needs(bundle):
    objdump = shutil.which("objdump")
    if objdump is None:
        pytest.skip("objdump missing: apt-get install binutils (make sysdeps does)")
    needs = {
        str(path.relative_to(bundle)): glibc_needed(path, objdump) for path in elf_files(bundle)
    }
    assert len(needs) > 100
    too_new = {p: v for p, v in needs.items() if v > GLIBC_BASELINE}
    assert not too_new, f"above glibc {GLIBC_BASELINE}: {too_new}"
    above = {
        p: v
        for p, v in needs.items()
        if v > (2, 31) and not any(re.fullmatch(pattern, p) for pattern in ABOVE_2_31)
    }
    assert not above, f"need more than glibc 2.31 without a known reason: {above}"
    # the baseline is the truth, not a ceiling: something does need it (raise it, or lower it)
    assert max(needs.values()) == GLIBC_BASELINE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"glibc {'.'.join(map(str, GLIBC_BASELINE))}" in readme


def test_the_cli_and_the_tarball(bundle):
    cli = subprocess.run(
        [str(bundle / f"{APP_NAME}-cli"), "--version"], capture_output=True, text=True
    )
    assert cli.returncode == 0 and __version__ in cli.stdout + cli.stderr
    machine = os.uname().machine
    tarball = ROOT / "dist" / f"{APP_NAME}-{__version__}-linux-{machine}.tar.gz"
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    top = tarball.name.removesuffix(".tar.gz")
    for name in ("install.sh", "uninstall.sh", f"{APP_ID}.desktop", f"{APP_NAME}/{APP_NAME}"):
        assert f"{top}/{name}" in names
    assert f"{top}/{APP_NAME}/_internal/debttracker/store/migrations/env.py" in names
    ours = [n for n in names if "/_internal/debttracker/resources/" in n]
    assert any(n.endswith("debttracker_zh_CN.qm") for n in ours)
    assert not [n for n in ours if n.endswith((".ts", ".json"))]
