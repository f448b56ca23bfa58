"""ASGI middleware: records every request and plays injected faults over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from .state import Recorded, SandboxState

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class AbortConnection(Exception):
    """Raised after a partial body: uvicorn then closes the socket mid-response."""


class FaultMiddleware:
    def __init__(self, app: Any, state: SandboxState) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_sandbox"):
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            body.extend(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        self.state.record(Recorded(scope["method"], scope["path"], scope.get("query_string", b"").decode(),
                                   headers, bytes(body)))
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                await asyncio.sleep(3600)
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        fault = self.state.take_fault(scope["path"])
        if fault is None:
            await self.app(scope, replay, send)
            return
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.action == "hang":
            await asyncio.sleep(3600)
        if fault.passthrough:
            await self.app(scope, replay, send)
            return
        payload = fault.body.encode() if isinstance(fault.body, str) else (fault.body or b"")
        if fault.action == "oversize":
            payload = b'{"pad":"' + b"x" * (8 * 1024 * 1024) + b'"}'
        headers_out = [(b"content-type", fault.content_type.encode())] if fault.content_type else []
        headers_out += [(k.lower().encode(), v.encode()) for k, v in fault.headers.items()]
        if fault.action == "reset":
            full = payload or b'{"data": {"type": "player", "id": "x"}, "padding": "' + b"y" * 4096 + b'"}'
            headers_out.append((b"content-length", str(len(full)).encode()))
            await send({"type": "http.response.start", "status": fault.status, "headers": headers_out})
            await send({"type": "http.response.body", "body": full[: len(full) // 3], "more_body": True})
            raise AbortConnection("injected connection reset")
        headers_out.append((b"content-length", str(len(payload)).encode()))
        await send({"type": "http.response.start", "status": fault.status, "headers": headers_out})
        await send({"type": "http.response.body", "body": payload})
