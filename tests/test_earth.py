"""Earth-style chained sign-in: a PlayFab login, then the ticket exchanged for a game token and basePath."""

from __future__ import annotations

from datetime import timedelta

import pytest

from launcher import device
from launcher.models import utcnow
from launcher.outcomes import ProtocolError, SessionExpired, SignInError
from launcher.steps.flow import Progress

from .conftest import ASTRID_FB, EARTH, make_core, run, sign_in

SIGNIN = "/earth/api/v1.1/player/profile/signin"
ASTRID = "50DF92E291CCD4C3"
# The real route names the player (official client traffic; all three open servers): there is no id-less one.
PROFILE = f"/earth/1/api/v1.1/player/profile/{ASTRID}"


def test_chain_runs_its_three_steps_in_order_and_reports_step_i_of_n(manifest, sandbox):
    steps: list[Progress] = []

    async def go():
        async with make_core(manifest) as core:
            return await core.sign_in("earth", EARTH, progress=steps.append)
    session = run(go())
    paths = [r.path for r in sandbox.state.requests]
    assert paths == ["/playfab/Client/LoginWithCustomID", SIGNIN, PROFILE]
    assert [(p.index, p.total) for p in steps] == [(1, 3), (2, 3), (3, 3)]
    assert "account" in steps[0].label and "game server" in steps[1].label
    assert session.provider == "earth" and session.player_id == ASTRID
    assert session.data["base_path"] == "/1"
    assert session.profile.display_name == "Astrid Stormborn" and session.profile.items
    assert session.profile.details["Level"].isdigit() and session.profile.details["Experience"].isdigit()


@pytest.mark.parametrize("status", [404, 405, 500])
def test_a_missing_or_failing_game_profile_does_not_cost_the_sign_in(manifest, sandbox, caplog, status):
    sandbox.state.inject(PROFILE, status=status, body="", times=5)
    with caplog.at_level("WARNING"):
        session = run(sign_in(manifest, "earth", EARTH))
    assert session.tokens["game_token"] and session.profile.display_name == "Astrid Stormborn"
    assert "Level" not in session.profile.details
    assert any("game profile" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("status, body", [(403, ""), (400, ""), (401, "")])
def test_an_expired_game_session_in_any_server_dialect_is_exchanged_again(manifest, sandbox, status, body):
    """node server: 403 empty; Vienna: 400 empty; the C# server: 401. All mean "exchange the ticket again"."""
    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("earth", EARTH)
            first_id = session.data["session_id"]
            sandbox.state.clear()
            sandbox.state.inject(PROFILE, status=status, body=body, times=1)
            session.profile = None
            profile = await core.load_profile(session)
            return first_id, session, profile
    first_id, session, profile = run(go())
    assert profile.details["Level"].isdigit()
    [again] = sandbox.state.received(SIGNIN)
    assert again.headers["session-id"] == session.data["session_id"] != first_id  # a fresh Session-Id
    assert not sandbox.state.received("/Client/LoginWithCustomID")


def test_every_signin_uses_a_fresh_session_id(manifest, sandbox):
    async def go():
        async with make_core(manifest) as core:
            session = await core.sign_in("earth", EARTH)
            return await core.provider("earth").refresh(core.context(), session)
    run(go())
    ids = [r.headers["session-id"] for r in sandbox.state.received(SIGNIN)]
    assert len(ids) == 2 and ids[0] != ids[1]


def test_the_manifest_device_os_is_sent(manifest, sandbox):
    manifest.settings.options["earth"]["device_os"] = "Android"
    run(sign_in(manifest, "earth", EARTH))
    [req] = sandbox.state.received(SIGNIN)
    assert req.json()["deviceOS"] == "Android"


def test_signin_body_carries_the_ticket_unchanged_and_real_device_facts(manifest, sandbox):
    session = run(sign_in(manifest, "earth", EARTH))
    [req] = sandbox.state.received(SIGNIN)
    body = req.json()
    assert body["sessionTicket"] == session.tokens["session_ticket"]
    facts = device.facts()
    assert body["deviceId"] == facts.device_id and len(body["deviceId"]) >= 32
    assert body["deviceOS"] and body["deviceOS"] == (manifest.settings.option("earth", "device_os") or facts.os_name)
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


@pytest.mark.parametrize("status", [401, 403])
def test_rejected_ticket_is_a_rejection(manifest, sandbox, status):
    sandbox.state.inject(SIGNIN, status=status, body="")
    with pytest.raises(SignInError, match="did not accept your session") as err:
        run(sign_in(manifest, "earth", EARTH))
    assert err.value.outcome.value == "rejected"


def test_update_the_game_is_a_setup_problem_that_keeps_the_account(manifest, sandbox):
    sandbox.state.inject(SIGNIN, status=426, body="")
    with pytest.raises(SignInError, match="no longer supported") as err:
        run(sign_in(manifest, "earth", EARTH))
    assert err.value.outcome.value == "offline"  # keeps the saved tokens


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
    with pytest.raises(Exception, match="Sign-in method must be one of: playfab-facebook"):
        run(sign_in(manifest, "earth", {"via": "gacha", "custom_id": "astrid"}))
    assert not sandbox.state.requests
