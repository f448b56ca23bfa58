"""Sandbox side of PlayFab: Client LoginWithFacebook/EmailAddress/CustomID, Server LoginWithXboxId,
Client GetPlayerCombinedInfo, with PlayFab's success and error envelopes; plus a stand-in Facebook OAuth dialog."""

from __future__ import annotations

import hmac
import html
import json
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .state import SandboxState

MIN_DATE = "0001-01-01T00:00:00Z"
INFO_FLAGS = ("GetUserAccountInfo", "GetUserInventory", "GetUserVirtualCurrency", "GetUserData",
              "GetUserReadOnlyData", "GetCharacterInventories", "GetCharacterList", "GetTitleData",
              "GetPlayerStatistics", "GetPlayerProfile")
STATUS_TEXT = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 429: "TooManyRequests",
               500: "InternalServerError", 503: "ServiceUnavailable"}


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
        return self.cfg["players"]

    def find(self, key: str, value: str) -> dict[str, Any] | None:
        return next((p for p in self.players if p.get(key) == value), None)

    def create(self, key: str, value: str, name: str | None = None) -> dict[str, Any]:
        pid = secrets.token_hex(8).upper()
        player = {"playfab_id": pid, key: value, "display_name": name, "avatar": None,
                  "created": iso(datetime.now(timezone.utc)), "inventory": [], "last_login": None}
        self.players.append(player)
        return player

    def login(self, player: dict[str, Any], newly: bool, info: Any, origin: str) -> Response:
        if player.get("status") == "banned":
            return fail(403, "AccountBanned", 1002, "The account making this request is currently banned")
        if player.get("status") == "deleted":
            return fail(400, "AccountDeleted", 1322, "The account has been deleted")
        if isinstance(info, dict) and isinstance(info.get("ProfileConstraints"), dict):
            allowed = {"ShowDisplayName", "ShowAvatarUrl"}
            if any(v and k not in allowed for k, v in info["ProfileConstraints"].items()):
                return fail(400, "RequestViewConstraintParamsNotAllowed", 1303,
                            "Requested view constraints are not allowed for this title")
        pid = player["playfab_id"]
        ttl = self.state.settings["playfab_ticket_ttl"]
        ticket = f"{pid}-{secrets.token_hex(8).upper()}-{secrets.token_hex(8).upper()}-" \
                 f"{self.cfg['title_id']}-{secrets.token_hex(8).upper()}-{secrets.token_urlsafe(24)}"
        self.state.issue_value("playfab_ticket", ticket, pid, ttl)
        now = datetime.now(timezone.utc)
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

    def payload(self, player: dict[str, Any], info: Any, origin: str) -> dict[str, Any]:
        flags = info if isinstance(info, dict) else {}
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
            if name:
                profile["DisplayName"] = name
            if avatar:
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
        return out


def routes(state: SandboxState) -> list[Route]:
    world = PlayFabWorld(state)

    def title_ok(body: dict[str, Any]) -> Response | None:
        if "TitleId" not in body or not body["TitleId"]:
            return required("TitleId")
        if body["TitleId"] != world.cfg["title_id"]:
            return fail(400, "InvalidTitleId", 1004, "Invalid title ID")
        return None

    async def facebook(request: Request) -> Response:
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
        return ok({"PlayFabId": pid, "InfoResultPayload": world.payload(player, body.get("InfoRequestParameters"), origin(request))})

    return [Route("/Client/LoginWithFacebook", facebook, methods=["POST"]),
            Route("/Client/LoginWithEmailAddress", email, methods=["POST"]),
            Route("/Client/LoginWithCustomID", custom, methods=["POST"]),
            Route("/Server/LoginWithXboxId", xbox, methods=["POST"]),
            Route("/Client/GetPlayerCombinedInfo", combined, methods=["POST"])]


DIALOG = """<!doctype html><html><head><meta charset="utf-8"><title>Log in with Facebook (sandbox)</title>
<style>body{{font-family:sans-serif;background:#f0f2f5;display:flex;justify-content:center;padding-top:60px}}
.card{{background:#fff;border-radius:8px;padding:24px 32px;box-shadow:0 2px 8px #0002;width:360px}}
h1{{color:#1877f2;font-size:22px}}button{{display:block;width:100%;margin:8px 0;padding:10px;font-size:15px;
border:0;border-radius:6px;background:#1877f2;color:#fff;cursor:pointer}}button.cancel{{background:#e4e6eb;color:#050505}}
</style></head><body><div class="card"><h1>facebook</h1><p>The sandbox stands in for Facebook's login dialog.
Continue as:</p><form method="post" action="confirm">
<input type="hidden" name="redirect_uri" value="{redirect}"><input type="hidden" name="state" value="{state}">
{buttons}<button class="cancel" name="user" value="">Cancel</button></form></div></body></html>"""


def facebook_dialog_routes(state: SandboxState) -> list[Route]:
    cfg = state.data["playfab"]

    def loopback(uri: str) -> bool:
        host = urlsplit(uri).hostname or ""
        return urlsplit(uri).scheme == "http" and host in ("127.0.0.1", "localhost", "::1")

    async def dialog(request: Request) -> Response:
        q = request.query_params
        redirect = q.get("redirect_uri", "")
        if not q.get("client_id") or not loopback(redirect):
            return HTMLResponse("<h1>Invalid request</h1><p>client_id and a loopback redirect_uri are required.</p>",
                                status_code=400)
        buttons = "".join(
            f'<button name="user" value="{html.escape(tok)}">{html.escape(u["name"])}</button>'
            for tok, u in cfg["facebook_tokens"].items())
        return HTMLResponse(DIALOG.format(redirect=html.escape(redirect), state=html.escape(q.get("state", "")),
                                          buttons=buttons))

    async def confirm(request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode(), keep_blank_values=True).items()}
        redirect, st, token = form.get("redirect_uri", ""), form.get("state", ""), form.get("user", "")
        if not loopback(redirect):
            return HTMLResponse("<h1>Invalid redirect</h1>", status_code=400)
        if not token:
            query = urlencode({"error": "access_denied", "error_reason": "user_denied",
                               "error_description": "Permissions error", "state": st})
            return RedirectResponse(f"{redirect}?{query}", status_code=302)
        fragment = urlencode({"access_token": token, "data_access_expiration_time": "1999999999",
                              "expires_in": "5183944", "state": st})
        return RedirectResponse(f"{redirect}#{fragment}", status_code=302)

    return [Route("/dialog/oauth", dialog, methods=["GET"]), Route("/dialog/confirm", confirm, methods=["POST"])]
