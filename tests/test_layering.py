"""The import rules of DESIGN.md §2, read from the source so they cannot rot.

core imports nothing of ours but core, and neither Qt nor SQL; store never imports Qt;
nothing but the GUI entry point (debttracker/gui.py) and ui itself imports ui.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "debttracker"

QT = ("PySide6", "shiboken6", "matplotlib.backends.backend_qtagg")
SQL = ("sqlalchemy", "sqlmodel", "alembic", "sqlite3")


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports inside functions count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def files_in(sub: str) -> list[Path]:
    return sorted((PACKAGE / sub).rglob("*.py"))


def starts_with_any(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("path", files_in("core"), ids=lambda p: p.name)
def test_core_is_pure(path: Path) -> None:
    bad = {
        m
        for m in imported_modules(path)
        if starts_with_any(m, QT + SQL)
        or (m.startswith("debttracker") and not starts_with_any(m, ("debttracker.core",)))
    }
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


@pytest.mark.parametrize("path", files_in("store"), ids=lambda p: p.name)
def test_store_has_no_qt(path: Path) -> None:
    bad = {
        m
        for m in imported_modules(path)
        if starts_with_any(m, QT) or starts_with_any(m, ("debttracker.ui", "debttracker.cli"))
    }
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_only_the_gui_entry_imports_ui() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel == Path("gui.py"):
            continue
        if any(starts_with_any(m, ("debttracker.ui",)) for m in imported_modules(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_the_checker_sees_lazy_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n    import sqlmodel\n")
    assert {"PySide6.QtCore", "sqlmodel"} <= imported_modules(sample)
