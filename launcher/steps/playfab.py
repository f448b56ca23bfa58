"""PlayFab calls (the login variants and combined info) and their envelope parsing."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from .. import clock
from ..diagnostics import Check, fail, ok, warn
from ..models import Item, Profile, ServiceSpec, Session, parse_time, utcnow
from ..outcomes import (
    AccountGone,
    AccountNotFound,
    ClientConfigError,
    InvalidCredentials,
    InvalidRequest,
    InvalidSignature,
    LauncherError,
    ProtocolError,
    RateLimited,
    ServerUnavailable,
    SessionExpired,
    SignInError,
)
from ..reply import Reply, clamp_seconds
from ..translatable import QT_TRANSLATE_NOOP
from .common import as_dict, expect_json_type, optional_str, raise_for_service_status, require
from .flow import Attempt, Context, Step

SERVICE = ServiceSpec(
    "playfab",
    options={"title_id": str, "profile_fields": list, "facebook_app_id": str, "facebook_client_token": str,
             "facebook_redirect_uri": str, "facebook_dialog_url": str},
    required_options=("title_id",),
    default_url="https://{title_id}.playfabapi.com",
)
NAME = "The sign-in service"  # players never need to know the vendor's name
# What Help > Check my connection tells a player (`launcher doctor` says it in English).
SAY_UNREACHABLE = QT_TRANSLATE_NOOP("Doctor", "The sign-in server can't be reached.")
SAY_ANSWERS = QT_TRANSLATE_NOOP("Doctor", "The sign-in server answers.")
SAY_PROFILE_PARTLY = QT_TRANSLATE_NOOP("Doctor", "Your profile is shown without some details.")
SAY_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Doctor", "This game's sign-in is not set up correctly; please contact the game's support.")
SAY_PROFILE_OK = QT_TRANSLATE_NOOP("Doctor", "Your profile can be shown.")
SAY_PROFILE_MAYBE_PARTLY = QT_TRANSLATE_NOOP("Doctor", "Your profile can be shown (some details may be missing).")
log = logging.getLogger("launcher.playfab")
TICKET_LIFETIME = timedelta(hours=24)  # PlayFab staff: a ticket lives about a day; no normative spec

INFO_FLAGS = {
    "GetUserAccountInfo": True, "GetUserInventory": True, "GetUserVirtualCurrency": True,
    "GetUserData": False, "GetUserReadOnlyData": False, "GetCharacterInventories": False,
    "GetCharacterList": False, "GetTitleData": False, "GetPlayerStatistics": False, "GetPlayerProfile": True,
}
# A title lets clients see only the display name until the studio ticks more under Title settings > Client
# Profile Options; asking for more fails the whole login with 1303 (providers.md, PlayFab's profile docs).
DISPLAY_NAME_ONLY = ("DisplayName",)
PROFILE_FIELDS = ("AvatarUrl", "BannedUntil", "CampaignAttributions", "ContactEmailAddresses", "Created",
                  "DisplayName", "ExperimentVariants", "LastLogin", "LinkedAccounts", "Locations", "Memberships",
                  "Origination", "PushNotificationRegistrations", "Statistics", "Tags", "TotalValueToDateInUsd",
                  "ValuesToDate")
NOT_ALLOWED = "RequestViewConstraintParamsNotAllowed"  # errorCode 1303


def profile_fields(ctx: Context) -> tuple[str, ...]:
    """The profile fields the manifest says the title allows (`[playfab] profile_fields`), display name first."""
    listed = ctx.settings.option(SERVICE, "profile_fields", None)
    if not isinstance(listed, list):
        return DISPLAY_NAME_ONLY
    wanted = [str(f) for f in listed if str(f) in PROFILE_FIELDS]
    return tuple(dict.fromkeys(["DisplayName", *wanted]))


def info_request(fields: tuple[str, ...]) -> dict[str, Any]:
    return {**INFO_FLAGS, "ProfileConstraints": {f"Show{name}": True for name in fields}}


def sdk_header() -> dict[str, str]:
    from .. import __version__

    return {"X-PlayFabSDK": f"GameLauncher-{__version__}"}

# errorCode -> (error class, message a player can act on). Codes from the seeds and PlayFab's API spec.
_C = tuple[type[SignInError], str]
ERRORS: dict[int, _C] = {
    1000: (InvalidRequest, "The sign-in service refused the sign-in because a value is missing or invalid."),
    1001: (AccountNotFound, "No game account is linked to this sign-in yet."),
    1002: (AccountGone, "This account is banned. Contact the game's support if you think this is a mistake."),
    1003: (InvalidCredentials, "The username or password is incorrect."),
    1004: (ClientConfigError, "The launcher is set up with a title id that does not exist. "
                              "Please contact the game's support."),
    1005: (InvalidCredentials, "That email address is not valid."),
    1013: (InvalidCredentials, "Facebook did not accept the sign-in (invalid or expired Facebook token). "
                               "Sign in with Facebook again."),
    1014: (AccountNotFound, "This account is not linked to the game yet."),
    1071: (InvalidRequest, "The sign-in service refused the request as malformed. Please update the launcher."),
    1074: (SessionExpired, "Your session has expired. Please sign in again."),
    1089: (InvalidCredentials, "The title secret key was refused. Check the key in Game Manager > Settings "
                               "> Secret Keys."),
    1100: (SessionExpired, "Your session has expired. Please sign in again."),
    1110: (ServerUnavailable, "The game's servers had an internal error. Try again later."),
    1123: (ServerUnavailable, "The game's servers are temporarily unavailable. Try again later."),
    1126: (ClientConfigError, "The sign-in service refused this game's publisher id. "
                              "Please contact the game's support."),
    1127: (ServerUnavailable, "A service the game depends on is unavailable. Try again later."),
    1130: (RateLimited, "The game's servers are receiving too many requests. Please wait a moment and try again."),
    1142: (InvalidCredentials, "The email or password is incorrect."),
    1143: (ServerUnavailable, "Facebook returned an error to the game's servers. Try again in a few minutes."),
    1188: (InvalidCredentials, "Xbox Live did not accept the sign-in token."),
    1189: (SessionExpired, "The Xbox Live token has expired. Sign in to Xbox again."),
    1191: (InvalidCredentials, "This title does not allow that sign-in."),
    1199: (RateLimited, "Too many sign-in attempts. Please wait a moment and try again."),
    1273: (InvalidSignature, "The sign-in service refused the request signature."),
    1294: (InvalidRequest, "A player secret is already configured for this account; the launcher cannot set "
                           "another one."),
    1303: (ClientConfigError, "This title does not allow the profile details the launcher asked for. "
                              "Please contact the game's support (profile view constraints)."),
    1306: (ServerUnavailable, "Xbox Live could not complete the sign-in exchange (XASS). Try again later."),
    1322: (AccountGone, "This account has been deleted."),
    1339: (ServerUnavailable, "Xbox Live cannot be reached right now. Try again later."),
    1342: (RateLimited, "Too many requests at once. Please wait a moment and try again."),
    1343: (InvalidCredentials, "Xbox Live rejected the sign-in for this sandbox. Check the Xbox ID and sandbox."),
    1356: (RateLimited, "Too many failed sign-in attempts. Please wait a few minutes and try again."),
    1557: (AccountGone, "Sign-ins from your network are blocked by the game. Contact the game's support."),
    1613: (AccountGone, "This account is linked to a banned player and cannot sign in."),
    22000: (ClientConfigError, "This game does not allow creating new accounts right now."),
}


def check_envelope(reply: Reply, *, offer_create: bool = False) -> dict[str, Any]:
    """The `data` of a PlayFab success envelope, or the error its error envelope means."""
    doc: Any = None
    if reply.body.strip() and reply.content_type in ("application/json", "text/json"):
        try:
            doc = reply.json(service=NAME)
        except ProtocolError:
            if reply.status < 400:
                raise
    # Errors come as HTTP 4xx with the error envelope; behind `X-ReportErrorAsSuccess` (or a proxy doing the same)
    # as HTTP 200 whose envelope `code` is not 200: both are read the same way.
    failed = reply.status >= 400 or (isinstance(doc, dict) and doc.get("code") != 200)
    if isinstance(doc, dict) and isinstance(doc.get("errorCode"), int) and failed:
        code: int = doc["errorCode"]
        name = optional_str(doc, "error") or str(code)
        retry_after = clamp_seconds(doc.get("retryAfterSeconds"))
        if code in ERRORS:
            cls, message = ERRORS[code]
            if cls is RateLimited:
                raise RateLimited(code=name, retry_after=retry_after) if retry_after else \
                    RateLimited(message, code=name)
            if cls is AccountNotFound:
                raise AccountNotFound(message,
                                      code=name, can_create=offer_create)
            raise cls(message, code=name)
        raise_for_service_status(reply, NAME, retry_after=retry_after)
        server_text = optional_str(doc, "errorMessage")
        said = f": {server_text}" if server_text else ""
        raise InvalidRequest(f"The sign-in service refused the sign-in ({name}{said}).", code=name)
    raise_for_service_status(reply, NAME)
    if reply.status >= 400:
        raise ProtocolError(f"The sign-in service answered HTTP {reply.status} without an error description. "
                            "Try again later.", code=str(reply.status))
    expect_json_type(reply, NAME, "application/json", "text/json")
    if not isinstance(doc, dict):
        raise ProtocolError("The sign-in service sent an answer the launcher does not understand.", code="shape")
    data = doc.get("data")
    if doc.get("code") != 200 or not isinstance(data, dict):
        raise ProtocolError("The sign-in service sent an answer without its data envelope. Try again later.",
                            code="envelope")
    return data


def title_id(ctx: Context) -> str:
    value = ctx.settings.option(SERVICE, "title_id")
    if not value:
        raise ClientConfigError("The manifest gives no PlayFab title_id.")
    return str(value)


def base_url(ctx: Context) -> str:
    title_id(ctx)
    return ctx.settings.base_url(SERVICE)


async def call(ctx: Context, path: str, body: dict[str, Any], *, headers: dict[str, str] | None = None,
               offer_create: bool = False) -> dict[str, Any]:
    reply = await ctx.http.request("POST", f"{base_url(ctx)}{path}", json_body=body,
                                   headers={"Content-Type": "application/json", **sdk_header(), **(headers or {})},
                                   service=NAME)
    return check_envelope(reply, offer_create=offer_create)


async def call_with_profile(ctx: Context, path: str, body: dict[str, Any], *,
                            headers: dict[str, str] | None = None, offer_create: bool = False) -> dict[str, Any]:
    """A call that asks for the player's profile: the fields the title allows, and if the title still refuses
    them (1303), once more with the display name only. A profile extra never costs the sign-in."""
    fields = profile_fields(ctx)
    try:
        return await call(ctx, path, {**body, "InfoRequestParameters": info_request(fields)}, headers=headers,
                          offer_create=offer_create)
    except ClientConfigError as exc:
        if exc.code not in (NOT_ALLOWED, "1303") or fields == DISPLAY_NAME_ONLY:
            raise
        log.warning("the title refused the profile fields %s (1303); asking for the display name only",
                    ", ".join(fields))
    return await call(ctx, path, {**body, "InfoRequestParameters": info_request(DISPLAY_NAME_ONLY)},
                      headers=headers, offer_create=offer_create)


def parse_items(inventory: Any) -> list[Item]:
    """ItemInstances, grouped by ItemId; count is the sum of RemainingUses (1 per instance without uses)."""
    grouped: dict[str, Item] = {}
    for inst in inventory if isinstance(inventory, list) else []:
        if not isinstance(inst, dict) or not isinstance(inst.get("ItemId"), str):
            continue
        item_id = inst["ItemId"]
        uses = inst.get("RemainingUses")
        n = uses if isinstance(uses, int) and not isinstance(uses, bool) and uses >= 0 else 1
        name = optional_str(inst, "DisplayName") or item_id
        desc = optional_str(inst, "ItemClass") or ""
        prev = grouped.get(item_id)
        grouped[item_id] = Item(item_id, name, desc, n + (prev.count or 0 if prev else 0))
    return list(grouped.values())


def parse_login(data: dict[str, Any], provider: str) -> tuple[Session, Profile]:
    ticket = require(data, "SessionTicket", str, NAME, "data.")
    pid = require(data, "PlayFabId", str, NAME, "data.")
    if not ticket.startswith(pid + "-"):
        raise ProtocolError("The sign-in service sent a session ticket that does not belong to the player.",
                            code="ticket")
    profile = parse_payload(data.get("InfoResultPayload"), pid, provider)
    profile.last_login = parse_time(data.get("LastLoginTime"))
    newly = data.get("NewlyCreated")
    profile.newly_created = newly if isinstance(newly, bool) else None
    session = Session(provider=provider, player_id=pid, display_name=profile.display_name,
                      tokens={"session_ticket": ticket},
                      expires={"session_ticket": utcnow() + TICKET_LIFETIME})
    entity = data.get("EntityToken")
    if isinstance(entity, dict) and isinstance(entity.get("EntityToken"), str):
        session.tokens["entity_token"] = entity["EntityToken"]
        exp = clock.to_local(parse_time(entity.get("TokenExpiration")))  # the server's time, in this computer's
        if exp:
            session.expires["entity_token"] = exp
    return session, profile


def parse_payload(payload: Any, pid: str, provider: str) -> Profile:
    payload = payload if isinstance(payload, dict) else {}
    account = payload.get("AccountInfo") if isinstance(payload.get("AccountInfo"), dict) else {}
    title_info = account.get("TitleInfo") if isinstance(account.get("TitleInfo"), dict) else {}
    player = payload.get("PlayerProfile") if isinstance(payload.get("PlayerProfile"), dict) else {}
    name = optional_str(player, "DisplayName") or optional_str(title_info, "DisplayName") or pid
    avatar = optional_str(player, "AvatarUrl") or optional_str(title_info, "AvatarUrl")
    details: dict[str, str] = {}
    currency = payload.get("UserVirtualCurrency")
    if isinstance(currency, dict) and currency:
        shown = ", ".join(f"{v} {k}" for k, v in currency.items() if isinstance(v, int) and not isinstance(v, bool))
        if shown:
            details[QT_TRANSLATE_NOOP("Profile", "Currency")] = shown
    return Profile(provider=provider, player_id=pid, display_name=name, avatar_url=avatar,
                   items=parse_items(payload.get("UserInventory")), details=details, extras={"PlayFab id": pid})


async def combined_info(ctx: Context, session: Session) -> Profile:
    data = await call_with_profile(ctx, "/Client/GetPlayerCombinedInfo", {"PlayFabId": session.player_id},
                                   headers={"X-Authorization": session.tokens.get("session_ticket", "")})
    profile = parse_payload(data.get("InfoResultPayload"), session.player_id, session.provider)
    if session.profile is not None:
        profile.last_login, profile.newly_created = session.profile.last_login, session.profile.newly_created
    return profile


BodyBuilder = Callable[[Context, dict[str, str]], tuple[dict[str, Any], dict[str, str]]]
EXPIRED = "Your session has expired. Please sign in again."


@dataclass(frozen=True)
class Login:
    """One PlayFab login variant: its route, how its body is built, and what a refresh may replay.

    `replay` fields are kept in the session's data (not secret); `replay_secrets` in its tokens (keychain only),
    so that a refresh can sign in again by itself when the ticket has expired."""

    path: str
    build: BodyBuilder
    replay: tuple[str, ...] = ()
    replay_secrets: tuple[str, ...] = ()
    label: str = QT_TRANSLATE_NOOP("SignInSteps", "Checking your account…")

    @property
    def step(self) -> Step:
        return Step(self.label, self._login)

    @property
    def renew(self) -> Step:
        """Keep a ticket that is still valid; otherwise sign in again with what the session kept."""
        return Step(self.label, self._renew)

    def _secret(self, session: Session, name: str) -> str:
        # (an account saved by an older launcher kept its custom id in the plain data; it moves to the keychain)
        return session.tokens.get(name) or str(session.data.get(name) or "")

    def can_replay(self, session: Session) -> bool:
        return bool(self.replay or self.replay_secrets) and all(session.data.get(n) for n in self.replay) and \
            all(self._secret(session, n) for n in self.replay_secrets)

    async def _login(self, ctx: Context, attempt: Attempt) -> None:
        credentials = dict(attempt.credentials)
        body, headers = self.build(ctx, credentials)
        offer = "CreateAccount" in body and body["CreateAccount"] is not True
        data = await call_with_profile(ctx, self.path, body, headers=headers, offer_create=offer)
        session, profile = parse_login(data, attempt.provider)
        session.data["login"] = self.path.rsplit("/", 1)[-1]
        for name in self.replay:
            if credentials.get(name):
                session.data[name] = credentials[name]
        for name in self.replay_secrets:
            if credentials.get(name):
                session.tokens[name] = credentials[name]
        attempt.session, attempt.profile = session, profile

    async def _renew(self, ctx: Context, attempt: Attempt) -> None:
        old = attempt.require_session()
        if not old.expired("session_ticket", margin_s=600):
            return
        if not self.can_replay(old):
            raise SessionExpired(EXPIRED)
        credentials = {n: str(old.data[n]) for n in self.replay} | \
            {n: self._secret(old, n) for n in self.replay_secrets}
        again = Attempt(provider=attempt.provider, credentials=credentials)
        await self._login(ctx, again)
        session = again.require_session()
        session.data = {**old.data, **session.data}
        attempt.session, attempt.profile = session, again.profile


async def _combined_info(ctx: Context, attempt: Attempt) -> None:
    if attempt.profile is not None:  # a renewing login already brought the player's details
        return
    attempt.profile = await combined_info(ctx, attempt.require_session())


combined_info_step = Step(QT_TRANSLATE_NOOP("SignInSteps", "Loading your profile…"), _combined_info)


async def diagnose(ctx: Context) -> list[Check]:
    """`launcher doctor`: the title is known, and the profile fields the manifest asks for are allowed. Asked with
    a sign-in of a custom id that cannot exist and `CreateAccount: false`: nobody is signed in or created, and no
    secret is sent. PlayFab answers AccountNotFound (1001) for a known title, InvalidTitleId (1004) for an unknown
    one, and RequestViewConstraintParamsNotAllowed (1303) when the requested profile view is not allowed."""
    import secrets

    title = str(ctx.settings.option(SERVICE, "title_id", "") or "")
    fields = profile_fields(ctx)
    body = {"TitleId": title, "CustomId": f"launcher-doctor-{secrets.token_hex(12)}", "CreateAccount": False,
            "InfoRequestParameters": info_request(fields)}
    try:
        reply = await ctx.http.request("POST", f"{base_url(ctx)}/Client/LoginWithCustomID", json_body=body,
                                       headers={"Content-Type": "application/json", **sdk_header()}, service=NAME)
    except LauncherError as exc:
        return [fail("title", SERVICE.name, exc.message, "Check the network and [services] playfab (or the title id, "
                     "which names the server) in the manifest.", player=SAY_UNREACHABLE)]
    doc: Any = None
    with contextlib.suppress(ProtocolError):
        doc = reply.json(service=NAME)
    code = as_dict(doc).get("errorCode")
    shown = ", ".join(fields)
    where = "Game Manager > Title settings > Client Profile Options"
    if code == 1303:
        return [ok("title", SERVICE.name, f"Title {title} is known.", player=SAY_ANSWERS),
                fail("profile fields", SERVICE.name, f"Title {title} does not show clients the profile fields "
                     f"{shown} ([playfab] profile_fields). Sign-ins still work, with the display name only.",
                     f"Tick them in the PlayFab {where}, or remove them from [playfab] profile_fields.",
                     player=SAY_PROFILE_PARTLY)]
    if code == 1131:  # PlayFab's answer for a title it does not know ("Could not determine a title id for this.")
        return [fail("title", SERVICE.name, f"PlayFab does not know the title {title!r} (error 1131: "
                     f"{optional_str(as_dict(doc), 'errorMessage') or 'InvalidAPIEndpoint'}).",
                     "Set [playfab] title_id to the title's id (Game Manager > Title settings > API Features).",
                     player=SAY_NOT_SET_UP)]
    if code == 1004:  # the title in the body is not the one the server is for
        return [fail("title", SERVICE.name, f"The PlayFab server at {base_url(ctx)} is not the server of title "
                     f"{title!r} (error 1004 InvalidTitleId).",
                     "Set [playfab] title_id to the title's id, and leave [services] playfab out (it defaults to "
                     "https://{title_id}.playfabapi.com) or point it at that title's server.",
                     player=SAY_NOT_SET_UP)]
    if code in (1001, 1191) or (reply.status == 200 and as_dict(doc).get("code") == 200):
        policy = " (its API policy turns LoginWithCustomID off)" if code == 1191 else ""
        checks = [ok("title", SERVICE.name, f"Title {title} is known{policy}; a player that does not exist was "
                                            "refused, as expected.", player=SAY_ANSWERS)]
        if fields == DISPLAY_NAME_ONLY:
            checks.append(ok("profile fields", SERVICE.name, "Only the display name is asked for; every title "
                                                              "allows it.", player=SAY_PROFILE_OK))
        else:
            checks.append(warn("profile fields", SERVICE.name, f"The profile fields {shown} ([playfab] "
                               "profile_fields) could not be confirmed: PlayFab checks them only for an existing "
                               "player. If the title refuses them, sign-ins go on with the display name only.",
                               f"Make sure they are ticked in the PlayFab {where}.",
                               player=SAY_PROFILE_MAYBE_PARTLY))
        return checks
    if reply.status == 429 or code in (1199, 1130, 1342):
        return [warn("title", SERVICE.name, "PlayFab is limiting requests from this address right now (HTTP "
                     f"{reply.status}); the title could not be checked.", "Run the check again in a minute.")]
    detail = optional_str(as_dict(doc), "errorMessage") or f"HTTP {reply.status}"
    return [fail("title", SERVICE.name, f"PlayFab answered an unexpected error for title {title!r} ({code}: "
                 f"{detail}).", "Check [playfab] title_id and [services] playfab in the manifest.")]
