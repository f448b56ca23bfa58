"""Sandbox side of the Appcharge-style publisher "authenticate player" endpoint (appcharge-authenticate-player.md).

POST /authenticate with `x-publisher-token` and `signature: t=<ms>,v1=<hex hmac-sha256 of "t.body">`.
The signature is checked in constant time; stale timestamps and replayed signatures are refused (HTTP 401).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import SandboxState


def refuse(status: int, message: str, title: str = "Login failed", kind: str = "plainText") -> Response:
    return JSONResponse({"publisherErrorMessageType": kind, "publisherErrorMessage": message,
                         "publisherErrorMessageTitle": title}, status_code=status)


def parse_signature(header: str) -> tuple[str, str] | None:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    t, v1 = parts.get("t", "").strip(), parts.get("v1", "").strip()
    return (t, v1) if t.isdigit() and v1 else None


def routes(state: SandboxState) -> list[Route]:
    cfg = state.data["appcharge"]

    def match(body: dict[str, Any]) -> dict[str, Any] | None:
        method = body.get("authMethod")
        for p in cfg["players"]:
            if method == "userPassword" and body.get("userName") == p.get("userName") \
                    and hmac.compare_digest(str(body.get("password", "")), str(p.get("password", ""))):
                return p
            if method == "otp" and isinstance(body.get("otp"), dict) and body["otp"] == p.get("otp"):
                return p
            if method == "userToken" and body.get("token") == p["publisherPlayerId"]:
                return p
            if method in ("facebook", "google", "apple") and body.get("token") \
                    and body.get("token") == p.get("sso", {}).get(method):
                return p
        return None

    async def authenticate(request: Request) -> Response:
        raw = await request.body()
        if not hmac.compare_digest(request.headers.get("x-publisher-token", ""), cfg["publisher_token"]):
            return refuse(401, "The publisher token is not valid.", "Unauthorized")
        sig = parse_signature(request.headers.get("signature", ""))
        if sig is None:
            return refuse(401, "The signature header is missing or malformed.", "Unauthorized")
        t, v1 = sig
        expected = hmac.new(cfg["signing_key"].encode(), f"{t}.".encode() + raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, v1.lower()):
            return refuse(401, "The signature does not match the request.", "Invalid signature")
        now_ms = time.time() * 1000
        if abs(now_ms - int(t)) > state.settings["signature_tolerance_s"] * 1000:
            return refuse(401, "The signature timestamp is too old (or the clock is wrong).", "Stale request")
        with state.lock:
            state.seen_signatures = {k: v for k, v in state.seen_signatures.items() if now_ms - v < 600_000}
            if v1 in state.seen_signatures:
                return refuse(401, "This request was already used (replay).", "Replayed request")
            state.seen_signatures[v1] = now_ms
        try:
            body = json.loads(raw)
        except ValueError:
            return refuse(400, "The request body is not valid JSON.")
        if not isinstance(body, dict) or body.get("authMethod") not in (
                "userPassword", "otp", "userToken", "facebook", "google", "apple"):
            return refuse(400, "Unsupported authentication method.")
        player = match(body)
        if player is None:
            return refuse(400, "We couldn't sign you in with these details. Check them and try again.",
                          "Login failed")
        if player.get("banned"):
            return refuse(400, "**This account is suspended.** Contact support to appeal.", "Account suspended",
                          "enrichedText")
        if isinstance(body.get("sessionId"), str) and body["sessionId"]:
            state.issue_value("appcharge_session", body["sessionId"], player["publisherPlayerId"], None)
        return JSONResponse({"status": "valid", "publisherPlayerId": player["publisherPlayerId"],
                             "playerName": player["playerName"],
                             "playerProfileImage": player.get("playerProfileImage", "").replace(
                                 "{sandbox}", f"{request.url.scheme}://{request.url.netloc}"),
                             "sessionMetadata": player.get("sessionMetadata", {})})

    async def session(request: Request) -> Response:
        """Stands in for the publisher's game server, which knows the sessions it authenticated: the demo game
        proves the hand-over with it. Not part of the documented authenticate-player API."""
        pid, _ = state.check("appcharge_session", request.path_params["session_id"])
        player = next((p for p in cfg["players"] if p["publisherPlayerId"] == pid), None)
        if player is None:
            return refuse(404, "Unknown session.", "Not found")
        return JSONResponse({"publisherPlayerId": pid, "playerName": player["playerName"]})

    return [Route("/authenticate", authenticate, methods=["POST"]),
            Route("/sessions/{session_id}", session, methods=["GET"])]
