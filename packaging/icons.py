"""Render a game's SVG (or PNG) icon into what each platform's bundle wants: icon.png (Linux, 256 px) and
hicolor/<n>x<n>.png (Linux desktop entries, 16 to 512 px),
icon.ico (Windows: 16 to 256 px, PNG-compressed entries) and icon.icns (macOS: 16 to 1024 px, PNG entries).

Qt draws the SVG; the ICO and ICNS containers are written here, so no Pillow is needed.
Usage: python packaging/icons.py ICON OUTDIR"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The freedesktop hicolor theme's sizes (Linux: install-desktop-entry and the .deb install each one).
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# ICNS types holding PNG data (macOS 10.7+): icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def render_png(source: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if source.suffix.lower() == ".svg":
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"icons: {source} is not an SVG Qt can draw")
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    else:
        picture = QImage(str(source))
        if picture.isNull():
            raise SystemExit(f"icons: cannot read the image {source}")
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, size, size), picture)
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(source: Path, out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    wanted = {*ICO_SIZES, *HICOLOR_SIZES, *(s for _, s in ICNS_TYPES)}
    pngs = {size: render_png(source, size) for size in sorted(wanted)}
    paths = {"png": out / "icon.png", "ico": out / "icon.ico", "icns": out / "icon.icns"}
    paths["png"].write_bytes(pngs[256])
    for size in HICOLOR_SIZES:  # hicolor/<n>x<n>.png
        paths[f"hicolor-{size}"] = out / "hicolor" / f"{size}x{size}.png"
        paths[f"hicolor-{size}"].parent.mkdir(exist_ok=True)
        paths[f"hicolor-{size}"].write_bytes(pngs[size])
    paths["ico"].write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    paths["icns"].write_bytes(icns(pngs))
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    for kind, path in make_icons(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(f"{kind}: {path}")
