"""Sandbox side of the Earth-style game API, as the official client's traffic and the open servers show it.

  POST /api/v1.1/player/profile/signin   PlayFab sessionTicket + device facts, `Session-Id` header
                                         -> {"result": {authenticationToken, basePath, ...}, "updates": {}}
  GET  {basePath}/api/v1.1/player/profile/{PlayFabId}
                                         `Authorization: Genoa <token>` + the signin's `Session-Id`
                                         -> {"result": {levelDistribution, totalExperience, level,
                                             currentLevelExperience, experienceRemaining, health, healthPercentage},
                                             "continuationToken": null, "expiration": null, "updates": null}
There is no id-less `{basePath}/api/v1.1/player/profile` (404), and no error bodies: refusals are empty.

Sources: seed earth-profile-signin.md (Project-Genoa/API-Protocol-Docs `Raw packet documentation/api/v1.1/player/
profile/signin.md`), API-Protocol-Docs `Raw packet documentation/1/api/v1.1/player/profile/1111111111111111.md` (the
captured profile answer) and `Login/index.md`; Project-Genoa/api-server-node-js `src/routes/signin.ts`,
`src/model/sessions.ts`, `src/middleware/auth.ts`, `src/db.ts` (403 with an empty body for a refused signin or an
unknown/expired session; a Session-Id that still has a live session cannot sign in again; sessions expire an hour
after their last use); Project-Genoa/Vienna `routes/AuthenticatedRouter.java` (a malformed Authorization header: 400,
empty); Project-Earth-Team/Api `Authentication/GenoaAuthenticationHandler.cs` ([Authorize] challenge: 401, empty).

Settings: `earth_token_ttl` (seconds a session lives after its last use; 3600 like the node server) and
`earth_refusal` — which open server's refusal the sandbox imitates: "node" (403, the default), "vienna" (400) or
"csharp" (401), all with an empty body.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import persist
from .state import SandboxState

REFUSAL_STATUS = {"node": 403, "vienna": 400, "csharp": 401}
PLAYFAB_ID = re.compile(r"^[0-9A-F]{16}$")
# experienceRequired per level, from the captured official answer (levels 2..25).
LEVELS = (500, 1500, 2800, 4600, 6100, 7800, 10100, 13300, 17800, 21400, 25700, 31300, 39100, 50000, 58700, 68700,
          82700, 101700, 128700, 137400, 147000, 157000, 169000, 185000)
MAX_HEALTH = 20


def empty(status: int) -> Response:
    return Response(b"", status_code=status)


def level_distribution() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n, required in enumerate(LEVELS, start=2):
        rewards: dict[str, Any] = {"inventory": [], "buildplates": [], "challenges": [], "personaItems": [],
                                   "utilityBlocks": []}
        if n == 2:
            rewards = {"inventory": [{"id": "730573d1-ba59-4fd4-89e0-85d4647466c2", "amount": 1},
                                     {"id": "20dbd5fc-06b7-1aa1-5943-7ddaa2061e6a", "amount": 8},
                                     {"id": "1eaa0d8c-2d89-2b84-aa1f-b75ccc85faff", "amount": 64}],
                       "rubies": 15, **{k: [] for k in ("buildplates", "challenges", "personaItems", "utilityBlocks")}}
        out[str(n)] = {"experienceRequired": required, "rewards": rewards}
    return out


def game_profile(total: int, health: int) -> dict[str, Any]:
    """The profile result as Vienna's ProfileRouter computes it from total experience."""
    level = 1 + sum(1 for required in LEVELS if total >= required)
    floor = LEVELS[level - 2] if level > 1 else 0
    remaining = LEVELS[level - 1] - total if level - 1 < len(LEVELS) else 0
    return {"levelDistribution": level_distribution(), "totalExperience": total, "level": level,
            "currentLevelExperience": total - floor, "experienceRemaining": remaining, "health": health,
            "healthPercentage": float(health * 100 / MAX_HEALTH)}


