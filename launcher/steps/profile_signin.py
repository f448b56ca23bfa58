"""Earth-style profile signin: PlayFab session ticket + device facts -> game token and basePath; then the
player's game profile at `{basePath}/api/v1.1/player/profile/{PlayFabId}`.

The routes and answers follow the official client's captured traffic and the open servers (Project-Genoa
api-server-node-js and Vienna, Project-Earth-Team Api); see /work/shared/providers.md."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from .. import languages
from ..diagnostics import Check
from ..models import ServiceSpec, Session
from ..outcomes import ClientConfigError, InvalidRequest, ProtocolError, SessionExpired, SignInError
from ..reply import Reply
from ..translatable import QT_TRANSLATE_NOOP
from . import probes
from .common import optional_str, raise_for_service_status, require
from .flow import Attempt, Context, Progress, Step

SERVICE = ServiceSpec("earth", options={"client_version": str, "build_number": str, "auth_scheme": str,
                                        "device_os": str})
NAME = "The game server"
GAME_PROFILE_MISSING = QT_TRANSLATE_NOOP("SignInSteps", "The game's servers didn't answer; your level isn't shown.")
REFUSED_TICKET = "The game server did not accept your session. Please sign in again."
EXPIRED_GAME_SESSION = "The game server session has expired."

log = logging.getLogger("launcher.earth")


def auth_headers(ctx: Context, session: Session) -> dict[str, str]:
    scheme = ctx.settings.option(SERVICE, "auth_scheme", "Genoa")
    return {"Authorization": f"{scheme} {session.tokens.get('game_token', '')}",
            "Session-Id": str(session.data.get("session_id", ""))}


def check(reply: Reply, *, unauthorized: str) -> dict[str, Any]:
    """The `result` of an answer, or the error it means. 401 (C# server), 403 with an empty body (node server:
    unknown or expired session) and 400 with an empty body (Vienna: bad auth header) all mean "exchange the
    PlayFab ticket again"."""
    if reply.status in (401, 403) or (reply.status == 400 and not reply.body.strip()):
        raise SessionExpired(unauthorized, code=str(reply.status))
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
    if reply.status == 426:
        raise ClientConfigError(optional_str(err, "message") or "This version of the game is no longer supported. "
                                "Please update.", code=code)
    if reply.status >= 400:
        text = optional_str(err, "message")
        raise InvalidRequest(f"The game server refused the request{': ' + text if text else '.'}", code=code)
    if reply.content_type != "application/json":
        raise ProtocolError(f"{NAME} sent an unexpected kind of answer ({reply.content_type or 'no content type'}).",
                            code="content-type")
    if not isinstance(doc, dict):
        raise ProtocolError(f"{NAME} sent an answer the launcher does not understand.", code="shape")
    result: dict[str, Any] = require(doc, "result", dict, NAME)
    return result


def signin_body(ctx: Context, ticket: str) -> dict[str, Any]:
    d = ctx.device
    return {
        "advertisingId": "",
        "appsFlyerId": "",
        "buildNumber": str(ctx.settings.option(SERVICE, "build_number", "")),
        "clientVersion": str(ctx.settings.option(SERVICE, "client_version", "")),
        "coordinate": {"latitude": d.latitude, "longitude": d.longitude},
        "deviceId": d.device_id,
        "deviceOS": str(ctx.settings.option(SERVICE, "device_os", "") or d.os_name),
        "deviceToken": "",
        "language": languages.fact(d.language),  # the language chosen in the window, else the system's
        "sessionTicket": ticket,
        "streams": None,
    }


async def exchange(ctx: Context, session: Session) -> None:
    """Exchange the session's PlayFab ticket for a game token; updates `session` in place. Every signin gets a
    fresh Session-Id: the node server refuses one that still has a live record."""
    ticket = session.tokens.get("session_ticket")
    if not ticket or session.expired("session_ticket"):
        raise SessionExpired("Your session has expired. Please sign in again.")
    session_id = str(uuid.uuid4())
    reply = await ctx.http.request(
        "POST", f"{ctx.settings.base_url(SERVICE)}/api/v1.1/player/profile/signin",
        json_body=signin_body(ctx, ticket),
        headers={"Content-Type": "application/json", "Session-Id": session_id},
        service=NAME)
    result = check(reply, unauthorized=REFUSED_TICKET)
    token = require(result, "authenticationToken", str, NAME, "result.")
    base_path = require(result, "basePath", str, NAME, "result.")
    if not base_path.startswith("/"):
        raise ProtocolError("The game server sent an invalid basePath.", code="basePath")
    session.tokens["game_token"] = token
    session.data["base_path"] = base_path.rstrip("/")
    session.data["session_id"] = session_id


async def game_profile(ctx: Context, session: Session) -> dict[str, Any]:
    base = f"{ctx.settings.base_url(SERVICE)}{session.data.get('base_path', '')}"
    url = f"{base}/api/v1.1/player/profile/{session.player_id}"
    reply = await ctx.http.request("GET", url, headers=auth_headers(ctx, session), service=NAME)
    return check(reply, unauthorized=EXPIRED_GAME_SESSION)


def details_of(result: dict[str, Any]) -> dict[str, str]:
    """The game profile's facts a player reads (`level`, `totalExperience`)."""
    out: dict[str, str] = {}
    for key, label in (("level", QT_TRANSLATE_NOOP("Profile", "Level")),
                       ("totalExperience", QT_TRANSLATE_NOOP("Profile", "Experience"))):
        value = result.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            out[label] = str(value)
    return out


async def game_details(ctx: Context, session: Session) -> dict[str, str]:
    """The game profile's details; an expired game session is exchanged again silently while the PlayFab ticket is
    valid. A missing or failing game profile is an extra: it gives no details, and the log says why."""
    try:
        try:
            return details_of(await game_profile(ctx, session))
        except SessionExpired:
            if session.expired("session_ticket"):
                raise
            await exchange(ctx, session)
            return details_of(await game_profile(ctx, session))
    except SessionExpired:
        raise
    except SignInError as exc:
        log.warning("no game profile: %s (%s)", exc.message, exc.code or "no code")
        ctx.progress(Progress("", 0, 0, warning=GAME_PROFILE_MISSING))  # opening a saved account: told too
        return {}


async def _exchange(ctx: Context, attempt: Attempt) -> None:
    await exchange(ctx, attempt.require_session())


async def _game_profile(ctx: Context, attempt: Attempt) -> None:
    details = details_of(await game_profile(ctx, attempt.require_session()))
    if attempt.profile is not None:
        attempt.profile.details.update(details)


# The tail every Earth plan shares, after a PlayFab sign-in or a kept ticket.
CHAIN = (Step(QT_TRANSLATE_NOOP("SignInSteps", "Signing in to the game server…"), _exchange),
         Step(QT_TRANSLATE_NOOP("SignInSteps", "Loading your game profile…"), _game_profile, optional=True,
              missing=GAME_PROFILE_MISSING))


async def diagnose(ctx: Context) -> Check:
    """`launcher doctor`: the profile signin route answers (asked without a session ticket, it refuses)."""
    base = ctx.settings.base_url(SERVICE)
    return await probes.route(ctx, name="signin route", service=SERVICE.name,
                              url=f"{base}/api/v1.1/player/profile/signin",
                              what="The game server's profile signin (api/v1.1/player/profile/signin)",
                              fix=f"[services] {SERVICE.name} must be the game server's base URL: the launcher calls "
                                  f"{base}/api/v1.1/player/profile/signin.")
