"""Sandbox side of the JSON:API email/password backend.

Endpoints (under the service prefix):
  POST /api/v1/players/sign_in        data.type "player", attributes email/password -> player + meta tokens
                                      (seed gacha-players-sign-in.md = docs.togacha.com .../players-sign-in)
  POST /api/v1/players/refresh_token  data.type "player", attributes refresh_token -> player + new tokens
                                      (docs.togacha.com/api-reference/endpoint/players-refresh-token)
  GET  /api/v1/players/me             Authorization: Bearer <access_token> -> player document (NOT in the public
                                      docs found; kept as a sandbox convenience for the launcher's profile reload)
All accept `include=chests`. Every answer is a valid JSON:API 1.0 document (checked against jsonapi.org's schema in
tests/test_signin_review.py): a player's chests are linked once each, with how many in the linkage's `meta.count`
(no public source documents the real backend's chest counts; see the README's provider notes). There is no
`/players/refresh` (a 404, as on the real backend). Refresh tokens live
`gacha_refresh_ttl` seconds (30 days: "typically 30 days vs 1 hour") and "can be used multiple times until they
expire": a refresh answers a new refresh token and the old one stays valid.
Media type rules (415/406/400 for include) follow the JSON:API 1.1 specification (jsonapi.org/format).
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
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
    """The player as a valid JSON:API 1.0 document: a to-many linkage names each chest once (the jsonapi.org
    schema's `uniqueItems`), how many the player holds travels in the linkage's `meta.count` (the demo data lists
    a chest once per copy held)."""
    chests = state.data["chests"]
    held: dict[str, int] = {}
    for cid in player.get("chests", []):
        held[cid] = held.get(cid, 0) + 1
    linkage = [{"type": "chest", "id": cid, "meta": {"count": n}} for cid, n in held.items()]
    doc: dict[str, Any] = {"data": {"type": "player", "id": player["id"],
                                    "attributes": {"email": player["email"], "is_anonymous": False},
                                    "relationships": {"chests": {"data": linkage}}}}
    if request.query_params.get("include") is not None:
        doc["included"] = [{"type": "chest", "id": cid,
                            "attributes": {"name": chests[cid]["name"],
                                           "description": chests[cid]["description"]}}
                           for cid in held if cid in chests]
    if meta is not None:
        doc["meta"] = meta
    return doc


def _stamp(at: float | None = None) -> str:
    return datetime.fromtimestamp(time.time() if at is None else at, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _refresh_token(state: SandboxState, player: dict[str, Any]) -> str:
    return state.issue("gacha_refresh", player["id"], state.settings["gacha_refresh_ttl"], prefix="grt_")


def _tokens(state: SandboxState, player: dict[str, Any]) -> dict[str, Any]:
    ttl = state.settings["gacha_expires_in"]
    now = _stamp()
    return {
        "access_token": state.issue("gacha_access", player["id"], ttl, prefix="gat_"),
        "refresh_token": _refresh_token(state, player),
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
    state.settings.setdefault("gacha_refresh_ttl", 30 * 86400)

    async def sign_in(request: Request) -> Response:
        """POST /api/v1/players/sign_in (seed gacha-players-sign-in.md): 401 for an unknown email or a wrong
        password, the player with `meta` tokens otherwise."""
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

    async def refresh_token(request: Request) -> Response:
        """POST /api/v1/players/refresh_token (docs.togacha.com .../players-refresh-token): body
        `{"data": {"type": "player", "attributes": {"refresh_token": ...}, "relationships": {}}}`; answers like sign-in
        with `meta` {access_token, refresh_token (new), token_type, expires_in, refreshed_at, previous_token_issued,
        session_extended_until}; the refresh token sent stays valid until it expires."""
        if (bad := negotiate(request, with_body=True)) is not None:
            return bad
        attrs = await _attributes(request, "player")
        if isinstance(attrs, Response):
            return attrs
        token = attrs.get("refresh_token")
        if not isinstance(token, str) or not token:
            return error(422, "blank", "Unprocessable Entity", "refresh_token can't be blank",
                         pointer="/data/attributes/refresh_token")
        subject, expired = state.check("gacha_refresh", token)
        player = _find(state, subject) if subject and not expired else None
        if player is None:
            return error(401, "invalid_refresh_token", "Unauthorized",
                         "The refresh token has expired." if expired else "The refresh token is invalid.")
        if player.get("status") == "banned":
            return error(403, "account_banned", "Forbidden", "This account has been suspended.")
        ttl = state.settings["gacha_expires_in"]
        new_refresh = _refresh_token(state, player)
        now = time.time()
        previous = state.issued_at("gacha_refresh", token)
        meta = {"access_token": state.issue("gacha_access", player["id"], ttl, prefix="gat_"),
                "refresh_token": new_refresh, "token_type": "Bearer", "expires_in": ttl,
                "refreshed_at": _stamp(now), "previous_token_issued": _stamp(now if previous is None else previous),
                "session_extended_until": _stamp(now + float(state.settings["gacha_refresh_ttl"]))}
        return _doc(200, _player_doc(state, player, request, meta))

    async def me(request: Request) -> Response:
        """GET /api/v1/players/me: no public source documents it; a sandbox convenience (see the module docstring)."""
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
            Route("/api/v1/players/refresh_token", refresh_token, methods=["POST"]),
            Route("/api/v1/players/me", me, methods=["GET"])]

