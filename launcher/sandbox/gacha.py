"""Sandbox side of the JSON:API email/password backend (gacha-players-sign-in.md).

Endpoints (under the service prefix):
  POST /api/v1/players/sign_in   data.type "player", attributes email/password -> player + meta tokens
  POST /api/v1/players/refresh   data.type "session", attributes refresh_token -> same document, rotated tokens
  GET  /api/v1/players/me        Authorization: Bearer <access_token> -> player document
All accept `include=chests`.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .state import SandboxState

MEDIA = "application/vnd.api+json"


def _doc(status: int, body: dict[str, Any]) -> Response:
    return Response(json.dumps(body), status_code=status, media_type=MEDIA)


def error(status: int, code: str, title: str, detail: str, pointer: str | None = None) -> Response:
    err: dict[str, Any] = {"status": str(status), "code": code, "title": title, "detail": detail}
    if pointer:
        err["source"] = {"pointer": pointer}
    return _doc(status, {"errors": [err]})


def _media_params(value: str) -> tuple[str, list[str]]:
    parts = [p.strip() for p in value.split(";")]
    return parts[0].lower(), [p.split("=")[0].strip().lower() for p in parts[1:] if p]


def negotiate(request: Request, *, with_body: bool) -> Response | None:
    if with_body:
        media, params = _media_params(request.headers.get("content-type", ""))
        if media != MEDIA or any(p not in ("ext", "profile") for p in params):
            return error(415, "unsupported_media_type", "Unsupported Media Type",
                         f"Content-Type must be {MEDIA} without parameters.")
    accept = request.headers.get("accept")
    if accept:
        ours = [_media_params(a) for a in accept.split(",") if _media_params(a)[0] == MEDIA]
        if ours and all(any(p not in ("ext", "profile") for p in params) for _, params in ours):
            return error(406, "not_acceptable", "Not Acceptable", f"{MEDIA} may not carry media type parameters.")
    include = request.query_params.get("include")
    if include is not None and any(p.strip() not in ("chests",) for p in include.split(",")):
        return error(400, "invalid_include", "Bad Request", f"Unsupported include path: {include!r}.",
                     pointer=None)
    return None


def _player_doc(state: SandboxState, player: dict[str, Any], request: Request,
                meta: dict[str, Any] | None = None) -> dict[str, Any]:
    chests = state.data["chests"]
    linkage = [{"type": "chest", "id": cid} for cid in player.get("chests", [])]
    doc: dict[str, Any] = {"data": {"type": "player", "id": player["id"],
                                    "attributes": {"email": player["email"], "is_anonymous": False},
                                    "relationships": {"chests": {"data": linkage}}}}
    if request.query_params.get("include") is not None:
        seen: list[str] = []
        for cid in player.get("chests", []):
            if cid not in seen and cid in chests:
                seen.append(cid)
        doc["included"] = [{"type": "chest", "id": cid,
                            "attributes": {"name": chests[cid]["name"],
                                           "description": chests[cid]["description"]}} for cid in seen]
    if meta is not None:
        doc["meta"] = meta
    return doc


def _tokens(state: SandboxState, player: dict[str, Any]) -> dict[str, Any]:
    ttl = state.settings["gacha_expires_in"]
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "access_token": state.issue("gacha_access", player["id"], ttl, prefix="gat_"),
        "refresh_token": state.issue("gacha_refresh", player["id"], None, prefix="grt_"),
        "token_type": "Bearer",
        "expires_in": ttl,
        "signed_in_at": now,
        "last_active": player.get("last_active"),
        "session_info": {"ip_address": "127.0.0.1", "user_agent": "sandbox", "device_type": "desktop"},
        "account_status": {"verified": True, "created_at": player.get("created_at"),
                           "total_sessions": player.setdefault("total_sessions", 0) + 1},
    }


async def _attributes(request: Request, type_: str) -> dict[str, Any] | Response:
    try:
        body = json.loads(await request.body())
    except ValueError:
        return error(400, "invalid_json", "Bad Request", "The request body is not valid JSON.")
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, dict) or data.get("type") != type_:
        return error(409 if isinstance(data, dict) else 400, "invalid_type", "Conflict" if isinstance(data, dict)
                     else "Bad Request", f"data.type must be {type_!r}.", pointer="/data/type")
    attrs = data.get("attributes")
    return attrs if isinstance(attrs, dict) else {}


def _find(state: SandboxState, player_id: str) -> dict[str, Any] | None:
    return next((p for p in state.data["gacha"]["players"] if p["id"] == player_id), None)


def routes(state: SandboxState) -> list[Route]:
    async def sign_in(request: Request) -> Response:
        if (bad := negotiate(request, with_body=True)) is not None:
            return bad
        attrs = await _attributes(request, "player")
        if isinstance(attrs, Response):
            return attrs
        for key in ("email", "password"):
            if not isinstance(attrs.get(key), str) or not attrs[key]:
                return error(422, "blank", "Unprocessable Entity", f"{key} can't be blank",
                             pointer=f"/data/attributes/{key}")
        player = next((p for p in state.data["gacha"]["players"]
                       if p["email"].lower() == attrs["email"].lower()), None)
        if player is None or player["password"] != attrs["password"]:
            return error(401, "invalid_credentials", "Unauthorized", "Invalid email or password.")
        if player.get("status") == "banned":
            return error(403, "account_banned", "Forbidden", "This account has been suspended.")
        doc = _player_doc(state, player, request, _tokens(state, player))
        player["last_active"] = doc["meta"]["signed_in_at"]
        return _doc(200, doc)

    async def refresh(request: Request) -> Response:
        if (bad := negotiate(request, with_body=True)) is not None:
            return bad
        attrs = await _attributes(request, "session")
        if isinstance(attrs, Response):
            return attrs
        token = attrs.get("refresh_token")
        subject, _ = state.check("gacha_refresh", token if isinstance(token, str) else None)
        player = _find(state, subject) if subject else None
        if player is None:
            return error(401, "invalid_refresh_token", "Unauthorized", "The refresh token is invalid or revoked.")
        state.revoke("gacha_refresh", token)  # rotation: each refresh token works once
        return _doc(200, _player_doc(state, player, request, _tokens(state, player)))

    async def me(request: Request) -> Response:
        if (bad := negotiate(request, with_body=False)) is not None:
            return bad
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        subject, expired = state.check("gacha_access", token)
        if subject is None or expired:
            return error(401, "token_expired" if expired else "invalid_token", "Unauthorized",
                         "The access token has expired." if expired else "The access token is invalid.")
        player = _find(state, subject)
        if player is None:
            return error(404, "not_found", "Not Found", "Player not found.")
        return _doc(200, _player_doc(state, player, request, {"signed_in_at": player.get("last_active")}))

    return [Route("/api/v1/players/sign_in", sign_in, methods=["POST"]),
            Route("/api/v1/players/refresh", refresh, methods=["POST"]),
            Route("/api/v1/players/me", me, methods=["GET"])]


def new_player_id() -> str:
    return str(uuid.uuid4())
