"""Sandbox side of Facebook: Login for Devices (the desktop default) and the stand-in OAuth dialog.

Login for Devices (developers.facebook.com/docs/facebook-login/for-devices; the official Android SDK's
`facebook-common/.../login/DeviceAuthDialog.kt` for the fields it reads and the error subcodes):
  POST /v2.6/device/login          access_token=APP_ID|CLIENT_TOKEN, scope -> code, user_code, verification_uri,
                                   expires_in, interval
  POST /v2.6/device/login_status   access_token, code -> access_token, expires_in, data_access_expiration_time;
                                   or a Graph error with error_subcode 1349174 (pending), 1349172 (polling too fast),
                                   1349152 (code expired), 1349173 (declined)
  GET/POST /device                 the page at verification_uri: a person types the user_code and approves as one of
                                   the demo Facebook users (a stand-in for facebook.com/device)
Any Graph API version in the path is accepted (`/v2.6/...`, `/v16.0/...`). Parameters may come in the form body or
the query string. Settings: `facebook_device_expires_in` (420 in Facebook's example), `facebook_device_interval` (5),
`facebook_device_login_enabled` (true; false stands for an app whose "Login from Devices" is off: Facebook does not
document that answer, so the sandbox gives Graph's generic capability error, code 3 "(#3) Application does not have
the capability to make this API call." from developers.facebook.com/docs/graph-api/guides/error-handling, and
`launcher doctor` reports whatever code and message come back as they are).

The OAuth dialog (`/dialog/oauth`, `/dialog/confirm`) stands in for facebook.com's manual login flow
(developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow) for studios that registered a redirect.
"""

from __future__ import annotations

import hmac
import html
import secrets
import string
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from .state import SandboxState

PENDING, SLOW_DOWN, EXPIRED, DECLINED = 1349174, 1349172, 1349152, 1349173
# Facebook's documented error bodies for these subcodes (quoted from its Login for Devices page by open clients).
DEVICE_ERRORS: dict[int, dict[str, Any]] = {
    PENDING: {"message": "This request requires the user to take a pending action", "code": 31,
              "error_user_title": "Device Login Authorization Pending",
              "error_user_msg": "User has not yet authorized your application. Continue polling."},
    SLOW_DOWN: {"message": "User request limit reached", "code": 17,
                "error_user_title": "OAuth Device Excessive Polling",
                "error_user_msg": "Your device is polling too frequently. Space your requests with a minium "
                                  "interval of 5 seconds."},
    EXPIRED: {"message": "The session has expired", "code": 463, "error_user_title": "Activation Code Expired",
              "error_user_msg": "The code you entered has expired. Please go back to your device for a new code "
                                "and try again."},
    DECLINED: {"message": "The user has declined the authorization", "code": 31,
               "error_user_title": "Device Login Authorization Declined",
               "error_user_msg": "The person declined to log in to your application."},
}
USER_CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


def graph_error(status: int, subcode: int | None, body: dict[str, Any] | None = None) -> Response:
    error = dict(body or DEVICE_ERRORS[subcode or PENDING])
    error.setdefault("type", "OAuthException")
    if subcode is not None:
        error["error_subcode"] = subcode
    error.setdefault("fbtrace_id", secrets.token_urlsafe(8))
    return JSONResponse({"error": error}, status_code=status)


def bad_token() -> Response:
    return graph_error(400, None, {"message": "Invalid OAuth access token - Cannot parse access token",
                                   "type": "OAuthException", "code": 190})


@dataclass
class DeviceCode:
    code: str
    user_code: str
    scope: str
    expires_at: float
    interval: float
    last_poll: float = 0.0
    token: str | None = None
    declined: bool = False


