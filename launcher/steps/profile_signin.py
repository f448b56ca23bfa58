"""Earth-style profile signin: PlayFab session ticket + device facts -> game token and basePath."""

from __future__ import annotations

import uuid
from typing import Any

from ..reply import Reply
from ..models import Session
from ..outcomes import ClientConfigError, InvalidRequest, ProtocolError, SessionExpired
from ..providers.base import Attempt, Context, Step
from .common import optional_str, raise_for_service_status, require

SERVICE = "earth"
NAME = "The game server"


def auth_headers(ctx: Context, session: Session) -> dict[str, str]:
    scheme = ctx.settings.option(SERVICE, "auth_scheme", "Genoa")
    return {"Authorization": f"{scheme} {session.tokens.get('game_token', '')}",
            "Session-Id": str(session.data.get("session_id", ""))}


def check(reply: Reply, *, unauthorized: str) -> dict[str, Any]:
    raise_for_service_status(reply, NAME)
    doc: Any = None
    if reply.body.strip():
        try:
            doc = reply.json(service=NAME)
        except ProtocolError:
            if reply.status < 400:
                raise
    err = doc.get("error") if isinstance(doc, dict) and isinstance(doc.get("error"), dict) else {}
    code = optional_str(err, "code") or str(reply.status)
    if reply.status == 401:
        raise SessionExpired(unauthorized, code=code)
    if reply.status == 426:
        raise ClientConfigError(optional_str(err, "message") or "This version of the game is no longer supported. "
                                "Please update.", code=code)
    if reply.status >= 400:
        text = optional_str(err, "message")
        raise InvalidRequest(f"The game server refused the sign-in{': ' + text if text else '.'}", code=code)
    if reply.content_type != "application/json":
        raise ProtocolError(f"{NAME} sent an unexpected kind of answer ({reply.content_type or 'no content type'}).",
                            code="content-type")
    if not isinstance(doc, dict):
        raise ProtocolError(f"{NAME} sent an answer the launcher does not understand.", code="shape")
    return require(doc, "result", dict, NAME)


def signin_body(ctx: Context, ticket: str) -> dict[str, Any]:
    d = ctx.device
    return {
        "advertisingId": "",
        "appsFlyerId": "",
        "buildNumber": str(ctx.settings.option(SERVICE, "build_number", "")),
        "clientVersion": str(ctx.settings.option(SERVICE, "client_version", "")),
        "coordinate": {"latitude": d.latitude, "longitude": d.longitude},
        "deviceId": d.device_id,
        "deviceOS": d.os_name,
        "deviceToken": "",
        "language": d.language,
        "sessionTicket": ticket,
        "streams": None,
    }


async def exchange(ctx: Context, session: Session) -> None:
    """Exchange the session's PlayFab ticket for a game token; updates `session` in place."""
    ticket = session.tokens.get("session_ticket")
    if not ticket or session.expired("session_ticket"):
        raise SessionExpired("Your PlayFab session has expired. Please sign in again.")
    session.data.setdefault("session_id", str(uuid.uuid4()))
    reply = await ctx.http.request(
        "POST", f"{ctx.settings.base_url(SERVICE)}/api/v1.1/player/profile/signin",
        json_body=signin_body(ctx, ticket),
        headers={"Content-Type": "application/json", "Session-Id": str(session.data["session_id"])},
        service=NAME)
    result = check(reply, unauthorized="The game server did not accept your PlayFab session. Please sign in again.")
    token = require(result, "authenticationToken", str, NAME, "result.")
    base_path = require(result, "basePath", str, NAME, "result.")
    if not base_path.startswith("/"):
        raise ProtocolError("The game server sent an invalid basePath.", code="basePath")
    session.tokens["game_token"] = token
    session.data["base_path"] = base_path.rstrip("/")
    session.provider = "earth"


async def step(ctx: Context, attempt: Attempt) -> None:
    assert attempt.session is not None
    await exchange(ctx, attempt.session)


profile_signin = Step("Signing in to the game server…", step)


async def game_profile(ctx: Context, session: Session) -> dict[str, Any]:
    url = f"{ctx.settings.base_url(SERVICE)}{session.data.get('base_path', '')}/api/v1.1/player/profile"
    reply = await ctx.http.request("GET", url, headers=auth_headers(ctx, session), service=NAME)
    return check(reply, unauthorized="The game server session has expired.")
