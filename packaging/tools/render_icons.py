"""Render resources/icons/debttracker.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/tools/render_icons.py``.
The PNGs are drawn by Qt's QSvgRenderer (QtSvg ships with PySide6-Essentials). The .ico and .icns
are packed by Pillow, which is already in the environment as a matplotlib dependency; without it
they are skipped with a note (the PNGs are what Linux needs).
``--preview FILE`` also writes one picture with every size side by side, to look at.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "debttracker.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # Pillow derives the @2x variants from these


def png_path(size: int) -> Path:
    return ICONS / f"debttracker-{size}.png"


def render_png(size: int, path: Path) -> Path:
    """Draw the SVG at ``size`` x ``size`` pixels into the PNG file ``path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")
    return path


def render_pngs() -> list[Path]:
    return [render_png(size, png_path(size)) for size in SIZES]


def pack_ico_icns() -> list[Path]:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow not installed: .ico and .icns not refreshed")
        return []
    written = []
    with Image.open(png_path(max(ICO_SIZES))) as big:
        ico = ICONS / "debttracker.ico"
        big.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
        written.append(ico)
    # the largest ICNS entry is 512@2x: render it at 1024 rather than let Pillow upscale
    with tempfile.TemporaryDirectory() as tmp:
        big_png = Path(tmp) / "icon-1024.png"
        render_png(1024, big_png)
        extra = [Image.open(png_path(s)) for s in ICNS_SIZES]
        try:
            with Image.open(big_png) as big:
                icns = ICONS / "debttracker.icns"
                big.save(icns, format="ICNS", append_images=extra)
        finally:
            for image in extra:
                image.close()
        written.append(icns)
    return written


def preview(target: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    width = sum(SIZES[:-1]) + 10 * len(SIZES)
    sheet = QImage(width, 270, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#d0d0d0"))
    painter = QPainter(sheet)
    x = 5
    for size in SIZES[:-1]:
        painter.drawImage(x, 5, QImage(str(png_path(size))))
        x += size + 10
    painter.end()
    sheet.save(str(target))


def main(argv: list[str]) -> int:
    written = render_pngs() + pack_ico_icns()
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    if "--preview" in argv:
        preview(Path(argv[argv.index("--preview") + 1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