def owner_of(pid: str, session_id: str) -> str:
    """Whose a game token is: the player and the session, the Session-Id by digest (it is a credential too)."""
    return f"{pid}/{persist.digest(session_id)}"


def routes(state: SandboxState) -> list[Route]:
    cfg = state.data["earth"]
    state.settings.setdefault("earth_refusal", "node")

    def refuse() -> Response:
        return empty(REFUSAL_STATUS.get(str(state.settings.get("earth_refusal")), 403))

    def session_of(request: Request) -> str | None:
        """The PlayFab id of a live session named by `Session-Id` whose token matches `Authorization`."""
        session_id = request.headers.get("session-id")
        parts = request.headers.get("authorization", "").split(" ")
        if not session_id or len(parts) != 2 or parts[0] != cfg.get("auth_scheme", "Genoa"):
            return None
        pid, expired = state.check("earth_session", session_id)
        owner, token_expired = state.check("earth_token", parts[1])
        if pid is None or expired or token_expired or owner != owner_of(pid, session_id):
            return None
        ttl = float(state.settings["earth_token_ttl"])
        state.issue_value("earth_session", session_id, pid, ttl)  # sliding expiry: refreshed on every use
        state.issue_value("earth_token", parts[1], owner, ttl)
        return pid

    async def signin(request: Request) -> Response:
        """POST /api/v1.1/player/profile/signin (seed earth-profile-signin.md; node `src/routes/signin.ts` and
        `Sessions.signIn`): needs a `Session-Id` with no live session and a valid PlayFab session ticket whose
        first `-`-separated part is the 16-hex PlayFab id; anything else is refused with an empty body."""
        session_id = request.headers.get("session-id")
        try:
            body = json.loads(await request.body())
        except ValueError:
            return empty(400)
        ticket = body.get("sessionTicket") if isinstance(body, dict) else None
        if not session_id or not isinstance(ticket, str) or not PLAYFAB_ID.match(ticket.split("-", 1)[0]):
            return refuse()
        live, expired = state.check("earth_session", session_id)
        if live is not None and not expired:
            return refuse()  # node: a Session-Id that already has a session record cannot sign in again
        pid, ticket_expired = state.check("playfab_ticket", ticket)
        if pid is None or ticket_expired or ticket.split("-", 1)[0] != pid:
            return refuse()
        ttl = float(state.settings["earth_token_ttl"])
        state.issue_value("earth_session", session_id, pid, ttl)
        token = state.issue("earth_token", owner_of(pid, session_id), ttl)
        result: dict[str, Any] = {"authenticationToken": token, "basePath": cfg["base_path"],
                                  "clientProperties": {}, "mixedReality": None, "mrToken": None,
                                  "streams": None, "tokens": {}, "updates": {}}
        return JSONResponse({"result": result, "updates": {}})

    async def profile(request: Request) -> Response:
        """GET {basePath}/api/v1.1/player/profile/{PlayFabId} (API-Protocol-Docs captured answer; node
        `unimplemented.ts`, Vienna `ProfileRouter.java`): any player's profile, for a caller with a live session."""
        if "/" + request.path_params["base"] != cfg["base_path"]:
            return empty(404)
        if session_of(request) is None:
            return refuse()
        player_id = request.path_params["player_id"].upper()
        game = cfg.get("profiles", {}).get(player_id, {})
        result = game_profile(int(game.get("totalExperience", 0)), int(game.get("health", MAX_HEALTH)))
        return JSONResponse({"result": result, "continuationToken": None, "expiration": None, "updates": None})

    return [Route("/api/v1.1/player/profile/signin", signin, methods=["POST"]),
            Route("/{base}/api/v1.1/player/profile/{player_id}", profile, methods=["GET"])]


def expire_sessions(state: SandboxState) -> None:
    """Ends every game session now, as the node server's TTL index does an hour after last use."""
    state.expire_all("earth_session")
    state.expire_all("earth_token")
