"""The sandbox against the documented examples in tests/fixtures/real (the ground truth, see its README).

Every fixture with a `sandbox` entry is replayed against the running sandbox: the same request (with the sandbox's
own credentials filled in) must get the same HTTP status and a body of the same shape. Plus the behaviours the
examples cannot show on their own: sessions that expire and come back, reusable refresh tokens, the device page."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from launcher.sandbox import Sandbox
from launcher.sandbox.earth import expire_sessions

FIXTURES = Path(__file__).parent / "fixtures" / "real"
ALL = sorted(FIXTURES.glob("*/*.json"))
REPLAYED = [p for p in ALL if "sandbox" in json.loads(p.read_text("utf-8"))]
PREFIX = {"playfab": "/playfab", "earth": "/earth", "gacha": "/gacha", "appcharge": "/appcharge",
          "facebook": "/facebook"}
JSONAPI = {"Content-Type": "application/vnd.api+json"}
OUTCOMES = {"ok", "ok_without_game_profile", "offline", "rejected", "gone", "config", "retry", "pending",
            "slow_down", "expired", "cancelled"}


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name}/{p.stem}" for p in paths]


# --- comparing bodies ---------------------------------------------------------------------------------------------
def shape_mismatches(expected: Any, actual: Any, where: str = "body") -> list[str]:
    """Where `actual` lacks the shape of `expected`: every key of an expected object present with a value of the
    same JSON type, recursively; lists compared by their first element; numbers are numbers (int or float)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object, got {type(actual).__name__}"]
        out: list[str] = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{where}.{key}: missing")
            else:
                out += shape_mismatches(value, actual[key], f"{where}.{key}")
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{where}: expected a list, got {type(actual).__name__}"]
        return shape_mismatches(expected[0], actual[0], f"{where}[0]") if expected and actual else []
    if expected is None:
        return [] if actual is None else [f"{where}: expected null, got {actual!r}"]
    if isinstance(expected, bool):
        return [] if isinstance(actual, bool) else [f"{where}: expected a boolean, got {actual!r}"]
    if isinstance(expected, int | float):
        ok = isinstance(actual, int | float) and not isinstance(actual, bool)
        return [] if ok else [f"{where}: expected a number, got {actual!r}"]
    return [] if isinstance(actual, str) else [f"{where}: expected a string, got {actual!r}"]


def body_mismatches(expected: dict[str, Any], reply: httpx.Response, exact: bool) -> list[str]:
    if "body" not in expected:
        return []
    body = expected["body"]
    if isinstance(body, str):
        if body == "" or exact:
            return [] if reply.text == body else [f"body: expected {body!r}, got {reply.text[:200]!r}"]
        return [] if reply.text else ["body: expected text, got an empty body"]
    try:
        actual = reply.json()
    except ValueError:
        return [f"body: expected JSON, got {reply.text[:200]!r}"]
    return shape_mismatches(body, actual)


def test_shape_comparison_catches_differences() -> None:
    assert shape_mismatches({"a": {"b": 1}}, {"a": {"b": 2.5, "c": 0}}) == []
    assert shape_mismatches({"a": {"b": 1}}, {"a": {}}) == ["body.a.b: missing"]
    assert shape_mismatches({"a": [{"id": "x"}]}, {"a": [{"id": 3}]}) == ["body.a[0].id: expected a string, got 3"]
    assert shape_mismatches({"n": None}, {"n": {}}) != []
    assert shape_mismatches({"t": True}, {"t": 1}) != []


# --- the fixtures themselves --------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ALL, ids=ids(ALL))
def test_fixture_is_well_formed(path: Path) -> None:
    fx = load(path)
    assert path.parent.name in PREFIX
    assert isinstance(fx.get("source"), str) and len(fx["source"]) > 20, "every example names its source"
    assert isinstance(fx.get("description"), str) and fx["description"]
    assert isinstance(fx["response"]["status"], int)
    assert isinstance(fx["response"].get("headers", {}), dict)
    assert fx["expect"]["outcome"] in OUTCOMES
    if "request" in fx:
        assert fx["request"]["method"] in ("GET", "POST") and fx["request"]["path"].startswith("/")
    if "sandbox" in fx:
        assert "request" in fx, "a replayed example needs its documented request"


