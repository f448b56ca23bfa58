"""Icons from the launcher's resources (resources/icons in the repository; SVG, so they stay sharp at any
DPI) and avatar pictures from bytes."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtSvg import QSvgRenderer

from launcher import resources
from launcher.avatars import renderable_svg

ICONS = resources.path("icons")


@cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon(str(ICONS / "demo-game.svg"))


def provider_icon(provider_id: str) -> QIcon:
    return icon(provider_id)


@lru_cache(maxsize=64)  # switching back to an account draws its picture again: drawn once (an SVG costs ~2 ms)
def rounded_avatar(data: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    """The picture cut to a circle at `size` logical pixels; the placeholder when `data` is None or unreadable."""
    px = int(size * ratio)
    image = QImage()
    if data:
        if data.lstrip()[:5] in (b"<svg ", b"<?xml") or b"<svg" in data[:200]:
            renderer = QSvgRenderer(QByteArray(data if renderable_svg(data) else b""))
            if renderer.isValid():
                image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.transparent)
                with _Painter(image) as p:
                    renderer.render(p, QRectF(0, 0, px, px))
        else:
            image.loadFromData(data)
    if image.isNull():
        return icon("avatar-placeholder").pixmap(QSize(size, size))
    image = image.scaled(px, px, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                         Qt.TransformationMode.SmoothTransformation)
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    with _Painter(out) as p:
        path = QPainterPath()
        path.addEllipse(0, 0, px, px)
        p.setClipPath(path)
        p.drawImage(0, 0, image)
    out.setDevicePixelRatio(ratio)
    return out


class _Painter:
    def __init__(self, device) -> None:
        self.device = device

    def __enter__(self) -> QPainter:
        self.p = QPainter(self.device)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        return self.p

    def __exit__(self, *exc: object) -> None:
        self.p.end()
