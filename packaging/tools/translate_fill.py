"""Keep the .ts catalogues translated: dictionaries in, unfinished entries out, checks.

The translations live in ``resources/translations/dict_<lang>.json`` (``{context: {source:
translation}}``, sorted, one file per language); the ``.ts`` files are generated from the sources
(``pyside6-lupdate``) and filled from the dictionaries, so a string that moves between files or
is re-extracted keeps its translation.  See docs/translating.md for the workflow::

    python packaging/tools/translate_fill.py update   # lupdate, then fill the .ts from the dicts
    python packaging/tools/translate_fill.py todo     # write todo_<lang>.json: what is missing
    # ... translate the todo files ...
    python packaging/tools/translate_fill.py merge    # todo -> dicts -> .ts, removes the todo files
    python packaging/tools/translate_fill.py check    # exit 1 on anything unfinished or suspect

``stats`` prints the counts; ``fill`` re-applies the dictionaries without running lupdate.
English (``debttracker_en.ts``) is the source language: every entry is marked finished with an
empty translation (Qt then shows the source text); numerus entries take their forms from
``dict_en.json`` when it has them.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TARGETS = ("zh_CN", "zh_TW")  # translated by us; "en" is the source language
ALL = (*TARGETS, "en")

_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"(<message(?P<attrs>[^>]*)>)(?P<body>.*?)(</message>)", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S
)
_NUMERUS = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
_TYPE = re.compile(r'\s*type="([^"]*)"')

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"&([^&\s])")
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")


def ts_path(language: str) -> Path:
    return TS_DIR / f"debttracker_{language}.ts"


def dict_path(language: str) -> Path:
    return TS_DIR / f"dict_{language}.json"


def todo_path(language: str) -> Path:
    return TS_DIR / f"todo_{language}.json"


def escape(text: str) -> str:
    """Escape like lupdate does, so a filled file round-trips through lupdate unchanged."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def unescape(text: str) -> str:
    return html.unescape(text)


@dataclass
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    translation: str | list[str]
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def key(self) -> str:
        """Key in the dictionaries: the source, plus the disambiguation comment if any."""
        return f"{self.source} ⟦{self.comment}⟧" if self.comment else self.source

    @property
    def finished(self) -> bool:
        return self.kind == ""

    def texts(self) -> list[str]:
        return self.translation if isinstance(self.translation, list) else [self.translation]


def _parse_translation(numerus: bool, attrs: str, text: str | None) -> tuple[str, str | list]:
    kind_match = _TYPE.search(attrs)
    kind = kind_match.group(1) if kind_match else ""
    if numerus:
        return kind, [unescape(t) for t in _NUMERUS.findall(text or "")]
    return kind, unescape(text or "")


def read_ts(path: Path) -> list[Entry]:
    text = path.read_text(encoding="utf-8")
    entries = []
    for ctx_match in _CONTEXT.finditer(text):
        context = unescape(ctx_match.group(1))
        for m in _MESSAGE.finditer(ctx_match.group(2)):
            body = m.group("body")
            source_match = _SOURCE.search(body)
            tr_match = _TRANSLATION.search(body)
            if not source_match or not tr_match:
                continue
            comment = _COMMENT.search(body)
            numerus = 'numerus="yes"' in m.group("attrs")
            kind, translation = _parse_translation(
                numerus, tr_match.group("attrs"), tr_match.group("text")
            )
            entries.append(
                Entry(
                    context,
                    unescape(source_match.group(1)),
                    unescape(comment.group(1)) if comment else "",
                    numerus,
                    translation,
                    kind,
                )
            )
    return entries


def load_dict(language: str) -> dict[str, dict[str, str | list[str]]]:
    path = dict_path(language)
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def save_dict(language: str, data: dict[str, dict[str, str | list[str]]]) -> None:
    ordered = {c: dict(sorted(data[c].items())) for c in sorted(data) if data[c]}
    text = json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"
    dict_path(language).write_text(text, encoding="utf-8")


