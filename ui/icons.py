"""Icons from the launcher's resources (resources/icons in the repository; SVG, so they stay sharp at any
DPI) and avatar pictures from bytes."""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPainter, QPainterPath, QPixmap
from PySide6.QtSvg import QSvgRenderer

from launcher import resources
from launcher.avatars import renderable_svg

ICONS = resources.path("icons")

# Avatars are anyone's bytes, drawn on the window's thread, and PySide keeps the GIL while Qt decodes or draws: no
# thread or deadline can cut a slow one short, so a picture is drawn only when what it costs is known to be small.
# Qt decodes PNG, GIF, WebP and BMP whole before scaling them (15-30 ns a pixel here, twice that for a 16-bit
# PNG: 1280x1280 about 30 ms, 8000x8000 two seconds) ...
MAX_DECODED_PIXELS = 1280 * 1280
# ... and JPEG at up to 1/8 of its size while decoding, many times cheaper a pixel, but once for each of its scans
# (a progressive JPEG has about ten; a made-up one can have thousands).
JPEG_PIXELS_PER_DECODED = 16
GIF_HEADER_LIMIT = 64 * 1024  # where a GIF's first frame must start (its extensions are read here byte by byte)
# Drawing an SVG costs at worst about 1 ns for each coordinate, and 8 for each element or character of text, times
# the pixels drawn (wide strokes crossing the whole picture, full-size gradients with opacity), and some of it
# does not shrink with the picture: counted as at least 128x128, that is at most about 40 ms at any size and ratio.
SVG_WORK = 40_000_000
SVG_MIN_PX = 128
MAX_SVG_TEXTS = 16  # each text element can cost a font fallback search (about 0.25 ms)
# What initials and simple shapes need; anything else (<use>, <style>, <mask>, <marker>, <image>, animation...)
# is not drawn. Compared by local name: Qt draws <x:use xmlns:x="http://www.w3.org/2000/svg"> as a <use>.
SVG_ELEMENTS = frozenset({"svg", "g", "defs", "title", "desc", "circle", "ellipse", "rect", "line", "polyline",
                          "polygon", "path", "text", "tspan", "linearGradient", "radialGradient", "stop",
                          "clipPath"})

_RASTER_MAGIC = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"), (b"GIF87a", b"gif"),
                 (b"GIF89a", b"gif"), (b"BM", b"bmp"))
_XML_SPACE = " \t\r\n"
_START_TAG = re.compile(r"<([^\s/>!?<]+)")
_MARKUP = re.compile(r"<[^<>]*>")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_ENCODING = re.compile(r"""encoding\s*=\s*["']([^"']*)["']""")


@cache
def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon(str(ICONS / "demo-game.svg"))


def provider_icon(provider_id: str) -> QIcon:
    return icon(provider_id)


@lru_cache(maxsize=64)  # switching back to an account draws its picture again: drawn once (an SVG costs ~2 ms)
def rounded_avatar(data: bytes | None, size: int, ratio: float = 1.0) -> QPixmap:
    """The picture cut to a circle at `size` logical pixels; the placeholder when `data` is None, unreadable or too
    costly to draw."""
    px = int(size * ratio)
    image = avatar_image(data, px) if data and px > 0 else QImage()
    if image.isNull():
        return icon("avatar-placeholder").pixmap(QSize(size, size))
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    with _Painter(out) as p:
        path = QPainterPath()
        path.addEllipse(0, 0, px, px)
        p.setClipPath(path)
        p.drawImage(QRect(0, 0, px, px), image)
    out.setDevicePixelRatio(ratio)
    return out


def avatar_image(data: bytes, px: int) -> QImage:
    """`data` drawn px by px pixels (a raster's centre square, an SVG whole), or a null image. What `data` is
    comes from its first bytes, whatever the server called it, and Qt is always told the format: left to guess,
    it takes an SVG or a gzip-compressed SVG (svgz) for a picture and draws it, however costly."""
    fmt = raster_format(data)
    if fmt is not None:
        return _decode_raster(data, fmt, px)
    if data.startswith(b"\x1f\x8b"):  # svgz: Qt would inflate it, and no check can see what is inside
        return QImage()
    if svg_cost(data) * max(px, SVG_MIN_PX) ** 2 <= SVG_WORK:
        return _draw_svg(data, px)
    return QImage()


