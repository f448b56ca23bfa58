"""A computer whose clock is hours off (a dual-boot PC) neither keeps a dead session nor drops a live one: a token
expiry a server gives in its own time is moved into this computer's time by the difference its `Date` shows."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from launcher import clock

from .conftest import run, sign_in

HOUR = 3600.0


def playfab_with_clock(offset_s: float) -> ThreadingHTTPServer:
    """A PlayFab stand-in whose clock runs `offset_s` ahead of this computer's: its Date header and the entity
    token's expiry (an hour after its now) are in its own time."""

    class Handler(BaseHTTPRequestHandler):
        def date_time_string(self, timestamp=None):  # type: ignore[no-untyped-def]
            return formatdate(time.time() + offset_s, usegmt=True)

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            server_now = datetime.now(UTC) + timedelta(seconds=offset_s)
            body = json.dumps({"code": 200, "status": "OK", "data": {
                "SessionTicket": "PID1-ticket", "PlayFabId": "PID1", "NewlyCreated": False,
                "EntityToken": {"EntityToken": "entity", "TokenExpiration":
                                (server_now + timedelta(hours=1)).isoformat().replace("+00:00", "Z")},
                "InfoResultPayload": {"AccountInfo": {"PlayFabId": "PID1"}}}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.mark.parametrize("offset", [2 * HOUR, -2 * HOUR])
def test_an_entity_token_expires_an_hour_from_now_whatever_this_computers_clock(manifest, offset):
    server = playfab_with_clock(offset)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        session = run(sign_in(manifest.with_services({"playfab": url}), "playfab-custom", {"custom_id": "x"}))
    finally:
        server.shutdown()
    left = (session.expires["entity_token"] - datetime.now(UTC)).total_seconds()
    assert 0.9 * HOUR < left < 1.1 * HOUR  # not 3 h (a dead token kept), not -1 h (a live one dropped)
    assert not session.expired("entity_token", margin_s=300)
    words = clock.describe()
    assert words and "2.0 hours" in words and ("behind" if offset > 0 else "ahead of") in words


def test_a_small_difference_changes_nothing():
    clock.observe(formatdate(time.time() + 20, usegmt=True))
    assert clock.skew_s() == 0 and clock.describe() is None
    moment = datetime.now(UTC)
    assert clock.to_local(moment) == moment


@pytest.mark.parametrize("header", ["", "yesterday", "Mon, 99 Foo 2026 99:99:99 GMT", "x" * 500,
                                    "Fri, 01 Jan 1971 00:00:00 GMT"])
def test_odd_date_headers_are_ignored(header):
    clock.observe(header)
    assert clock.skew_s() == 0
