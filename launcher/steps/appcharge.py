"""Appcharge-style signed "authenticate player": body building, HMAC signature, answer parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from ..diagnostics import Check
from ..models import Profile, ServiceSpec, Session
from ..outcomes import AccountGone, InvalidCredentials, InvalidSignature, ProtocolError, SignInError
from ..redact import safe_text
from ..reply import Reply
from ..translatable import QT_TRANSLATE_NOOP
from . import probes
from .common import as_dict, expect_json_type, markdown_to_text, optional_str, raise_for_service_status, require
from .flow import Attempt, Context, Step

SERVICE = ServiceSpec("appcharge", options={"app_id": str, "country_code": str, "state": str})
NAME = "The publisher's sign-in service"


def compact(body: dict[str, Any]) -> bytes:
    """JSON as JavaScript's JSON.stringify writes it: no spaces, keys in insertion order."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def sign(key: str, timestamp_ms: int, body: bytes) -> str:
    digest = hmac.new(key.encode(), f"{timestamp_ms}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp_ms},v1={digest}"


def build_body(ctx: Context, c: Mapping[str, str], *, now: datetime | None = None) -> dict[str, Any]:
    now = now or datetime.now(UTC)
    method = c["auth_method"]
    body: dict[str, Any] = {"authMethod": method,
                            "date": now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z",
                            "appId": str(ctx.settings.option(SERVICE, "app_id", "NA") or "NA")}
    if method == "userPassword":
        body["userName"], body["password"] = c["user_name"], c["password"]
    elif method == "otp":
        body["otp"] = {"playerCode": c["player_code"], "accessToken": c["otp_token"]}
    else:  # userToken: the player id typed in; facebook/google/apple: the SSO provider's token
        body["token"] = c["token"]
    body["os"] = "web"
    body["sessionId"] = str(uuid.uuid4())
    country = ctx.settings.option(SERVICE, "country_code", "")
    if country:
        body["playerLocation"] = {"countryCode2": country, "state": ctx.settings.option(SERVICE, "state", "")}
    return body


SIGNATURE_REFUSED = ("The publisher refused the request signature. Check the publisher token and signing key "
                     "for this environment.")
NOT_ACCEPTED = "The sign-in was refused. Check your details and try again."


def publisher_message(doc: Any) -> tuple[str | None, str | None]:
    """(title, message) the publisher wants the player to read, Markdown reduced to plain text; (None, None) when
    it sent none or asked for none (`publisherErrorMessageType: none`)."""
    if not isinstance(doc, dict):
        return None, None
    kind = optional_str(doc, "publisherErrorMessageType") or "plainText"
    message = optional_str(doc, "publisherErrorMessage")
    title = optional_str(doc, "publisherErrorMessageTitle")
    if kind == "none" or not message:
        return None, None
    if kind == "enrichedText":
        message, title = markdown_to_text(message), markdown_to_text(title) if title else None
    return title, message


MAX_REASON_CHARS = 200


def server_reason(doc: Any) -> str | None:
    """The reason a receiver gave outside Appcharge's own fields (`{"error": "..."}`, as Express receivers answer
    a body they refuse), one line and bounded: for a tester's eyes, never instead of the player's message."""
    if not isinstance(doc, dict):
        return None
    for key in ("error", "message", "detail"):
        value = doc.get(key)
        if isinstance(value, dict):
            value = value.get("message")
        if isinstance(value, str) and value.strip():
            return safe_text(value, limit=MAX_REASON_CHARS)
    return None


def check(reply: Reply) -> dict[str, Any]:
    """The publisher's answer, or the error it means. Appcharge's receiver templates refuse a request whose
    signature does not verify with 401 `{"error": ...}` (express), 401 "Wrong signature" (ruby) or a bare 400
    (.NET); a refused player gets `status` other than `valid` with the publisher's message, on HTTP 400 or 200."""
    raise_for_service_status(reply, NAME)
    if reply.status < 400:
        expect_json_type(reply, NAME, "application/json")
    doc: Any = None
    if reply.body.strip():
        try:
            doc = reply.json(service=NAME)
        except ProtocolError:
            if reply.status < 400:
                raise
    title, message = publisher_message(doc)
    reason = None if message else server_reason(doc)
    if reply.status in (401, 403) and not message:
        raise InvalidSignature(SIGNATURE_REFUSED, code=f"{reply.status}:signature", detail=reason)
    if reply.status == 400 and not reply.body.strip():
        raise InvalidSignature(SIGNATURE_REFUSED, code="400:empty")
    if reply.status < 400 and isinstance(doc, dict) and not isinstance(doc.get("status"), str) and not message:
        raise ProtocolError(f"{NAME} sent an answer without a status. Try again later.", code="no-status")
    if reply.status >= 400 or (isinstance(doc, dict) and doc.get("status") != "valid"):
        text = f"{title}: {message}" if title and message else message
        if reply.status in (401, 403):
            cls: type[SignInError] = InvalidSignature
        elif any("suspend" in (t or "").lower() or "banned" in (t or "").lower() for t in (title, message)):
            cls = AccountGone
        else:
            cls = InvalidCredentials
        status = doc.get("status") if isinstance(doc, dict) else None
        raise cls(text or NOT_ACCEPTED, code=f"{reply.status}:{status if isinstance(status, str) else ''}",
                  detail=reason)
    if not isinstance(doc, dict):
        raise ProtocolError(f"{NAME} sent an answer the launcher does not understand.", code="shape")
    return doc


def session_extras(metadata: dict[str, Any]) -> dict[str, str]:
    """The publisher's session metadata, for a tester's eyes (bounded: a publisher could send anything)."""
    return {f"Session {str(k)[:40]}": str(v)[:200] for k, v in list(metadata.items())[:20]}


def parse_player(doc: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
    """(player id, name, picture URL, session metadata) of a `valid` answer."""
    player_id: str = require(doc, "publisherPlayerId", str, NAME)
    # `playerName` is optional in the older reference, and the ruby template even sends a list: use it only when it
    # is a non-empty string. The express template names the picture `imageUrl`.
    name = optional_str(doc, "playerName") or player_id
    image = optional_str(doc, "playerProfileImage") or optional_str(doc, "imageUrl") or ""
    return player_id, name, image, as_dict(doc.get("sessionMetadata"))


async def authenticate(ctx: Context, attempt: Attempt) -> None:
    c = attempt.credentials
    body = compact(build_body(ctx, c))
    timestamp = int(time.time() * 1000)
    reply = await ctx.http.request(
        "POST", ctx.settings.base_url(SERVICE), content=body,
        headers={"Content-Type": "application/json", "x-publisher-token": c["publisher_token"],
                 "signature": sign(c["signing_key"], timestamp, body)},
        service=NAME)
    player_id, name, image, metadata = parse_player(check(reply))
    session_id = json.loads(body)["sessionId"]
    session = Session(provider=attempt.provider, player_id=player_id, display_name=name,
                      tokens={"session_id": session_id},  # it identifies the signed-in session to the game
                      data={"auth_method": c["auth_method"]})
    attempt.session = session
    attempt.profile = Profile(provider=attempt.provider, player_id=player_id, display_name=name,
                              avatar_url=image or None, extras=session_extras(metadata))
    session.data["profile_image"] = image
    session.data["session_metadata"] = json.dumps(metadata, separators=(",", ":"))


authenticate_step = Step(QT_TRANSLATE_NOOP("SignInSteps", "Authenticating with the publisher…"), authenticate)


async def diagnose(ctx: Context) -> Check:
    """`launcher doctor`: the publisher's endpoint answers (asked unsigned, with no publisher token: no secret
    leaves, and it refuses)."""
    return await probes.route(ctx, name="authenticate endpoint", service=SERVICE.name,
                              url=ctx.settings.base_url(SERVICE), what="The publisher's authenticate-player endpoint",
                              fix=f"[services] {SERVICE.name} must be the full address of the publisher's "
                                  "authenticate-player endpoint.")
