"""Sandbox side of PlayFab: Client LoginWithFacebook/EmailAddress/CustomID, Server LoginWithXboxId,
Client GetPlayerCombinedInfo, with PlayFab's success and error envelopes.

Public sources: PlayFab/API_Specs `Swagger/PlayFab/Client.swagger.json` (routes, LoginResult, ApiErrorWrapper, error
ids, PlayerProfileViewConstraints), the seeds playfab-login-with-facebook.md and playfab-server-login-with-xbox-id.md,
PlayFab/PythonSdk `playfab/PlayFabHTTP.py` (the request shape of an official SDK and `X-ReportErrorAsSuccess`), and
learn.microsoft.com .../playfab/features/playerdata/getting-player-profiles (a title shows clients only the display
name until the studio allows more under Title settings > Client Profile Options).

Title configuration in the sandbox state: `settings["playfab_client_profile_options"]`, the profile fields the title
lets clients see (PlayFab's default is `["DisplayName"]`; the demo title also allows `"AvatarUrl"`), and
`settings["playfab_title_exists"]` (default true): false answers every call as PlayFab answers for a title it does
not know, InvalidAPIEndpoint 1131 "Could not determine a title id for this." (no official page documents it; seen
from a retired title in AeonLucid/Prospect issue #14 and from a request without TitleId in Structed/godot-playfab
PR #118). A body `TitleId` other than the title the server is for is InvalidTitleId 1004 (playfab-docs,
global-api-method-error-codes). Whether PlayFab checks `ProfileConstraints` before or after it looks the account up
is not documented: the sandbox checks them only for an existing account, so `launcher doctor` cannot learn them
from a sign-in of an account that does not exist, and says so.
"""

from __future__ import annotations

import functools
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import persist
from .state import SandboxState

PROFILE_OPTIONS = "playfab_client_profile_options"
Handler = Callable[[Request], Awaitable[Response]]

MIN_DATE = "0001-01-01T00:00:00Z"
STATUS_TEXT = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 429: "TooManyRequests",
               500: "InternalServerError", 503: "ServiceUnavailable"}


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ok(data: dict[str, Any]) -> Response:
    return JSONResponse({"code": 200, "status": "OK", "data": data})


def fail(http: int, error: str, code: int, message: str, details: dict[str, list[str]] | None = None,
         **extra: Any) -> Response:
    body: dict[str, Any] = {"code": http, "status": STATUS_TEXT.get(http, "Error"), "error": error,
                            "errorCode": code, "errorMessage": message}
    if details:
        body["errorDetails"] = details
    body.update(extra)
    return JSONResponse(body, status_code=http)


def origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}"


def required(field: str) -> Response:
    return fail(400, "InvalidParams", 1000, "Invalid input parameters",
                {field: [f"The {field} field is required."]})


async def read_body(request: Request) -> dict[str, Any] | Response:
    try:
        body = json.loads(await request.body() or b"null")
    except ValueError:
        return fail(400, "InvalidRequest", 1071, "The request body is not valid JSON.")
    if not isinstance(body, dict):
        return fail(400, "InvalidRequest", 1071, "The request body must be a JSON object.")
    return body


