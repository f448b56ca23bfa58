"""The launcher's parsers against the real services' documented examples (tests/fixtures/real/, each file naming
its public source): what a player would see for each answer, independent of our own sandbox."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from launcher.outcomes import AccountNotFound, InvalidCredentials, Outcome, ServiceError, SessionExpired, SignInError
from launcher.reply import Reply
from launcher.steps import appcharge, facebook_device, jsonapi, playfab, profile_signin
from launcher.steps.flow import Attempt

ROOT = Path(__file__).parent / "fixtures" / "real"
EXAMPLES = sorted(p for p in ROOT.glob("*/*.json"))


def reply_of(example: dict[str, Any]) -> Reply:
    response = example["response"]
    body = response.get("body", "")
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    if isinstance(body, str):
        raw = body.encode()
    else:
        raw = json.dumps(body).encode()
        headers.setdefault("content-type", "application/json")
    return Reply(status=int(response["status"]), headers=headers, body=raw, url="https://example.invalid/")


def outcome_of(error: SignInError | None, path: str) -> str:
    """The fixture vocabulary for what the launcher concluded."""
    if error is None:
        return "ok"
    if isinstance(error, SessionExpired) and not path.endswith("/signin"):
        return "gone"  # the game session ended: exchanged again silently while the ticket is valid
    if error.outcome in (Outcome.REJECTED, Outcome.GONE):
        return "rejected"
    if (isinstance(error, ServiceError) and not error.code) or error.code in ("429", "500", "502", "503"):
        return "offline"
    return "config"


def playfab_parse(example: dict[str, Any], reply: Reply) -> dict[str, Any]:
    data = playfab.check_envelope(reply, offer_create=True)
    path = example["request"]["path"]
    if "GetPlayerCombinedInfo" in path:
        profile = playfab.parse_payload(data.get("InfoResultPayload"), "pid", "playfab-custom")
        return {"display_name": profile.display_name}
    session, profile = playfab.parse_login(data, "playfab-custom")
    return {"player_id": session.player_id, "display_name": profile.display_name,
            "newly_created": profile.newly_created}


def earth_parse(example: dict[str, Any], reply: Reply) -> dict[str, Any]:
    path = example["request"]["path"]
    if path.startswith("/player/environment"):
        result = profile_signin.check(reply, unauthorized="x")
        env = result["serviceEnvironments"]["production"]
        return {"service_uri": env["serviceUri"], "playfab_title_id": env["playfabTitleId"]}
    if path.endswith("/signin"):
        result = profile_signin.check(reply, unauthorized=profile_signin.REFUSED_TICKET)
        return {"base_path": result["basePath"], "token": result["authenticationToken"]}
    details = profile_signin.details_of(profile_signin.check(reply, unauthorized="expired"))
    return {"level": int(details["Level"]), "total_experience": int(details["Experience"])}


def gacha_parse(example: dict[str, Any], reply: Reply) -> dict[str, Any]:
    path = example["request"]["path"]
    refusal = InvalidCredentials if "sign_in" in path else SessionExpired
    attempt = Attempt(provider="gacha")
    jsonapi._session_from(jsonapi.check_reply(reply, unauthorized=refusal), attempt)
    session, profile = attempt.session, attempt.profile
    assert session is not None and profile is not None
    return {"player_id": session.player_id, "refresh_token": session.tokens.get("refresh_token"),
            "chests": [i.name for i in profile.items]}


def appcharge_parse(example: dict[str, Any], reply: Reply) -> dict[str, Any]:
    player_id, name, _, _ = appcharge.parse_player(appcharge.check(reply))
    return {"player_id": player_id, "display_name": name}


def facebook_parse(example: dict[str, Any], reply: Reply) -> dict[str, Any]:
    if reply.status < 400:
        doc = reply.json()
        return {"user_code": doc.get("user_code"), "verification_uri": doc.get("verification_uri"),
                "interval": doc.get("interval"), "access_token_present": bool(doc.get("access_token"))}
    sub, _ = facebook_device.graph_error(reply)
    return {"outcome": {facebook_device.PENDING: "pending", facebook_device.SLOW_DOWN: "slow_down",
                        facebook_device.EXPIRED: "expired", facebook_device.DECLINED: "cancelled"}.get(sub, "?")}


PARSERS: dict[str, Callable[[dict[str, Any], Reply], dict[str, Any]]] = {
    "playfab": playfab_parse, "earth": earth_parse, "gacha": gacha_parse, "appcharge": appcharge_parse,
    "facebook": facebook_parse,
}
# What the fixture vocabulary allows the launcher to conclude, where the launcher's word is coarser.
SAME = {"ok_without_game_profile": {"config", "offline"},  # the optional step skips it, the sign-in stands
        "retry": {"rejected"},  # the launcher never reuses a Session-Id, so a 403 on signin is a refused ticket
        "rejected": {"rejected"}, "config": {"config"}, "gone": {"gone"}, "ok": {"ok"}}


def test_every_service_has_documented_examples():
    assert {p.parent.name for p in EXAMPLES} == set(PARSERS)
    for path in EXAMPLES:
        assert json.loads(path.read_text())["source"], f"{path.name} names no source"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_launcher_reads_the_documented_example_as_a_player_should(path):
    example = json.loads(path.read_text())
    expect = example.get("expect") or {}
    if "response" not in example or "outcome" not in expect:
        pytest.skip("a request-only example")
    service = path.parent.name
    reply = reply_of(example)
    error: SignInError | None = None
    seen: dict[str, Any] = {}
    try:
        seen = PARSERS[service](example, reply)
    except SignInError as exc:
        error = exc
    wanted = expect["outcome"]
    if service == "facebook":
        assert error is None and seen.get("outcome", "ok") == wanted
    else:
        path_ = (example.get("request") or {}).get("path", "")
        assert outcome_of(error, path_) in SAME.get(wanted, {wanted}), (error and error.message)
    for key in ("player_id", "display_name", "newly_created", "level", "total_experience", "base_path",
                "user_code", "verification_uri", "interval", "access_token_present", "refresh_token",
                "service_uri", "playfab_title_id"):
        if key in expect:
            assert seen.get(key) == expect[key], key
    if "chests" in expect:
        assert seen["chests"] == expect["chests"]
    message = error.message if error else ""
    if "message_contains" in expect:
        assert expect["message_contains"].lower() in message.lower()
    if "message_not_contains" in expect:
        assert expect["message_not_contains"] not in message
    if expect.get("error_code") and error is not None:
        cls, text = playfab.ERRORS[expect["error_code"]]
        assert isinstance(error, cls) and error.message == text
    if isinstance(error, AccountNotFound):
        assert error.can_create  # the player is offered to create the account
