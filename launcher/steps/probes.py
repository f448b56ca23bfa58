"""Asking a service whether it is there and set up for this game, without credentials (`launcher doctor`): a route
that exists answers a request without credentials with a refusal (400, 401, 403, 422), one that does not with 404."""

from __future__ import annotations

from collections.abc import Mapping

from ..diagnostics import Check, fail, ok
from ..outcomes import LauncherError
from ..translatable import QT_TRANSLATE_NOOP
from .flow import Context

REFUSALS = (400, 401, 403, 409, 422)


async def route(ctx: Context, *, name: str, service: str, url: str, what: str, fix: str, body: bytes = b"{}",
                headers: Mapping[str, str] | None = None, player: str = "") -> Check:
    """POST `body` to `url` and judge the answer: a refusal proves the route (`what`) is there."""
    try:
        reply = await ctx.http.request("POST", url, content=body,
                                       headers={"Content-Type": "application/json", **(headers or {})},
                                       service=f"The {service} service")
    except LauncherError as exc:
        return fail(name, service, exc.message, f"Check [services] {service} in the manifest and the network.",
                    player=player or QT_TRANSLATE_NOOP("Doctor", "This sign-in method's server can't be reached "
                                                                   "right now."))
    if reply.status in REFUSALS or 200 <= reply.status < 300:
        return ok(name, service, f"{what} answers at {_path(url)} (HTTP {reply.status} to a request without "
                                 "credentials, as expected).",
                  player=QT_TRANSLATE_NOOP("Doctor", "This sign-in method's server answers."))
    if reply.status in (404, 405):
        return fail(name, service, f"{what} is not at {_path(url)} (HTTP {reply.status}).", fix,
                    player=QT_TRANSLATE_NOOP("Doctor", "This sign-in method is not set up correctly; please "
                                                       "contact the game's support."))
    if reply.status in (406, 415):
        return fail(name, service, f"{what} refused the request's media type (HTTP {reply.status}): it may not be "
                                   "the API the launcher expects.", fix)
    return fail(name, service, f"{what} answered HTTP {reply.status}.", "Try again later; if it stays, check the "
                f"service's status and [services] {service} in the manifest.",
                player=QT_TRANSLATE_NOOP("Doctor", "This sign-in method's server has a problem right now."))


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"
