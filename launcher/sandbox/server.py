"""The embedded sandbox backend: one Starlette app, each provider's API under its service prefix.

Each service module's docstring and each route's docstring name the public source the behaviour follows
(/work/notes/real-services.md collects them). `/_sandbox/*` is the sandbox's own control API, not a real service."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import threading
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from . import appcharge, avatars, delivery, earth, facebook, gacha, playfab
from .faults import FaultMiddleware
from .state import Fault, SandboxState

SERVICES = ("playfab", "gacha", "earth", "appcharge")


def build_app(state: SandboxState, repository: delivery.DemoRepository | None = None) -> Any:
    async def add_fault(request: Request) -> Response:
        body = await request.json()
        names = {f.name for f in dataclasses.fields(Fault)}
        fault = state.inject(**{k: v for k, v in body.items() if k in names})
        return JSONResponse(dataclasses.asdict(fault) | {"body": None})

    async def clear(request: Request) -> Response:
        state.clear()
        return JSONResponse({"ok": True})

    async def index(request: Request) -> Response:
        return JSONResponse({"sandbox": True, "services": {s: f"/{s}" for s in SERVICES}, "delivery": "/delivery"})

    demo_repo = repository or delivery.DemoRepository()

    async def release(request: Request) -> Response:
        """Publish the demo game's next version: {"channel": "live", "required": false}."""
        import asyncio

        body = await request.json() if await request.body() else {}
        channel = str(body.get("channel") or "live")
        version = await asyncio.to_thread(demo_repo.release, channel, required=bool(body.get("required")))
        return JSONResponse({"version": version, "channel": channel})

    app = Starlette(routes=[
        Route("/", index),
        Route("/_sandbox/faults", add_fault, methods=["POST"]),
        Route("/_sandbox/clear", clear, methods=["POST"]),
        Route("/_sandbox/delivery/release", release, methods=["POST"]),
        Mount("/delivery", app=delivery.app(demo_repo)),
        Mount("/gacha", routes=gacha.routes(state)),
        Mount("/playfab", routes=playfab.routes(state)),
        Mount("/earth", routes=earth.routes(state)),
        Mount("/appcharge", routes=appcharge.routes(state)),
        Mount("/facebook", routes=facebook.dialog_routes(state) + facebook.device_routes(state)),
        Mount("/avatars", routes=avatars.routes(state)),
    ])
    return FaultMiddleware(SaveOnChange(app, state) if state.state_file is not None else app, state)


class SaveOnChange:
    """ASGI middleware: a request that changed the state has it written to the state file before its answer
    starts, so a token a client received survives the sandbox's next crash."""

    def __init__(self, app: Any, state: SandboxState) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                self.state.save_if_changed()
            await send(message)

        await self.app(scope, receive, sending)


def bind(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP spelled out: accepted sockets inherit it, and asyncio only sets TCP_NODELAY on sockets that
    # say TCP. Without it each keep-alive response body waited ~40 ms behind its headers (Nagle + delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class Sandbox:
    """A real HTTP server on loopback, in a background thread. `url` is its root, `service_url(s)` a service's."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, state: SandboxState | None = None, *,
                 state_file: Path | None = None) -> None:
        """`state_file`: keep issued credentials and accounts across restarts there (the demo's); without it, and
        without a `state` that has one, the sandbox forgets everything when it stops."""
        import uvicorn

        self.state = state or SandboxState(state_file=state_file)
        kept = self.state.state_file
        self.repository = delivery.DemoRepository(kept.parent / "sandbox-delivery" if kept is not None else None)
        self.host = host
        self._sock = bind(host, port)
        self.port = self._sock.getsockname()[1]
        # log_config=None: uvicorn's own logging config asks sys.stdout.isatty(), and a windowed app (pythonw,
        # a no-console bundle) has no stdout at all. Its loggers then propagate to the launcher's logging.
        config = uvicorn.Config(build_app(self.state, self.repository), log_level="critical", log_config=None,
                                lifespan="off", access_log=False, timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def service_url(self, service: str) -> str:
        # The Appcharge-style service is one endpoint; the others are roots that keep documented paths.
        return f"{self.url}/appcharge/authenticate" if service == "appcharge" else f"{self.url}/{service}"

    @property
    def delivery_url(self) -> str:
        return f"{self.url}/delivery"

    def service_urls(self) -> dict[str, str]:
        return {s: self.service_url(s) for s in SERVICES}

    def start(self) -> Sandbox:
        self._thread = threading.Thread(target=self._run, name="sandbox", daemon=True)
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return self
            threading.Event().wait(0.01)
        raise RuntimeError("the sandbox did not start")

    def _run(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def serve_forever(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.state.save_if_changed()
        self.repository.close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
