"""Sandbox side of the Appcharge-style publisher "authenticate player" endpoint.

POST /authenticate with `x-publisher-token` and `signature: t=<ms>,v1=<hex hmac-sha256 of "t.body">`
(seed appcharge-authenticate-player.md = docs.appcharge.com .../authenticate-player-api; the signing rule of
docs.appcharge.com .../appcharge-publisher-secure-communication). The signature is checked in constant time over
the raw body; stale timestamps (`signature_tolerance_s`) and replayed signatures are refused too.

How a refusal of the request's authenticity looks depends on the publisher's receiver. `appcharge_refusal` picks
which of Appcharge's own receiver templates the sandbox imitates:
  "express" (default)  401 `{"error": "Invalid authorization header"}`   Appcharge/mock-publisher-express4
                                                                         `middleware/auth.middleware.js`
  "ruby"               401 text `Wrong signature` (sent as application/json) Appcharge/mock-publisher-ruby
                                                                         `controllers/auth/auth_controller.rb`
  "dotnet"             400, empty body                                   Appcharge/mock-publisher-dotnet6
                                                                         `src/middlewares/DecryptionMiddleware.cs`
A refused login answers `status` other than `valid` with `publisherErrorMessageType` (none, plainText,
enrichedText = Markdown), `publisherErrorMessage` and `publisherErrorMessageTitle` (Appcharge/appcharge-skills
`skills/authenticate-player-callback/references/api-contract.md`): HTTP 400 for wrong details and suspended accounts
(enrichedText), HTTP 200 for a player the publisher locked. `playerName` is optional ("(optional)" in
developers.appcharge.com/reference/authentication; the express template sends `imageUrl` instead of
`playerProfileImage`): some demo players have none, or "".
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

METHODS = ("userPassword", "otp", "userToken", "facebook", "google", "apple")


def refuse(status: int, message: str, title: str = "Login failed", kind: str = "plainText",
           status_text: str = "invalid") -> Response:
    return JSONResponse({"status": status_text, "publisherErrorMessageType": kind, "publisherErrorMessage": message,
                         "publisherErrorMessageTitle": title}, status_code=status)


def template_refusal(style: str) -> Response:
    """How Appcharge's receiver templates refuse a request whose signature does not verify."""
    if style == "ruby":
        return Response(b"Wrong signature", status_code=401, media_type="application/json")
    if style == "dotnet":
        return Response(b"", status_code=400)
    return JSONResponse({"error": "Invalid authorization header"}, status_code=401)


def parse_signature(header: str) -> tuple[str, str] | None:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    t, v1 = parts.get("t", "").strip(), parts.get("v1", "").strip()
    return (t, v1) if t.isdigit() and v1 else None


def routes(state: SandboxState) -> list[Route]:
    cfg = state.data["appcharge"]
    state.settings.setdefault("appcharge_refusal", "express")

    def match(body: dict[str, Any]) -> dict[str, Any] | None:
        method = body.get("authMethod")
        players: list[dict[str, Any]] = cfg["players"]
        for p in players:
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

    def authentic(request: Request, raw: bytes) -> bool:
        if not hmac.compare_digest(request.headers.get("x-publisher-token", "").encode(),
                                   str(cfg["publisher_token"]).encode()):
            return False
        sig = parse_signature(request.headers.get("signature", ""))
        if sig is None:
            return False
        t, v1 = sig
        expected = hmac.new(cfg["signing_key"].encode(), f"{t}.".encode() + raw, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, v1.lower()):
            return False
        now_ms = time.time() * 1000
        if abs(now_ms - int(t)) > state.settings["signature_tolerance_s"] * 1000:
            return False
        with state.lock:
            state.seen_signatures = {k: v for k, v in state.seen_signatures.items() if now_ms - v < 600_000}
            if v1 in state.seen_signatures:
                return False
            state.seen_signatures[v1] = now_ms
        return True

    async def authenticate(request: Request) -> Response:
        """POST /authenticate (seed appcharge-authenticate-player.md): `status: valid` with publisherPlayerId,
        playerName (when the publisher has one), playerProfileImage and sessionMetadata; refusals as the module
        docstring lists them, with their sources."""
        raw = await request.body()
        if not authentic(request, raw):
            return template_refusal(str(state.settings.get("appcharge_refusal")))
        try:
            body = json.loads(raw)
        except ValueError:
            return refuse(400, "The request body is not valid JSON.")
        if not isinstance(body, dict) or body.get("authMethod") not in METHODS:
            return refuse(400, "Unsupported authentication method.")
        player = match(body)
        if player is None:
            return refuse(400, "We couldn't sign you in with these details. Check them and try again.")
        if player.get("banned"):
            return refuse(400, "**This account is suspended.** Contact [support](https://example.com/support) "
                               "to appeal.", "Account suspended", "enrichedText")
        if isinstance(player.get("refusal"), dict):
            return JSONResponse(player["refusal"], status_code=200)
        if isinstance(body.get("sessionId"), str) and body["sessionId"]:
            state.issue_value("appcharge_session", body["sessionId"], player["publisherPlayerId"], None)
        answer: dict[str, Any] = {"status": "valid", "publisherPlayerId": player["publisherPlayerId"],
                                  "playerProfileImage": player.get("playerProfileImage", "").replace(
                                      "{sandbox}", f"{request.url.scheme}://{request.url.netloc}"),
                                  "sessionMetadata": player.get("sessionMetadata", {})}
        if "playerName" in player:
            answer["playerName"] = player["playerName"]
        return JSONResponse(answer)

    async def session(request: Request) -> Response:
        """Stands in for the publisher's game server, which knows the sessions it authenticated: the demo game
        proves the hand-over with it. Not part of the documented authenticate-player API."""
        pid, _ = state.check("appcharge_session", request.path_params["session_id"])
        players: list[dict[str, Any]] = cfg["players"]
        player = next((p for p in players if p["publisherPlayerId"] == pid), None)
        if player is None:
            return refuse(404, "Unknown session.", "Not found")
        return JSONResponse({"publisherPlayerId": pid, "playerName": player.get("playerName") or pid})

    return [Route("/authenticate", authenticate, methods=["POST"]),
            Route("/sessions/{session_id}", session, methods=["GET"])]
