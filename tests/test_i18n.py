"""Languages: complete zh_CN/zh_TW catalogues, catalogues in step with the sources, every
translatable string reachable by lupdate, every tab and dialog in every language, a
pseudo-locale that lengthens every string to catch clipped labels and buttons, Qt's own
buttons translated, the CLI in Chinese, and the .qm in the wheel."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "debttracker"
TS_DIR = ROOT / "resources" / "translations"
TODAY = date(2026, 11, 23)


def load_tool(name: str):
    path = ROOT / "packaging" / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"i18n_tools_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


fill = load_tool("translate_fill")


# --- the catalogues --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_entry_is_translated_and_consistent(language):
    entries = fill.read_ts(fill.ts_path(language))
    assert len(entries) > 900
    report = [
        f"[{e.context}] {e.source!r}: {problem}" for e in entries for problem in fill.problems(e)
    ]
    assert report == [], (
        f"{len(report)} problem(s) in {language}; run packaging/tools/translate_fill.py todo "
        "(docs/translating.md):\n" + "\n".join(report[:40])
    )


def test_english_is_the_source_language():
    entries = fill.read_ts(fill.ts_path("en"))
    assert entries and all(e.finished for e in entries)
    assert all(e.texts() == [""] for e in entries if not e.numerus)


def test_no_string_without_a_context():
    """A module-level tr() lands in the empty context, where Qt never looks it up."""
    orphans = [e.source for e in fill.read_ts(fill.ts_path("zh_CN")) if not e.context]
    assert orphans == []


def test_the_checker_sees_broken_placeholders_and_mnemonics():
    entry = fill.Entry("MainWindow", "&Open %1…", "", False, "打开", "")
    problems = " ".join(fill.problems(entry))
    assert "placeholders" in problems and "mnemonic" in problems and "…" in problems
    good = fill.Entry("MainWindow", "&Open %1…", "", False, "打开 %1(&O)…", "")
    assert fill.problems(good) == []
    colon = fill.Entry("GeneralPage", "Language:", "", False, "语言：", "")
    assert fill.problems(colon) == []


@pytest.fixture(scope="session")
def lupdate_snapshot(tmp_path_factory) -> dict[str, set[tuple[str, str]]]:
    """The (context, source) pairs lupdate finds in the sources now."""
    translations = load_tool("translations")
    out = tmp_path_factory.mktemp("lupdate") / "current.ts"
    cmd = [translations.tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
    subprocess.run(
        [*cmd, *translations.sources(), "-ts", str(out)], check=True, capture_output=True
    )
    return {"found": {(e.context, e.key) for e in fill.read_ts(out)}}


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
def test_catalogues_are_up_to_date_with_the_sources(language, lupdate_snapshot):
    found = lupdate_snapshot["found"]
    have = {(e.context, e.key) for e in fill.read_ts(fill.ts_path(language))}
    new = sorted(found - have)
    gone = sorted(have - found)
    assert not new and not gone, (
        f"{len(new)} string(s) not in debttracker_{language}.ts, {len(gone)} no longer used: "
        "run `python packaging/tools/translate_fill.py update` then `todo` "
        f"(docs/translating.md). New: {new[:20]} Gone: {gone[:20]}"
    )


# --- strings lupdate cannot see ----------------------------------------------------------------

_HELPERS = {"tr", "_tr", "t", "translate"}


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def unreachable_strings(path: Path) -> list[str]:
    """Translatable texts in ``path`` that pyside6-lupdate would not extract (or file wrongly)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            in_fstring.update(id(n) for n in ast.walk(node))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        marks = name in ("QT_TRANSLATE_NOOP", "tr") or (
            name == "translate" and isinstance(node.func, ast.Attribute)
        )
        if marks and id(node) in in_fstring and node.args and any(map(_literal, node.args)):
            found.append(f"{where}: {name}() inside an f-string")
        if name == "QT_TRANSLATE_NOOP" and node.args and not _literal(node.args[0]):
            found.append(f"{where}: QT_TRANSLATE_NOOP with a computed context")
        bare = isinstance(node.func, ast.Name) and name in _HELPERS
        text_at = 1 if name == "translate" else 0  # translate(context, text)
        if bare and len(node.args) > text_at and _literal(node.args[text_at]):
            found.append(f'{where}: {name}("…") is not extracted; wrap it in QT_TRANSLATE_NOOP')
    return found