def test_every_service_has_success_and_refusal_examples() -> None:
    for service in PREFIX:
        outcomes = {load(p)["expect"]["outcome"] for p in ALL if p.parent.name == service}
        assert "ok" in outcomes and len(outcomes) > 1, service


# --- replaying them against the sandbox ---------------------------------------------------------------------------
class Replay:
    """Fills a fixture's placeholders with the sandbox's own credentials and sessions."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.client = httpx.Client(base_url=sandbox.url, timeout=5.0)
        pf, ac = sandbox.state.data["playfab"], sandbox.state.data["appcharge"]
        self.ctx: dict[str, str] = {
            "title_id": pf["title_id"], "secret_key": pf["secret_key"], "app_id": pf["facebook_app_id"],
            "client_token": pf["facebook_client_token"], "publisher_token": ac["publisher_token"],
            "session_id": str(uuid.uuid4()), "other_session_id": str(uuid.uuid4()),
            "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}

    # setups -----------------------------------------------------------------------------------------------------
    def playfab_login(self) -> None:
        r = self.client.post("/playfab/Client/LoginWithCustomID",
                             json={"TitleId": self.ctx["title_id"], "CustomId": "astrid"})
        assert r.status_code == 200, r.text
        self.ctx.update(playfab_ticket=r.json()["data"]["SessionTicket"], playfab_id=r.json()["data"]["PlayFabId"])

    def earth_signin(self) -> None:
        self.playfab_login()
        r = self.client.post("/earth/api/v1.1/player/profile/signin", headers={"Session-Id": self.ctx["session_id"]},
                             json={"sessionTicket": self.ctx["playfab_ticket"]})
        assert r.status_code == 200, r.text
        self.ctx.update(earth_token=r.json()["result"]["authenticationToken"],
                        base_path=r.json()["result"]["basePath"])

    def gacha_sign_in(self) -> None:
        body = {"data": {"type": "player", "attributes": {"email": "player@example.com",
                                                           "password": "SecurePassword123!"}}}
        r = self.client.post("/gacha/api/v1/players/sign_in", headers=JSONAPI, content=json.dumps(body))
        assert r.status_code == 200, r.text
        self.ctx["refresh_token"] = r.json()["meta"]["refresh_token"]

    def gacha_refreshed_once(self) -> None:
        self.gacha_sign_in()
        body = {"data": {"type": "player", "attributes": {"refresh_token": self.ctx["refresh_token"]}}}
        r = self.client.post("/gacha/api/v1/players/refresh_token", headers=JSONAPI, content=json.dumps(body))
        assert r.status_code == 200, r.text
        assert r.json()["meta"]["refresh_token"] != self.ctx["refresh_token"]

    def _poll_form(self) -> dict[str, str]:
        return {"access_token": f"{self.ctx['app_id']}|{self.ctx['client_token']}", "code": self.ctx["device_code"]}

    def facebook_code(self) -> None:
        r = self.client.post("/facebook/v2.6/device/login",
                             data={"access_token": f"{self.ctx['app_id']}|{self.ctx['client_token']}",
                                   "scope": "public_profile"})
        assert r.status_code == 200, r.text
        self.ctx.update(device_code=r.json()["code"], user_code=r.json()["user_code"])

    def facebook_code_polled(self) -> None:
        self.facebook_code()
        r = self.client.post("/facebook/v2.6/device/login_status", data=self._poll_form())
        assert r.json()["error"]["error_subcode"] == 1349174

    def facebook_code_declined(self) -> None:
        self.facebook_code()
        r = self.client.post("/facebook/device", data={"user_code": self.ctx["user_code"], "user": ""})
        assert r.status_code == 200, r.text

    def facebook_code_approved(self) -> None:
        self.facebook_code()
        r = self.client.post("/facebook/device", data={"user_code": self.ctx["user_code"],
                                                       "user": "EAADemoAstridFacebookToken"})
        assert r.status_code == 200 and "Astrid Stormborn" in r.text

    # the request ------------------------------------------------------------------------------------------------
    def fill(self, value: Any) -> Any:
        if isinstance(value, str):
            for key, text in self.ctx.items():
                value = value.replace("{" + key + "}", text)
            return value
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        return value

    def send(self, service: str, fx: dict[str, Any]) -> httpx.Response:
        plan = fx["sandbox"]
        self.sandbox.state.settings.update(plan.get("settings", {}))
        if plan.get("setup"):
            getattr(self, plan["setup"])()
        request = {**fx["request"], **plan.get("request", {})}
        headers = {k: v for k, v in self.fill(request.get("headers", {})).items()
                   if k.lower() not in ("signature",)}
        content = b""
        if "form" in request:
            content = urlencode(self.fill(request["form"])).encode()
        elif "body" in request:
            content = json.dumps(self.fill(request["body"]), separators=(",", ":")).encode()
        signature = request.get("headers", {}).get("signature")
        if signature in ("{signature}", "{bad_signature}"):
            key = self.sandbox.state.data["appcharge"]["signing_key"] if signature == "{signature}" else "wrong-key"
            t = str(int(time.time() * 1000))
            headers["signature"] = f"t={t},v1=" + hmac.new(key.encode(), f"{t}.".encode() + content,
                                                          hashlib.sha256).hexdigest()
        elif signature is not None:
            headers["signature"] = self.fill(signature)
        return self.client.request(request["method"], PREFIX[service] + self.fill(request["path"]),
                                   headers=headers, content=content)


@pytest.mark.parametrize("path", REPLAYED, ids=ids(REPLAYED))
def test_sandbox_answers_like_the_documented_example(sandbox: Sandbox, path: Path) -> None:
    fx = load(path)
    replay = Replay(sandbox)
    reply = replay.send(path.parent.name, fx)
    assert reply.status_code == fx["response"]["status"], reply.text[:300]
    assert body_mismatches(fx["response"], reply, fx.get("compare") == "exact") == []


def test_most_examples_are_replayed() -> None:
    assert len(REPLAYED) >= 30
    assert {p.parent.name for p in REPLAYED} == set(PREFIX)


# --- behaviours over several requests -----------------------------------------------------------------------------
def test_earth_session_expires_and_a_new_session_id_signs_in_again(sandbox: Sandbox) -> None:
    replay = Replay(sandbox)
    replay.earth_signin()
    c, ctx = replay.client, replay.ctx
    profile = f"/earth{ctx['base_path']}/api/v1.1/player/profile/{ctx['playfab_id']}"
    auth = {"Authorization": f"Genoa {ctx['earth_token']}", "Session-Id": ctx["session_id"]}
    assert c.get(profile, headers=auth).json()["result"]["level"] == 14  # 48210 experience in the demo data
    expire_sessions(sandbox.state)
    gone = c.get(profile, headers=auth)
    assert (gone.status_code, gone.content) == (403, b"")
    fresh = str(uuid.uuid4())
    again = c.post("/earth/api/v1.1/player/profile/signin", headers={"Session-Id": fresh},
                   json={"sessionTicket": ctx["playfab_ticket"]})
    assert again.status_code == 200
    token = again.json()["result"]["authenticationToken"]
    ok = c.get(profile, headers={"Authorization": f"Genoa {token}", "Session-Id": fresh})
    assert ok.status_code == 200 and ok.json()["result"]["totalExperience"] == 48210
    # the token of one session does not open another
    crossed = c.get(profile, headers={"Authorization": f"Genoa {token}", "Session-Id": ctx["session_id"]})
    assert crossed.status_code == 403


def test_earth_signin_needs_a_session_id_and_a_ticket_playfab_issued(sandbox: Sandbox) -> None:
    replay = Replay(sandbox)
    replay.playfab_login()
    c, ticket = replay.client, replay.ctx["playfab_ticket"]
    assert c.post("/earth/api/v1.1/player/profile/signin", json={"sessionTicket": ticket}).status_code == 403
    forged = replay.ctx["playfab_id"] + "-" + "0" * 40
    r = c.post("/earth/api/v1.1/player/profile/signin", headers={"Session-Id": str(uuid.uuid4())},
               json={"sessionTicket": forged})
    assert (r.status_code, r.content) == (403, b"")


def test_gacha_refresh_tokens_are_reusable_until_they_expire(sandbox: Sandbox) -> None:
    replay = Replay(sandbox)
    replay.gacha_sign_in()
    first = replay.ctx["refresh_token"]
    body = json.dumps({"data": {"type": "player", "attributes": {"refresh_token": first}, "relationships": {}}})
    url = "/gacha/api/v1/players/refresh_token?include=chests"
    answers = [replay.client.post(url, headers=JSONAPI, content=body) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert len({a.json()["meta"]["refresh_token"] for a in answers} | {first}) == 4
    assert all(a.json()["included"] for a in answers)  # include=chests honoured
    sandbox.state.expire_all("gacha_refresh")
    expired = replay.client.post(url, headers=JSONAPI, content=body)
    assert expired.status_code == 401 and expired.json()["errors"][0]["status"] == "401"
    session = json.dumps({"data": {"type": "session", "attributes": {"refresh_token": first}}})
    assert replay.client.post(url, headers=JSONAPI, content=session).status_code == 409


def test_facebook_device_flow_through_the_verification_page(sandbox: Sandbox) -> None:
    sandbox.state.settings["facebook_device_interval"] = 0
    replay = Replay(sandbox)
    replay.facebook_code()
    c, ctx = replay.client, replay.ctx
    started = c.post("/facebook/v2.6/device/login",
                     data={"access_token": f"{ctx['app_id']}|{ctx['client_token']}", "scope": "public_profile"})
    page = c.get(started.json()["verification_uri"].replace(sandbox.url, "") + "?user_code=XX")
    assert page.status_code == 200 and 'name="user_code"' in page.text and "Astrid Stormborn" in page.text
    wrong = c.post("/facebook/device", data={"user_code": "ZZZZZZ", "user": "EAADemoAstridFacebookToken"})
    assert wrong.status_code == 400 and "not valid" in wrong.text
    c.post("/facebook/device", data={"user_code": ctx["user_code"].lower(), "user": "EAADemoBjornFacebookToken"})
    done = c.post("/facebook/v2.6/device/login_status", data=replay._poll_form())
    assert done.json()["access_token"] == "EAADemoBjornFacebookToken"
    login = c.post("/playfab/Client/LoginWithFacebook",
                   json={"TitleId": ctx["title_id"], "AccessToken": done.json()["access_token"]})
    assert login.status_code == 200
    assert c.post("/facebook/v2.6/device/login_status", data=replay._poll_form()).status_code == 400  # used up
    bad = c.post("/facebook/v2.6/device/login", data={"access_token": f"{ctx['app_id']}|wrong", "scope": ""})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == 190


def test_facebook_code_expires(sandbox: Sandbox) -> None:
    sandbox.state.settings["facebook_device_expires_in"] = 0
    replay = Replay(sandbox)
    replay.facebook_code()
    r = replay.client.post("/facebook/v2.6/device/login_status", data=replay._poll_form())
    assert r.json()["error"]["error_subcode"] == 1349152


def test_the_oauth_dialog_still_redirects_to_a_loopback_address(sandbox: Sandbox) -> None:
    c = httpx.Client(base_url=sandbox.url)
    page = c.get("/facebook/dialog/oauth", params={"client_id": "1234567890", "state": "s1",
                                                   "redirect_uri": "http://127.0.0.1:5555/cb"})
    assert page.status_code == 200 and "Astrid Stormborn" in page.text
    r = c.post("/facebook/dialog/confirm", data={"redirect_uri": "http://127.0.0.1:5555/cb", "state": "s1",
                                                 "user": "EAADemoAstridFacebookToken"})
    assert r.status_code == 302 and "#access_token=EAADemoAstridFacebookToken" in r.headers["location"]


def test_appcharge_refusal_style_is_per_sandbox_instance() -> None:
    with Sandbox() as a, Sandbox() as b:
        b.state.settings["appcharge_refusal"] = "ruby"
        answers = []
        for sb in (a, b):
            replay = Replay(sb)
            fx = load(FIXTURES / "appcharge" / "signature-refused-express.json")
            fx["sandbox"].pop("settings")
            answers.append(replay.send("appcharge", fx))
        assert (answers[0].status_code, answers[0].json()) == (401, {"error": "Invalid authorization header"})
        assert (answers[1].status_code, answers[1].text) == (401, "Wrong signature")
