"""Facebook Login for Devices: the desktop default for "Continue with Facebook".

A desktop app cannot register a random loopback redirect with Facebook, so it asks for a code
(`POST /v2.6/device/login` with `access_token=APP_ID|CLIENT_TOKEN`), shows the player the code and the address to
enter it at, and polls `POST /v2.6/device/login_status` every `interval` seconds until the player approved.
Errors come in Graph's envelope and are told apart by `error_subcode` (the official Android SDK's
DeviceAuthDialog.kt): 1349174 pending, 1349172 polling too fast, 1349152 code expired (the SDK then asks for a
new code by itself: so does the launcher, a few times), 1349173 declined.
The client token is not a secret (it ships inside apps); the access token lives only in memory."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from ..diagnostics import Area, Check, fail, ok
from ..models import ServiceSpec
from ..outcomes import ClientConfigError, InvalidCredentials, LauncherError, ProtocolError, TimeoutError_
from ..redact import secrets as redactor
from ..reply import Reply, clamp_seconds
from ..translatable import QT_TRANSLATE_NOOP
from .common import as_dict, optional_str, raise_for_service_status, require
from .flow import Context

GRAPH = ServiceSpec("facebook", default_url="https://graph.facebook.com")
NAME = "Facebook"
VERSION = "v2.6"
PENDING, SLOW_DOWN, EXPIRED, DECLINED = 1349174, 1349172, 1349152, 1349173
SLOW_DOWN_STEP_S = 5.0
MAX_RENEWALS = 3  # new codes asked for by themselves when one expires unconfirmed
OVERALL_S = 1800.0  # however many codes: half an hour of waiting for a person at most

# What Help > Check my connection tells a player (`launcher doctor` says it in English).
SAY_FACEBOOK_UNREACHABLE = QT_TRANSLATE_NOOP("Doctor", "Facebook can't be reached right now.")
SAY_FACEBOOK_READY = QT_TRANSLATE_NOOP("Doctor", "Continue with Facebook is ready.")
SAY_FACEBOOK_OFF = QT_TRANSLATE_NOOP("Doctor", "Continue with Facebook is not available for this game.")
log = logging.getLogger("launcher.facebook")

ShowCode = Callable[[str, str, float], object]  # user code, verification address, seconds it stays valid


def app_token(ctx: Context) -> str:
    app_id = str(ctx.settings.option("playfab", "facebook_app_id", "") or "")
    client_token = str(ctx.settings.option("playfab", "facebook_client_token", "") or "")
    if not app_id or not client_token:
        raise ClientConfigError("Facebook sign-in is not set up for this game (the manifest needs [playfab] "
                                "facebook_app_id and facebook_client_token).", code="facebook-config")
    return f"{app_id}|{client_token}"


def graph_error(reply: Reply) -> tuple[int | None, str | None]:
    """(error_subcode, a message for people) of a Graph error answer."""
    try:
        doc: Any = reply.json(service=NAME)
    except ProtocolError:
        return None, None
    err = as_dict(as_dict(doc).get("error"))
    sub = err.get("error_subcode")
    return (sub if isinstance(sub, int) and not isinstance(sub, bool) else None,
            optional_str(err, "error_user_msg") or optional_str(err, "message"))


async def _post(ctx: Context, path: str, form: dict[str, str]) -> Reply:
    return await ctx.http.request(
        "POST", f"{ctx.settings.base_url(GRAPH)}/{VERSION}/{path}", content=urlencode(form).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}, service=NAME)


async def _new_code(ctx: Context, token: str, show_code: ShowCode) -> tuple[str, float, float]:
    """Ask Facebook for a code and show it: (the code polled with, its lifetime, the polling interval)."""
    reply = await _post(ctx, "device/login", {"access_token": token, "scope": "public_profile"})
    if reply.status >= 400:
        raise_for_service_status(reply, NAME)
        _, text = graph_error(reply)
        raise ClientConfigError(f"Facebook refused to start the sign-in{': ' + text if text else ''}. The game's "
                                "Facebook app may not allow Login from Devices.", code=f"device-login-{reply.status}")
    doc = reply.json(service=NAME)
    code = require(doc, "code", str, NAME)
    user_code = require(doc, "user_code", str, NAME)
    address = require(doc, "verification_uri", str, NAME)
    if not address.startswith(("https://", "http://")):
        raise ProtocolError("Facebook sent an address that is not a web address.", code="verification_uri")
    lifetime = clamp_seconds(doc.get("expires_in"), low=30.0, high=1800.0) or 420.0
    interval = clamp_seconds(doc.get("interval"), low=1.0, high=60.0) or 5.0
    show_code(user_code, address, lifetime)
    log.info("Facebook device code shown; polling every %.0f s for up to %.0f s", interval, lifetime)
    return code, lifetime, interval


async def obtain_token(ctx: Context, show_code: ShowCode, *, sleep: Callable[[float], Any] = asyncio.sleep,
                       renewals: int = MAX_RENEWALS, overall_s: float = OVERALL_S,
                       clock: Callable[[], float] = time.monotonic) -> str:
    """Run the device flow and return the Facebook access token. Cancel the task to abandon it.

    A code that expires unconfirmed is replaced by a new one, shown in its place, as Facebook's own SDK does
    (DeviceAuthDialog.kt starts the login again on subcode 1349152): at most `renewals` times, and never past
    `overall_s` from the start, so a person who walked away is not waited for without end."""
    token = app_token(ctx)
    gives_up = clock() + overall_s
    for renewal in range(max(0, renewals) + 1):
        if renewal:
            log.info("the Facebook code expired unconfirmed; asking for a new one (%d of %d)", renewal, renewals)
        code, lifetime, interval = await _new_code(ctx, token, show_code)
        ends = min(clock() + lifetime, gives_up)
        while clock() < ends:
            await sleep(min(interval, max(0.0, ends - clock())))
            reply = await _post(ctx, "device/login_status", {"access_token": token, "code": code})
            if reply.status < 400:
                access: str = require(reply.json(service=NAME), "access_token", str, NAME)
                redactor.add(access)
                return access
            sub, text = graph_error(reply)
            if sub == PENDING:
                continue
            if sub == SLOW_DOWN:
                interval = min(interval + SLOW_DOWN_STEP_S, 60.0)
                continue
            if sub == EXPIRED:
                break
            if sub == DECLINED:
                raise InvalidCredentials("Facebook sign-in was declined. Nothing was signed in.", code="declined")
            raise_for_service_status(reply, NAME)
            raise ProtocolError(f"Facebook could not finish the sign-in{': ' + text if text else ''}. Try again.",
                                code=f"login-status-{reply.status}")
        if clock() >= gives_up:
            break
    raise TimeoutError_("The Facebook code expired before the sign-in was approved. Try again for a new code.",
                        code="expired")


async def diagnose(ctx: Context) -> Check:
    """`launcher doctor`: Login for Devices works for this app (a device code is asked for and left unused; it
    expires by itself). The client token is not a secret: it ships inside every copy of the game."""
    name = "Login for Devices"
    try:
        token = app_token(ctx)
    except ClientConfigError as exc:
        return fail(name, GRAPH.name, exc.message, "Add [playfab] facebook_app_id and facebook_client_token (the "
                    "app's Settings > Advanced > Client token) to the manifest.", area=Area.MANIFEST)
    try:
        reply = await _post(ctx, "device/login", {"access_token": token, "scope": "public_profile"})
    except LauncherError as exc:
        return fail(name, GRAPH.name, exc.message, "Check the network (Facebook's Graph API must be reachable).",
                    player=SAY_FACEBOOK_UNREACHABLE)
    doc: Any = None
    with contextlib.suppress(ProtocolError):
        doc = reply.json(service=NAME)
    if reply.status == 200 and isinstance(doc, dict) and isinstance(doc.get("user_code"), str):
        return ok(name, GRAPH.name, f"Facebook Login for Devices answers for app {token.split('|')[0]} (a code was "
                                    "issued and left unused).", player=SAY_FACEBOOK_READY)
    sub, text = graph_error(reply)
    detail = f"Facebook refused Login for Devices for app {token.split('|')[0]} (HTTP {reply.status}" + \
        (f", subcode {sub}" if sub else "") + (f": {text}" if text else "") + ")."
    return fail(name, GRAPH.name, detail, "In the app's Facebook dashboard turn on Facebook Login > Settings > "
                "'Login from Devices', and check [playfab] facebook_app_id and facebook_client_token (Settings > "
                "Advanced > Client token).", player=SAY_FACEBOOK_OFF)