class PlayFabWorld:
    def __init__(self, state: SandboxState) -> None:
        self.state = state
        self.cfg = state.data["playfab"]

    @property
    def players(self) -> list[dict[str, Any]]:
        players: list[dict[str, Any]] = self.cfg["players"]
        return players

    def find(self, key: str, value: str) -> dict[str, Any] | None:
        """The player whose `key` is `value`; an account restored from the demo's state file knows its custom id
        only by digest (persist.py)."""
        hashed = persist.digest(value) if key == "custom_id" and isinstance(value, str) else None
        return next((p for p in self.players
                     if p.get(key) == value or (hashed and p.get("custom_id_sha256") == hashed)), None)

    def create(self, key: str, value: str, name: str | None = None) -> dict[str, Any]:
        pid = secrets.token_hex(8).upper()
        player: dict[str, Any] = {"playfab_id": pid, key: value, "display_name": name, "avatar": None,
                  "created": iso(datetime.now(UTC)), "inventory": [], "last_login": None}
        self.players.append(player)
        return player

    def login(self, player: dict[str, Any], newly: bool, info: Any, origin: str) -> Response:
        if player.get("status") == "banned":
            return fail(403, "AccountBanned", 1002, "The account making this request is currently banned")
        if player.get("status") == "deleted":
            return fail(400, "AccountDeleted", 1322, "The account has been deleted")
        if (refused := self.constraints_refused(info)) is not None:
            return refused
        pid = player["playfab_id"]
        ttl = self.state.settings["playfab_ticket_ttl"]
        ticket = f"{pid}-{secrets.token_hex(8).upper()}-{secrets.token_hex(8).upper()}-" \
                 f"{self.cfg['title_id']}-{secrets.token_hex(8).upper()}-{secrets.token_urlsafe(24)}"
        self.state.issue_value("playfab_ticket", ticket, pid, ttl)
        now = datetime.now(UTC)
        entity_token = self.state.issue("playfab_entity", pid, ttl, prefix="ent_")
        data: dict[str, Any] = {
            "SessionTicket": ticket,
            "PlayFabId": pid,
            "NewlyCreated": newly,
            "LastLoginTime": player.get("last_login") or MIN_DATE,
            "SettingsForUser": {"NeedsAttribution": False, "GatherDeviceInfo": True, "GatherFocusInfo": True},
            "EntityToken": {"EntityToken": entity_token, "TokenExpiration": iso(now + timedelta(seconds=ttl)),
                            "Entity": {"Id": pid[::-1], "Type": "title_player_account",
                                       "TypeString": "title_player_account"}},
            "TreatmentAssignment": {"Variants": [], "Variables": []},
        }
        payload = self.payload(player, info, origin)
        if payload:
            data["InfoResultPayload"] = payload
        player["last_login"] = iso(now)
        return ok(data)

    def constraints_refused(self, info: Any) -> Response | None:
        """Error 1303 when `ProfileConstraints` asks for a field the title does not show clients (API_Specs:
        RequestViewConstraintParamsNotAllowed = 1303, listed for every login and GetPlayerCombinedInfo)."""
        constraints = info.get("ProfileConstraints") if isinstance(info, dict) else None
        if constraints is None:
            return None
        if not isinstance(constraints, dict):
            return fail(400, "InvalidParams", 1000, "Invalid input parameters",
                        {"InfoRequestParameters.ProfileConstraints": ["The value is not an object."]})
        allowed = set(self.state.settings.get(PROFILE_OPTIONS, ["DisplayName"]))
        asked = [k for k, v in constraints.items() if v is True and k.startswith("Show")]
        if any(k[len("Show"):] not in allowed for k in asked):
            return fail(400, "RequestViewConstraintParamsNotAllowed", 1303,
                        "Requested view constraints are not allowed by the title's client profile options")
        return None

    def payload(self, player: dict[str, Any], info: Any, origin: str) -> dict[str, Any]:
        flags = info if isinstance(info, dict) else {}
        # PlayerProfileViewConstraints: "Defaults to returning the player's display name".
        constraints = flags.get("ProfileConstraints")
        shown = {k[len("Show"):] for k, v in constraints.items() if v is True} \
            if isinstance(constraints, dict) else {"DisplayName"}
        out: dict[str, Any] = {}
        pid, name = player["playfab_id"], player.get("display_name")
        avatar = (player.get("avatar") or "").replace("{sandbox}", origin) or None
        if flags.get("GetUserAccountInfo"):
            title_info: dict[str, Any] = {"Origination": "Organic", "Created": player.get("created"),
                                          "LastLogin": player.get("last_login"), "isBanned": False,
                                          "TitlePlayerAccount": {"Id": pid[::-1], "Type": "title_player_account"}}
            if name:
                title_info["DisplayName"] = name
            if avatar:
                title_info["AvatarUrl"] = avatar
            out["AccountInfo"] = {"PlayFabId": pid, "Created": player.get("created"), "TitleInfo": title_info,
                                  "PrivateInfo": {}}
        if flags.get("GetPlayerProfile"):
            profile: dict[str, Any] = {"PublisherId": "DEMOPUBLISHER", "TitleId": self.cfg["title_id"],
                                       "PlayerId": pid}
            if name and "DisplayName" in shown:
                profile["DisplayName"] = name
            if avatar and "AvatarUrl" in shown:
                profile["AvatarUrl"] = avatar
            out["PlayerProfile"] = profile
        if flags.get("GetUserInventory"):
            catalog = self.state.data["chests"]
            items = []
            for n, entry in enumerate(player.get("inventory", [])):
                item_id, uses = entry[0], entry[1] if len(entry) > 1 else None
                inst: dict[str, Any] = {"ItemId": item_id, "ItemInstanceId": f"{pid[:8]}{n:08X}",
                                        "ItemClass": "chest", "CatalogVersion": "main",
                                        "PurchaseDate": player.get("created"), "UnitPrice": 0}
                if item_id in catalog:
                    inst["DisplayName"] = catalog[item_id]["name"]
                if uses is not None:
                    inst["RemainingUses"] = uses
                items.append(inst)
            out["UserInventory"] = items
        if flags.get("GetUserVirtualCurrency"):
            out["UserVirtualCurrency"] = player.get("currency", {"GO": 0})
            out["UserVirtualCurrencyRechargeTimes"] = {}
        if out:
            out.update(UserDataVersion=0, UserReadOnlyDataVersion=0)  # required in the payload (API_Specs)
        return out


