"""Earth-style chained sign-in: a PlayFab login, then the ticket exchanged for a game token and basePath."""

from __future__ import annotations

from datetime import timedelta

import pytest

from launcher import device
from launcher.models import utcnow
from launcher.outcomes import ProtocolError, SessionExpired, SignInError

from .conftest import ASTRID_FB, EARTH, make_core, run, sign_in

SIGNIN = "/earth/api/v1.1/player/profile/signin"
PROFILE = "/earth/1/api/v1.1/player/profile"


def test_chain_runs_both_steps_in_order_and_reports_progress(manifest, sandbox):
    steps: list[str] = []

    async def go():
        async with make_core(manifest) as core:
            return await core.sign_in("earth", EARTH, progress=steps.append)
    session = run(go())
    paths = [r.path for r in sandbox.state.requests]
    assert paths == ["/playfab/Client/LoginWithCustomID", SIGNIN, PROFILE]
    assert len(steps) >= 2 and "PlayFab" in steps[0] and "game server" in steps[1]
    assert session.provider == "earth" and session.player_id == "50DF92E291CCD4C3"
    assert session.data["base_path"] == "/1"
    assert session.profile.display_name == "Astrid Stormborn" and session.profile.items
    assert session.profile.details["Level"].isdigit()


def test_signin_body_carries_the_ticket_unchanged_and_real_device_facts(manifest, sandbox):
    session = run(sign_in(manifest, "earth", EARTH))
    [req] = sandbox.state.received(SIGNIN)
    body = req.json()
    assert body["sessionTicket"] == session.tokens["session_ticket"]
    facts = device.facts()
    assert body["deviceId"] == facts.device_id and len(body["deviceId"]) >= 32
    assert body["deviceOS"] and body["deviceOS"] == facts.os_name
    assert (body["clientVersion"], body["buildNumber"]) == ("0.33.0", manifest.settings.option("earth", "build_number"))
    assert body["coordinate"] == {"latitude": 0, "longitude": 0}
    assert body["advertisingId"] == "" and body["appsFlyerId"] == ""
    assert body["language"] == facts.language
    # the profile call uses the manifest's scheme and the same Session-Id
    [prof] = sandbox.state.received(PROFILE)
    assert prof.headers["authorization"] == f"Genoa {session.tokens['game_token']}"
    assert prof.headers["session-id"] == req.headers["session-id"] == session.data["session_id"]


def test_device_id_is_generated_once_per_installation():
    first, second = device.facts(), device.facts()
    assert first.device_id == second.device_id


def test_expired_game_token_is_re_exchanged_silently_from_a_valid_ticket(manifest, sandbox):
    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("earth", EARTH)
            old = session.tokens["game_token"]
            sandbox.state.expire_all("earth_token")
            sandbox.state.clear()
            session.profile = None
            profile = await core.load_profile(session)
            return old, session, profile
    old, session, profile = run(go())
    assert profile.display_name == "Astrid Stormborn"
    assert session.tokens["game_token"] != old
    assert [r.path for r in sandbox.state.requests].count(SIGNIN) == 1
    assert not sandbox.state.received("/Client/LoginWithCustomID")  # no new PlayFab login


def test_refresh_with_expired_ticket_relogs_custom_id_but_asks_facebook_players(manifest, sandbox):
    async def go(values):
        async with make_core(manifest) as core:
            session = await core.sign_in("earth", values)
            session.expires["session_ticket"] = utcnow() - timedelta(minutes=1)
            return await core.provider("earth").refresh(core.context(), session)
    fresh = run(go(EARTH))
    assert not fresh.expired("session_ticket") and fresh.tokens["game_token"]
    with pytest.raises(SessionExpired, match="sign in again"):
        run(go({"via": "playfab-facebook", **ASTRID_FB}))


def test_rejected_ticket_is_a_rejection(manifest, sandbox):
    sandbox.state.inject(SIGNIN, status=401, content_type="application/json",
                         body='{"result":null,"updates":{},"error":{"code":"InvalidSessionTicket","message":"x"}}')
    with pytest.raises(SignInError, match="did not accept your PlayFab session") as err:
        run(sign_in(manifest, "earth", EARTH))
    assert err.value.outcome.value == "rejected"


def test_old_client_version_is_told_to_update(manifest, sandbox):
    manifest.settings.options["earth"]["client_version"] = "0.1.0"
    with pytest.raises(SignInError, match="no longer supported"):
        run(sign_in(manifest, "earth", EARTH))


@pytest.mark.parametrize("result, message", [
    ('{"result":{"basePath":"/1"},"updates":{}}', "authenticationToken"),
    ('{"result":{"authenticationToken":"t","basePath":"relative"},"updates":{}}', "basePath"),
    ('{"result":null,"updates":{}}', "result"),
])
def test_incomplete_signin_answers_are_protocol_errors(manifest, sandbox, result, message):
    sandbox.state.inject(SIGNIN, status=200, content_type="application/json", body=result)
    with pytest.raises(ProtocolError, match=message):
        run(sign_in(manifest, "earth", EARTH))


def test_via_must_be_a_playfab_method(manifest, sandbox):
    with pytest.raises(Exception, match="PlayFab sign-in method must be one of: playfab-facebook"):
        run(sign_in(manifest, "earth", {"via": "gacha", "custom_id": "astrid"}))
    assert not sandbox.state.requests
