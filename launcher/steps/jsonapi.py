"""JSON:API email/password backend: sign_in, refresh, me; compound documents with included chests."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..diagnostics import Check
from ..models import Item, Profile, ServiceSpec, Session, parse_time
from ..outcomes import AccountGone, ClientConfigError, InvalidCredentials, InvalidRequest, ProtocolError, SessionExpired
from ..reply import Reply, expires_after
from . import probes
from .common import as_dict, as_list, expect_json_type, optional_str, raise_for_service_status, require
from .flow import Attempt, Context

MEDIA_TYPE = "application/vnd.api+json"
SERVICE = ServiceSpec("gacha")
NAME = "The game's account service"
HEADERS = {"Content-Type": MEDIA_TYPE, "Accept": MEDIA_TYPE}


def _first_error(doc: Any) -> dict[str, Any]:
    if isinstance(doc, dict) and isinstance(doc.get("errors"), list) and doc["errors"]:
        first = doc["errors"][0]
        if isinstance(first, dict):
            return first
    return {}


def _error_text(err: dict[str, Any]) -> str | None:
    detail, title = optional_str(err, "detail"), optional_str(err, "title")
    text = detail or title
    if not text:
        return None
    pointer = optional_str(err.get("source") if isinstance(err.get("source"), dict) else {}, "pointer")
    field = pointer.rsplit("/", 1)[-1] if pointer else None
    return f"{field}: {text}" if field and field not in text else text


def check_reply(reply: Reply, *, unauthorized: type[Exception]) -> dict[str, Any]:
    """Map a JSON:API answer to a document or to the error a person can act on."""
    raise_for_service_status(reply, NAME)
    if reply.status == 401:
        raise unauthorized()  # one generic message: never reveal whether the email or the password was wrong
    if reply.status in (415, 406):
        raise ClientConfigError("The account service refused the launcher's request format "
                                f"(HTTP {reply.status}). Please update the launcher.", code=str(reply.status))
    if reply.status >= 400:
        doc: Any = None
        if reply.body.strip() and reply.content_type in (MEDIA_TYPE, "application/json"):
            try:
                doc = reply.json(service=NAME)
            except ProtocolError:
                doc = None
        err = _first_error(doc)
        code = optional_str(err, "code") or str(reply.status)
        text = _error_text(err)
        if reply.status == 403 or code in ("account_banned", "account_locked", "account_deleted"):
            raise AccountGone(text, code=code)  # the server's own sentence, said once
        if reply.status in (404, 405):  # a wrong URL or route: the setup's fault, never "wrong password"
            raise ClientConfigError(f"{NAME} was not found at its address (HTTP {reply.status}). The game's "
                                    "manifest may point to the wrong URL; your account is kept.", code=code)
        raise InvalidRequest(text and f"The account service refused the sign-in: {text}", code=code)
    expect_json_type(reply, NAME, MEDIA_TYPE, "application/json")
    doc = reply.json(service=NAME)
    if not isinstance(doc, dict):
        raise ProtocolError(f"{NAME} sent an answer the launcher does not understand.", code="shape")
    if "errors" in doc and "data" not in doc:
        raise InvalidRequest(_error_text(_first_error(doc)) or "The account service refused the sign-in.")
    return doc


COUNT_KEYS = ("count", "quantity")
MAX_COUNT = 1_000_000_000


def _count(*sources: dict[str, Any]) -> int | None:
    """The first whole, non-negative count among `meta` of the linkage and the resource's attributes."""
    for source in sources:
        for key in COUNT_KEYS:
            value = source.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return min(value, MAX_COUNT)
    return None


def chest_items(linkage: list[Any], included: dict[tuple[str, str], dict[str, Any]]) -> list[Item]:
    """A player's chests from a to-many linkage. JSON:API forbids repeating a linkage, so a repeated id never
    counts twice: how many comes from the linkage's `meta` (`count` or `quantity`), else the included resource's
    attribute of that name, else 1. A backend that lists one resource per chest held (each its own id) shows
    them grouped by name, their counts added."""
    by_name: dict[str, Item] = {}
    seen: set[str] = set()
    for ref in linkage:
        if not isinstance(ref, dict) or not isinstance(ref.get("id"), str) or ref["id"] in seen:
            continue
        chest_id = ref["id"]
        seen.add(chest_id)
        attrs = included.get((str(ref.get("type") or "chest"), chest_id), included.get(("chest", chest_id), {}))
        count = _count(as_dict(ref.get("meta")), attrs)
        name = optional_str(attrs, "name") or chest_id
        held = 1 if count is None else count
        first = by_name.get(name)
        if first is None:
            by_name[name] = Item(chest_id, name, optional_str(attrs, "description") or "", held)
        else:
            by_name[name] = dataclasses.replace(first, count=min((first.count or 0) + held, MAX_COUNT))
    return list(by_name.values())


