#!/usr/bin/env python3
"""Render resources/icons/venueplan.svg into the PNG sizes, the Windows .ico and the macOS .icns.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "venueplan.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for size in (16, 32, 48, 64, 128, 256, 512):
        render(size).save(str(ICONS / f"venueplan-{size}.png"))
    for suffix, size in (("ico", 256), ("icns", 512)):
        if suffix in formats:
            render(size).save(str(ICONS / f"venueplan.{suffix}"), suffix)
        else:
            print(f"Qt cannot write .{suffix} here", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