async def params(request: Request) -> dict[str, str]:
    """Graph API parameters: the query string, then a form body on top."""
    out = dict(request.query_params)
    raw = (await request.body()).decode("utf-8", "replace")
    if raw and "json" not in request.headers.get("content-type", ""):
        out.update({k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()})
    return out


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;background:#f0f2f5;display:flex;justify-content:center;padding-top:60px}}
.card{{background:#fff;border-radius:8px;padding:24px 32px;box-shadow:0 2px 8px #0002;width:380px}}
h1{{color:#1877f2;font-size:22px}}input{{font-size:20px;letter-spacing:4px;width:100%;padding:8px;box-sizing:border-box}}
button{{display:block;width:100%;margin:8px 0;padding:10px;font-size:15px;border:0;border-radius:6px;
background:#1877f2;color:#fff;cursor:pointer}}button.cancel{{background:#e4e6eb;color:#050505}}.err{{color:#c00}}
</style></head><body><div class="card"><h1>facebook</h1>{content}</div></body></html>"""

DEVICE_FORM = """<p>The sandbox stands in for facebook.com/device. Enter the code shown on your device, then choose
who logs in.</p>{error}<form method="post" action="device">
<label for="user_code">Code</label><input id="user_code" name="user_code" value="{user_code}" autocomplete="off">
{buttons}<button class="cancel" name="user" value="">Don't allow</button></form>"""


def device_routes(state: SandboxState) -> list[Route]:
    cfg = state.data["playfab"]
    state.settings.setdefault("facebook_device_expires_in", 420)
    state.settings.setdefault("facebook_device_interval", 5)
    lock = threading.Lock()
    codes: dict[str, DeviceCode] = {}

    def app_token_ok(value: str) -> bool:
        app_id, _, client_token = value.partition("|")
        expected = str(cfg.get("facebook_client_token", ""))
        return bool(expected) and app_id == str(cfg.get("facebook_app_id")) \
            and hmac.compare_digest(client_token.encode(), expected.encode())

    def new_user_code() -> str:
        while True:
            user_code = "".join(secrets.choice(USER_CODE_ALPHABET) for _ in range(6))
            if all(c.user_code != user_code for c in codes.values()):
                return user_code

    async def device_login(request: Request) -> Response:
        """POST /{version}/device/login (Facebook Login for Devices, step 1: "Enable Login for Devices, get a code").
        Answers code, user_code, verification_uri, expires_in, interval like Facebook's documented example."""
        p = await params(request)
        if not app_token_ok(p.get("access_token", "")):
            return bad_token()
        if not state.settings.get("facebook_device_login_enabled", True):
            return graph_error(400, None, {"message": "(#3) Application does not have the capability to make this "
                                                      "API call.", "code": 3})
        now = time.time()
        with lock:
            for stale in [k for k, c in codes.items() if c.expires_at + 600 < now]:
                del codes[stale]
            entry = DeviceCode(code=secrets.token_hex(16), user_code=new_user_code(), scope=p.get("scope", ""),
                               expires_at=now + float(state.settings["facebook_device_expires_in"]),
                               interval=float(state.settings["facebook_device_interval"]))
            codes[entry.code] = entry
        return JSONResponse({"code": entry.code, "user_code": entry.user_code,
                             "verification_uri": f"{request.url.scheme}://{request.url.netloc}/facebook/device",
                             "expires_in": int(state.settings["facebook_device_expires_in"]),
                             "interval": int(entry.interval)})

    async def login_status(request: Request) -> Response:
        """POST /{version}/device/login_status (Login for Devices, step 4: "Poll for authorization"): the pending,
        slow-down, expired and declined errors by error_subcode, as the official Android SDK's DeviceAuthDialog
        reads them; `access_token` and `expires_in` once the person approved."""
        p = await params(request)
        if not app_token_ok(p.get("access_token", "")):
            return bad_token()
        if not state.settings.get("facebook_device_login_enabled", True):
            return graph_error(400, None, {"message": "(#3) Application does not have the capability to make this "
                                                      "API call.", "code": 3})
        now = time.time()
        with lock:
            entry = codes.get(p.get("code", ""))
            if entry is None or now >= entry.expires_at:
                return graph_error(400, EXPIRED)
            if entry.declined:
                del codes[entry.code]
                return graph_error(400, DECLINED)
            too_soon = entry.last_poll and now - entry.last_poll < entry.interval
            entry.last_poll = now
            if entry.token is not None:
                del codes[entry.code]
                return JSONResponse({"access_token": entry.token, "expires_in": 5183944,
                                     "data_access_expiration_time": int(now) + 7776000})
            if too_soon:
                return graph_error(400, SLOW_DOWN)
            return graph_error(400, PENDING)

    def page(content: str, status: int = 200, title: str = "Log in with Facebook (sandbox)") -> Response:
        return HTMLResponse(PAGE.format(title=title, content=content), status_code=status)

    def form(user_code: str = "", error: str = "", status: int = 200) -> Response:
        buttons = "".join(f'<button name="user" value="{html.escape(tok)}">Continue as {html.escape(u["name"])}'
                          f'</button>' for tok, u in cfg["facebook_tokens"].items())
        err = f'<p class="err">{html.escape(error)}</p>' if error else ""
        return page(DEVICE_FORM.format(user_code=html.escape(user_code), buttons=buttons, error=err), status)

    async def device_page(request: Request) -> Response:
        """GET /device: the verification page a person opens (stand-in for facebook.com/device, which the
        documented `verification_uri` names); `?user_code=` pre-fills the code."""
        return form(request.query_params.get("user_code", "")[:16])

    async def device_confirm(request: Request) -> Response:
        """POST /device: the person entered `user_code` and chose a demo user (`user` = that user's Facebook
        token) or declined (`user` empty)."""
        p = await params(request)
        user_code = p.get("user_code", "").strip().upper().replace("-", "")[:16]
        token = p.get("user", "")
        now = time.time()
        with lock:
            entry = next((c for c in codes.values() if c.user_code == user_code), None)
            if entry is None or now >= entry.expires_at:
                return form(user_code, "This code is not valid or has expired. Get a new code on your device.", 400)
            if not token:
                entry.declined = True
                return page("<p>You did not allow the app to log in. You can close this page.</p>")
            user = cfg["facebook_tokens"].get(token)
            if user is None:
                return form(user_code, "Choose one of the listed people.", 400)
            entry.token = token
        return page(f"<p>Success! You are logged in as {html.escape(user['name'])}. Return to your device.</p>")

    return [Route("/{version}/device/login", device_login, methods=["POST"]),
            Route("/{version}/device/login_status", login_status, methods=["POST"]),
            Route("/device", device_page, methods=["GET"]),
            Route("/device", device_confirm, methods=["POST"])]

DIALOG = """<!doctype html><html><head><meta charset="utf-8"><title>Log in with Facebook (sandbox)</title>
<style>body{{font-family:sans-serif;background:#f0f2f5;display:flex;justify-content:center;padding-top:60px}}
.card{{background:#fff;border-radius:8px;padding:24px 32px;box-shadow:0 2px 8px #0002;width:360px}}
h1{{color:#1877f2;font-size:22px}}button{{display:block;width:100%;margin:8px 0;padding:10px;font-size:15px;
border:0;border-radius:6px;background:#1877f2;color:#fff;cursor:pointer}}button.cancel{{background:#e4e6eb;color:#050505}}
</style></head><body><div class="card"><h1>facebook</h1><p>The sandbox stands in for Facebook's login dialog.
Continue as:</p><form method="post" action="confirm">
<input type="hidden" name="redirect_uri" value="{redirect}"><input type="hidden" name="state" value="{state}">
{buttons}<button class="cancel" name="user" value="">Cancel</button></form></div></body></html>"""


def dialog_routes(state: SandboxState) -> list[Route]:
    cfg = state.data["playfab"]

    def loopback(uri: str) -> bool:
        host = urlsplit(uri).hostname or ""
        return urlsplit(uri).scheme == "http" and host in ("127.0.0.1", "localhost", "::1")

    async def dialog(request: Request) -> Response:
        """GET /dialog/oauth: stand-in for www.facebook.com/dialog/oauth (manual flow); loopback redirects only."""
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
        """POST /dialog/confirm: redirects with `#access_token=...` or `?error=access_denied` as the manual flow
        documents for response_type=token."""
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
