"""JSON:API email/password provider over real loopback HTTP against the sandbox."""

from __future__ import annotations

import json

import pytest

from launcher.outcomes import (
    AccountGone,
    InvalidCredentials,
    Outcome,
    ProtocolError,
    RateLimited,
    ServerUnavailable,
    SessionExpired,
    SignInError,
    TimeoutError_,
    UsageError,
)
from launcher.providers import gacha

from .conftest import GACHA, make_core, run, sign_in

SIGN_IN = "/gacha/api/v1/players/sign_in"


@pytest.fixture(autouse=True)
def fresh_limiter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gacha, "limiter", gacha.AttemptLimiter())


def test_sign_in_shows_player_and_chests(manifest, sandbox):
    session = run(sign_in(manifest, "gacha", GACHA))
    profile = session.profile
    assert profile.player_id == "550e8400-e29b-41d4-a716-446655440000"
    assert profile.display_name == "player@example.com"
    assert [(i.name, i.count) for i in profile.items] == [("Dragon Chest", 1), ("Frost Chest", 1),
                                                          ("Starter Chest", 2)]
    assert profile.items[0].description == "Contains dragon-themed collectibles"
    assert session.tokens["access_token"].startswith("gat_") and session.tokens["refresh_token"].startswith("grt_")
    remaining = (session.expires["access_token"] - __import__("launcher.models").models.utcnow()).total_seconds()
    assert 3500 < remaining <= 3600


def test_request_is_exactly_the_documented_one(manifest, sandbox):
    run(sign_in(manifest, "gacha", GACHA))
    [req] = sandbox.state.received(SIGN_IN)
    assert req.method == "POST"
    assert req.headers["content-type"] == "application/vnd.api+json"
    assert "application/vnd.api+json" in req.headers["accept"]
    assert req.query == "include=chests"
    assert req.json() == {"data": {"type": "player", "attributes": GACHA, "relationships": {}}}
    assert req.headers["user-agent"].startswith("GameLauncher/")


@pytest.mark.parametrize("values", [
    {"email": "player@example.com", "password": "wrong"},
    {"email": "nobody@example.com", "password": "SecurePassword123!"},
])
def test_wrong_password_and_unknown_email_give_one_generic_message(manifest, sandbox, values):
    with pytest.raises(InvalidCredentials) as err:
        run(sign_in(manifest, "gacha", values))
    assert err.value.message == "The email or password is incorrect."
    assert err.value.outcome is Outcome.REJECTED


def test_banned_account_is_gone(manifest, sandbox):
    with pytest.raises(AccountGone) as err:
        run(sign_in(manifest, "gacha", {"email": "banned@example.com", "password": "Cheater123!"}))
    assert "suspended" in err.value.message


def test_email_format_checked_before_any_request(manifest, sandbox):
    with pytest.raises(UsageError, match="not a valid email address"):
        run(sign_in(manifest, "gacha", {"email": "player-at-example", "password": "x"}))
    assert sandbox.state.received(SIGN_IN) == []


def test_rapid_repeated_attempts_are_limited_client_side(manifest, sandbox):
    bad = {"email": "player@example.com", "password": "nope"}
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            run(sign_in(manifest, "gacha", bad))
    with pytest.raises(RateLimited, match="Too many sign-in attempts"):
        run(sign_in(manifest, "gacha", bad))
    assert len(sandbox.state.received(SIGN_IN)) == 5


REFRESH = "/gacha/api/v1/players/refresh_token"


def test_refresh_uses_the_documented_route_and_the_old_refresh_token_stays_usable(manifest, sandbox):
    """docs.togacha.com players-refresh-token: type `player`, `include=chests`; refresh tokens work several times."""
    async def go():
        async with make_core(manifest) as core:
            first = await core.sign_in("gacha", GACHA)
            provider = core.provider("gacha")
            second = await provider.refresh(core.context(), first)
            assert second.tokens["access_token"] != first.tokens["access_token"]
            assert len(second.profile.items) == 3  # the chests came along
            again = await provider.refresh(core.context(), first)  # the first refresh token still works
            assert again.tokens["access_token"]
    run(go())
    req = sandbox.state.received(REFRESH)[0]
    assert req.json()["data"]["type"] == "player" and req.json()["data"]["relationships"] == {}
    assert "include=chests" in req.query
    assert not sandbox.state.received("/gacha/api/v1/players/refresh")


def test_a_refresh_answer_without_a_refresh_token_keeps_the_one_we_have(manifest, sandbox):
    async def go():
        async with make_core(manifest) as core:
            first = await core.sign_in("gacha", GACHA)
            doc = {"data": {"type": "player", "id": first.player_id, "attributes": {"email": GACHA["email"]},
                            "relationships": {"chests": {"data": []}}}, "included": [],
                   "meta": {"access_token": "fresh-access", "token_type": "Bearer", "expires_in": 3600}}
            sandbox.state.inject(REFRESH, status=200, content_type="application/vnd.api+json", body=json.dumps(doc))
            second = await core.provider("gacha").refresh(core.context(), first)
            return first, second
    first, second = run(go())
    assert second.tokens["access_token"] == "fresh-access"
    assert second.tokens["refresh_token"] == first.tokens["refresh_token"]


