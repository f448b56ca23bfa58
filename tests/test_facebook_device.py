""""Continue with Facebook" on the desktop: Facebook Login for Devices against the sandbox's stand-in for
graph.facebook.com/v2.6/device/* and facebook.com/device (developers.facebook.com/docs/facebook-login/for-devices;
error subcodes as the official Android SDK's DeviceAuthDialog.kt reads them)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from launcher import events as ev
from launcher.controller import Controller
from launcher.outcomes import ClientConfigError, InvalidCredentials, TimeoutError_
from launcher.providers.base import DeviceCode

from .conftest import make_core

STATUS = "/facebook/v2.6/device/login_status"


@pytest.fixture(autouse=True)
def quick_polls(sandbox):
    sandbox.state.settings["facebook_device_interval"] = 1


async def approve(code: DeviceCode, user: str) -> httpx.Response:
    """What the player does in the browser: open the address, type the code, choose who signs in."""
    async with httpx.AsyncClient() as web:
        page = await web.get(code.verification_uri)
        assert page.status_code == 200 and "code" in page.text.lower()
        return await web.post(code.verification_uri, data={"user_code": code.user_code, "user": user})


def drive(manifest, accounts, choose, provider="playfab-facebook", values=None):
    async def go():
        controller = Controller(make_core(manifest, accounts), open_browser=lambda url: None)
        seen: list[ev.Event] = []
        controller.subscribe(seen.append)
        try:
            task = asyncio.ensure_future(controller.external_sign_in(provider, values or {}))
            while controller.device_code is None and not task.done():
                await asyncio.sleep(0.02)
            code = controller.device_code
            if code is not None and choose is not None:
                await choose(controller, code)
            return await asyncio.wait_for(task, 15), controller, seen, code
        finally:
            await controller.close()
    return asyncio.run(go())


def test_the_player_enters_the_code_and_is_signed_in(manifest, accounts, sandbox):
    async def choose(c, code):
        assert (await approve(code, "EAADemoBjornFacebookToken")).status_code == 200
    session, c, seen, code = drive(manifest, accounts, choose)
    assert session is not None and session.display_name == "Bjorn Ironside" and c.error == ""
    assert len(code.user_code) >= 6 and code.verification_uri.endswith("/facebook/device")
    shown = [e.code for e in seen if isinstance(e, ev.CodeShown)]
    assert shown[0] == code and shown[-1] is None  # the code screen goes away when it is done
    [login] = sandbox.state.received("/facebook/v2.6/device/login")
    assert "access_token=1234567890%7Cdemo-client-token-5b2e8c" in login.body.decode()
    assert c.accounts[0].provider == "playfab-facebook"


def test_earth_players_continue_with_facebook_too(manifest, accounts, sandbox):
    async def choose(c, code):
        await approve(code, "EAADemoAstridFacebookToken")
    session, _c, _, _ = drive(manifest, accounts, choose, provider="earth")
    assert session.provider == "earth" and session.data["via"] == "playfab-facebook"
    assert session.tokens["game_token"]


def test_declining_ends_the_sign_in_with_a_message(manifest, accounts, sandbox):
    async def choose(c, code):
        await approve(code, "")
    session, c, _, _ = drive(manifest, accounts, choose)
    assert session is None and "declined" in c.error and c.accounts == []


def test_polling_too_fast_slows_down_and_still_finishes(manifest, accounts, sandbox):
    slow = {"error": {"message": "User request limit reached", "code": 17, "error_subcode": 1349172,
                      "type": "OAuthException"}}
    sandbox.state.inject(STATUS, status=400, body=json.dumps(slow), content_type="application/json", times=1)

    async def choose(c, code):
        await approve(code, "EAADemoAstridFacebookToken")
    session, _c, _, _ = drive(manifest, accounts, choose)
    assert session is not None and session.display_name == "Astrid Stormborn"


def test_an_expired_code_says_so(manifest, accounts, sandbox):
    expired = {"error": {"message": "The session has expired", "code": 463, "error_subcode": 1349152,
                         "type": "OAuthException"}}
    # a code that expires is renewed by itself (as Facebook's SDK does), at most 3 times: the 4th expiry ends it
    sandbox.state.inject(STATUS, status=400, body=json.dumps(expired), content_type="application/json", times=4)
    session, c, _, _ = drive(manifest, accounts, None)
    assert session is None and "expired" in c.error and "new code" in c.error


def test_cancel_stops_waiting_and_is_not_an_error(manifest, accounts, sandbox):
    async def choose(c, code):
        c.cancel()
    session, c, seen, _ = drive(manifest, accounts, choose)
    assert session is None and c.error == "" and any(isinstance(e, ev.Cancelled) for e in seen)
    assert c.device_code is None


def test_without_a_client_token_the_game_is_told_it_is_not_set_up(manifest, accounts, sandbox):
    del manifest.settings.options["playfab"]["facebook_client_token"]
    session, c, _, _ = drive(manifest, accounts, None)
    assert session is None and "not set up" in c.error


def test_the_step_itself_reports_setup_and_refusals(manifest, sandbox):
    from launcher.steps import facebook_device

    async def go(**overrides):
        async with make_core(manifest) as core:
            ctx = core.context()
            ctx.settings.options["playfab"].update(overrides)
            return await facebook_device.obtain_token(ctx, lambda *a: None, sleep=lambda s: asyncio.sleep(0))
    sandbox.state.inject(STATUS, status=400, content_type="application/json",
                         body='{"error":{"message":"declined","code":31,"error_subcode":1349173}}')
    with pytest.raises(InvalidCredentials, match="declined"):
        asyncio.run(go())
    sandbox.state.inject(STATUS, status=400, content_type="application/json",
                         body='{"error":{"message":"The session has expired","code":463,"error_subcode":1349152}}',
                         times=4)
    with pytest.raises(TimeoutError_, match="expired"):
        asyncio.run(go())
    with pytest.raises(ClientConfigError, match="Facebook refused to start"):
        asyncio.run(go(facebook_client_token="wrong"))
