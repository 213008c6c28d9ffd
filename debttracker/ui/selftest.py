"""``debttracker --self-test``: prove that a build (source or frozen bundle) works as installed.

``make dist`` runs it in the frozen bundle and fails when it fails. It checks, one line each:

* every shared library of the bundle loads (``dlopen`` of each ``.so`` under the bundle: a
  library corrupted by ``strip`` or needing what the system lacks fails here);
* numpy (with its BLAS) and matplotlib's Qt backend import and compute;
* on the sample data in a temporary data directory (:mod:`ui.selftest_app`): the store opens
  at the head migration, every tab is built and shown, every chart of the app draws to an
  image, both PDFs (case file, financial statement) are written, the translations load, and no
  error dialog or uncaught exception appears.

Exits 0 only when every check passes. Nothing outside the temporary directory is touched.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

Check = tuple[str, bool, str]  # name, passed, detail


def bundle_dir() -> Path | None:
    """The folder of the frozen app (None when running from source)."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def shared_libraries(root: Path) -> list[Path]:
    """Every ELF shared object under ``root`` (``*.so`` and ``*.so.N``), symlinks left out."""
    found = []
    for path in sorted(root.rglob("*.so*")):
        if path.is_file() and not path.is_symlink() and ".so" in path.name and is_elf(path):
            found.append(path)
    return found


def dlopen(path: Path) -> None:
    """``dlopen(path, RTLD_NOW)``: every symbol must resolve. ``_ctypes.dlopen`` and not
    ``ctypes.CDLL``, whose PyInstaller wrapper replaces the loader's message with a guess."""
    import _ctypes

    _ctypes.dlopen(str(path), ctypes.RTLD_LOCAL | os.RTLD_NOW)


def load_libraries(root: Path) -> list[tuple[Path, str]]:
    """``dlopen`` every shared library under ``root``; the ones that fail, with the reason.

    Libraries are opened in passes so that one that needs a sibling loaded first (no RUNPATH
    to it) gets it on a later pass; what still fails after a pass with no progress is real."""
    pending = shared_libraries(root)
    errors: dict[Path, str] = {}
    while pending:
        failed = []
        for path in pending:
            try:
                dlopen(path)
            except OSError as exc:
                errors[path] = str(exc)
                failed.append(path)
            else:
                errors.pop(path, None)
        if len(failed) == len(pending):
            break
        pending = failed
    return [(path, errors[path]) for path in pending]


def check_libraries() -> Iterator[Check]:
    root = bundle_dir()
    if root is None:
        yield ("shared libraries (not frozen: skipped)", True, "")
        return
    count = len(shared_libraries(root))
    failures = load_libraries(root)
    for path, reason in failures:
        yield (f"load {path.relative_to(root)}", False, reason)
    yield (f"{count - len(failures)} of {count} shared libraries load", not failures, "")


def check_numpy() -> Iterator[Check]:
    import numpy

    matrix = numpy.array([[4.0, 1.0], [2.0, 3.0]])
    solved = numpy.linalg.solve(matrix, numpy.array([1.0, 2.0]))  # goes through the BLAS/LAPACK
    ok = bool(numpy.allclose(matrix @ solved, [1.0, 2.0]))
    yield (f"numpy {numpy.__version__} computes", ok, "")


def check_matplotlib() -> Iterator[Check]:
    import matplotlib
    from matplotlib.backends import backend_qtagg

    yield (
        f"matplotlib {matplotlib.__version__} Qt backend",
        bool(backend_qtagg.FigureCanvasQTAgg),
        "",
    )


def guarded(name: str, step: Callable[[], Iterator[Check]]) -> Iterator[Check]:
    """The checks of ``step``; an exception becomes one failed check naming it."""
    try:
        yield from step()
    except Exception as exc:  # a self-test reports, it does not crash
        yield (name, False, f"{type(exc).__name__}: {exc}")


def report(checks: Iterator[Check]) -> int:
    failures = 0
    for name, ok, detail in checks:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        failures += 0 if ok else 1
    print("self-test passed" if failures == 0 else f"self-test failed: {failures} check(s)")
    return failures


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="debttracker-selftest-"))
    try:
        from debttracker.ui import selftest_app

        def steps() -> Iterator[Check]:
            yield from guarded("shared libraries", check_libraries)
            yield from guarded("numpy", check_numpy)
            yield from guarded("matplotlib", check_matplotlib)
            yield from guarded("the app", lambda: selftest_app.check_app(tmp))

        failures = report(steps())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if failures == 0 else 1
