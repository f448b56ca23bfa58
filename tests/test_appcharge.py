"""Appcharge-style signed authenticate-player: signature, body, every auth method, refusals."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest

from launcher.outcomes import AccountGone, InvalidCredentials, InvalidSignature, ProtocolError, UsageError
from launcher.steps import appcharge as steps

from .conftest import APPCHARGE, run, sign_in

AUTH = "/appcharge/authenticate"
KEYS = {"publisher_token": APPCHARGE["publisher_token"], "signing_key": APPCHARGE["signing_key"]}


def test_signature_matches_the_known_vector():
    body = (b'{"authMethod":"userPassword","date":"2024-07-21T14:17:27.329Z","appId":"NA","userName":"expertgamer1979",'
            b'"password":"732hf8820pk!","sessionId":"2e55b3fc-31ef-6dd7-8161-8aeb376b3a23"}')
    assert steps.sign("test-main-key", 1721571447329, body) == \
        "t=1721571447329,v1=b88354dc84c33c3e2149b8af7a20744ee1303b99e89bc408abda40593801936b"


def test_request_is_compact_signed_and_complete(manifest, sandbox):
    session = run(sign_in(manifest, "appcharge", APPCHARGE))
    [req] = sandbox.state.received(AUTH)
    assert b" " not in req.body.replace(b"Lamb!2024", b"")
    body = req.json()
    assert list(body)[:3] == ["authMethod", "date", "appId"]
    assert body["authMethod"] == "userPassword" and body["userName"] == "mary" and body["appId"] == "NA"
    assert body["date"].endswith("Z") and body["os"] and body["sessionId"] == session.tokens["session_id"]
    assert req.headers["x-publisher-token"] == APPCHARGE["publisher_token"]
    t, v1 = (part.split("=", 1)[1] for part in req.headers["signature"].split(","))
    expected = hmac.new(APPCHARGE["signing_key"].encode(), f"{t}.".encode() + req.body, hashlib.sha256).hexdigest()
    assert v1 == expected and abs(int(t) - time.time() * 1000) < 60_000
    p = session.profile
    assert (p.player_id, p.display_name, p.avatar_url) == ("986222719", "Mary Littlelamb", None)  # "" = default picture
    assert p.details == {} and p.extras == {"Session abTest": "group1", "Session locale": "en-US"}  # a tester's view


@pytest.mark.parametrize("values, player", [
    ({"auth_method": "otp", "player_code": "974018", "otp_token": "9ac888fa33412197b"}, "986222719"),
    ({"auth_method": "userToken", "token": "986222719"}, "986222719"),
    ({"auth_method": "facebook", "token": "EAADemoMaryFacebookToken"}, "986222719"),
    ({"auth_method": "google", "token": "ya29.DemoMaryGoogleToken"}, "986222719"),
    ({"auth_method": "apple", "token": "apple.DemoMaryToken"}, "986222719"),
    ({"auth_method": "userPassword", "user_name": "expertgamer1979", "password": "732hf8820pk!"}, "vip2247691"),
])
def test_every_auth_method(manifest, sandbox, values, player):
    session = run(sign_in(manifest, "appcharge", {**values, **KEYS}))
    assert session.player_id == player
    if player == "vip2247691":
        assert session.profile.avatar_url.endswith("/avatars/Jim%20Cardashian.svg")


def test_otp_player_code_must_have_4_or_6_digits(manifest, sandbox):
    with pytest.raises(UsageError, match="4 or 6 digits"):
        run(sign_in(manifest, "appcharge", {"auth_method": "otp", "player_code": "12345", "otp_token": "x", **KEYS}))
    assert not sandbox.state.requests


def test_wrong_password_shows_the_publishers_message(manifest, sandbox):
    with pytest.raises(InvalidCredentials, match="couldn't sign you in"):
        run(sign_in(manifest, "appcharge", {**APPCHARGE, "password": "nope"}))


def test_suspended_account_is_gone_and_its_markdown_message_is_shown_as_plain_text(manifest, sandbox):
    with pytest.raises(AccountGone, match="suspended") as err:
        run(sign_in(manifest, "appcharge", {**APPCHARGE, "user_name": "sam", "password": "Sam!2024"}))
    assert "**" not in err.value.message and "](" not in err.value.message
    assert "support (https://example.com/support)" in err.value.message


@pytest.mark.parametrize("template", ["express", "ruby", "dotnet"])
def test_wrong_signing_key_is_said_as_such_in_every_template_dialect(manifest, sandbox, template):
    """Appcharge's receiver templates: 401 {"error"} (express), 401 "Wrong signature" (ruby), bare 400 (.NET)."""
    sandbox.state.settings["appcharge_refusal"] = template
    with pytest.raises(InvalidSignature, match="refused the request signature") as err:
        run(sign_in(manifest, "appcharge", {**APPCHARGE, "signing_key": "wrong-key"}))
    assert "Check your details" not in err.value.message
    assert err.value.outcome.value == "offline"  # the publisher's keys, not the player's account