def routes(state: SandboxState) -> list[Route]:
    world = PlayFabWorld(state)
    state.settings.setdefault(PROFILE_OPTIONS, list(world.cfg.get("client_profile_options", ["DisplayName"])))

    state.settings.setdefault("playfab_title_exists", True)

    def title_ok(body: dict[str, Any]) -> Response | None:
        if not state.settings["playfab_title_exists"]:
            return fail(400, "InvalidAPIEndpoint", 1131, "Could not determine a title id for this.")
        if "TitleId" not in body or not body["TitleId"]:
            return required("TitleId")
        if body["TitleId"] != world.cfg["title_id"]:
            return fail(400, "InvalidTitleId", 1004, "Invalid title ID")
        return None

    async def facebook(request: Request) -> Response:
        """POST /Client/LoginWithFacebook (seed playfab-login-with-facebook.md; API_Specs Client.swagger.json)."""
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        if (bad := title_ok(body)) is not None:
            return bad
        token = body.get("AccessToken")
        if not token:
            return required("AccessToken")
        if token == world.cfg.get("facebook_api_error_token"):
            return fail(400, "FacebookAPIError", 1143, "Error from Facebook API")
        fb_user = world.cfg["facebook_tokens"].get(token)
        if fb_user is None:
            return fail(400, "InvalidFacebookToken", 1013, "Invalid Facebook token")
        if body.get("PlayerSecret") and world.find("facebook_id", fb_user["id"]):
            return fail(400, "PlayerSecretAlreadyConfigured", 1294, "Player secret already configured")
        player = world.find("facebook_id", fb_user["id"])
        if player is None:
            if body.get("CreateAccount") is not True:
                return fail(400, "AccountNotFound", 1001, "User not found")
            player = world.create("facebook_id", fb_user["id"], fb_user.get("name"))
            return world.login(player, True, body.get("InfoRequestParameters"), origin(request))
        return world.login(player, False, body.get("InfoRequestParameters"), origin(request))

    async def email(request: Request) -> Response:
        """POST /Client/LoginWithEmailAddress (API_Specs Client.swagger.json; InvalidEmailOrPassword 1142)."""
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        if (bad := title_ok(body)) is not None:
            return bad
        for key in ("Email", "Password"):
            if not body.get(key):
                return required(key)
        if "@" not in str(body["Email"]):
            return fail(400, "InvalidEmailAddress", 1005, "Email address is not valid",
                        {"Email": ["Email address is not valid."]})
        player = next((p for p in world.players if str(p.get("email", "")).lower() == str(body["Email"]).lower()),
                      None)
        if player is None or not hmac.compare_digest(str(player.get("password", "")), str(body["Password"])):
            return fail(401, "InvalidEmailOrPassword", 1142, "Invalid email address or password")
        return world.login(player, False, body.get("InfoRequestParameters"), origin(request))

    async def custom(request: Request) -> Response:
        """POST /Client/LoginWithCustomID (API_Specs Client.swagger.json; no CreateAccount: 1001)."""
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        if (bad := title_ok(body)) is not None:
            return bad
        custom_id = body.get("CustomId")
        if not custom_id:
            return required("CustomId")
        player = world.find("custom_id", custom_id)
        if player is None:
            if body.get("CreateAccount") is not True:
                return fail(400, "AccountNotFound", 1001, "User not found")
            player = world.create("custom_id", custom_id)
            return world.login(player, True, body.get("InfoRequestParameters"), origin(request))
        return world.login(player, False, body.get("InfoRequestParameters"), origin(request))

    async def xbox(request: Request) -> Response:
        """POST /Server/LoginWithXboxId, authenticated by `X-SecretKey` (seed playfab-server-login-with-xbox-id.md)."""
        key = request.headers.get("x-secretkey")
        if not key:
            return fail(401, "NotAuthenticated", 1074, "This API method does not allow anonymous callers.")
        if not hmac.compare_digest(key, world.cfg["secret_key"]):
            return fail(401, "NotAuthorized", 1089, "The secret key is not valid for this title.")
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        for k in ("XboxId", "Sandbox"):
            if not body.get(k):
                return required(k)
        special = world.cfg.get("xbox_errors", {}).get(str(body["XboxId"]))
        if special:
            return fail(400, special["error"], special["errorCode"], special["errorMessage"])
        if body["Sandbox"] != "RETAIL" and body["Sandbox"] not in world.cfg.get("xbox_sandboxes", []):
            return fail(400, "XboxRejectedXSTSExchangeRequest", 1343,
                        f"Xbox Live rejected the sandbox {body['Sandbox']!r}")
        player = world.find("xbox_id", str(body["XboxId"]))
        if player is None:
            if body.get("CreateAccount") is not True:
                return fail(400, "AccountNotFound", 1001, "User not found")
            player = world.create("xbox_id", str(body["XboxId"]))
            return world.login(player, True, body.get("InfoRequestParameters"), origin(request))
        return world.login(player, False, body.get("InfoRequestParameters"), origin(request))

    async def combined(request: Request) -> Response:
        """POST /Client/GetPlayerCombinedInfo with `X-Authorization: <SessionTicket>` (API_Specs Client.swagger.json;
        its only listed error is RequestViewConstraintParamsNotAllowed 1303)."""
        ticket = request.headers.get("x-authorization")
        pid, expired = state.check("playfab_ticket", ticket)
        if pid is None or expired:
            return fail(401, "NotAuthenticated", 1074, "This API method does not allow anonymous callers.")
        body = await read_body(request)
        if isinstance(body, Response):
            return body
        player = world.find("playfab_id", pid)
        if player is None:
            return fail(400, "AccountNotFound", 1001, "User not found")
        info = body.get("InfoRequestParameters")
        if (refused := world.constraints_refused(info)) is not None:
            return refused
        return ok({"PlayFabId": pid, "InfoResultPayload": world.payload(player, info, origin(request))})

    return [Route("/Client/LoginWithFacebook", sdk_aware(facebook), methods=["POST"]),
            Route("/Client/LoginWithEmailAddress", sdk_aware(email), methods=["POST"]),
            Route("/Client/LoginWithCustomID", sdk_aware(custom), methods=["POST"]),
            Route("/Server/LoginWithXboxId", sdk_aware(xbox), methods=["POST"]),
            Route("/Client/GetPlayerCombinedInfo", sdk_aware(combined), methods=["POST"])]


def sdk_aware(handler: Handler) -> Handler:
    """What every PlayFab route does around its own work, as the official SDKs expect it.

    `X-ReportErrorAsSuccess: true` (sent by PlayFab/PythonSdk `PlayFabHTTP.py`, which reads an error only from an
    HTTP 200 answer whose envelope `code` is not 200): the error envelope is answered with HTTP 200, unchanged.
    `X-PlayFabSDK: <sdk>-<version>` and the `?sdk=` query parameter the SDKs add are accepted and ignored."""
    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        response = await handler(request)
        wants_200 = request.headers.get("x-reporterrorassuccess", "").strip().lower() == "true"
        if wants_200 and response.status_code != 200:
            response = Response(bytes(response.body), status_code=200, media_type="application/json")
        return response
    return wrapped

