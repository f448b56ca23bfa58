"""Sandbox side of the Earth-style game API (earth-profile-signin.md).

  POST /api/v1.1/player/profile/signin   PlayFab sessionTicket + device facts -> authenticationToken, basePath
  GET  {basePath}/api/v1.1/player/profile  Authorization: Genoa <token>, Session-Id -> the player's game profile
Errors use the same envelope with `result: null` and an `error` object {code, message}.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .state import SandboxState

SIGNIN_FIELDS = ("advertisingId", "appsFlyerId", "buildNumber", "clientVersion", "coordinate", "deviceId",
                 "deviceOS", "deviceToken", "language", "sessionTicket", "streams")


def fail(status: int, code: str, message: str) -> Response:
    return JSONResponse({"result": None, "updates": {}, "error": {"code": code, "message": message}},
                        status_code=status)


def routes(state: SandboxState) -> list[Route]:
    cfg = state.data["earth"]

    async def signin(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return fail(400, "BadRequest", "The request body is not valid JSON.")
        if not isinstance(body, dict):
            return fail(400, "BadRequest", "The request body must be a JSON object.")
        missing = [f for f in SIGNIN_FIELDS if f not in body]
        if missing:
            return fail(400, "BadRequest", f"Missing fields: {', '.join(missing)}")
        if str(body.get("clientVersion")) in cfg.get("unsupported_client_versions", []):
            return fail(426, "ClientTooOld", "This version of the game is no longer supported. Please update.")
        ticket = body.get("sessionTicket")
        pid, expired = state.check("playfab_ticket", ticket if isinstance(ticket, str) else None)
        if pid is None or expired:
            return fail(401, "InvalidSessionTicket", "The PlayFab session ticket is invalid or has expired.")
        # The open re-implementations find the player by splitting the ticket at its first '-'.
        if ticket.split("-", 1)[0] != pid:
            return fail(401, "InvalidSessionTicket", "The PlayFab session ticket is malformed.")
        token = state.issue("earth_token", pid, state.settings["earth_token_ttl"])
        result: dict[str, Any] = {"authenticationToken": token, "basePath": cfg["base_path"],
                                  "clientProperties": {}, "mixedReality": None, "mrToken": None,
                                  "streams": None, "tokens": {}, "updates": {}}
        return JSONResponse({"result": result, "updates": {}})

    async def profile(request: Request) -> Response:
        if "/" + request.path_params["base"] != cfg["base_path"]:
            return fail(404, "NotFound", "Unknown base path.")
        auth = request.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme != cfg.get("auth_scheme", "Genoa") or not request.headers.get("session-id"):
            return fail(401, "Unauthorized", "Missing or malformed Authorization or Session-Id header.")
        pid, expired = state.check("earth_token", token)
        if pid is None or expired:
            return fail(401, "TokenExpired" if expired else "Unauthorized", "The authentication token is not valid.")
        player = next((p for p in state.data["playfab"]["players"] if p["playfab_id"] == pid), {})
        game = cfg.get("profiles", {}).get(pid, {"level": 1, "experience": 0})
        return JSONResponse({"result": {"playerId": pid, "displayName": player.get("display_name") or pid,
                                        **game}, "updates": {}})

    return [Route("/api/v1.1/player/profile/signin", signin, methods=["POST"]),
            Route("/{base}/api/v1.1/player/profile", profile, methods=["GET"])]