@pytest.mark.parametrize("user, password, shown", [("nameless", "NoName!2024", "nameless42"),
                                                   ("blank", "Blank!2024", "blank77")])
def test_a_missing_or_empty_player_name_falls_back_to_the_player_id(manifest, sandbox, user, password, shown):
    session = run(sign_in(manifest, "appcharge", {**APPCHARGE, "user_name": user, "password": password}))
    assert session.player_id == shown and session.display_name == shown


def test_a_refusal_on_http_200_shows_the_publishers_message(manifest, sandbox):
    with pytest.raises(InvalidCredentials) as err:
        run(sign_in(manifest, "appcharge", {**APPCHARGE, "user_name": "lou", "password": "Lou!2024"}))
    assert "status" not in err.value.message and len(err.value.message) > 20


def test_sandbox_rejects_stale_and_replayed_requests(manifest, sandbox):
    import httpx

    body = steps.compact({"authMethod": "userToken", "date": "2024-07-21T14:17:27.329Z", "appId": "NA",
                          "token": "986222719", "os": "web", "sessionId": "s"})
    url = sandbox.service_url("appcharge")

    def post(ts: int) -> httpx.Response:
        return httpx.post(url, content=body, headers={"x-publisher-token": KEYS["publisher_token"],
                                                      "signature": steps.sign(KEYS["signing_key"], ts, body)})
    stale = post(int((time.time() - 600) * 1000))
    assert stale.status_code == 401 and "error" in stale.json()  # as Appcharge's express template refuses
    now = int(time.time() * 1000)
    assert post(now).json()["status"] == "valid"
    replay = post(now)
    assert replay.status_code == 401 and "error" in replay.json()


@pytest.mark.parametrize("answer", [
    {"status": "invalid", "publisherPlayerId": "1", "playerName": "x"},
    {"status": "valid", "playerName": "x"},
    {"status": "valid", "publisherPlayerId": ""},
])
def test_anything_but_a_complete_valid_answer_fails(manifest, sandbox, answer):
    sandbox.state.inject(AUTH, status=200, content_type="application/json", body=json.dumps(answer))
    with pytest.raises((InvalidCredentials, ProtocolError)):
        run(sign_in(manifest, "appcharge", APPCHARGE))


def test_unknown_extra_fields_are_accepted(manifest, sandbox):
    answer = {"status": "valid", "publisherPlayerId": "1", "playerName": "X", "playerProfileImage": "",
              "sessionMetadata": {}, "somethingNew": [1, 2]}
    sandbox.state.inject(AUTH, status=200, content_type="application/json", body=json.dumps(answer))
    assert run(sign_in(manifest, "appcharge", APPCHARGE)).display_name == "X"


def test_an_answer_without_a_status_is_malformed_not_a_refusal(manifest, sandbox):
    sandbox.state.inject(AUTH, status=200, content_type="application/json",
                         body='{"isValid": true, "publisherPlayerId": null}')
    with pytest.raises(ProtocolError, match="without a status"):
        run(sign_in(manifest, "appcharge", APPCHARGE))