def _translation_xml(
    indent: str, entry: Entry, value: str | list[str] | None, source_language: bool
) -> str:
    """The <translation> element for ``value`` (None = leave unfinished and empty)."""
    if source_language and not entry.numerus:
        return f"{indent}<translation></translation>"
    attrs = ' type="unfinished"' if value is None else ""
    if entry.numerus:
        forms = value if isinstance(value, list) else [value or ""]
        inner = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>" for f in forms)
        return f"{indent}<translation{attrs}>{inner}\n{indent}</translation>"
    return f"{indent}<translation{attrs}>{escape(str(value or ''))}</translation>"


def fill_ts(language: str) -> tuple[int, int]:
    """Write the dictionary's translations into the .ts; returns (filled, still missing)."""
    path = ts_path(language)
    text = path.read_text(encoding="utf-8")
    table = load_dict(language)
    counts = [0, 0]

    def fix_context(ctx_match: re.Match[str]) -> str:
        context = unescape(ctx_match.group(1))

        def fix_message(m: re.Match[str]) -> str:
            body = m.group("body")
            source_match = _SOURCE.search(body)
            comment = _COMMENT.search(body)
            numerus = 'numerus="yes"' in m.group("attrs")
            if not source_match:
                return m.group(0)
            entry = Entry(
                context,
                unescape(source_match.group(1)),
                unescape(comment.group(1)) if comment else "",
                numerus,
                "",
                "",
            )
            value = table.get(context, {}).get(entry.key)
            if language == "en" and value is None and numerus:
                value = [entry.source, entry.source]
            if value in ("", []):
                value = None
            counts[0 if (value is not None or language == "en") else 1] += 1

            def repl(t: re.Match[str]) -> str:
                return _translation_xml(t.group("indent"), entry, value, language == "en")

            new_body = _TRANSLATION.sub(repl, body, count=1)
            return m.group(1) + new_body + m.group(4)

        inner = _MESSAGE.sub(fix_message, ctx_match.group(2))
        return f"<context>\n    <name>{ctx_match.group(1)}</name>{inner}</context>"

    new_text = _CONTEXT.sub(fix_context, text)
    if new_text != text:
        path.write_text(new_text, encoding="utf-8")
    return counts[0], counts[1]


def missing(language: str) -> list[Entry]:
    return [e for e in read_ts(ts_path(language)) if not e.finished or not all(e.texts())]


def suggestions(language: str) -> dict[str, str | list[str]]:
    """source -> a translation used for the same source in some other context."""
    found: dict[str, str | list[str]] = {}
    for texts in load_dict(language).values():
        for key, value in texts.items():
            found.setdefault(key, value)
    return found


