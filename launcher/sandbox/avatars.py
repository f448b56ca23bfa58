"""Generated avatar pictures (SVG with initials) for the demo players."""

from __future__ import annotations

import hashlib
import html

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .state import SandboxState

PALETTE = ("#e76f51", "#2a9d8f", "#e9c46a", "#264653", "#8e7dbe", "#f4a261", "#457b9d", "#c44569")


def svg(name: str) -> str:
    initials = "".join(w[0] for w in name.replace("-", " ").split()[:2]).upper() or "?"
    color = PALETTE[int(hashlib.sha1(name.encode()).hexdigest(), 16) % len(PALETTE)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">'
            f'<circle cx="64" cy="64" r="64" fill="{color}"/>'
            # An explicit baseline: Qt's SVG renderer (SVG Tiny) ignores dy, which left the initials high.
            f'<text x="64" y="83" text-anchor="middle" font-family="sans-serif" font-size="52" '
            f'font-weight="bold" fill="#fff">{html.escape(initials)}</text></svg>')


def routes(state: SandboxState) -> list[Route]:
    async def avatar(request: Request) -> Response:
        name = request.path_params["name"]
        return Response(svg(name), media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    return [Route("/{name}.svg", avatar, methods=["GET"])]
