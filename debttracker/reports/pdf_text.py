"""PDFs whose text layer says what the page shows: Qt's PDF writer with a corrected ToUnicode.

Why the text was wrong: Qt's PDF engine embeds a subset of each font and writes a ToUnicode CMap
built from the font's cmap *reversed* -- for every glyph, the lowest code point that maps to it.
Noto Sans CJK (and other CJK fonts) map a Kangxi radical (U+2F00 block) or a CJK Radicals
Supplement character (U+2E80 block) to the very glyph of the unified ideograph: 行 and ⾏ share
a glyph, and U+2F8F is lower than U+884C, so the PDF said ⾏ and a search for "银行" failed.

The fix chosen: after Qt has written the PDF, each ToUnicode entry that names a radical is set
back to the character of the document that has the same glyph in the fonts used.  This is exact
(the pairs come from the fonts' own cmaps through ``QRawFont``, restricted to the document's own
characters: the SC face draws ⼾ as 户, the TC face as 戶, and only the one the document holds is
chosen) and font-independent (any CJK font with shared glyphs is handled, the user's fonts
included).  It needs no font files, no fontTools at run time and no second PDF library, and it
changes nothing on the page: each 4-digit hex code is replaced by another 4-digit one in the
uncompressed CMap stream Qt writes, so every length and cross-reference offset stays as it was.
The other routes were weaker: a cmap-patched copy of Noto is 16 MB per face and weight to
generate and cache and fixes Noto only; NFKC alone maps ⼾ to 戶 in a Simplified text and knows
nothing of the U+2E80 block.  A radical the document itself contains keeps its code point.

Two more causes of words missing from the text layer are removed by :func:`document_font`:
ligatures (one glyph for "fi", given as U+FB01) and ``locl`` variants (under a zh_TW locale a
Simplified face swaps in Taiwan glyph forms that no code point maps to, so Qt wrote no text for
案, 資, 料…); the Traditional faces come first for Traditional Chinese (:func:`for_language`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QFont, QPdfWriter, QRawFont, QTextDocument

from debttracker.store.atomic import replace_into, temp_name

#: code points that share glyphs with unified ideographs in CJK fonts
RADICALS = range(0x2E80, 0x2FE0)
_HEX4 = re.compile(rb"<([0-9A-Fa-f]{4})>")
_RANGES = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_CHARS = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_RANGE_LINE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR_LINE = re.compile(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)")


def for_language(families: Iterable[str], language: str | None = None) -> list[str]:
    """``families`` with the Traditional Chinese faces first when the language (default: the
    default ``QLocale``, set with the translators) is Traditional Chinese.

    A Simplified face shapes Traditional text with its ``locl`` variants, glyphs that no code
    point maps to, so Qt's text layer left 案, 資, 料… out of a zh_TW PDF; the TC face holds
    them under their own code points."""
    names = list(families)
    language = language or QLocale().name()
    if language.startswith("zh") and any(tag in language for tag in ("TW", "HK", "MO", "Hant")):
        traditional = [n for n in names if n.endswith((" TC", " HK"))]
        simplified = [n for n in names if n.endswith(" SC")]
        if traditional and simplified:
            at = names.index(simplified[0])
            rest = [n for n in names[at:] if n not in traditional]
            names = [n for n in names[:at] if n not in traditional] + traditional + rest
    return names


def document_font(families: Iterable[str], points: float) -> QFont:
    """The default font of a PDF document: ``families`` in the order :func:`for_language`
    gives, without ligatures -- a ligature is one glyph for "fi" or "ffi", which the text layer
    gives as U+FB01/U+FB03, so a search for "file" or "Official" would miss it."""
    font = QFont()
    font.setFamilies(for_language(families))
    font.setPointSizeF(points)
    for feature in ("liga", "clig", "dlig", "locl"):
        tag = QFont.Tag.fromString(feature)
        if tag is not None:
            font.setFeature(tag, 0)
    return font


def print_pdf(document: QTextDocument, configure: Callable[[QPdfWriter], None]) -> bytes:
    """``document`` printed by Qt's PDF writer (set up by ``configure``), text layer fixed.

    Nothing is written to disk here, so a failure leaves no half-written file behind."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    configure(writer)
    document.print_(writer)
    del writer  # the PDF is finished when the writer is destroyed
    payload = bytes(buffer.data().data())
    buffer.close()
    if not payload.startswith(b"%PDF"):
        raise OSError("Qt wrote no PDF")
    fonts = _fonts(document.defaultFont())
    return fix_to_unicode(payload, radical_map(document.toPlainText(), fonts))


