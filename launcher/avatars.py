"""Avatars fetched through the app's HTTP client and cached on disk (never blocking the UI)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .files import read_regular, replace_private
from .outcomes import SignInError
from .paths import cache_dir

if TYPE_CHECKING:
    from .http import Http

log = logging.getLogger("launcher.avatars")
MAX_AVATAR_BYTES = 1024 * 1024
IMAGE_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp",
               "image/svg+xml": ".svg"}


MAX_SVG_BYTES = 64 * 1024
# What lets a small SVG cost unbounded time to draw (2^24 rectangles from 1.8 KB of nested <use>) or read outside it.
_COSTLY_SVG = (b"<use", b"<!entity", b"<filter", b"<pattern", b"<image", b"<foreignobject")


def renderable_svg(data: bytes) -> bool:
    """An avatar SVG a window may draw: small, and without reuse, entities, filters, patterns or embedded images
    (initials and simple shapes need none of them)."""
    lowered = data.lower()
    return len(data) <= MAX_SVG_BYTES and not any(marker in lowered for marker in _COSTLY_SVG)


def cache_path(url: str) -> Path:
    return cache_dir() / "avatars" / hashlib.sha256(url.encode()).hexdigest()


def cached(url: str) -> tuple[bytes, str] | None:
    base = cache_path(url)
    for ext in IMAGE_TYPES.values():
        try:
            return read_regular(base.with_suffix(ext), MAX_AVATAR_BYTES), ext
        except FileNotFoundError:
            continue
        except OSError:  # not a regular file, too large, unreadable: the placeholder, never a hang
            return None
    return None


async def fetch(http: Http, url: str) -> tuple[bytes, str] | None:
    """The picture at `url` as (bytes, extension), from the cache or the network; None when there is none.
    A failure only means the placeholder stays: it is logged, never raised."""
    hit = cached(url)
    if hit is not None:
        return hit
    try:
        reply = await http.request("GET", url, service="The avatar server")
    except SignInError as exc:
        log.info("avatar not loaded: %s", exc.message)
        return None
    ext = IMAGE_TYPES.get(reply.content_type)
    if reply.status != 200 or ext is None or not reply.body or len(reply.body) > MAX_AVATAR_BYTES:
        log.info("avatar not loaded: HTTP %s, %s", reply.status, reply.content_type or "no type")
        return None
    path = cache_path(url).with_suffix(ext)
    try:
        replace_private(path, reply.body, top=cache_dir())
    except OSError as exc:
        log.info("avatar cache not written: %s", exc.strerror)
    return reply.body, ext