def parse_player(doc: dict[str, Any]) -> Profile:
    data = require(doc, "data", dict, NAME)
    player_id = require(data, "id", str, NAME, "data.")
    attrs = as_dict(data.get("attributes"))
    email = optional_str(attrs, "email")
    name = optional_str(attrs, "display_name") or optional_str(attrs, "username") or email or player_id
    included: dict[tuple[str, str], dict[str, Any]] = {}
    for res in as_list(doc.get("included")):
        if isinstance(res, dict) and isinstance(res.get("id"), str) and isinstance(res.get("type"), str):
            included[(res["type"], res["id"])] = as_dict(res.get("attributes"))
    items = chest_items(as_list(as_dict(as_dict(data.get("relationships")).get("chests")).get("data")), included)
    meta = as_dict(doc.get("meta"))
    details = {"Email": email} if email else {}
    return Profile(provider=SERVICE.name, player_id=player_id, display_name=name,
                   last_login=parse_time(meta.get("last_active")), newly_created=None, items=items,
                   details=details, extras={"Player id": player_id})


def parse_tokens(doc: dict[str, Any], session: Session) -> None:
    meta = require(doc, "meta", dict, NAME)
    session.tokens["access_token"] = require(meta, "access_token", str, NAME, "meta.")
    refresh = optional_str(meta, "refresh_token")
    if refresh:
        session.tokens["refresh_token"] = refresh
    expires = expires_after(meta.get("expires_in"))  # clamped: 1e400 or a 30-digit number cannot overflow
    if expires is not None:
        session.expires["access_token"] = expires
    else:
        session.expires.pop("access_token", None)


async def _post(ctx: Context, path: str, body: dict[str, Any], unauthorized: type[Exception]) -> dict[str, Any]:
    url = f"{ctx.settings.base_url(SERVICE)}{path}"
    reply = await ctx.http.request("POST", url, json_body=body, headers=HEADERS, params={"include": "chests"},
                                   service=NAME)
    return check_reply(reply, unauthorized=unauthorized)


def _session_from(doc: dict[str, Any], attempt: Attempt) -> None:
    profile = parse_player(doc)
    session = attempt.session or Session(provider=attempt.provider, player_id=profile.player_id,
                                         display_name=profile.display_name)
    session.player_id, session.display_name = profile.player_id, profile.display_name
    parse_tokens(doc, session)
    attempt.session, attempt.profile = session, profile


async def sign_in(ctx: Context, attempt: Attempt) -> None:
    body = {"data": {"type": "player",
                     "attributes": {"email": attempt.credentials["email"],
                                    "password": attempt.credentials["password"]},
                     "relationships": {}}}
    _session_from(await _post(ctx, "/api/v1/players/sign_in", body, InvalidCredentials), attempt)


async def refresh(ctx: Context, attempt: Attempt) -> None:
    """`POST /api/v1/players/refresh_token` (type `player`): answers like sign_in. Refresh tokens are reusable
    until they expire, so the old one is kept unless a new one comes back."""
    token = attempt.require_session().tokens.get("refresh_token")
    if not token:
        raise SessionExpired()
    body = {"data": {"type": "player", "attributes": {"refresh_token": token}, "relationships": {}}}
    _session_from(await _post(ctx, "/api/v1/players/refresh_token", body, SessionExpired), attempt)


async def me(ctx: Context, session: Session) -> Profile:
    url = f"{ctx.settings.base_url(SERVICE)}/api/v1/players/me"
    reply = await ctx.http.request("GET", url, params={"include": "chests"},
                                   headers={"Accept": MEDIA_TYPE,
                                            "Authorization": f"Bearer {session.tokens.get('access_token', '')}"},
                                   service=NAME)
    return parse_player(check_reply(reply, unauthorized=SessionExpired))


async def diagnose(ctx: Context) -> Check:
    """`launcher doctor`: the sign-in route answers (a sign-in of an address that cannot exist is refused)."""
    import secrets

    base = ctx.settings.base_url(SERVICE)
    body = {"data": {"type": "player", "attributes": {"email": "launcher-doctor@invalid.example",
                                                      "password": secrets.token_urlsafe(12)}, "relationships": {}}}
    return await probes.route(ctx, name="sign-in route", service=SERVICE.name, url=f"{base}/api/v1/players/sign_in",
                              what="The account service's sign-in (players/sign_in)", headers=HEADERS,
                              body=json.dumps(body).encode(),
                              fix=f"[services] {SERVICE.name} must be the API's base URL: the launcher calls "
                                  f"{base}/api/v1/players/sign_in.")