@pytest.mark.parametrize("status", [404, 405])
def test_a_missing_route_is_a_setup_problem_never_wrong_password(manifest, sandbox, status):
    sandbox.state.inject(REFRESH, status=status, content_type="application/vnd.api+json",
                         body='{"errors":[{"status":"404","title":"Not Found"}]}')

    async def go():
        async with make_core(manifest) as core:
            first = await core.sign_in("gacha", GACHA)
            await core.provider("gacha").refresh(core.context(), first)
    with pytest.raises(SignInError) as err:
        run(go())
    assert err.value.outcome.value == "offline" and "incorrect" not in err.value.message
    assert "address" in err.value.message


def test_expired_access_token_is_refused_by_the_server(manifest, sandbox):
    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("gacha", GACHA)
            sandbox.state.expire_all("gacha_access")
            sandbox.state.expire_all("gacha_refresh")  # the refresh is tried once first (a 401 before expiry)
            with pytest.raises(SessionExpired):
                await core.load_profile(session)
    run(go())


@pytest.mark.parametrize("status", [500, 502, 504])
def test_server_errors_are_offline_not_bad_credentials(manifest, sandbox, status):
    sandbox.state.inject(SIGN_IN, status=status, body="<html>oops</html>", content_type="text/html")
    with pytest.raises(ServerUnavailable) as err:
        run(sign_in(manifest, "gacha", GACHA))
    assert f"HTTP {status}" in err.value.message and err.value.outcome is Outcome.OFFLINE


def test_503_with_short_retry_after_is_retried(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=503, headers={"Retry-After": "0"}, body="")
    session = run(sign_in(manifest, "gacha", GACHA))
    assert session.player_id and len(sandbox.state.received(SIGN_IN)) == 2


def test_429_with_retry_after_is_retried_then_reported(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=429, headers={"Retry-After": "1"}, times=5)
    with pytest.raises(RateLimited) as err:
        run(sign_in(manifest, "gacha", GACHA, attempts=2))
    assert "try again in 1 seconds" in err.value.message.lower() and err.value.retry_after == 1
    assert len(sandbox.state.received(SIGN_IN)) == 2


def test_429_with_long_retry_after_is_not_slept_through(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=429, headers={"Retry-After": "120"})
    with pytest.raises(RateLimited, match="120 seconds"):
        run(sign_in(manifest, "gacha", GACHA))
    assert len(sandbox.state.received(SIGN_IN)) == 1


def test_timeout(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, action="hang")
    with pytest.raises(TimeoutError_, match="took too long"):
        run(sign_in(manifest, "gacha", GACHA, timeout=0.5))


def test_malformed_json(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=200, body='{"data": {"type": "pla', content_type="application/vnd.api+json")
    with pytest.raises(ProtocolError, match="not valid JSON"):
        run(sign_in(manifest, "gacha", GACHA))


def test_wrong_content_type(manifest, sandbox):
    sandbox.state.inject(SIGN_IN, status=200, body="<html>captive portal</html>", content_type="text/html")
    with pytest.raises(ProtocolError, match=r"unexpected kind of answer \(text/html"):
        run(sign_in(manifest, "gacha", GACHA))


def test_missing_tokens_in_meta(manifest, sandbox):
    body = {"data": {"type": "player", "id": "p1", "attributes": {"email": "a@b.c"}}, "meta": {}}
    sandbox.state.inject(SIGN_IN, status=200, body=json.dumps(body), content_type="application/vnd.api+json")
    with pytest.raises(ProtocolError, match=r"incomplete answer.*access_token"):
        run(sign_in(manifest, "gacha", GACHA))


def test_jsonapi_error_objects_are_shown(manifest, sandbox):
    body = {"errors": [{"status": "422", "code": "blank", "title": "Unprocessable Entity",
                        "detail": "can't be blank", "source": {"pointer": "/data/attributes/email"}}]}
    sandbox.state.inject(SIGN_IN, status=422, body=json.dumps(body), content_type="application/vnd.api+json")
    with pytest.raises(Exception, match="email: can't be blank"):
        run(sign_in(manifest, "gacha", GACHA))


def test_sandbox_refuses_parameters_on_the_media_type(sandbox):
    import httpx

    r = httpx.post(sandbox.service_url("gacha") + "/api/v1/players/sign_in",
                   headers={"Content-Type": "application/vnd.api+json; charset=utf-8"},
                   content=json.dumps({"data": {"type": "player", "attributes": GACHA}}))
    assert r.status_code == 415 and r.json()["errors"][0]["status"] == "415"
    r = httpx.post(sandbox.service_url("gacha") + "/api/v1/players/sign_in?include=wallet",
                   headers={"Content-Type": "application/vnd.api+json"},
                   content=json.dumps({"data": {"type": "player", "attributes": GACHA}}))
    assert r.status_code == 400