def raster_format(data: bytes) -> bytes | None:
    """The raster format `data` starts like (Qt's name for it), or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"webp"
    return next((fmt for magic, fmt in _RASTER_MAGIC if data.startswith(magic)), None)


def _decode_raster(data: bytes, fmt: bytes, px: int) -> QImage:
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt)
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if size.isEmpty() or _decoded_pixels(data, fmt, size.width(), size.height()) > MAX_DECODED_PIXELS:
        return QImage()
    side = min(size.width(), size.height())
    reader.setClipRect(QRect((size.width() - side) // 2, (size.height() - side) // 2, side, side))
    reader.setScaledSize(QSize(px, px))
    return reader.read()


def _decoded_pixels(data: bytes, fmt: bytes, width: int, height: int) -> int:
    """What decoding `data` costs, counted in pixels decoded whole."""
    if fmt == b"jpeg":
        scans = data.count(b"\xff\xda")  # every SOS marker; 0xFF in the coded data is always followed by 0x00
        return width * height * max(2, scans) // JPEG_PIXELS_PER_DECODED
    if fmt == b"gif":
        # Qt's size for a GIF is neither its screen nor its first frame, and it allocates the one and decodes the
        # other whole: a 16x16 GIF whose frame is 20000x20000 took 2.4 s.
        pixels = _gif_pixels(data)
        return -1 if pixels is None else max(width * height, pixels)
    if fmt == b"png" and data[24:25] == b"\x10":  # 16 bits a channel (IHDR's bit depth)
        return 2 * width * height
    return width * height


def _gif_pixels(data: bytes) -> int | None:
    """The larger of a GIF's screen and its first image, in pixels; None when it has no image."""
    if len(data) < 13:
        return None
    screen = int.from_bytes(data[6:8], "little") * int.from_bytes(data[8:10], "little")
    at = 13 + (3 << ((data[10] & 7) + 1) if data[10] & 0x80 else 0)
    end = min(len(data), GIF_HEADER_LIMIT)
    while at < end:
        if data[at] == 0x2C:  # image descriptor: left, top, width, height
            if at + 9 > len(data):
                return None
            frame = int.from_bytes(data[at + 5:at + 7], "little") * int.from_bytes(data[at + 7:at + 9], "little")
            return max(screen, frame)
        if data[at] != 0x21:  # only extensions may come before it
            return None
        at += 2
        while at < end and data[at]:
            at += 1 + data[at]
        at += 1
    return None


def svg_cost(data: bytes) -> float:
    """What drawing `data` as an SVG costs for each pixel drawn (see SVG_WORK); infinite when it is not an SVG, or
    not one a window may draw."""
    text = _svg_text(data) if renderable_svg(data) else None
    if text is None:
        return float("inf")
    names = [name.rpartition(":")[2] for name in _START_TAG.findall(text)]
    if any(name not in SVG_ELEMENTS for name in names) or sum(n in ("text", "tspan") for n in names) > MAX_SVG_TEXTS:
        return float("inf")
    # Thousands of wide dashes on one circle took 2.3 s. An attribute's value may spell it with character
    # references (style="stroke-dash&#97;rray: ...").
    if "dasharray" in html.unescape(text).lower():
        return float("inf")
    characters = sum(len(word) for word in _MARKUP.sub(" ", text).split())
    return len(_NUMBER.findall(text)) + 8 * (len(names) + characters)


def _svg_text(data: bytes) -> str | None:
    """`data` as text when it is an SVG document: UTF-8, then an XML declaration, comments, white space and a
    doctype without declarations of its own, then an <svg> element. Processing instructions are refused: Qt
    reads the local file an <?xml-stylesheet?> names (/dev/zero for ever)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if "\0" in text:
        return None
    at = 1 if text.startswith("\ufeff") else 0
    if text.startswith("<?xml", at) and text[at + 5:at + 6] in tuple(_XML_SPACE):
        end = text.find("?>", at)
        encoding = _ENCODING.search(text, at, end)
        # Another encoding would be read by Qt as something else than what is checked here.
        if end < 0 or (encoding is not None and encoding[1].lower() not in ("utf-8", "us-ascii", "ascii")):
            return None
        at = end + 2
    while True:
        while at < len(text) and text[at] in _XML_SPACE:
            at += 1
        if text.startswith("<!--", at):
            end = text.find("-->", at + 4)
            if end < 0:
                return None
            at = end + 3
        elif text.startswith("<!DOCTYPE", at):
            end = text.find(">", at)
            if end < 0 or "[" in text[at:end]:
                return None
            at = end + 1
        else:
            break
    if not (text.startswith("<svg", at) and text[at + 4:at + 5] in (*_XML_SPACE, ">", "/")) or "<?" in text[at:]:
        return None
    return text


def _draw_svg(data: bytes, px: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return QImage()
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with _Painter(image) as p:
        renderer.render(p, QRectF(0, 0, px, px))
    return image


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
