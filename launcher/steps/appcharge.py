"""Appcharge-style signed "authenticate player": body building, HMAC signature, answer parsing."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from datetime import datetime, timezone
from typing import Any

from ..models import Profile, ServiceSpec, Session
from ..outcomes import AccountGone, InvalidCredentials, InvalidSignature, ProtocolError
from ..reply import Reply
from .common import expect_json_type, optional_str, raise_for_service_status, require
from .flow import Attempt, Context, Step

SERVICE = ServiceSpec("appcharge", options={"app_id": str, "country_code": str, "state": str})
NAME = "The publisher's sign-in service"


def compact(body: dict[str, Any]) -> bytes:
    """JSON as JavaScript's JSON.stringify writes it: no spaces, keys in insertion order."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def sign(key: str, timestamp_ms: int, body: bytes) -> str:
    digest = hmac.new(key.encode(), f"{timestamp_ms}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp_ms},v1={digest}"


def build_body(ctx: Context, c: dict[str, str], *, now: datetime | None = None) -> dict[str, Any]:
    now = now or datetime.now(timezone.utc)
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


def check(reply: Reply) -> dict[str, Any]:
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
    if reply.status >= 400:
        message = optional_str(doc, "publisherErrorMessage") if isinstance(doc, dict) else None
        title = optional_str(doc, "publisherErrorMessageTitle") if isinstance(doc, dict) else None
        kind = optional_str(doc, "publisherErrorMessageType") if isinstance(doc, dict) else None
        shown = message if kind != "none" else None
        text = f"{title}: {shown}" if title and shown else shown
        if reply.status in (401, 403) and message:
            cls = InvalidSignature
        elif title and "suspend" in title.lower():
            cls = AccountGone
        else:
            cls = InvalidCredentials
        raise cls(text or "The sign-in was refused. Check your details and try again.",
                  code=f"{reply.status}:{title or ''}")
    if not isinstance(doc, dict):
        raise ProtocolError(f"{NAME} sent an answer the launcher does not understand.", code="shape")
    status = doc.get("status")
    if status != "valid":
        raise InvalidCredentials(f"The sign-in was not accepted (status {status!r}).", code=str(status))
    return doc


async def authenticate(ctx: Context, attempt: Attempt) -> None:
    c = attempt.credentials
    body = compact(build_body(ctx, c))
    timestamp = int(time.time() * 1000)
    reply = await ctx.http.request(
        "POST", ctx.settings.base_url(SERVICE), content=body,
        headers={"Content-Type": "application/json", "x-publisher-token": c["publisher_token"],
                 "signature": sign(c["signing_key"], timestamp, body)},
        service=NAME)
    doc = check(reply)
    player_id = require(doc, "publisherPlayerId", str, NAME)
    name = require(doc, "playerName", str, NAME)
    image = doc.get("playerProfileImage") if isinstance(doc.get("playerProfileImage"), str) else ""
    metadata = doc.get("sessionMetadata") if isinstance(doc.get("sessionMetadata"), dict) else {}
    session_id = json.loads(body)["sessionId"]
    session = Session(provider=attempt.provider, player_id=player_id, display_name=name,
                      tokens={"session_id": session_id},  # it identifies the signed-in session to the game
                      data={"auth_method": c["auth_method"]})
    details = {f"Session {k}": str(v) for k, v in metadata.items()}
    attempt.session = session
    attempt.profile = Profile(provider=attempt.provider, player_id=player_id, display_name=name,
                              avatar_url=image or None, details=details)
    session.data["profile_image"] = image
    session.data["session_metadata"] = json.dumps(metadata, separators=(",", ":"))


authenticate_step = Step("Authenticating with the publisher…", authenticate)