def write_pdf(target: Path, payload: bytes) -> None:
    """Write ``payload`` to ``target`` through a temporary file: the old file or the new one,
    never an empty or partial one (the folder's own permissions are left as they are)."""
    temp = temp_name(target)
    try:
        temp.write_bytes(payload)
        replace_into(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _fonts(default: QFont) -> list[QFont]:
    """One QFont per family of the document's font list, regular and bold (headings)."""
    fonts = []
    for family in default.families() or [default.family()]:
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            fonts.append(font)
    return fonts


def radical_map(text: str, fonts: Iterable[QFont]) -> dict[int, int]:
    """Radical code point -> the character of ``text`` drawn with the same glyph in a font."""
    chars = sorted({c for c in text if 0x3000 <= ord(c) <= 0xFFFF and ord(c) not in RADICALS})
    radicals = "".join(chr(r) for r in RADICALS)
    mapping: dict[int, int] = {}
    if not chars:
        return mapping
    for font in fonts:
        raw = QRawFont.fromFont(font)
        if not raw.isValid():
            continue
        by_glyph: dict[int, str] = {}
        for char, glyph in zip(chars, raw.glyphIndexesForString("".join(chars)), strict=True):
            if glyph:
                by_glyph.setdefault(glyph, char)
        for radical, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
            if glyph in by_glyph and ord(radical) not in mapping and radical not in text:
                mapping[ord(radical)] = ord(by_glyph[glyph])
    return mapping


def fix_to_unicode(pdf: bytes, mapping: dict[int, int]) -> bytes:
    """Rewrite the destination codes of every uncompressed ToUnicode CMap by ``mapping``."""
    if not mapping:
        return pdf
    out = bytearray(pdf)
    for number in sorted(set(re.findall(rb"/ToUnicode (\d+) 0 R", pdf))):
        span = _stream_span(pdf, int(number))
        if span is not None:
            start, end = span
            fixed = _fix_cmap(pdf[start:end], mapping)
            assert len(fixed) == end - start  # same length: offsets stay valid
            out[start:end] = fixed
    return bytes(out)


def _stream_span(pdf: bytes, number: int) -> tuple[int, int] | None:
    """Where object ``number``'s stream data lies, found through the cross-reference table;
    ``None`` for a filtered (compressed) stream, which is left alone."""
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", pdf)
    if found is None:
        return None
    table = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", pdf[int(found.group(1)) :])
    if table is None:
        return None
    first, count = int(table.group(1)), int(table.group(2))
    if not first <= number < first + count:
        return None
    row = int(found.group(1)) + table.end() + 20 * (number - first)
    offset = int(pdf[row : row + 10])
    head = re.match(rb"\s*\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n", pdf[offset:], re.S)
    if head is None or b"/Filter" in head.group(1):
        return None
    length = re.search(rb"/Length (\d+)", head.group(1))
    if length is None:
        return None
    start = offset + head.end()
    return start, start + int(length.group(1))


def _swap(codes: bytes, mapping: dict[int, int]) -> bytes:
    def one(hit: re.Match[bytes]) -> bytes:
        point = int(hit.group(1), 16)
        return b"<%04X>" % mapping[point] if point in mapping else hit.group(0)

    return _HEX4.sub(one, codes)


def _fix_cmap(cmap: bytes, mapping: dict[int, int]) -> bytes:
    """The destinations (never the glyph codes) of bfrange arrays and bfchar pairs, swapped.

    A ``<lo> <hi> <dst>`` range covers consecutive code points; Qt writes one only for a single
    glyph (``lo == hi``), where swapping its destination is exact."""

    def ranges(section: re.Match[bytes]) -> bytes:
        def line(hit: re.Match[bytes]) -> bytes:
            lo, hi, target = hit.group(1, 2, 3)
            if target.startswith(b"<") and int(lo, 16) != int(hi, 16):
                return hit.group(0)
            return hit.group(0)[: hit.start(3) - hit.start(0)] + _swap(target, mapping)

        return b"beginbfrange" + _RANGE_LINE.sub(line, section.group(1)) + b"endbfrange"

    def chars(section: re.Match[bytes]) -> bytes:
        def line(hit: re.Match[bytes]) -> bytes:
            return hit.group(1) + _swap(hit.group(2), mapping)

        return b"beginbfchar" + _CHAR_LINE.sub(line, section.group(1)) + b"endbfchar"

    return _CHARS.sub(chars, _RANGES.sub(ranges, cmap))
