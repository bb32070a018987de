"""Render the app's icon, ``subprocessor-registry.svg``, to the PNG sizes a desktop asks for.

Run after changing the SVG (``make icons``): writes ``hicolor/<n>x<n>/apps/
subprocessor-registry.png``, the layout of the freedesktop icon theme, which
``install-desktop`` copies into the user's icon folder and the window uses as its icon.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "subprocessor-registry.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int, root: Path = HERE) -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / "subprocessor-registry.png"


def render(root: Path = HERE) -> list[Path]:
    """Write every size under ``root``; the files written."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG that Qt can draw")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = png_path(size, root)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"{out} could not be written")
        written.append(out)
    return written


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render():
        print(path.relative_to(HERE))