def write_todo(language: str) -> int:
    todo: dict[str, dict[str, str | list[str]]] = {}
    hints = suggestions(language)
    for e in missing(language):
        empty: str | list[str] = ["", ""] if e.numerus else ""
        todo.setdefault(e.context, {})[e.key] = hints.get(e.key, empty)
    path = todo_path(language)
    if todo:
        path.write_text(json.dumps(todo, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif path.exists():
        path.unlink()
    return sum(len(v) for v in todo.values())


def merge_todo(language: str) -> int:
    path = todo_path(language)
    if not path.exists():
        return 0
    todo = json.loads(path.read_text(encoding="utf-8"))
    table = load_dict(language)
    merged = 0
    left: dict[str, dict[str, str | list[str]]] = {}
    for context, texts in todo.items():
        for key, value in texts.items():
            if value and all(value if isinstance(value, list) else [value]):
                table.setdefault(context, {})[key] = value
                merged += 1
            else:
                left.setdefault(context, {})[key] = value
    save_dict(language, table)
    if left:
        path.write_text(json.dumps(left, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    else:
        path.unlink()
    return merged


def problems(entry: Entry) -> list[str]:
    """What is wrong with one translated entry (placeholders, mnemonics, punctuation, HTML)."""
    found = []
    texts = [t for t in entry.texts() if t]
    if not entry.finished:
        found.append(f"not finished ({entry.kind})")
    if not texts:
        return [*found, "empty translation"]
    source_marks = sorted(set(PLACEHOLDER.findall(entry.source)))
    source_keys = {m.lower() for m in MNEMONIC.findall(entry.source.replace("&&", ""))}
    for text in texts:
        marks = sorted(set(PLACEHOLDER.findall(text)))
        wanted = [m for m in source_marks if m != "%n"] if entry.numerus else source_marks
        got = [m for m in marks if m != "%n"] if entry.numerus else marks
        if wanted != got:
            found.append(f"placeholders {source_marks} became {marks}: {text!r}")
        keys = {m.lower() for m in MNEMONIC.findall(text.replace("&&", ""))}
        if keys != source_keys:
            found.append(f"mnemonic {sorted(source_keys)} became {sorted(keys)}: {text!r}")
        short = len(entry.source.split()) <= 6  # a button or menu item, not a sentence
        if short and entry.source.endswith(("…", "...")) and not text.endswith(("…", "...")):
            found.append(f"lost the trailing …: {text!r}")
        if entry.source.endswith(":") and not text.endswith((":", "：")):
            found.append(f"lost the trailing colon: {text!r}")
        if HTML_TAG.search(text) and not HTML_TAG.search(entry.source):
            found.append(f"HTML in the translation: {text!r}")
        if entry.source.count("\n") != text.count("\n"):
            found.append(f"line breaks differ: {text!r}")
    return found


def check(languages: Iterable[str] = TARGETS) -> list[str]:
    report = []
    for language in languages:
        for entry in read_ts(ts_path(language)):
            for problem in problems(entry):
                report.append(f"{language} [{entry.context}] {entry.source!r}: {problem}")
        for entry in read_ts(ts_path(language)):
            if not entry.context:
                report.append(
                    f"{language} {entry.source!r}: no context (a module-level tr(); Qt looks it "
                    "up in the caller's context and never finds it: use QT_TRANSLATE_NOOP)"
                )
    return report


def stale(language: str) -> int:
    """Drop dictionary entries that no source uses any more; returns how many."""
    used = {(e.context, e.key) for e in read_ts(ts_path(language))}
    table = load_dict(language)
    dropped = 0
    for context in list(table):
        for key in list(table[context]):
            if (context, key) not in used:
                del table[context][key]
                dropped += 1
    save_dict(language, table)
    return dropped


def stats() -> dict[str, tuple[int, int]]:
    out = {}
    for language in ALL:
        entries = read_ts(ts_path(language))
        done = sum(1 for e in entries if e.finished and (language == "en" or all(e.texts())))
        out[language] = (done, len(entries))
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "stats"
    if command == "update":
        sys.path.insert(0, str(Path(__file__).parent))
        import translations

        translations.update()
        command = "fill"
    if command == "fill":
        for language in ALL:
            filled, left = fill_ts(language)
            print(f"{language}: {filled} filled, {left} missing")
        return 0
    if command == "todo":
        for language in TARGETS:
            count = write_todo(language)
            where = todo_path(language).relative_to(ROOT) if count else "nothing to do"
            print(f"{language}: {count} to translate ({where})")
        return 0
    if command == "merge":
        for language in TARGETS:
            print(f"{language}: {merge_todo(language)} merged")
            fill_ts(language)
        fill_ts("en")
        return main(["check"])
    if command == "prune":
        for language in TARGETS:
            print(f"{language}: {stale(language)} unused dictionary entries dropped")
        return 0
    if command == "check":
        report = check()
        for line in report:
            print(line)
        print(f"{len(report)} problem(s)")
        return 1 if report else 0
    if command == "stats":
        for language, (done, total) in stats().items():
            print(f"{language}: {done}/{total} finished")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
