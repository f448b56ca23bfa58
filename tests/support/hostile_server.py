"""A hostile HTTP server on loopback: one handler per misbehaviour, chosen per test.

    def test_x(hostile):
        hostile.serve("gzip_bomb", decoded=1 << 30)
        ... Http().request("GET", hostile.url + "/anything") ...

Every handler writes raw bytes to a real socket, so what the launcher sees is what a broken or malicious
server would send: bodies that inflate to a gigabyte, one byte a second, JSON nested 100,000 deep, numbers
of 400 digits, escape sequences in error text."""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

JSONAPI = "application/vnd.api+json"
Handler = Callable[[BaseHTTPRequestHandler, dict[str, Any]], None]
HANDLERS: dict[str, Handler] = {}


def handler(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn
    return register


@cache
def zero_bomb(decoded_mb: int, *, gzip: bool) -> bytes:
    """`decoded_mb` MB of zeros, gzip- or zlib-compressed to about 1/1000 (1 GB -> 1 MB), built in well under a
    second: one full-flushed deflate block of 1 MB repeated (each block is independent after a full flush)."""
    zeros = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush(zlib.Z_FINISH)
    if gzip:
        crc = 0
        for _ in range(decoded_mb):
            crc = zlib.crc32(zeros, crc)
        return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + block * decoded_mb + end
                + struct.pack("<II", crc, (decoded_mb << 20) & 0xFFFFFFFF))
    adler = 1
    for _ in range(decoded_mb):
        adler = zlib.adler32(zeros, adler)
    return b"\x78\xda" + block * decoded_mb + end + struct.pack(">I", adler)


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(body)


@handler("gzip_bomb")
def _gzip_bomb(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    send(h, 200, zero_bomb(p.get("decoded_mb", 1024), gzip=True), {"Content-Encoding": "gzip"})


@handler("deflate_bomb")
def _deflate_bomb(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    send(h, 200, zero_bomb(p.get("decoded_mb", 1024), gzip=False), {"Content-Encoding": "deflate"})


@handler("gzip_small")
def _gzip_small(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    send(h, 200, zlib.compress(p["body"], wbits=31), {"Content-Encoding": "gzip"})


@handler("encoding")
def _encoding(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    send(h, 200, b"\x00" * 64, {"Content-Encoding": p["encoding"]})


@handler("endless_chunked")
def _endless_chunked(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    h.send_response(200)
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"x" * 65536
    try:
        while True:
            h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass


@handler("trickle_body")
def _trickle_body(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    """Headers at once, then one body byte every `every` seconds: no read ever times out."""
    h.send_response(200)
    h.send_header("Content-Length", "100000")
    h.end_headers()
    h.wfile.flush()
    _trickle(h, b"{" + b" " * 99999, p.get("every", 0.2))


@handler("trickle_headers")
def _trickle_headers(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    """The status line and headers themselves, one byte every `every` seconds."""
    _trickle(h, b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 100000, p.get("every", 0.2))


def _trickle(h: BaseHTTPRequestHandler, data: bytes, every: float) -> None:
    try:
        for n in range(len(data)):
            h.wfile.write(data[n:n + 1])
            h.wfile.flush()
            time.sleep(every)
    except OSError:
        pass


@handler("deep_json")
def _deep_json(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    depth = p.get("depth", 100_000)
    send(h, 200, b"[" * depth + b"]" * depth, {"Content-Type": p.get("content_type", "application/json")})


@handler("raw")
def _raw(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    """Any status, headers and body, exactly as given (numbers such as 1e400 written verbatim)."""
    body = p.get("body", b"")
    send(h, p.get("status", 200), body.encode() if isinstance(body, str) else body, p.get("headers"))


@handler("retry_after")
def _retry_after(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    send(h, p.get("status", 429), b"{}", {"Retry-After": p["value"]})


@handler("reset")
def _reset(h: BaseHTTPRequestHandler, p: dict[str, Any]) -> None:
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()


def gacha_sign_in(expires_in: str = "3600", *, name: str = "Hostile", token: str = "tok-hostile") -> str:
    """A JSON:API sign-in answer with `expires_in` written verbatim (so 1e400 stays 1e400 on the wire)."""
    player = f'{{"type":"player","id":"p-1","attributes":{{"email":"h@example.com","display_name":"{name}"}}}}'
    meta = f'{{"access_token":"{token}","refresh_token":"r-{token}","expires_in":{expires_in}}}'
    return f'{{"data":{player},"meta":{meta}}}'


class HostileServer:
    def __init__(self) -> None:
        self.mode = "raw"
        self.params: dict[str, Any] = {}
        self.hits: list[str] = []
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server.hits.append(f"{self.command} {self.path}")
                HANDLERS[server.mode](self, server.params)
                self.close_connection = True

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def serve(self, mode: str, **params: Any) -> HostileServer:
        assert mode in HANDLERS, f"no handler {mode!r}"
        self.mode, self.params = mode, params
        return self

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


# Imported by test modules as `from .support.hostile_server import hostile_fixtures` (names that do not
# shadow the fixture arguments).
@pytest.fixture(scope="session", name="hostile_server")
def hostile_server_fixture() -> Iterator[HostileServer]:
    server = HostileServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture(name="hostile")
def hostile_fixture(hostile_server: HostileServer) -> HostileServer:
    hostile_server.hits.clear()
    return hostile_server.serve("raw", status=200, body="{}")
