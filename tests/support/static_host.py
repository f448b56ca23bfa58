"""A static web host on loopback for delivery tests: serves a folder as a CDN would (Range, ETag, If-Range, 404),
and misbehaves on request for paths ending in a given suffix:

    host.misbehave(".zst", "wrong")      # other bytes of the same length
    host.misbehave(".zst", "truncate")   # Content-Length of the whole file, then the connection closes half-way
    host.misbehave(".zst", "oversize")   # the file followed by megabytes more
    host.misbehave(".zst", "missing")    # 404
    host.misbehave(".zst", "stall")      # half the file, then nothing until the client gives up
    host.misbehave(".zst", "error")      # 503

Each misbehaviour applies `times` times (default: always). Every request is counted in `host.requests`."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest


class StaticHost:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rules: list[dict[str, Any]] = []
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.release_stall = threading.Event()
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                host.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def misbehave(self, suffix: str, action: str, times: int = 1_000_000) -> None:
        with self.lock:
            self.rules.append({"suffix": suffix, "action": action, "times": times})

    def clear(self) -> None:
        with self.lock:
            self.rules.clear()
            self.requests.clear()

    def count(self, suffix: str) -> int:
        return sum(1 for path, _ in self.requests if path.endswith(suffix))

    def _rule(self, path: str) -> str | None:
        with self.lock:
            self.requests.append((path, {}))
            for rule in self.rules:
                if path.endswith(rule["suffix"]) and rule["times"] > 0:
                    rule["times"] -= 1
                    return str(rule["action"])
        return None

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        action = self._rule(path)
        with self.lock:
            self.requests[-1] = (path, dict(h.headers.items()))
        file = (self.folder / path.lstrip("/")).resolve()
        if action == "missing" or not file.is_file() or self.folder.resolve() not in file.parents:
            self._send(h, 404, b"not found")
            return
        if action == "error":
            self._send(h, 503, b"busy")
            return
        data = file.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        status, body, extra = 200, data, {"ETag": etag, "Accept-Ranges": "bytes"}
        wanted = h.headers.get("Range", "")
        if_range = h.headers.get("If-Range")
        if wanted.startswith("bytes=") and (if_range is None or if_range == etag):
            start_text = wanted[6:].split("-", 1)[0]
            start = int(start_text) if start_text.isdigit() else 0
            if start >= len(data):
                self._send(h, 416, b"", {"Content-Range": f"bytes */{len(data)}"})
                return
            status, body = 206, data[start:]
            extra["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        if action == "wrong":
            body = bytes(b ^ 0x5A for b in body)
        elif action == "oversize":
            body = body + os.urandom(4 * 1024 * 1024)
        elif action in ("truncate", "stall"):
            h.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **extra}.items():
                h.send_header(name, value)
            h.end_headers()
            h.wfile.write(body[: len(body) // 2])
            h.wfile.flush()
            if action == "stall":
                self.release_stall.wait(30)
            h.close_connection = True
            return
        self._send(h, status, body, extra)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        h.send_response(status)
        for name, value in {"Content-Length": str(len(body)), "Content-Type": "application/octet-stream",
                            **(headers or {})}.items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(body)

    def close(self) -> None:
        self.release_stall.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def static_host(tmp_path: Path) -> Iterator[StaticHost]:
    folder = tmp_path / "served"
    folder.mkdir()
    host = StaticHost(folder)
    try:
        yield host
    finally:
        host.close()


def wait_for(predicate: Any, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False