def test_every_translatable_string_is_reachable_by_lupdate():
    files = [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts]
    found = [line for path in files for line in unreachable_strings(path)]
    assert found == []


def test_the_reachability_checker_sees_the_usual_mistakes(tmp_path):
    sample = ROOT / "tests" / "_i18n_probe.py"
    sample.write_text(
        "CTX = 'x'\n"
        "a = tr('hidden')\n"
        "b = QT_TRANSLATE_NOOP(CTX, 'computed')\n"
        "c = f\"{self.tr('in f-string')}\"\n"
        "d = tr(QT_TRANSLATE_NOOP('x', 'fine'))\n",
        encoding="utf-8",
    )
    try:
        found = unreachable_strings(sample)
    finally:
        sample.unlink()
    assert len(found) == 3, found


# --- Qt side: catalogues compiled, windows in every language -----------------------------------


@pytest.fixture(scope="session")
def compiled_catalogues() -> None:
    """Compile the .qm next to the .ts when missing or older (``make translations`` does this)."""
    stale = [
        ts
        for ts in TS_DIR.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        load_tool("translations").release()


@pytest.fixture
def english_after(qapp) -> Iterator[None]:
    """Translators are process-wide: whatever a test installs, English is back afterwards."""
    from debttracker.i18n import install_translators

    yield
    install_translators(qapp, "en")


def sample_window(data: Path, language: str, monkeypatch):
    from debttracker.store.db import open_database
    from debttracker.store.sample import generate
    from debttracker.ui.app import build_main_window

    monkeypatch.setenv("DEBTTRACKER_LANG", language)
    db = open_database(data)
    generate(db, today=TODAY, scale="small")
    db.close()
    window = build_main_window(data)
    window.ctx.today = lambda: TODAY
    return window


def openers(window) -> list[tuple[str, Callable[[], object]]]:
    """Every dialog a user reaches from the tabs and the menus, opened the way the UI does."""
    ledger = window.tab("ledgerTab")
    budget = window.tab("budgetTab")
    actions = window.tab("negotiationTab").actions
    return [
        ("preferences", window.show_preferences),
        ("add debt", ledger.open_add_debt),
        ("edit debt", ledger.open_edit_debt),
        ("add lender", ledger.open_add_lender),
        ("lenders", ledger.open_lenders),
        ("record payment", ledger.open_record_payment),
        ("budget line", budget._open_line_dialog),
        ("hardship", budget.edit_hardship),
        ("statement", budget.export_statement),
        ("contact", actions.log_contact),
        ("promise", actions.add_promise),
        ("agreement", actions.add_agreement),
        ("incident", actions.add_incident),
        ("reflection", actions.add_note),
        ("case file", actions.export_case_file),
    ]


def texts_of(widget) -> list:
    """The labels and buttons inside ``widget``."""
    from PySide6.QtWidgets import QLabel, QPushButton

    return [*widget.findChildren(QLabel), *widget.findChildren(QPushButton)]


def visible_dialogs():
    from PySide6.QtWidgets import QApplication, QDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def walk_ui(window, qtbot, check: Callable[[object, str], None]) -> None:
    """Show every tab, then open and close every dialog, calling ``check(widget, where)``."""
    from debttracker.ui.main_window import TAB_SPECS

    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    for object_name, _module, _cls in TAB_SPECS:
        window.show_tab(object_name)
        qtbot.wait(50)
        check(window.tab(object_name), object_name)
    window.show_tab("ledgerTab")
    for name, opener in openers(window):
        before = set(map(id, visible_dialogs()))
        opener()
        qtbot.wait(30)
        opened = [d for d in visible_dialogs() if id(d) not in before]
        assert opened, f"{name}: no dialog opened"
        for dialog in opened:
            check(dialog, name)
            dialog.reject()
        qtbot.wait(10)


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_every_tab_and_dialog_opens_in_every_language(
    language, qtbot, tmp_path, monkeypatch, compiled_catalogues, english_after
):

    window = sample_window(tmp_path / "d", language, monkeypatch)
    qtbot.addWidget(window)
    seen: list[str] = []

    def check(widget, where):
        texts = [w.text() for w in texts_of(widget) if w.isVisible()]
        seen.extend(texts)
        assert window.windowTitle()
        # fits a 1280×800 screen: the window and every dialog at their minimum size
        need = widget.window().minimumSizeHint()
        assert need.width() <= 1280 and need.height() <= 800, (where, need.toTuple())

    try:
        walk_ui(window, qtbot, check)
    finally:
        window.shutdown()
    han = sum(1 for text in seen if re.search(r"[\u4e00-\u9fff]", text))
    if language == "en":
        assert "Click a debt to open it in the ledger." in seen
    else:
        assert han > len(seen) * 0.5, "most visible texts should be in Chinese"


# --- pseudo-locale ----------------------------------------------------------------------------

_ACCENTS = str.maketrans(
    "aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž"
)  # same widths as the letters, roughly, so only the padding lengthens
_KEEP = re.compile(r"(%\d+|%n|\{[A-Za-z_]+\}|&.|\(.*?[\u4e00-\u9fff].*?\))")
_DATE_PATTERN = re.compile(r"^[dMyHhmsAap .:/,'-]+$")


def pseudo(text: str) -> str:
    """Accented and ~40 % longer, placeholders and mnemonics kept, in brackets to spot cuts."""
    if not text.strip() or _DATE_PATTERN.match(text):
        return text
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    pad = "~" * max(1, round(len(text) * 0.4))
    return f"[{body}{pad}]"


def make_pseudo_translator(parent):
    from PySide6.QtCore import QTranslator

    class Pseudo(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return pseudo(source) if source else source

        def isEmpty(self):
            return False

    return Pseudo(parent)


def clipped(widget) -> str | None:
    """Why a single-line label or button cannot show its whole text at its current width."""
    from PySide6.QtWidgets import QLabel, QPushButton

    text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or "\n" in text or not widget.isVisible():
        return None
    if isinstance(widget, QLabel):
        if widget.wordWrap() or (widget.textFormat() not in (0, 2) and "<" in text):
            return None
        room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return None
    elif isinstance(widget, QPushButton):
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        room = widget.width() - 12 - icon
    else:
        return None
    need = widget.fontMetrics().horizontalAdvance(text)
    if need > room + 1:
        return (
            f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}: {need}px in {room}px"
        )
    return None


def test_pseudo_locale_nothing_clipped(qtbot, tmp_path, monkeypatch, english_after, qapp):
    """Every string ~40 % longer (as German or a long Chinese phrase would be): no label or
    button in any tab or dialog cuts its text at the default window size."""

    translator = make_pseudo_translator(qapp)
    qapp.installTranslator(translator)
    problems: list[str] = []
    untranslated: set[str] = set()
    too_wide: set[str] = set()  # reported, not failed: real languages are checked above
    try:
        window = sample_window(tmp_path / "d", "en", monkeypatch)
        qtbot.addWidget(window)

        def check(widget, where):
            for w in texts_of(widget):
                why = clipped(w)
                if why:
                    problems.append(f"{where}: {why}")
                text = w.text() if w.isVisible() else ""
                width = widget.window().minimumSizeHint().width()
                if width > 1280:
                    too_wide.add(f"{where}: {width} px")
                if re.search(r"[A-Za-z]{4}", text) and "[" not in text and "~" not in text:
                    untranslated.add(f"{where}: {text!r}")

        try:
            walk_ui(window, qtbot, check)
        finally:
            window.shutdown()
    finally:
        qapp.removeTranslator(translator)
    print("\nnot through tr() (shown as is):", *sorted(untranslated), sep="\n  ")
    print("wider than 1280 px at +40 %:", *sorted(too_wide), sep="\n  ")
    assert problems == [], "\n".join(problems)


def test_pseudo_keeps_what_must_stay():
    assert pseudo("&Open %1…").count("%1") == 1 and "&O" in pseudo("&Open %1…")
    assert pseudo("MMMM yyyy") == "MMMM yyyy"
    assert len(pseudo("Total owed")) >= len("Total owed") * 1.4


# --- Qt's own strings, the CLI, the wheel --------------------------------------------------------


def test_standard_buttons_come_out_translated(qtbot, compiled_catalogues, english_after, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from debttracker.i18n import install_translators

    assert install_translators(qapp, "zh_CN") == "zh_CN"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert "确定" in ok and "取消" in cancel, (ok, cancel)
    install_translators(qapp, "zh_TW")
    box2 = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box2)
    assert "取消" in box2.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_language_choice():
    from debttracker.i18n import normalise

    assert normalise("zh_HK") == "zh_TW"
    assert normalise("zh-Hant-TW") == "zh_TW"
    assert normalise("zh_SG") == "zh_CN"
    assert normalise("fr_FR") == "en"
    assert normalise("C") == "en"


def cli(*args: str, env_lang: str | None = None, data: Path) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, DEBTTRACKER_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    env.pop("DEBTTRACKER_LANG", None)
    if env_lang:
        env["DEBTTRACKER_LANG"] = env_lang
    return subprocess.run(
        [sys.executable, "-m", "debttracker.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def test_cli_speaks_the_chosen_language(tmp_path, compiled_catalogues):
    data = tmp_path / "d"
    assert cli("sample-data", data=data).returncode == 0
    english = cli("--lang", "en", "debts", data=data)
    assert "next " in english.stdout
    chinese = cli("--lang", "zh_CN", "debts", data=data)
    assert chinese.returncode == 0 and "下次" in chinese.stdout and "年化" in chinese.stdout
    traditional = cli("budget", env_lang="zh_TW", data=data)
    assert traditional.returncode == 0 and "預算" in traditional.stdout
    bad = cli("--lang", "zh_CN", "schedule", "--principal", "x", "--annual-rate", "4.9",
              "--months", "12", "--start", "2026-01-01", "--method", "annuity", data=data)  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert re.search(r"[\u4e00-\u9fff]", bad.stderr), bad.stderr


def test_cli_follows_the_stored_setting(tmp_path, compiled_catalogues):
    import sqlite3

    data = tmp_path / "d"
    assert cli("sample-data", data=data).returncode == 0
    with sqlite3.connect(data / "debttracker.sqlite3") as conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('ui.language', 'zh_TW')")
    assert "預算" in cli("budget", data=data).stdout
    assert "Budget for" in cli("--lang", "en", "budget", data=data).stdout


@pytest.mark.skipif(not shutil.which("git"), reason="needs git for a clean copy")
def test_wheel_carries_compiled_catalogues(tmp_path):
    """The build hook compiles the .ts: the wheel has every .qm even from a clean checkout."""
    src = tmp_path / "src"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{ROOT}", str(src)], check=True)
    for name in ("pyproject.toml", "packaging/hatch_build.py"):
        shutil.copy(ROOT / name, src / name)  # the working copy's build setup
    for ts in TS_DIR.glob("*.ts"):
        shutil.copy(ts, src / "resources" / "translations" / ts.name)
    out = tmp_path / "wheel"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = out.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("zh_CN", "zh_TW", "en"):
        assert f"debttracker/resources/translations/debttracker_{language}.qm" in names
